"""The names a persona guard may read, each with its type and how to read it from a call."""

from __future__ import annotations

from scoring.ids import CONTEXT_RULES
from simulator.engine.expr import BOOL, NUM, STR, NameInfo
from simulator.understanding.labels import CHANNELS, LABELS, VIOLATIONS

#: Case facts readable as `case.<name>` in guards and in the truth's `can_pay`.
CASE_FIELDS: tuple[str, ...] = (
    "balance", "minimum", "required", "days_past_due", "stage", "waiver_limit",
    "instalments", "window_days",
)

#: Words a persona may not use as a meter id: they are taken by the other names.
RESERVED = {"reply", "ever", "broke", "offer", "promise", "truth", "claim", "case", "flag",
            "turn", "state", "call", "and", "or", "not", "true", "false"}


def case_names() -> dict[str, NameInfo]:
    return {f"case.{f}": NameInfo(NUM, _case_reader(f)) for f in CASE_FIELDS}


def _case_reader(field: str):
    return lambda c: getattr(c.case, field)


def _meter(m: str):
    return lambda c: c.meters[m]


def _flag(f: str):
    return lambda c: f in c.flags


def _claim(k: str):
    return lambda c: c.claims[k]


def _label(label: str):
    return lambda c: label in c.labels


def _ever(label: str):
    return lambda c: c.ever[label]


def _broke(rule: str):
    return lambda c: rule in c.broke


def guard_names(meters: list[str], flags: list[str], claims: list[str]) -> dict[str, NameInfo]:
    """Every name a guard of this persona may use (see docs/personas.md, "Guards")."""
    names: dict[str, NameInfo] = {}
    for m in meters:
        names[m] = NameInfo(NUM, _meter(m))
    for f in flags:
        names[f"flag.{f}"] = NameInfo(BOOL, _flag(f))
    for k in claims:
        names[f"claim.{k}"] = NameInfo(BOOL, _claim(k))
    for label in LABELS:
        names[f"reply.{label}"] = NameInfo(BOOL, _label(label))
        names[f"ever.{label}"] = NameInfo(NUM, _ever(label))
    names["reply.violation"] = NameInfo(BOOL, lambda c: bool(c.violations))
    names["ever.violation"] = NameInfo(NUM, lambda c: c.ever["violation"])
    names["reply.nothing"] = NameInfo(BOOL, lambda c: not c.labels)
    names["reply.confirms"] = NameInfo(BOOL, lambda c: c.confirms)
    names["reply.contradicts"] = NameInfo(BOOL, lambda c: c.contradicts)
    names["reply.has_amount"] = NameInfo(BOOL, lambda c: "amount" in c.slots)
    names["reply.has_date"] = NameInfo(BOOL, lambda c: "date" in c.slots)
    names["reply.has_channel"] = NameInfo(BOOL, lambda c: "channel" in c.slots)
    names["reply.amount"] = NameInfo(NUM, lambda c: c.slots.get("amount"))
    for rule in CONTEXT_RULES:
        names[f"broke.{rule}"] = NameInfo(BOOL, _broke(rule))
    names["broke.any"] = NameInfo(BOOL, lambda c: bool(c.broke or c.violations))
    names["offer.amount"] = NameInfo(NUM, lambda c: c.offer.amount)
    names["offer.days"] = NameInfo(NUM, lambda c: c.days_until(c.offer.date))
    names["offer.channel"] = NameInfo(STR, lambda c: c.offer.channel, CHANNELS)
    names["offer.has_amount"] = NameInfo(BOOL, lambda c: c.offer.amount is not None)
    names["offer.has_date"] = NameInfo(BOOL, lambda c: c.offer.date is not None)
    names["offer.has_channel"] = NameInfo(BOOL, lambda c: c.offer.channel is not None)
    names["promise.made"] = NameInfo(BOOL, lambda c: c.promise is not None)
    names["promise.amount"] = NameInfo(NUM, lambda c: c.promise and c.promise.amount)
    names["promise.days"] = NameInfo(NUM, lambda c: c.promise and c.days_until(c.promise.date))
    names["promise.channel"] = NameInfo(STR, lambda c: c.promise and c.promise.channel, CHANNELS)
    names["promise.confirmed"] = NameInfo(BOOL, lambda c: bool(c.promise and c.promise.confirmed))
    names["truth.can_pay"] = NameInfo(NUM, lambda c: c.can_pay)
    names["truth.pay_in_days"] = NameInfo(NUM, lambda c: c.pay_in_days)
    names["truth.channel"] = NameInfo(STR, lambda c: c.truth_channel, CHANNELS)
    names["truth.insolvent"] = NameInfo(BOOL, lambda c: c.insolvent)
    names.update(case_names())
    names["turn"] = NameInfo(NUM, lambda c: c.turn)
    names["state.turns"] = NameInfo(NUM, lambda c: c.state_turns)
    names["call.hour"] = NameInfo(NUM, lambda c: c.hour)
    return names


#: Placeholders a persona line, coaching note or choice may contain, e.g. `{promise.amount}`.
#: `{people.<id>}` names come from the scenario's case file and are checked against it.
PLACEHOLDERS: tuple[str, ...] = (
    "debtor", "debtor_short", "creditor", "product", "today", "disclosure",
    "case.balance", "case.minimum", "case.required", "case.days_past_due", "case.stage",
    "case.account", "case.waiver_limit",
    "truth.can_pay", "truth.pay_date", "truth.channel",
    "offer.amount", "offer.date", "offer.channel",
    "promise.amount", "promise.date", "promise.channel",
)

#: `when:` may name any label, any context rule, or one of the special words.
TRIGGER_LABELS: frozenset[str] = frozenset(LABELS) | frozenset(CONTEXT_RULES)
VIOLATION_LABELS: frozenset[str] = frozenset(VIOLATIONS)
