"""The verdict on a whole call: scores, pass or fail, violations, and the debrief's top changes."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.empathy import empathy_score
from scoring.facts import CallFacts
from scoring.packs import RulePack
from scoring.rubric import Rubric
from scoring.text import Catalog
from simulator.understanding import VIOLATIONS

_CENT = 0.005


@dataclass(frozen=True)
class Change:
    """One change that would improve the call, pointing at the turn where it applies."""

    turn: int
    id: str
    text: str
    #: what the persona's model reply was at that turn
    model: str
    #: estimated points of the overall score it would recover
    impact: float

    def to_json(self) -> dict:
        return {"turn": self.turn, "id": self.id, "text": self.text, "model": self.model}


@dataclass(frozen=True)
class Debrief:
    outcome: str
    ptp: dict | None
    scores: dict[str, int]
    passed: bool
    violations: tuple[dict, ...]
    changes: tuple[Change, ...]
    #: one sentence on the result, in the call's language
    summary: str
    #: what was really true about the debtor's claims, revealed after the call
    truth: tuple[dict, ...] = ()

    def to_json(self) -> dict:
        return {
            "outcome": self.outcome,
            "ptp": self.ptp,
            "scores": dict(self.scores),
            "passed": self.passed,
            "violations": list(self.violations),
            "changes": [c.to_json() for c in self.changes],
            "summary": self.summary,
            "truth": list(self.truth),
        }


def _ptp(facts: CallFacts, rubric: Rubric) -> tuple[int, list[tuple[str, int, float]]]:
    """The PTP score and the shortfalls as (id, turn, points lost)."""
    last = facts.turns[-1].turn if facts.turns else 0
    credit = {**rubric.outcome_credit, **facts.credit}
    if "ptp" not in facts.goals:
        # The right result here is not a promise (a hardship referral, a logged dispute...).
        if facts.outcome in facts.goals:
            return 100, []
        lost = [("ptp_from_insolvent", facts.promise.made_turn, 100.0)] if facts.promise and facts.insolvent else []
        return credit.get(facts.outcome, 0), lost or [("wrong_outcome", last, 100.0)]
    promise = facts.promise
    if promise is None:
        score = credit.get(facts.outcome, 0)
        return score, [("no_ptp", last, 100.0 - score)]
    made = promise.made_turn
    coerced = any(f.id in VIOLATIONS and f.turn <= made for t in facts.turns for f in t.findings)
    if coerced:
        return 0, [("ptp_by_violation", made, 100.0)]
    if facts.insolvent:
        return 0, [("ptp_from_insolvent", made, 100.0)]
    parts = rubric.ptp_parts
    score, lost = 0, []
    if promise.amount is not None and promise.amount >= facts.required - _CENT:
        score += parts["amount"]
    else:
        lost.append(("ptp_amount_low", made, float(parts["amount"])))
    days = (promise.date - facts.today).days if promise.date else None
    if days is not None and 0 <= days <= facts.window_days:
        score += parts["date"]
    else:
        lost.append(("ptp_date_late", made, float(parts["date"])))
    if promise.channel:
        score += parts["channel"]
    else:
        lost.append(("ptp_no_channel", made, float(parts["channel"])))
    if promise.confirmed:
        score += parts["confirmed"]
    else:
        lost.append(("ptp_not_confirmed", last, float(parts["confirmed"])))
    return score, lost


def debrief(facts: CallFacts, rubric: Rubric, catalog: Catalog, pack: RulePack) -> Debrief:
    findings = [f for t in facts.turns for f in t.findings]
    compliance = max(0, 100 - sum(f.penalty for f in findings))
    hard = any(f.hard for f in findings)
    notes = [t.notes for t in facts.turns]
    # A call with no reply earns nothing: there was no empathy to see.
    empathy = empathy_score(notes, rubric) if facts.turns else 0
    ptp, ptp_lost = _ptp(facts, rubric)
    w = rubric.weights
    overall = round((w["empathy"] * empathy + w["compliance"] * compliance + w["ptp"] * ptp) / 100)
    if hard:
        overall = min(overall, rubric.hard_violation_cap)
    scores = {"empathy": empathy, "compliance": compliance, "ptp": ptp, "overall": overall}
    passed = (not hard and overall >= rubric.pass_overall
              and (facts.outcome in facts.goals or not rubric.pass_require_goal)
              and all(scores[k] >= v for k, v in rubric.pass_at_least.items()))

    model_at = {t.turn: t.model_reply for t in facts.turns}
    candidates: list[tuple[float, int, str]] = []
    for f in findings:
        candidates.append((1000.0 + f.penalty if f.hard else f.penalty * w["compliance"] / 100, f.turn, f.id))
    parts = rubric.empathy_parts
    signals = sum(n.count("acknowledged") + n.count("missed_acknowledgement") for n in notes) or 1
    per_note = {
        "missed_acknowledgement": parts["acknowledge"] / signals,
        "stock_phrase": parts["acknowledge"] / signals,
        "pushed_before_listening": parts["listen_first"],
        "argued_back": parts["no_arguing"] * rubric.argue_cost / 100,
    }
    for t in facts.turns:
        for note in t.notes:
            if note in per_note:
                candidates.append((per_note[note] * w["empathy"] / 100, t.turn, note))
    for note, turn, points in ptp_lost:
        candidates.append((points * w["ptp"] / 100, turn, note))

    changes: list[Change] = []
    seen: set[str] = set()
    for impact, turn, cid in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if cid in seen or impact <= 0:
            continue
        seen.add(cid)
        turn_ref = turn or 1
        changes.append(Change(turn_ref, cid, catalog.say(f"changes.{cid}", turn=turn_ref), model_at.get(turn_ref, ""),
                              round(impact, 2)))
        if len(changes) == 3:
            break

    violations = tuple(
        {"turn": f.turn, "id": f.id, "rule": catalog.say(f"rules.{f.id}.name"), "hard": f.hard} for f in findings
    )
    summary = catalog.say(
        "debrief.passed" if passed else "debrief.failed",
        outcome=catalog.say(f"terms.outcomes.{facts.outcome}"), overall=overall, pack=pack.title[catalog.lang],
    )
    promise = facts.promise
    ptp_json = None
    if promise is not None:
        amount = promise.amount
        ptp_json = {
            "amount": (int(amount) if float(amount).is_integer() else round(amount, 2)) if amount is not None else None,
            "date": promise.date.isoformat() if promise.date else None,
            "channel": promise.channel,
            "confirmed": promise.confirmed,
        }
    truth = tuple({"claim": cid, "real": real, "note": note} for cid, real, note in facts.claims)
    return Debrief(facts.outcome, ptp_json, scores, passed, violations, tuple(changes), summary, truth)
