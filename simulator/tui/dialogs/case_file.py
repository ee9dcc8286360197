"""The case file, one key away during the call."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class CaseFileDialog(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f3,enter", "close", "Close", show=False),
    ]

    def __init__(self, text: Text):
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(self.text)

    def action_close(self) -> None:
        self.dismiss(None)
