"""The call transcript: one block per line, speaker name first, text never read as markup."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.tui.widgets.wrap import Wrapped


def labelled(label: Text | str, body: Text | str) -> Table:
    """`label` then `body` wrapped beside it: Chinese has no spaces to break at, so a label
    glued to the text in one line would push the whole sentence to the next row."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(label, Wrapped(body))
    return grid


class Transcript(VerticalScroll):
    """Lines of the call so far; the trainee's own text is shown exactly as typed."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; }
    Transcript > .line { margin: 0 0 1 0; }
    Transcript > .debtor { color: $text; }
    Transcript > .trainee { color: $text-accent; }
    Transcript > .system { color: $text-muted; text-style: italic; }
    """

    def __init__(self, colon: str = ": ", **kwargs):
        super().__init__(**kwargs)
        self.colon = colon
        #: (speaker, text, kind) of every line shown, in order
        self.lines: list[tuple[str, str, str]] = []

    def add_line(self, who: str, text: str, kind: str) -> Static:
        self.lines.append((who, text, kind))
        body = labelled(Text(who + self.colon, style="bold"), Text(text)) if who else Wrapped(text)
        line = Static(body, classes=f"line {kind}")
        self.mount(line)
        self.scroll_end(animate=False)
        return line
