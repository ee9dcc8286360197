"""Typed readers over loaded YAML nodes: each failure names file:line:column and the fix."""

from __future__ import annotations

import re
from typing import Any

from simulator.understanding.labels import LANGUAGES
from simulator.yamlfile import ContentError, Where, YDict, YList, YStr, expect_keys

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def where_in(parent: YDict, key: str) -> Where:
    """Where the value of `key` stands (for scalars YAML gives no position: use the key)."""
    value = parent.get(key)
    return getattr(value, "where", None) or parent.at(key)


def mapping(node: Any, what: str, fallback: Where | str) -> YDict:
    if not isinstance(node, YDict):
        raise ContentError(getattr(node, "where", fallback), f"{what} must be a mapping (key: value lines)")
    return node


def sequence(node: Any, what: str, fallback: Where | str) -> YList:
    if not isinstance(node, YList):
        raise ContentError(getattr(node, "where", fallback), f"{what} must be a list (lines starting with '- ')")
    return node


def text(parent: YDict, key: str, what: str) -> YStr:
    value = parent.get(key)
    if isinstance(value, dict):
        raise ContentError(where_in(parent, key), f"{what} was read as a mapping because it holds ': '; "
                           "put the whole text in quotes")
    if not isinstance(value, str) or not value.strip():
        raise ContentError(where_in(parent, key), f"{what} must be non-empty text")
    return value


def ident(parent: YDict, key: str, what: str) -> YStr:
    value = text(parent, key, what)
    if not ID_RE.match(value):
        raise ContentError(where_in(parent, key),
                           f"{what} '{value}' must be lower-case letters, digits and _, starting with a letter")
    return value


def number(parent: YDict, key: str, what: str, low: float | None = None,
           high: float | None = None, integer: bool = False) -> int | float:
    value = parent.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or (integer and not isinstance(value, int)):
        kind = "a whole number" if integer else "a number"
        raise ContentError(where_in(parent, key), f"{what} must be {kind}, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ContentError(where_in(parent, key), f"{what} must be between {low} and {high}, not {value}")
    return value


def boolean(parent: YDict, key: str, what: str) -> bool:
    value = parent.get(key)
    if not isinstance(value, bool):
        raise ContentError(where_in(parent, key), f"{what} must be true or false, not {value!r}")
    return value


def choice(parent: YDict, key: str, what: str, allowed: tuple[str, ...]) -> YStr:
    value = parent.get(key)
    if not isinstance(value, str) or value not in allowed:
        raise ContentError(where_in(parent, key), f"{what} must be one of: {', '.join(allowed)}; not {value!r}")
    return value


def per_language(parent: YDict, key: str, what: str) -> YDict:
    """A mapping with exactly the keys zh and en."""
    node = mapping(parent.get(key), what, parent.at(key))
    expect_keys(node, set(LANGUAGES), set(), what)
    return node


def lang_text(parent: YDict, key: str, what: str) -> dict[str, str]:
    """{zh: text, en: text}."""
    node = per_language(parent, key, what)
    return {lang: str(text(node, lang, f"{what}.{lang}")) for lang in LANGUAGES}


def lang_variants(parent: YDict, key: str, what: str, at_least: int) -> dict[str, tuple[YStr, ...]]:
    """{zh: [text, ...], en: [text, ...]} with at least `at_least` variants per language."""
    node = per_language(parent, key, what)
    out = {}
    for lang in LANGUAGES:
        items = sequence(node.get(lang), f"{what}.{lang}", node.at(lang))
        if len(items) < at_least:
            raise ContentError(items.where, f"{what}.{lang} needs at least {at_least} "
                               f"variant{'s' if at_least > 1 else ''}; it has {len(items)}")
        for item in items:
            if isinstance(item, dict):
                raise ContentError(getattr(item, "where", items.where),
                                   f"{what}.{lang}: this line was read as a mapping because it holds ': '; "
                                   "put the whole line in quotes")
            if not isinstance(item, str) or not item.strip():
                raise ContentError(getattr(item, "where", items.where),
                                   f"{what}.{lang}: each variant must be non-empty text")
        out[lang] = tuple(items)
    return out


def _file_line(file: str, number: int) -> str:
    try:
        with open(file, encoding="utf-8") as handle:
            for i, line in enumerate(handle, 1):
                if i == number:
                    return line
    except OSError:
        pass
    return ""


def content_start(value: YStr) -> Where:
    """Where the characters of a scalar start: one column later when it is quoted.

    Only called to report an error, so reading the line again costs nothing in a normal load.
    """
    where = value.where
    line = _file_line(where.file, where.line)
    if 0 < where.column <= len(line) and line[where.column - 1] in "'\"":
        return Where(where.file, where.line, where.column + 1)
    return where
