"""Help: the keys, and how a call is scored."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.tui.screens.base import DojoScreen
from simulator.tui.widgets.keybar import KeyBar


class HelpScreen(DojoScreen):
    BINDINGS = [Binding("escape,f1,q", "app.pop_screen", "Back", show=False, id="back")]

    def compose(self) -> ComposeResult:
        yield Static(self.t("help.heading"), classes="title")
        with VerticalScroll(classes="page"):
            yield Static(self.t("help.keys_title"), classes="section")
            yield Static(Text(self.t("help.keys_body")))
            yield Static(self.t("help.scoring_title"), classes="section")
            yield Static(Text(self.t("help.scoring_body")))
        yield KeyBar([("Esc", "back"), ("F4", "language")], self.lang)
