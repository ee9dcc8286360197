"""A practice call: the trainee's replies drive a persona's machine; each turn is scored.

`Call` is the one object the TUI, `ptpdojo replay`, the store and the tests all drive.
Given the same scenario, language, seed, date and replies it produces the same turns,
byte for byte: the only randomness is the seeded choice among a state's line variants.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from scoring.empathy import EmpathyTracker
from scoring.facts import CallFacts, PromiseFacts, TurnFacts
from scoring.feedback import FeedbackItem, Reaction, turn_feedback
from scoring.report import Debrief, debrief
from scoring.rules import CaseTerms, Finding, Heard, RuleTracker
from simulator.engine.content import Content, load_content
from simulator.engine.context import GuardContext, Promise
from simulator.engine.machine import CallModel, fire
from simulator.engine.persona import Choice, Coach, Effects, StateSpec, TransitionSpec
from simulator.engine.render import Renderer
from simulator.understanding import VIOLATIONS, Labels, classify
from simulator.understanding.labels import LANGUAGES

if TYPE_CHECKING:
    from simulator.store import CallLog

#: reply labels that put payment terms on the table
_OFFER_LABELS = ("request_ptp", "offer_option", "confirm_ptp")
_CENT = 0.005


class CallFinished(RuntimeError):
    """`step` was called after the call ended."""


class UnsupportedLanguage(ValueError):
    """The scenario is not written for the requested language."""


@dataclass(frozen=True)
class DebtorLine:
    """What the other end of the line says, and who says it in which mood."""

    speaker: str
    name: str
    role: str
    text: str
    mood: str
    state: str

    def to_json(self) -> dict:
        return {"speaker": self.speaker, "name": self.name, "role": self.role, "text": self.text,
                "mood": self.mood, "state": self.state}


@dataclass(frozen=True)
class TurnResult:
    """Everything about one exchange: the reply, what was detected, the answer, the verdict."""

    turn: int
    reply: str
    labels: Labels
    debtor: DebtorLine
    meters: dict[str, int]
    #: meter changes this turn (after clamping to 0..100), only the ones that moved
    meter_changes: dict[str, int]
    findings: tuple[Finding, ...]
    #: empathy and PTP observations about this turn (ids; texts are in `feedback`)
    notes: tuple[str, ...]
    feedback: tuple[FeedbackItem, ...]
    #: the persona's model reply for the state the trainee was answering
    model_reply: str
    promise: dict | None
    ended: bool
    outcome: str | None

    def to_json(self) -> dict:
        labels = self.labels.to_json()
        return {
            "turn": self.turn,
            "reply": self.reply,
            "labels": {k: labels[k] for k in ("moves", "violations", "slots", "evidence")},
            "debtor": self.debtor.to_json(),
            "meters": dict(self.meters),
            "findings": [{"id": f.id, "hard": f.hard, "evidence": list(f.evidence)} for f in self.findings],
            "notes": list(self.notes),
            "feedback": [item.to_json() for item in self.feedback],
            "model_reply": self.model_reply,
            "promise": self.promise,
            "ended": self.ended,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class Hint:
    """Coaching for the current state: what it calls for and a model reply."""

    state: str
    note: str
    model: str

    def to_json(self) -> dict:
        return {"state": self.state, "note": self.note, "model": self.model}


@dataclass
class Call:
    """One practice call. Create it, show `opening()`, then `step()` each reply until `finished`."""

    scenario_id: str
    lang: str = "zh"
    seed: int = 0
    #: the call's date; defaults to the scenario's date so replays are reproducible
    today: date | None = None
    content: Content | None = field(default=None, repr=False)
    log: CallLog | None = field(default=None, repr=False)
    turns: list[TurnResult] = field(default_factory=list, init=False, repr=False)
    finished: bool = field(default=False, init=False)
    outcome: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.content = self.content or load_content()
        self.scenario = self.content.scenario(self.scenario_id)
        if self.lang not in LANGUAGES or self.lang not in self.scenario.languages:
            raise UnsupportedLanguage(
                f"scenario {self.scenario.id} is written for {', '.join(self.scenario.languages)}, not {self.lang!r}"
            )
        self.persona = self.content.personas[self.scenario.persona]
        self.today = self.today or self.scenario.call_date
        self.catalog = self.content.catalogs[self.lang]
        self.pack = self.content.packs[self.scenario.rules]
        case = self.scenario.case
        facts = case.facts()
        truth = self.persona.truth
        self._rng = random.Random(self.seed)
        self._last_variant: dict[Any, int] = {}
        self.ctx = GuardContext(
            case=facts,
            today=self.today,
            hour=self.scenario.call_time.hour,
            meters={m.id: m.start for m in self.persona.meters.values()},
            flags=set(),
            claims={c.id: c.real for c in truth.claims.values()},
            can_pay=float(truth.can_pay.evaluate(_CaseOnly(facts)) or 0),
            pay_in_days=truth.pay_in_days,
            truth_channel=truth.channel,
            insolvent=truth.insolvent,
        )
        self.model = CallModel(self.persona.states[self.persona.start].path)
        self.render = Renderer(self.scenario, self.lang, self.catalog)
        self.rules = RuleTracker(
            self.pack,
            CaseTerms(case.balance, case.minimum, case.waiver_limit, self.scenario.call_time),
            self.lang,
        )
        self.empathy = EmpathyTracker(self.content.rubric, self.lang)
        #: what the final scoring needs of each played turn
        self._history: list[TurnFacts] = []
        self._opening = self._say(self.state, self.state.lines[self.lang], key=self.state.id)
        if self.log is not None:
            self.log.begin(self)

    # ------------------------------------------------------------ reading the call

    @property
    def state(self) -> StateSpec:
        """The state the debtor is in now."""
        return self.persona.by_path[self.model.state]

    @property
    def meters(self) -> dict[str, int]:
        return dict(self.ctx.meters)

    @property
    def promise(self) -> Promise | None:
        return self.ctx.promise

    def opening(self) -> list[DebtorLine]:
        """What the trainee hears when the call connects."""
        return [self._opening]

    def hint(self) -> Hint | None:
        """The coaching note and model reply for the current state (None once the call ended)."""
        coach: dict[str, Coach] | None = self.state.coach
        if self.finished or not coach:
            return None
        c = coach[self.lang]
        return Hint(self.state.id, self.render.render(c.note, self.ctx), self.render.render(c.model, self.ctx))

    def choices(self) -> list[Choice]:
        """The guided-mode candidates for the current state, in a seeded order."""
        options = self.state.choices
        if self.finished or not options:
            return []
        items = [Choice(self.render.render(c.text, self.ctx), c.kind, self.render.render(c.why, self.ctx))
                 for c in options[self.lang]]
        # A separate, string-seeded generator: asking for choices never changes the lines.
        random.Random(f"{self.scenario.id}:{self.seed}:{len(self.turns)}").shuffle(items)
        return items

    # ------------------------------------------------------------ playing

    def step(self, reply: str, labels: Labels | None = None) -> TurnResult:
        """Play one trainee reply; returns the whole turn, already scored.

        `labels` may carry `classify(reply, call.lang, call.today)` when the caller has
        already run it (a UI worker thread, a benchmark); otherwise the call runs it.
        """
        if self.finished:
            raise CallFinished("the call has ended; start a new one")
        ctx = self.ctx
        before = self.state
        speaker = self.persona.speakers[before.speaker]
        if labels is None:
            labels = classify(reply, self.lang, self.today)
        ctx.turn += 1
        ctx.state_turns += 1
        ctx.labels = frozenset(labels.all)
        ctx.violations = frozenset(labels.violations)
        ctx.slots = labels.slots
        for label in labels.all:
            ctx.ever[label] += 1
        if labels.violations:
            ctx.ever["violation"] += 1
        self._take_offer(labels)
        ctx.confirms, ctx.contradicts = self._read_back(labels, ctx.promise)

        heard = Heard(speaker.role, "verified" in ctx.flags, ctx.promise.amount if ctx.promise else None)
        findings = tuple(self.rules.check(labels, heard))
        ctx.broke = frozenset(f.id for f in findings if f.id not in VIOLATIONS)

        meters_before = dict(ctx.meters)
        promise_before = ctx.promise
        spec: TransitionSpec | None = fire(self.persona, self.model, ctx)
        if spec is not None:
            self._apply(spec.effects)
        after = self.state
        if after.id != before.id:
            ctx.state_turns = 0
        confirmed_now = self._confirm(labels)

        variants, key = (spec.say[self.lang], id(spec)) if spec and spec.say else (after.lines[self.lang], after.id)
        limit_reached = not after.terminal and ctx.turn >= self.persona.max_turns
        if limit_reached:
            self.model.state = self.persona.states[self.persona.at_limit].path
            after = self.state
            variants, key = after.lines[self.lang], after.id
        line = self._say(after, variants, key)
        if after.terminal:
            self.finished = True
            self.outcome = after.outcome

        changes = {m: ctx.meters[m] - meters_before[m] for m in ctx.meters if ctx.meters[m] != meters_before[m]}
        empathy_notes = self.empathy.observe(labels, before.mood)
        promise_notes = self._promise_notes(promise_before, confirmed_now)
        model_reply = self.render.render(before.coach[self.lang].model, ctx) if before.coach else ""
        reaction = Reaction(
            meters=tuple((self.persona.meters[m].names[self.lang], d) for m, d in changes.items()),
            mood_before=before.mood, mood_after=after.mood,
            why=spec.why[self.lang] if spec and spec.why else None,
            limit_reached=limit_reached,
        )
        feedback = turn_feedback(self.catalog, labels, reaction, findings, empathy_notes + promise_notes,
                                 model_reply, self._promise_text())
        result = TurnResult(
            turn=ctx.turn, reply=reply, labels=labels, debtor=line, meters=dict(ctx.meters),
            meter_changes=changes, findings=findings, notes=empathy_notes + promise_notes,
            feedback=feedback, model_reply=model_reply,
            promise=ctx.promise.to_json() if ctx.promise else None,
            ended=self.finished, outcome=self.outcome,
        )
        self.turns.append(result)
        self._history.append(TurnFacts(ctx.turn, labels, speaker.role, before.mood, after.mood, findings,
                                       empathy_notes + promise_notes, model_reply))
        if self.log is not None:
            self.log.turn(result)
        return result

    def hang_up(self) -> None:
        """The trainee ends the call; without an outcome reached it is `no_outcome`."""
        if not self.finished:
            self.finished = True
            self.outcome = "no_outcome"
            if self.log is not None:
                self.log.end(self)

    def debrief(self) -> Debrief:
        """Scores, verdict, violations and the three changes that would most improve the call."""
        promise = self.ctx.promise
        facts = CallFacts(
            outcome=self.outcome or "no_outcome",
            goals=self.scenario.goals,
            credit=self.scenario.outcome_credit,
            today=self.today,
            required=self.scenario.case.required_amount,
            window_days=self.scenario.case.ptp_window_days,
            insolvent=self.persona.truth.insolvent,
            promise=PromiseFacts(promise.amount, promise.date, promise.channel, promise.confirmed,
                                 promise.made_turn) if promise else None,
            turns=tuple(self._history),
            claims=tuple((c.id, c.real, c.note[self.lang]) for c in self.persona.truth.claims.values()),
        )
        return debrief(facts, self.content.rubric, self.catalog, self.pack)

    # ------------------------------------------------------------ internals

    def _say(self, state: StateSpec, variants: tuple[str, ...], key: Any) -> DebtorLine:
        """Pick a variant with the seeded generator, never the same one twice in a row."""
        last = self._last_variant.get(key)
        candidates = [i for i in range(len(variants)) if i != last] or [0]
        index = candidates[self._rng.randrange(len(candidates))]
        self._last_variant[key] = index
        speaker = self.persona.speakers[state.speaker]
        return DebtorLine(
            speaker=speaker.id, name=self.render.render(speaker.names[self.lang]), role=speaker.role,
            text=self.render.render(variants[index], self.ctx), mood=state.mood, state=state.id,
        )

    def _take_offer(self, labels: Labels) -> None:
        """Terms named in a reply that asks for, offers or confirms a payment go on the table."""
        if not any(labels.has(label) for label in _OFFER_LABELS):
            return
        slots, offer = labels.slots, self.ctx.offer
        if "amount" in slots:
            offer.amount = float(slots["amount"])
        if "date" in slots:
            offer.date = date.fromisoformat(slots["date"])
        if "channel" in slots:
            offer.channel = slots["channel"]

    def _read_back(self, labels: Labels, promise: Promise | None) -> tuple[bool, bool]:
        """(confirms, contradicts): does a confirm_ptp reply match the standing promise?"""
        if promise is None or not labels.has("confirm_ptp"):
            return False, False
        slots = labels.slots
        named = 0
        if "amount" in slots:
            named += 1
            if abs(float(slots["amount"]) - (promise.amount or 0)) > _CENT:
                return False, True
        if "date" in slots:
            named += 1
            if date.fromisoformat(slots["date"]) != promise.date:
                return False, True
        if "channel" in slots and slots["channel"] != promise.channel:
            return False, True
        return named > 0, False

    def _apply(self, effects: Effects) -> None:
        ctx = self.ctx
        for meter, delta in effects.meters:
            ctx.meters[meter] = max(0, min(100, ctx.meters[meter] + delta))
        ctx.flags.update(effects.set_flags)
        ctx.flags.difference_update(effects.clear_flags)
        if effects.promise == "drop":
            ctx.promise = None
        elif effects.promise in ("offer", "own"):
            own_date = ctx.today + timedelta(days=ctx.pay_in_days)
            if effects.promise == "own":
                amount, day, channel = ctx.can_pay, own_date, ctx.truth_channel
            else:
                offer = ctx.offer
                amount = offer.amount if offer.amount is not None else ctx.can_pay
                day = offer.date or own_date
                channel = offer.channel or ctx.truth_channel
            ctx.promise = Promise(amount, day, channel, made_turn=ctx.turn)

    def _confirm(self, labels: Labels) -> bool:
        """Mark the promise confirmed when this reply reads it back correctly."""
        promise = self.ctx.promise
        if promise is None or promise.confirmed:
            return False
        confirms, _ = self._read_back(labels, promise)
        if confirms:
            promise.confirmed = True
            promise.confirmed_turn = self.ctx.turn
        return confirms

    def _promise_notes(self, before: Promise | None, confirmed_now: bool) -> tuple[str, ...]:
        now = self.ctx.promise
        notes = []
        if now is not None and (before is None or now is not before) and now.made_turn == self.ctx.turn:
            notes.append("promise_made")
        if before is not None and now is None:
            notes.append("promise_dropped")
        if confirmed_now:
            notes.append("promise_confirmed")
        if self.ctx.contradicts:
            notes.append("read_back_wrong")
        return tuple(notes)

    def _promise_text(self) -> dict[str, str] | None:
        p = self.ctx.promise
        if p is None:
            return None
        return {"amount": self.render.money(p.amount), "date": self.render.day(p.date),
                "channel": self.render.channel(p.channel)}


class _CaseOnly:
    """The evaluation context of a truth expression: only `case.*` can be read."""

    def __init__(self, case: Any):
        self.case = case
