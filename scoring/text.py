"""Per-language text catalogs (scoring/text/<lang>.yaml): every sentence a trainee reads.

Keys are dotted paths (`feedback.detected`); values may hold `{name}` placeholders that
are filled by `Catalog.say`. Both languages must define the same keys with the same
placeholders, checked at load so a missing translation is a load error, not a blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from simulator.understanding.labels import LANGUAGES
from simulator.yamlfile import ContentError, Where, YDict, load_yaml

TEXT_DIR = Path(__file__).parent / "text"
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Catalog:
    lang: str
    entries: dict[str, str]
    #: list-valued entries (weekday and month names)
    lists: dict[str, tuple[str, ...]]

    def say(self, key: str, **values: object) -> str:
        """The text of `key` with its placeholders filled; unknown placeholders stay as is."""
        template = self.entries[key]
        if not values:
            return template
        return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)

    def has(self, key: str) -> bool:
        return key in self.entries

    def items(self, key: str) -> tuple[str, ...]:
        return self.lists[key]


def _flatten(node: object, prefix: str, entries: dict, lists: dict, wheres: dict, fallback) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(value, f"{prefix}.{key}" if prefix else key, entries, lists, wheres,
                     node.at(key) if isinstance(node, YDict) else fallback)
    elif isinstance(node, list):
        if not all(isinstance(item, str) for item in node):
            raise ContentError(getattr(node, "where", fallback), f"{prefix}: a list must hold text only")
        lists[prefix] = tuple(node)
        wheres[prefix] = getattr(node, "where", fallback)
    elif isinstance(node, str):
        entries[prefix] = node
        wheres[prefix] = getattr(node, "where", fallback)
    else:
        raise ContentError(fallback, f"{prefix}: expected text, a list or a mapping, not {node!r}")


def load_catalog(path: Path) -> tuple[Catalog, dict[str, Where]]:
    data = load_yaml(path)
    if not isinstance(data, YDict) or "language" not in data:
        raise ContentError(getattr(data, "where", f"{path}:1:1"), "a text catalog is a mapping with a 'language' key")
    lang = str(data["language"])
    entries: dict[str, str] = {}
    lists: dict[str, tuple[str, ...]] = {}
    wheres: dict[str, Where] = {}
    _flatten({k: v for k, v in data.items() if k != "language"}, "", entries, lists, wheres, data.where)
    return Catalog(lang, entries, lists), wheres


def load_catalogs(folder: Path = TEXT_DIR) -> dict[str, Catalog]:
    """Both languages' catalogs, checked to have the same keys and placeholders."""
    loaded = {lang: load_catalog(folder / f"{lang}.yaml") for lang in LANGUAGES}
    (first, first_where), *others = loaded.values()
    for catalog, wheres in others:
        for key in sorted(set(first.entries) | set(first.lists)):
            if key not in catalog.entries and key not in catalog.lists:
                raise ContentError(first_where[key],
                                   f"'{key}' has no {catalog.lang} translation in {catalog.lang}.yaml")
        for key in sorted(set(catalog.entries) | set(catalog.lists)):
            if key not in first.entries and key not in first.lists:
                raise ContentError(wheres[key], f"'{key}' has no {first.lang} translation in {first.lang}.yaml")
            if key in catalog.entries:
                mine = set(_FIELD.findall(catalog.entries[key]))
                theirs = set(_FIELD.findall(first.entries.get(key, "")))
                if mine != theirs:
                    raise ContentError(wheres[key], f"'{key}' uses placeholders {sorted(mine)} but the "
                                       f"{first.lang} text uses {sorted(theirs)}; they must match")
    return {lang: catalog for lang, (catalog, _) in loaded.items()}
