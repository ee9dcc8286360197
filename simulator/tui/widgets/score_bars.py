"""Four score bars for the debrief: a label, a bar of blocks and the number."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def score_bar(label: str, score: int, width: int = 30, label_width: int = 16) -> Text:
    filled = round(score / 100 * width)
    style = "green" if score >= 80 else "yellow" if score >= 60 else "red"
    text = Text()
    pad = max(0, label_width - Text(label).cell_len)
    text.append(label + " " * pad)
    text.append("█" * filled, style=style)
    text.append("░" * (width - filled), style="dim")
    text.append(f" {score:3d}")
    return text


class ScoreBars(Static):
    DEFAULT_CSS = "ScoreBars { height: auto; padding: 0 1; }"

    def __init__(self, rows: list[tuple[str, int]], **kwargs):
        lines = Text("\n").join(score_bar(label, score) for label, score in rows)
        super().__init__(lines, **kwargs)
