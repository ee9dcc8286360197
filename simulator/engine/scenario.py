"""Reads a scenario YAML file: a persona bound to a case file, a call time and a rule pack."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from simulator.engine import reading as r
from simulator.engine.context import CaseFacts
from simulator.ids import OUTCOMES
from simulator.understanding.labels import LANGUAGES
from simulator.yamlfile import ContentError, YDict, expect_keys, load_yaml

CURRENCIES: tuple[str, ...] = ("CNY", "USD")
REQUIRED_AMOUNTS: tuple[str, ...] = ("minimum", "full")
_STAGE = re.compile(r"^M([0-9])\+?$")
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


@dataclass(frozen=True)
class Party:
    """How a person or company is named in one language."""

    name: str
    #: how the collector addresses them on the phone (张先生, Mr Zhang)
    address: str


@dataclass(frozen=True)
class CaseFile:
    currency: str
    debtor: dict[str, Party]
    creditor: dict[str, str]
    product: dict[str, str]
    account: str
    balance: float
    minimum: float
    days_past_due: int
    stage: str
    waiver_limit: float
    instalments: int
    ptp_window_days: int
    #: "minimum" or "full": the least a promise must cover
    required: str
    people: dict[str, dict[str, str]]

    @property
    def required_amount(self) -> float:
        return self.minimum if self.required == "minimum" else self.balance

    def facts(self) -> CaseFacts:
        m = _STAGE.match(self.stage)
        return CaseFacts(
            balance=self.balance, minimum=self.minimum, required=self.required_amount,
            days_past_due=self.days_past_due, stage=int(m.group(1)) if m else 0,
            waiver_limit=self.waiver_limit, instalments=self.instalments,
            window_days=self.ptp_window_days,
        )


@dataclass(frozen=True)
class Scenario:
    id: str
    file: str
    persona: str
    title: dict[str, str]
    difficulty: int
    languages: tuple[str, ...]
    rules: str
    call_date: date
    call_time: time
    goals: tuple[str, ...]
    #: PTP credit for a goal other than a promise, overriding the rubric's (a callback with the
    #: decision-maker's direct line can be the full success of a corporate call)
    outcome_credit: dict[str, int]
    case: CaseFile
    objectives: dict[str, tuple[str, ...]]


def _money(node: YDict, key: str, what: str) -> float:
    value = r.number(node, key, what, 0, 10_000_000)
    return float(value)


def _read_case(node: YDict) -> CaseFile:
    expect_keys(
        node,
        {"currency", "debtor", "creditor", "product", "account", "balance", "minimum",
         "days_past_due", "stage", "waiver_limit", "instalments", "ptp_window_days", "required"},
        {"people"},
        "case",
    )
    debtor_node = r.per_language(node, "debtor", "case.debtor")
    debtor = {}
    for lang in LANGUAGES:
        party = r.mapping(debtor_node[lang], f"case.debtor.{lang}", debtor_node.at(lang))
        expect_keys(party, {"name", "address"}, set(), f"case.debtor.{lang}")
        debtor[lang] = Party(str(r.text(party, "name", f"case.debtor.{lang}.name")),
                             str(r.text(party, "address", f"case.debtor.{lang}.address")))
    account = node.get("account")
    if isinstance(account, int) and not isinstance(account, bool):
        account = str(account)
    if not isinstance(account, str) or not account.strip():
        raise ContentError(r.where_in(node, "account"),
                           "case.account must be text, e.g. \"8812\" (the card's last digits)")
    stage = r.text(node, "stage", "case.stage")
    if not _STAGE.match(stage):
        raise ContentError(r.where_in(node, "stage"), f"case.stage must look like M1, M2 ... M4+; not '{stage}'")
    people = {}
    if "people" in node:
        people_node = r.mapping(node["people"], "case.people", node.at("people"))
        for pid in people_node:
            if not r.ID_RE.match(pid):
                raise ContentError(people_node.at(pid),
                                   f"case.people id '{pid}' must be lower-case letters, digits and _")
            people[pid] = r.lang_text(people_node, pid, f"case.people.{pid}")
    balance = _money(node, "balance", "case.balance")
    minimum = _money(node, "minimum", "case.minimum")
    if minimum > balance:
        raise ContentError(r.where_in(node, "minimum"), "case.minimum cannot be more than case.balance")
    return CaseFile(
        currency=str(r.choice(node, "currency", "case.currency", CURRENCIES)),
        debtor=debtor,
        creditor=r.lang_text(node, "creditor", "case.creditor"),
        product=r.lang_text(node, "product", "case.product"),
        account=str(account),
        balance=balance,
        minimum=minimum,
        days_past_due=int(r.number(node, "days_past_due", "case.days_past_due", 0, 3650, integer=True)),
        stage=str(stage),
        waiver_limit=_money(node, "waiver_limit", "case.waiver_limit"),
        instalments=int(r.number(node, "instalments", "case.instalments", 0, 60, integer=True)),
        ptp_window_days=int(r.number(node, "ptp_window_days", "case.ptp_window_days", 0, 60, integer=True)),
        required=str(r.choice(node, "required", "case.required", REQUIRED_AMOUNTS)),
        people=people,
    )


def _read_call(node: YDict) -> tuple[date, time]:
    expect_keys(node, {"date", "time"}, set(), "call")
    day = node.get("date")
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            day = None
    if not isinstance(day, date):
        raise ContentError(r.where_in(node, "date"), "call.date must be a date like 2026-11-24")
    raw = node.get("time")
    if isinstance(raw, int):
        raise ContentError(node.at("time"), "call.time must be in quotes, like \"10:30\" "
                           "(unquoted, YAML reads 10:30 as a number)")
    m = _TIME.match(raw) if isinstance(raw, str) else None
    if not m:
        raise ContentError(r.where_in(node, "time"), f"call.time must be HH:MM in quotes, like \"10:30\"; not {raw!r}")
    return day, time(int(m.group(1)), int(m.group(2)))


def load_scenario(path: Path) -> Scenario:
    """Read and validate one scenario file (cross-checks against personas happen in content)."""
    data = r.mapping(load_yaml(path), "a scenario file", f"{path}:1:1")
    expect_keys(
        data,
        {"scenario", "persona", "title", "difficulty", "languages", "rules", "call", "case",
         "objectives"},
        {"goals", "outcome_credit"},
        "the scenario",
    )
    sid = r.ident(data, "scenario", "scenario")
    if sid != path.stem:
        raise ContentError(r.where_in(data, "scenario"), f"scenario id '{sid}' must match the file name '{path.stem}'")
    languages = r.sequence(data.get("languages"), "languages", data.at("languages"))
    for lang in languages:
        if lang not in LANGUAGES:
            raise ContentError(getattr(lang, "where", languages.where),
                               f"unknown language {lang!r}; use {' and/or '.join(LANGUAGES)}")
    if not languages or len(set(languages)) != len(languages):
        raise ContentError(languages.where, "languages must list zh and/or en, each once")
    goals: tuple[str, ...] = ("ptp",)
    if "goals" in data:
        goal_list = r.sequence(data["goals"], "goals", data.at("goals"))
        for goal in goal_list:
            if goal not in OUTCOMES or goal == "no_outcome":
                raise ContentError(getattr(goal, "where", goal_list.where),
                                   f"unknown goal {goal!r}; use outcome ids: {', '.join(OUTCOMES[:-1])}")
        if not goal_list:
            raise ContentError(goal_list.where, "goals must name at least one outcome")
        goals = tuple(str(g) for g in goal_list)
    credit: dict[str, int] = {}
    if "outcome_credit" in data:
        node = r.mapping(data["outcome_credit"], "outcome_credit", data.at("outcome_credit"))
        for outcome in node:
            if outcome not in goals or outcome == "ptp":
                raise ContentError(node.at(outcome), f"outcome_credit names {outcome!r}: list only "
                                   f"goals other than ptp ({', '.join(g for g in goals if g != 'ptp')})")
            credit[str(outcome)] = int(r.number(node, outcome, f"outcome_credit.{outcome}", 0, 100,
                                                integer=True))
    objectives_node = r.per_language(data, "objectives", "objectives")
    objectives = {}
    for lang in LANGUAGES:
        items = r.sequence(objectives_node[lang], f"objectives.{lang}", objectives_node.at(lang))
        if not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise ContentError(items.where, f"objectives.{lang} must be a non-empty list of text")
        objectives[lang] = tuple(str(i) for i in items)
    call_date, call_time = _read_call(r.mapping(data.get("call"), "call", data.at("call")))
    return Scenario(
        id=str(sid),
        file=str(data.where.file),
        persona=str(r.ident(data, "persona", "persona")),
        title=r.lang_text(data, "title", "title"),
        difficulty=int(r.number(data, "difficulty", "difficulty", 1, 5, integer=True)),
        languages=tuple(str(lang) for lang in languages),
        rules=str(r.ident(data, "rules", "rules")),
        call_date=call_date,
        call_time=call_time,
        goals=goals,
        outcome_credit=credit,
        case=_read_case(r.mapping(data.get("case"), "case", data.at("case"))),
        objectives=objectives,
    )
