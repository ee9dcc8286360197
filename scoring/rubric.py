"""The rubric (scoring/rubric.yaml): how much each part of a call weighs and what passes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from simulator.ids import MOODS, OUTCOMES
from simulator.understanding.labels import LANGUAGES, MOVES
from simulator.yamlfile import ContentError, YDict, compile_patterns, expect_keys, load_yaml

RUBRIC_PATH = Path(__file__).parent / "rubric.yaml"
SCORES = ("empathy", "compliance", "ptp")


@dataclass(frozen=True)
class Rubric:
    weights: dict[str, int]
    pass_overall: int
    #: a call only passes when it ends in one of the scenario's goal outcomes
    pass_require_goal: bool
    pass_at_least: dict[str, int]
    hard_violation_cap: int
    empathy_parts: dict[str, int]
    distress_moods: frozenset[str]
    anger_moods: frozenset[str]
    listen_moves: frozenset[str]
    push_moves: frozenset[str]
    argue_cost: int
    arguing: dict[str, re.Pattern[str]]
    ptp_parts: dict[str, int]
    outcome_credit: dict[str, int]


def _parts(node: YDict, key: str, names: tuple[str, ...], what: str) -> dict[str, int]:
    part = node[key]
    expect_keys(part, set(names), set(), what)
    values = {name: part[name] for name in names}
    if not all(isinstance(v, int) and v >= 0 for v in values.values()) or sum(values.values()) != 100:
        raise ContentError(node.at(key), f"{what}: whole numbers that add up to 100")
    return values


def _ids(node: YDict, key: str, allowed: tuple[str, ...], what: str) -> frozenset[str]:
    for item in node[key]:
        if item not in allowed:
            raise ContentError(getattr(item, "where", node.at(key)), f"{what}: unknown id '{item}'")
    return frozenset(str(i) for i in node[key])


def load_rubric(path: Path = RUBRIC_PATH) -> Rubric:
    data = load_yaml(path)
    expect_keys(data, {"weights", "pass", "hard_violation_cap", "empathy", "ptp"}, set(), "the rubric")
    passing = data["pass"]
    expect_keys(passing, {"overall", "at_least", "require_goal"}, set(), "pass")
    expect_keys(passing["at_least"], set(SCORES), set(), "pass.at_least")
    emp = data["empathy"]
    expect_keys(emp, {"parts", "distress_moods", "anger_moods", "listen_moves", "push_moves", "argue_cost",
                      "arguing"}, set(), "empathy")
    arguing = emp["arguing"]
    expect_keys(arguing, set(LANGUAGES), set(), "empathy.arguing")
    patterns = {}
    for lang in LANGUAGES:
        patterns[lang] = compile_patterns(arguing[lang], arguing.at(lang), f"empathy.arguing.{lang}",
                                          re.IGNORECASE)
    ptp = data["ptp"]
    expect_keys(ptp, {"parts", "outcome_credit"}, set(), "ptp")
    credit = ptp["outcome_credit"]
    for outcome in credit:
        if outcome not in OUTCOMES:
            raise ContentError(credit.at(outcome), f"ptp.outcome_credit: unknown outcome '{outcome}'")
    return Rubric(
        weights=_parts(data, "weights", SCORES, "weights"),
        pass_overall=int(passing["overall"]),
        pass_require_goal=bool(passing["require_goal"]),
        pass_at_least={k: int(passing["at_least"][k]) for k in SCORES},
        hard_violation_cap=int(data["hard_violation_cap"]),
        empathy_parts=_parts(emp, "parts", ("acknowledge", "listen_first", "no_arguing"), "empathy.parts"),
        distress_moods=_ids(emp, "distress_moods", MOODS, "empathy.distress_moods"),
        anger_moods=_ids(emp, "anger_moods", MOODS, "empathy.anger_moods"),
        listen_moves=_ids(emp, "listen_moves", MOVES, "empathy.listen_moves"),
        push_moves=_ids(emp, "push_moves", MOVES, "empathy.push_moves"),
        argue_cost=int(emp["argue_cost"]),
        arguing=patterns,
        ptp_parts=_parts(ptp, "parts", ("amount", "date", "channel", "confirmed"), "ptp.parts"),
        outcome_credit={str(k): int(v) for k, v in credit.items()},
    )
