"""Compiles the per-language lexicon YAML into regular-expression matchers, once at load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from simulator.understanding.labels import CHANNELS, LABELS, LANGUAGES, VIOLATIONS
from simulator.yamlfile import ContentError, YDict, expect_keys, load_yaml, where_of

LEXICON_DIR = Path(__file__).parent / "lexicon"
_MACRO = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class LabelMatcher:
    """Everything needed to find one label in a folded reply."""

    label: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_anywhere: re.Pattern[str] | None
    #: a negation cue shortly before the match, in the same clause, cancels it
    negatable: bool
    #: the match does not count inside the debtor's words quoted back ("您说…")
    quotable: bool


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled lexicon."""

    lang: str
    labels: tuple[LabelMatcher, ...]
    clause_break: re.Pattern[str]
    negation: re.Pattern[str]
    negation_window: int
    reported_speech: re.Pattern[str]
    channels: tuple[tuple[str, re.Pattern[str]], ...]
    amount_cues: re.Pattern[str]
    not_amount_before: re.Pattern[str]


def _expand(text: str, defines: dict[str, str], where) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in defines:
            raise ContentError(where, f"unknown name {{{name}}}; defined: {', '.join(defines)}")
        return defines[name]

    for _ in range(5):  # definitions may use earlier definitions
        new = _MACRO.sub(sub, text)
        if new == text:
            return new
        text = new
    return text


def _compile(parts: list, defines: dict[str, str], what: str, fallback) -> re.Pattern[str]:
    if not isinstance(parts, list) or not parts:
        raise ContentError(where_of(parts, fallback), f"{what} must be a non-empty list of patterns")
    expanded = []
    for part in parts:
        where = where_of(part, fallback)
        if not isinstance(part, str):
            raise ContentError(where, f"{what}: each pattern must be text, not {part!r}")
        source = _expand(part, defines, where)
        try:
            re.compile(source, re.ASCII)
        except re.error as exc:
            raise ContentError(where, f"{what}: bad pattern {part!r}: {exc.msg}") from None
        expanded.append(f"(?:{source})")
    # ASCII word boundaries: an English word glued to Chinese ("Friday前") still has edges.
    return re.compile("|".join(expanded), re.ASCII)


def _prefixed(prefix: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"{prefix}(?:{pattern.pattern})", re.ASCII) if prefix else pattern


def compile_lexicon(path: Path) -> Lexicon:
    data = load_yaml(path)
    if not isinstance(data, YDict):
        raise ContentError(f"{path}:1:1", "a lexicon file must be a mapping")
    expect_keys(
        data,
        {"language", "labels", "negation", "reported_speech", "clause_breaks", "slots"},
        {"define", "word_start"},
        "the lexicon",
    )
    lang = str(data["language"])
    if lang not in LANGUAGES:
        raise ContentError(data.at("language"), f"language must be one of {', '.join(LANGUAGES)}")
    defines: dict[str, str] = {}
    for name, value in (data.get("define") or {}).items():
        defines[name] = _expand(str(value), defines, data["define"].at(name))

    labels = data["labels"]
    # Languages written with spaces: a match can only begin where a word does, which spares
    # the matcher every position inside a word (about 40% of the time on English).
    start = r"(?<![a-z0-9])(?=[a-z0-9$¥\u3400-\u9fff])" if data.get("word_start") else ""
    matchers = []
    for label, spec in labels.items():
        if label not in LABELS:
            raise ContentError(labels.at(label), f"unknown label '{label}'; see shared moves list")
        expect_keys(spec, {"patterns"}, {"unless", "unless_anywhere", "negatable", "quotable"}, f"label {label}")
        unless, anywhere = spec.get("unless"), spec.get("unless_anywhere")
        matchers.append(
            LabelMatcher(
                label=label,
                pattern=_prefixed(start, _compile(spec["patterns"], defines, f"{label}.patterns",
                                                  spec.where)),
                unless=_compile(unless, defines, f"{label}.unless", spec.where) if unless else None,
                unless_anywhere=(
                    _compile(anywhere, defines, f"{label}.unless_anywhere", spec.where)
                    if anywhere
                    else None
                ),
                negatable=bool(spec.get("negatable", True)),
                quotable=bool(spec.get("quotable", label in VIOLATIONS)),
            )
        )
    missing = [label for label in LABELS if label not in labels]
    if missing:
        raise ContentError(labels.where, f"labels missing from the lexicon: {', '.join(missing)}")

    neg = data["negation"]
    expect_keys(neg, {"cues", "window"}, set(), "negation")
    slots = data["slots"]
    expect_keys(slots, {"channels", "amount_cues", "not_amount_before"}, set(), "slots")
    channels = []
    for channel, words in slots["channels"].items():
        if channel not in CHANNELS:
            raise ContentError(slots["channels"].at(channel), f"unknown channel '{channel}'")
        channels.append((channel, _compile(words, defines, f"channel {channel}", slots.where)))
    return Lexicon(
        lang=lang,
        labels=tuple(matchers),
        clause_break=_compile(data["clause_breaks"], defines, "clause_breaks", data.where),
        negation=_compile(neg["cues"], defines, "negation.cues", neg.where),
        negation_window=int(neg["window"]),
        reported_speech=_compile(data["reported_speech"], defines, "reported_speech", data.where),
        channels=tuple(channels),
        amount_cues=_compile(slots["amount_cues"], defines, "amount_cues", slots.where),
        # These words mark the number right after them (尾号8812, ext 204), so they must
        # end the text just before it.
        not_amount_before=re.compile(
            "(?:"
            + _compile(slots["not_amount_before"], defines, "not_amount_before", slots.where).pattern
            + r")(?:是|为|:|：|#|\s)*$",
            re.ASCII,
        ),
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language, loaded on first use and then shared."""
    return compile_lexicon(LEXICON_DIR / f"{lang}.yaml")
