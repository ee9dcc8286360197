"""Asks before leaving a call that is still going; answers True to leave."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class LeaveDialog(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape", "stay", "Stay", show=False),
        Binding("y", "leave", "Leave", show=False),
        Binding("n", "stay", "Stay", show=False),
    ]

    def __init__(self, title: str, body: str, stay: str, leave: str):
        super().__init__()
        self.texts = (title, body, stay, leave)

    def compose(self) -> ComposeResult:
        title, body, stay, leave = self.texts
        with Vertical(classes="dialog"):
            yield Static(title, classes="section")
            yield Static(body)
            with Horizontal():
                yield Button(f"{stay} (N)", id="stay", variant="primary")
                yield Button(f"{leave} (Y)", id="leave", variant="error")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#leave")
    def action_leave(self) -> None:
        self.dismiss(True)
