"""Trains the per-language model: one logistic regression per label, by plain SGD.

Deterministic (fixed shuffling seed), pure Python, about a minute per language.
Usage: python -m simulator.understanding.model.train [zh] [en]
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
from pathlib import Path

from simulator.understanding.labels import LABELS
from simulator.understanding.model.features import features

HERE = Path(__file__).parent
EPOCHS = 20
RATE = 0.2
L2 = 1e-5
PRUNE = 0.08


def training_files(lang: str) -> list[Path]:
    return sorted(HERE.glob(f"train_{lang}*.jsonl"))


def data_digest(lang: str) -> str:
    """A fingerprint of the training files and the lexicon, stored with the weights so a
    test can tell when the model must be retrained."""
    from simulator.understanding.lexicon import LEXICON_DIR

    digest = hashlib.sha256()
    for path in [*training_files(lang), LEXICON_DIR / "zh.yaml", LEXICON_DIR / "en.yaml"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def examples(lang: str) -> list[tuple[dict[str, int], set[str]]]:
    """Every training reply, plus as many made by joining two of them: a real turn often
    does several things, and a model that has only seen one-move replies learns that an
    explanation of terms rules out empathy. The joined reply carries both sets of labels."""
    from simulator.understanding.classify import lexicon_view

    replies = []
    for path in training_files(lang):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                replies.append((row["text"], set(row["labels"])))
    rng = random.Random(3)
    joiner = ". " if lang == "en" else "。"
    joined = []
    for _ in range(len(replies)):
        (first, a), (second, b) = rng.choice(replies), rng.choice(replies)
        joined.append((first.rstrip(".。!！?？ ") + joiner + second, a | b))
    rows = []
    for text, labels in replies + joined:
        folded, hits, _ = lexicon_view(text, lang)
        rows.append((features(folded, lang, hits), labels))
    return rows


def train(lang: str) -> dict:
    data = examples(lang)
    rng = random.Random(7)
    count = len(LABELS)
    weights: dict[str, list[float]] = {}
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        rate = RATE / (1 + epoch)
        for feats, gold in data:
            z = [0.0] * count
            for name, value in feats.items():
                w = weights.get(name)
                if w is not None:
                    for i in range(count):
                        z[i] += w[i] * value
            grads = [(1.0 if LABELS[i] in gold else 0.0) - 1 / (1 + math.exp(-max(-30.0, min(30.0, z[i]))))
                     for i in range(count)]
            steps = [(i, g) for i, g in enumerate(grads) if abs(g) >= 1e-3]
            for name, value in feats.items():
                w = weights.setdefault(name, [0.0] * count)
                for i, g in steps:
                    w[i] += rate * (g * value - L2 * w[i])
    pruned = {}
    for name, w in weights.items():
        kept = {LABELS[i]: round(v, 4) for i, v in enumerate(w) if abs(v) >= PRUNE}
        if kept:
            pruned[name] = kept
    return {"lang": lang, "labels": list(LABELS), "examples": len(data), "data": data_digest(lang),
            "weights": pruned}


def main(langs: list[str]) -> None:
    for lang in langs or ["zh", "en"]:
        model = train(lang)
        out = HERE / f"weights_{lang}.json"
        out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{lang}: {model['examples']} examples, {len(model['weights'])} features -> {out.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
