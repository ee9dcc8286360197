"""Plain facts about a played call, handed from the engine to scoring (no engine imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from scoring.rules import Finding
from simulator.understanding import Labels


@dataclass(frozen=True)
class TurnFacts:
    turn: int
    labels: Labels
    #: who heard the reply: debtor, staff or third_party
    role: str
    #: the debtor's mood when the trainee replied, and after the answer
    mood_before: str
    mood_after: str
    findings: tuple[Finding, ...]
    #: empathy and promise observations (ids such as missed_acknowledgement)
    notes: tuple[str, ...]
    #: the persona's model reply for the state that was answered
    model_reply: str


@dataclass(frozen=True)
class PromiseFacts:
    amount: float | None
    date: date | None
    channel: str | None
    confirmed: bool
    made_turn: int


@dataclass(frozen=True)
class CallFacts:
    outcome: str
    #: the outcomes that count as success in this scenario (usually just ptp)
    goals: tuple[str, ...]
    today: date
    #: the least a promise must cover (the minimum payment or the full balance)
    required: float
    window_days: int
    insolvent: bool
    promise: PromiseFacts | None
    turns: tuple[TurnFacts, ...]
    #: the debtor's claims as they really were: (claim id, real?, the truth in the call's language)
    claims: tuple[tuple[str, bool, str], ...] = ()
    #: the scenario's own PTP credit for other goals, over the rubric's
    credit: dict[str, int] = field(default_factory=dict)
