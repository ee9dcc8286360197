"""Accuracy and speed of `classify` on the development set under bench/data/dev/.

The set was written independently of the lexicon; it measures, it is never copied from.
Run `python bench/bench_classify.py --errors LABEL` to list the misses for one label.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.understanding import LABELS, VIOLATIONS, classify  # noqa: E402

TODAY = date(2026, 11, 24)
DEV = ROOT / "bench" / "data" / "dev"
#: written last, by someone who saw neither the lexicon nor the development set, and never
#: tuned against: the honest estimate of accuracy on replies nobody on the team has seen
HOLDOUT = ROOT / "bench" / "data" / "holdout"
SLOTS = ("amount", "date", "channel")


def load(folder: Path = DEV) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(rows: list[dict], show: str | None, title: str = "development set") -> None:
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    latencies = []
    for lang, items in sorted(by_lang.items()):
        counts = {label: [0, 0, 0] for label in LABELS}
        viol = [0, 0, 0]
        slot_hit = {s: [0, 0, 0] for s in SLOTS}  # right, gold present, spurious
        for row in items:
            t0 = time.perf_counter()
            got = classify(row["text"], lang, TODAY)
            latencies.append(time.perf_counter() - t0)
            gold, pred = set(row["labels"]), set(got.all)
            for label in LABELS:
                if label in gold and label in pred:
                    counts[label][0] += 1
                elif label in pred:
                    counts[label][1] += 1
                    if show in (label, "all"):
                        print(f"  FP {label:20} {row['id']} {row['text']}  ev={got.evidence[label]}")
                elif label in gold:
                    counts[label][2] += 1
                    if show in (label, "all"):
                        print(f"  FN {label:20} {row['id']} {row['text']}")
            g_v, p_v = bool(gold & set(VIOLATIONS)), bool(pred & set(VIOLATIONS))
            viol[0] += g_v and p_v
            viol[1] += p_v and not g_v
            viol[2] += g_v and not p_v
            for s in SLOTS:
                want, have = row.get("slots", {}).get(s), got.slots.get(s)
                if want is not None:
                    slot_hit[s][1] += 1
                    slot_hit[s][0] += want == have
                    if want != have and show == f"slot:{s}":
                        print(f"  {s}: want {want} got {have}  {row['id']} {row['text']}")
                elif have is not None:
                    slot_hit[s][2] += 1
                    if show == f"slot:{s}":
                        print(f"  {s}: spurious {have}  {row['id']} {row['text']}")
        print(f"\n[{lang}] {title}: {len(items)} replies")
        print(f"  {'label':22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}")
        f1s = []
        for label in LABELS:
            tp, fp, fn = counts[label]
            p, r, f = f1(tp, fp, fn)
            f1s.append(f)
            print(f"  {label:22}{p:7.3f}{r:7.3f}{f:7.3f}{tp + fn:6d}")
        print(f"  macro-F1: {statistics.mean(f1s):.3f}  (target >= 0.92)")
        p, r, _ = f1(*viol)
        print(f"  any-violation recall {r:.3f} (>= 0.98), precision {p:.3f} (>= 0.95)")
        for s in SLOTS:
            right, total, spurious = slot_hit[s]
            print(f"  slot {s:8} exact {right / total if total else 1:.3f} on {total}"
                  f" (>= 0.95); named where the gold has none: {spurious}")
    ms = sorted(x * 1000 for x in latencies)
    print(f"\nlatency per reply: p50 {ms[len(ms) // 2]:.3f} ms, "
          f"p99 {ms[int(len(ms) * 0.99)]:.3f} ms (target p99 <= 2 ms)")


def cli_wall(rows: list[dict]) -> None:
    sample = "\n".join(json.dumps({"text": r["text"]}, ensure_ascii=False) for r in rows[:250])
    exe = Path(sys.executable).parent / "ptpdojo"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "simulator.cli"]
    walls = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([*cmd, "classify", "--today", TODAY.isoformat()], input=sample,
                             capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t0)
        assert len(out.stdout.splitlines()) == 250
    print(f"ptpdojo classify, 250 replies, interpreter start included: best {min(walls):.3f} s,"
          f" median {statistics.median(walls):.3f} s (target <= 1.0 s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", help="print misses for LABEL, 'all', or 'slot:amount' etc.")
    args = parser.parse_args()
    rows = load()
    classify("warm up", "en", TODAY), classify("预热一下", "zh", TODAY)
    evaluate(rows, args.errors)
    holdout = load(HOLDOUT) if HOLDOUT.exists() else []
    if holdout and not args.errors:
        evaluate(holdout, None, "held-out set")
    if not args.errors:
        cli_wall(rows)


if __name__ == "__main__":
    main()
