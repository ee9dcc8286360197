"""Settings: interface language, theme and the debtor's typing speed; saved at once."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Select, Static

from simulator.tui.screens.base import DojoScreen
from simulator.tui.settings import THEMES, TYPING_DELAYS
from simulator.tui.widgets.keybar import KeyBar


class SettingsScreen(DojoScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=False, id="back")]

    def compose(self) -> ComposeResult:
        s = self.dojo.settings
        yield Static(self.t("settings.heading"), classes="title")
        with VerticalScroll(classes="page"):
            yield Static(self.t("settings.language"), classes="setting-label")
            yield Select([(self.t(f"languages.{lang}"), lang) for lang in ("zh", "en")],
                         value=s.lang, allow_blank=False, id="language")
            yield Static(self.t("settings.theme"), classes="setting-label")
            yield Select([(self.t(f"settings.themes.{theme}"), theme) for theme in THEMES],
                         value=s.theme, allow_blank=False, id="theme")
            yield Static(self.t("settings.typing"), classes="setting-label")
            yield Select([(self.t(f"settings.typing_{speed}"), speed) for speed in TYPING_DELAYS],
                         value=s.typing, allow_blank=False, id="typing")
        yield KeyBar([("Esc", "back"), ("F1", "help"), ("F4", "language")], self.lang)

    def after_compose(self) -> None:
        self.query_one("#language", Select).focus()

    @on(Select.Changed, "#language")
    def set_language(self, event: Select.Changed) -> None:
        if event.value != self.dojo.settings.lang:
            self.dojo.action_toggle_language()

    @on(Select.Changed, "#theme")
    def set_theme(self, event: Select.Changed) -> None:
        if event.value != self.dojo.settings.theme:
            self.dojo.apply_theme(str(event.value))
            self.dojo.settings.save()
            self.notify(self.t("settings.saved"))

    @on(Select.Changed, "#typing")
    def set_typing(self, event: Select.Changed) -> None:
        if event.value != self.dojo.settings.typing:
            self.dojo.settings.typing = str(event.value)
            self.dojo.settings.save()
            self.notify(self.t("settings.saved"))
