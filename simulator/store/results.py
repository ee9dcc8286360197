"""A trainee's finished calls, one JSON line each, for best scores on the home screen."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    scenario: str
    lang: str
    mode: str
    seed: int
    outcome: str
    overall: int
    passed: bool
    at: str


class Results:
    """Append-only record of results in `path`; a damaged line is skipped, never fatal."""

    def __init__(self, path: Path):
        self.path = path

    def add(self, result: Result) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(asdict(result), ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def all(self) -> list[Result]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                out.append(Result(**json.loads(line)))
            except (ValueError, TypeError):
                continue
        return out

    def best(self) -> dict[str, int]:
        """Best overall score per scenario id."""
        best: dict[str, int] = {}
        for r in self.all():
            best[r.scenario] = max(best.get(r.scenario, 0), r.overall)
        return best
