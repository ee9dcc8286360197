"""Writes a call to a JSON-lines file turn by turn (flushed and fsynced) and reads it back.

The first line describes the call (scenario, language, seed, date); each following line
is one TurnResult as `to_json` gives it; a hang-up adds an `end` line. Each line is
written whole and synced to disk before `step` returns, so a crash or Ctrl+C loses no
played turn; a half-written last line (power cut mid-write) is ignored when reading.
Because a call is a value (scenario + language + seed + date + replies), `resume_call`
rebuilds the live Call by replaying the stored replies.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.engine.call import Call, TurnResult
    from simulator.engine.content import Content

FORMAT = "ptpdojo-call/1"


class CallLog:
    """An append-only log for one call; give it to `Call(log=...)`.

    The file is opened for each record and closed again: a call abandoned mid-way (the
    TUI quits, a test drops it) leaves nothing open, and each record is on disk first.
    """

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def _write(self, record: dict[str, Any]) -> None:
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def begin(self, call: Call) -> None:
        self._write({
            "kind": "call",
            "format": FORMAT,
            "scenario": call.scenario.id,
            "persona": call.persona.id,
            "lang": call.lang,
            "seed": call.seed,
            "today": call.today.isoformat(),
            "opening": [line.to_json() for line in call.opening()],
        })

    def turn(self, result: TurnResult) -> None:
        self._write({"kind": "turn", **result.to_json()})

    def end(self, call: Call) -> None:
        self._write({"kind": "end", "outcome": call.outcome})

    def close(self) -> None:
        """Nothing stays open between records; kept so callers can always close a log."""


@dataclass(frozen=True)
class StoredCall:
    """A call read back from its log."""

    header: dict[str, Any]
    turns: tuple[dict[str, Any], ...]
    #: the outcome if the call ended (by an outcome or a hang-up), else None
    outcome: str | None

    @property
    def replies(self) -> list[str]:
        return [t["reply"] for t in self.turns]

    def turns_json(self) -> list[dict[str, Any]]:
        """The turns as `TurnResult.to_json` gave them (without the record kind)."""
        return [{k: v for k, v in t.items() if k != "kind"} for t in self.turns]


def load_call(path: Path | str) -> StoredCall:
    """Read a call log; a truncated last line is dropped, any other damage is an error."""
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            if number == len(lines) or (number == len(lines) - 1 and not lines[-1]):
                break  # the last line was cut off mid-write
            raise ValueError(f"{path}:{number}: not a JSON line; the log is damaged") from None
    if not records or records[0].get("kind") != "call":
        raise ValueError(f"{path}:1: not a PTP Dojo call log (no header line)")
    turns = tuple(r for r in records[1:] if r.get("kind") == "turn")
    outcome = None
    for record in records[1:]:
        if record.get("kind") == "end":
            outcome = record.get("outcome")
        elif record.get("kind") == "turn" and record.get("ended"):
            outcome = record.get("outcome")
    return StoredCall(records[0], turns, outcome)


def _drop_partial_line(path: Path) -> None:
    """Cut a half-written last line so the next append starts on a fresh line."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        with open(path, "r+b") as handle:
            handle.truncate(data.rfind(b"\n") + 1)


def resume_call(path: Path | str, content: Content | None = None) -> Call:
    """Rebuild the live call from its log by replaying the stored replies; further turns
    are appended to the same file."""
    from simulator.engine.call import Call

    stored = load_call(path)
    _drop_partial_line(Path(path))
    header = stored.header
    call = Call(header["scenario"], lang=header["lang"], seed=header["seed"],
                today=date.fromisoformat(header["today"]), content=content)
    for reply in stored.replies:
        call.step(reply)
    if stored.outcome == "no_outcome" and not call.finished:
        call.hang_up()
    call.log = CallLog(path)
    return call
