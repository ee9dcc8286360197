"""Compliance findings for each turn: the violations `classify` saw plus the context rules.

Context rules need to know more than the reply: who heard it, whether the debtor's
identity had been verified, what the scenario authorises, and when the call is made.
The rule pack decides whether each one is hard (fails the call) and what it costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from scoring.packs import RulePack
from simulator.understanding import Labels

#: two amounts closer than this are the same amount (to the cent)
_CENT = 0.005


@dataclass(frozen=True)
class Finding:
    """One rule broken on one turn."""

    id: str
    turn: int
    hard: bool
    penalty: int
    #: the words of the reply that show it (may be empty for rules about the call itself)
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseTerms:
    """What the scenario says about the money and the call, as the rules need it."""

    balance: float
    minimum: float
    waiver_limit: float
    call_time: time


@dataclass(frozen=True)
class Heard:
    """Who heard the reply and what they knew, just before it was said."""

    role: str
    verified: bool
    #: the debtor's standing promise amount, if any (to catch a wrong read-back)
    promise_amount: float | None


class RuleTracker:
    """Checks every turn of one call against a rule pack; remembers what the call has done."""

    def __init__(self, pack: RulePack, case: CaseTerms, lang: str):
        self.pack = pack
        self.case = case
        self.lang = lang
        self.turn = 0
        self.identified = False
        self.collector_disclosed = False
        self.flagged_once: set[str] = set()

    def _finding(self, rule: str, evidence: tuple[str, ...] = ()) -> Finding | None:
        spec = self.pack.rules.get(rule)
        if spec is None:  # the pack does not apply this rule
            return None
        return Finding(rule, self.turn, spec.hard, spec.penalty, evidence)

    def check(self, labels: Labels, heard: Heard) -> list[Finding]:
        """The findings of the next turn, in a stable order."""
        self.turn += 1
        found: list[Finding | None] = []
        for violation in labels.violations:
            found.append(self._finding(violation, tuple(labels.evidence.get(violation, ()))))

        if self.turn == 1 and not self._within_hours():
            found.append(self._finding("outside_hours"))

        disclosing = [label for label in labels.moves if label in self.pack.disclosure_labels]
        evidence = tuple(span for label in disclosing for span in labels.evidence.get(label, ()))
        pattern = self.pack.collector_disclosure and self.pack.collector_disclosure.get(self.lang)
        if pattern and (pattern.search(labels.text) or self._other_language_disclosure(labels.text)):
            self.collector_disclosed = True
        if labels.has("identify_self") and not labels.has("impersonate"):
            # a false identity (police, court, a law firm) is no introduction of the collector
            self.identified = True
        if disclosing:
            # Once the debt is out, saying it again reveals nothing new: one finding per call.
            if heard.role == "third_party":
                found.append(self._once("third_party_disclosure", evidence))
            elif not heard.verified:
                found.append(self._once("disclosure_before_verification", evidence))
            if heard.role != "third_party":
                if not self.identified:
                    found.append(self._once("no_identification", evidence))
                if pattern and not self.collector_disclosed:
                    found.append(self._once("missing_disclosure", evidence))

        if labels.has("offer_waiver") and self._waiver_too_big(labels):
            found.append(self._finding("waiver_beyond_authority", tuple(labels.evidence.get("offer_waiver", ()))))
        if self._wrong_amount(labels, heard):
            found.append(self._finding("wrong_amount", (str(labels.slots.get("amount", "")),)))
        return [f for f in found if f is not None]

    def _once(self, rule: str, evidence: tuple[str, ...]) -> Finding | None:
        if rule in self.flagged_once:
            return None
        self.flagged_once.add(rule)
        return self._finding(rule, evidence)

    def _other_language_disclosure(self, text: str) -> bool:
        patterns = self.pack.collector_disclosure or {}
        return any(p.search(text) for lang, p in patterns.items() if lang != self.lang)

    def _within_hours(self) -> bool:
        start, end = self.pack.hours
        return start <= self.case.call_time < end

    def _waiver_too_big(self, labels: Labels) -> bool:
        limit = self.case.waiver_limit
        if limit <= 0:
            return True  # no authority to waive anything
        amount = labels.slots.get("amount")
        if amount is None:
            return False
        # "waive 3000" or "pay 5000 and the rest is waived": beyond authority only when
        # the amount read either way exceeds the limit.
        return amount > limit + _CENT and (self.case.balance - amount) > limit + _CENT

    def _wrong_amount(self, labels: Labels, heard: Heard) -> bool:
        amounts = labels.slots.get("amounts") or ([labels.slots["amount"]] if "amount" in labels.slots else [])
        if not amounts:
            return False
        if labels.has("confirm_ptp") and heard.promise_amount is not None and "amount" in labels.slots:
            if abs(labels.slots["amount"] - heard.promise_amount) > _CENT:
                return True
        if not labels.has("state_purpose"):
            return False
        known = [self.case.balance, self.case.minimum]
        if heard.promise_amount is not None:
            known.append(heard.promise_amount)
        stated = list(amounts)
        proposing = labels.has("offer_option") or labels.has("request_ptp") or labels.has("confirm_ptp")
        if proposing and labels.slots.get("amount") in stated:
            # the amount proposed for payment is an offer, not a statement of the debt
            stated.remove(labels.slots["amount"])
        return any(all(abs(a - k) > _CENT for k in known) for a in stated)
