"""Chooses, per language and label, how sure the model must be to add or drop a label, on the
development set, and writes simulator/understanding/model/thresholds.yaml.

Run after retraining the model. The grid is coarse on purpose (four add levels, three veto
levels) so the choice follows the data, not single replies; the held-out set is never read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_classify import load  # noqa: E402

from simulator.understanding.classify import lexicon_view  # noqa: E402
from simulator.understanding.labels import LABELS, VIOLATIONS  # noqa: E402
from simulator.understanding.model import predict  # noqa: E402
from simulator.understanding.model.features import features  # noqa: E402

OUT = ROOT / "simulator" / "understanding" / "model" / "thresholds.yaml"
ADD = (0.3, 0.4, 0.5, 0.6)
VETO = (0.05, 0.1, 0.2)
DEFAULT = {"add": 0.4, "veto": 0.1}
#: Violations are not tuned for F1: recall comes first, so the model adds one at this level.
VIOLATION = {"add": 0.3, "veto": 0.1}
HEADER = """\
# How sure the trained model must be before it changes what the lexicon found, per label:
#   add:  the model adds a label the lexicon missed when its probability is at least this
#   veto: the model drops a move the lexicon matched when its probability is below this
#         (violations are never dropped: missing one costs a trainee far more than a false
#         alarm they can read the evidence for)
# Written by `python bench/tune_thresholds.py` from the development set after each retraining.
# Moves are tuned for F1; violations are set for recall. Raise `add` to make a label
# stricter; lower `veto` to trust its lexicon patterns more.
"""


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune(lang: str, rows: list[dict]) -> dict[str, dict[str, float]]:
    seen = []
    for row in rows:
        folded, hits, cancelled = lexicon_view(row["text"], lang)
        scores = predict.scores(features(folded, lang, hits), lang)
        seen.append((set(row["labels"]), hits, cancelled, scores))
    chosen = {label: dict(VIOLATION) for label in VIOLATIONS}
    for index, label in enumerate(LABELS):
        if label in VIOLATIONS:
            continue
        best = None
        for add in ADD:
            for veto in VETO:
                a, v = predict.logit(add), predict.logit(veto)
                tp = fp = fn = 0
                for gold, hits, cancelled, z in seen:
                    kept = label in hits and z[index] >= v
                    said = kept or (z[index] >= a and label not in cancelled)
                    tp += said and label in gold
                    fp += said and label not in gold
                    fn += not said and label in gold
                # ties go to the default, then to the stricter setting
                key = (round(f1(tp, fp, fn), 4), add == DEFAULT["add"], veto == DEFAULT["veto"], add)
                if best is None or key > best[0]:
                    best = (key, add, veto)
        chosen[label] = {"add": best[1], "veto": best[2]}
    return chosen


def main() -> None:
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for row in load():
        by_lang[row["lang"]].append(row)
    lines = [HEADER, f"default: {{add: {DEFAULT['add']}, veto: {DEFAULT['veto']}}}"]
    for lang in sorted(by_lang):
        lines.append(f"{lang}:")
        chosen = tune(lang, by_lang[lang])
        for label in LABELS:
            spec = chosen[label]
            lines.append(f"  {label + ':':21} {{add: {spec['add']}, veto: {spec['veto']}}}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
