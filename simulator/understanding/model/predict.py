"""Loads the trained weights and scores a reply's features for every label."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def _weights(lang: str) -> dict[str, dict[str, float]] | None:
    path = HERE / f"weights_{lang}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))["weights"]


def available(lang: str) -> bool:
    return _weights(lang) is not None


def probabilities(feats: dict[str, int], lang: str) -> dict[str, tuple[float, list[str]]]:
    """label -> (probability, the features that pushed it up most)."""
    weights = _weights(lang) or {}
    totals: dict[str, float] = {}
    pushes: dict[str, list[tuple[float, str]]] = {}
    for name, value in feats.items():
        for label, w in weights.get(name, {}).items():
            totals[label] = totals.get(label, 0.0) + w * value
            if w > 0 and name[0] in "cwbt":
                pushes.setdefault(label, []).append((w * value, name))
    out = {}
    for label, z in totals.items():
        p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
        top = [name for _, name in sorted(pushes.get(label, []), reverse=True)[:4]]
        out[label] = (p, top)
    return out
