"""The interface text catalogs (text/zh.yaml, text/en.yaml) and lookup by dotted key."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from simulator.yamlfile import ContentError, load_yaml

TEXT_DIR = Path(__file__).parent / "text"
LANGS = ("zh", "en")


@cache
def catalog(lang: str) -> dict[str, Any]:
    data = load_yaml(TEXT_DIR / f"{lang}.yaml")
    if not isinstance(data, dict):
        raise ContentError(f"{TEXT_DIR / lang}.yaml:1:1", "the catalog must be a mapping")
    return data


def lookup(lang: str, key: str) -> Any:
    node: Any = catalog(lang)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no text '{key}' in {lang}.yaml")
        node = node[part]
    return node


def t(lang: str, key: str, **values: Any) -> str:
    """The text for `key` in `lang`, with {name} filled from `values`."""
    text = lookup(lang, key)
    return str(text).format(**values) if values else str(text)


def keys(lang: str) -> set[str]:
    """Every dotted key in a catalog (for the test that both languages match)."""
    out: set[str] = set()

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else k)
        else:
            out.add(prefix)

    walk(catalog(lang), "")
    return out
