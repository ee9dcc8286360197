"""Plays a whole call from a list of replies, and lists scenarios: the bodies of the CLI commands."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from simulator.engine.call import Call
from simulator.engine.content import Content, load_content


def replay(scenario_id: str, replies: Iterable[str], lang: str = "zh", seed: int = 0,
           today: date | None = None, content: Content | None = None) -> dict:
    """Play `replies` until the call ends; the JSON object `ptpdojo replay` prints."""
    content = content or load_content()
    call = Call(scenario_id, lang=lang, seed=seed, today=today, content=content)
    unused: list[str] = []
    for reply in replies:
        if call.finished:
            unused.append(reply)
        else:
            call.step(reply)
    call.hang_up()  # replies ran out before an outcome: the trainee ended the call
    report = call.debrief()
    return {
        "scenario": call.scenario.id,
        "persona": call.persona.id,
        "lang": lang,
        "seed": seed,
        "today": call.today.isoformat(),
        "outcome": report.outcome,
        "ptp": report.ptp,
        "scores": report.scores,
        "passed": report.passed,
        "violations": list(report.violations),
        "changes": [c.to_json() for c in report.changes],
        "summary": report.summary,
        "truth": list(report.truth),
        "opening": [line.to_json() for line in call.opening()],
        "turns": [t.to_json() for t in call.turns],
        "unused": unused,
    }


def scenario_rows(content: Content | None = None) -> list[dict]:
    """One row per scenario, sorted by difficulty then id: what `ptpdojo scenarios` shows."""
    content = content or load_content()
    rows = []
    for s in sorted(content.scenarios.values(), key=lambda s: (s.difficulty, s.id)):
        rows.append({
            "id": s.id,
            "persona": s.persona,
            "languages": list(s.languages),
            "difficulty": s.difficulty,
            "rules": s.rules,
            "title": dict(s.title),
        })
    return rows


def read_replies(stream) -> list[str]:
    """Replies from a byte stream, one per line: plain text, or JSON objects with "text".

    Blank lines are skipped; bytes that are not UTF-8 are replaced rather than fatal, so a
    transcript nobody has cleaned still plays.
    """
    replies = []
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").lstrip("\ufeff").rstrip("\r\n")
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("{"):
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                line = obj["text"]
        replies.append(line)
    return replies


def scenario_table(rows: list[dict], lang: str) -> str:
    """`ptpdojo scenarios` as aligned text columns."""
    header = ("id", "difficulty", "languages", "rules", "persona", "title")
    table = [header] + [
        (r["id"], "*" * r["difficulty"], ",".join(r["languages"]), r["rules"], r["persona"], r["title"][lang])
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])) + "  " + row[-1] for row in table
    ) + "\n"
