"""Rule packs (scoring/rules/<id>.yaml): which rules apply in a jurisdiction and how they weigh."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from scoring.ids import CONTEXT_RULES
from simulator.understanding.labels import LABELS, LANGUAGES, VIOLATIONS
from simulator.yamlfile import ContentError, YDict, compile_patterns, expect_keys, load_yaml

RULES_DIR = Path(__file__).parent / "rules"
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


@dataclass(frozen=True)
class RuleSpec:
    id: str
    #: a hard rule fails the call however good the rest was
    hard: bool
    #: points taken off the compliance score each time it is broken
    penalty: int


@dataclass(frozen=True)
class RulePack:
    id: str
    title: dict[str, str]
    hours: tuple[time, time]
    #: reply labels that reveal the debt to whoever hears them
    disclosure_labels: frozenset[str]
    #: when set, the collector must say who they are collecting for (the FDCPA
    #: "mini-Miranda") before discussing the debt; patterns per language
    collector_disclosure: dict[str, re.Pattern[str]] | None
    rules: dict[str, RuleSpec]


def _clock(node: YDict, key: str) -> time:
    raw = node.get(key)
    m = _TIME.match(raw) if isinstance(raw, str) else None
    if not m:
        raise ContentError(node.at(key), f"hours.{key} must be HH:MM in quotes, like \"09:00\"")
    return time(int(m.group(1)), int(m.group(2)))


def load_pack(path: Path) -> RulePack:
    data = load_yaml(path)
    if not isinstance(data, YDict):
        raise ContentError(f"{path}:1:1", "a rule pack must be a mapping")
    expect_keys(data, {"pack", "title", "hours", "disclosure_labels", "rules"}, {"collector_disclosure"},
                "the rule pack")
    pid = str(data["pack"])
    if pid != path.stem:
        raise ContentError(data.at("pack"), f"pack id '{pid}' must match the file name '{path.stem}'")
    title = data["title"]
    expect_keys(title, set(LANGUAGES), set(), "title")
    hours = data["hours"]
    expect_keys(hours, {"start", "end"}, set(), "hours")
    labels = data["disclosure_labels"]
    for label in labels:
        if label not in LABELS:
            raise ContentError(getattr(label, "where", data.at("disclosure_labels")), f"unknown label '{label}'")
    rules_node = data["rules"]
    rules = {}
    for rid, spec in rules_node.items():
        if rid not in VIOLATIONS and rid not in CONTEXT_RULES:
            raise ContentError(rules_node.at(rid), f"unknown rule '{rid}'; use a violation id "
                               f"({', '.join(VIOLATIONS)}) or a context rule ({', '.join(CONTEXT_RULES)})")
        expect_keys(spec, {"hard", "penalty"}, set(), f"rule {rid}")
        if not isinstance(spec["hard"], bool) or not isinstance(spec["penalty"], int):
            raise ContentError(rules_node.at(rid), f"rule {rid}: hard is true/false, penalty a whole number")
        rules[rid] = RuleSpec(str(rid), spec["hard"], spec["penalty"])
    for vid in VIOLATIONS:
        if vid not in rules:
            raise ContentError(rules_node.where, f"the pack must weigh every violation; '{vid}' is missing")
    disclosure = None
    if data.get("collector_disclosure") is not None:
        node = data["collector_disclosure"]
        expect_keys(node, set(LANGUAGES), set(), "collector_disclosure")
        disclosure = {}
        for lang in LANGUAGES:
            disclosure[lang] = compile_patterns(node[lang], node.at(lang), f"collector_disclosure.{lang}",
                                                re.IGNORECASE)
        if "missing_disclosure" not in rules:
            raise ContentError(data.at("collector_disclosure"),
                               "a pack with collector_disclosure must weigh the rule missing_disclosure")
    return RulePack(
        id=pid,
        title={lang: str(title[lang]) for lang in LANGUAGES},
        hours=(_clock(hours, "start"), _clock(hours, "end")),
        disclosure_labels=frozenset(str(label) for label in labels),
        collector_disclosure=disclosure,
        rules=rules,
    )


def load_packs(folder: Path = RULES_DIR) -> dict[str, RulePack]:
    return {path.stem: load_pack(path) for path in sorted(folder.glob("*.yaml"))}
