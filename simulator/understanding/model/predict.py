"""Loads the trained weights and scores a reply's features for every label."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from simulator.understanding.labels import LABELS
from simulator.yamlfile import ContentError, YDict, expect_keys, load_yaml

HERE = Path(__file__).parent
_INDEX = {label: i for i, label in enumerate(LABELS)}
THRESHOLDS = HERE / "thresholds.yaml"


@cache
def _weights(lang: str) -> dict[str, tuple[tuple[int, float], ...]] | None:
    """feature -> ((label index, weight), ...), the shape the hot loop wants."""
    path = HERE / f"weights_{lang}.json"
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))["weights"]
    return {name: tuple((_INDEX[label], w) for label, w in per_label.items())
            for name, per_label in raw.items()}


@cache
def thresholds(lang: str) -> tuple[tuple[float, float], ...]:
    """(add, veto) scores per label, in LABELS order, from thresholds.yaml: the model adds a
    label the lexicon missed at `add` or above, and drops a move the lexicon matched below
    `veto` (violations are never dropped: missing one costs far more than a false alarm)."""
    data = load_yaml(THRESHOLDS)
    expect_keys(data, {"default"}, {"zh", "en"}, "thresholds.yaml")
    default = _probabilities(data, "default", {})
    per_label = data.get(lang) or YDict()
    for label in per_label:
        if label not in _INDEX:
            raise ContentError(per_label.at(label), f"unknown label '{label}'; labels: {', '.join(LABELS)}")
    chosen = [_probabilities(per_label, label, default) for label in LABELS]
    return tuple((logit(p["add"]), logit(p["veto"])) for p in chosen)


def _probabilities(node: YDict, key: str, default: dict) -> dict:
    """One label's {add, veto}, falling back to `default`; each a probability in (0, 1)."""
    spec = node.get(key, YDict())
    expect_keys(spec, set() if default else {"add", "veto"}, {"add", "veto"}, f"thresholds for {key}")
    merged = {**default, **spec}
    for name, value in merged.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise ContentError(spec.at(name) if name in spec else node.at(key),
                               f"{key}.{name} must be a probability between 0 and 1, not {value!r}")
    return merged


def available(lang: str) -> bool:
    return _weights(lang) is not None


def logit(probability: float) -> float:
    """The score a probability threshold corresponds to (scores are compared, not squashed)."""
    return math.log(probability / (1 - probability))


def scores(feats: dict[str, int], lang: str) -> list[float]:
    """The model's score (log-odds) for each label, in LABELS order."""
    weights = _weights(lang) or {}
    totals = [0.0] * len(LABELS)
    for name, value in feats.items():
        for index, w in weights.get(name, ()):
            totals[index] += w * value
    return totals


def strongest(feats: dict[str, int], lang: str, label: str, count: int = 4) -> list[str]:
    """The features that pushed `label` up most: the evidence shown to a trainer."""
    weights = _weights(lang) or {}
    index = _INDEX[label]
    pushes = []
    for name, value in feats.items():
        for i, w in weights.get(name, ()):
            if i == index and w > 0 and name[0] in "cwb":
                pushes.append((w * value, name))
    return [name for _, name in sorted(pushes, reverse=True)[:count]]
