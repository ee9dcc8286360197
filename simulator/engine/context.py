"""The mutable facts of one call that guards read: meters, flags, the reply, offer and promise."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def tidy(amount: float | None) -> float | int | None:
    """An amount as JSON should show it: 7100 rather than 7100.0, cents kept."""
    if amount is None:
        return None
    return int(amount) if float(amount).is_integer() else round(float(amount), 2)


@dataclass
class Terms:
    """Payment terms: what the trainee has put on the table, or what the debtor promised."""

    amount: float | None = None
    date: date | None = None
    channel: str | None = None

    def to_json(self) -> dict:
        return {
            "amount": tidy(self.amount),
            "date": self.date.isoformat() if self.date else None,
            "channel": self.channel,
        }


@dataclass
class Promise(Terms):
    """The debtor's promise to pay; `confirmed` once the trainee has read it back correctly."""

    confirmed: bool = False
    #: the turn on which the promise was made, and on which it was confirmed
    made_turn: int = 0
    confirmed_turn: int = 0

    def to_json(self) -> dict:
        return {**super().to_json(), "confirmed": self.confirmed}


@dataclass(frozen=True)
class CaseFacts:
    """The numbers of a scenario's case file that guards may read (`case.*`)."""

    balance: float
    minimum: float
    required: float
    days_past_due: int
    stage: int
    waiver_limit: float
    instalments: int
    window_days: int


@dataclass
class GuardContext:
    """Everything a guard can read during one call; the engine updates it every turn."""

    case: CaseFacts
    today: date
    hour: int
    meters: dict[str, int]
    flags: set[str]
    claims: dict[str, bool]
    can_pay: float
    pay_in_days: int
    truth_channel: str
    insolvent: bool
    offer: Terms = field(default_factory=Terms)
    promise: Promise | None = None
    # -- the reply being answered
    labels: frozenset[str] = frozenset()
    violations: frozenset[str] = frozenset()
    broke: frozenset[str] = frozenset()
    slots: dict[str, Any] = field(default_factory=dict)
    confirms: bool = False
    contradicts: bool = False
    ever: Counter = field(default_factory=Counter)
    turn: int = 0
    state_turns: int = 0
    #: set by the machine: the authored transition that fired on this reply, if any
    fired: Any = None

    def days_until(self, day: date | None) -> int | None:
        return None if day is None else (day - self.today).days
