"""The call transcript: one block per line, speaker name first, text never read as markup."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static


class Transcript(VerticalScroll):
    """Lines of the call so far; the trainee's own text is shown exactly as typed."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; }
    Transcript > .line { margin: 0 0 1 0; }
    Transcript > .debtor { color: $text; }
    Transcript > .trainee { color: $text-accent; }
    Transcript > .system { color: $text-muted; text-style: italic; }
    """

    def add_line(self, who: str, text: str, kind: str) -> Static:
        body = Text()
        if who:
            body.append(f"{who}: ", style="bold")
        body.append(text)
        line = Static(body, classes=f"line {kind}")
        self.mount(line)
        self.scroll_end(animate=False)
        return line
