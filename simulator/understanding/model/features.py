"""Turns a folded reply into the sparse features the linear model weighs."""

from __future__ import annotations

import re

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+", re.ASCII)
_CLAUSE = re.compile(r"(?<=[?？])|[，。！；,.!;\n]")
_ASKED = re.compile(r"(?:[?？]|[吗呢么])\s*$")


def features(folded: str, lang: str, lexicon_hits: frozenset[str]) -> dict[str, int]:
    """Feature name -> count. Lexicon hits enter as features too, so the model learns how
    far to trust each lexicon label."""
    feats: dict[str, int] = {}

    def add(name: str) -> None:
        feats[name] = feats.get(name, 0) + 1

    for label in lexicon_hits:
        add(f"L:{label}")
    for run in _CJK_RUN.findall(folded):
        padded = f"^{run}$"
        for n in (2, 3):
            for i in range(len(padded) - n + 1):
                gram = padded[i : i + n]
                if gram not in ("^", "$"):
                    add(f"c{n}:{gram}")
    words = ["#" if w.isdigit() else w for w in _WORD.findall(folded)]
    for i, word in enumerate(words):
        add(f"w:{word}")
        if i:
            add(f"b:{words[i - 1]} {word}")
    if "?" in folded or "？" in folded:
        add("q:?")
    # Words of a question clause count again: asking when differs from telling when.
    for clause in _CLAUSE.split(folded):
        if clause and _ASKED.search(clause):
            for word in _WORD.findall(clause):
                add(f"qw:{word}")
            for run in _CJK_RUN.findall(clause):
                for i in range(len(run) - 1):
                    add(f"qc:{run[i : i + 2]}")
    add("bias")
    return feats
