"""The bottom line of keys, in the interface language (Textual's Footer cannot translate)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from simulator.tui.text import t


class KeyBar(Static):
    """Shows `key  label` pairs; labels are catalog keys under `keys.`."""

    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $panel; color: $text-muted; padding: 0 1; }
    """

    def __init__(self, items: list[tuple[str, str]], lang: str, **kwargs):
        super().__init__(**kwargs)
        self.items = items
        self.lang = lang

    def on_mount(self) -> None:
        self.show(self.lang)

    def show_items(self, items: list[tuple[str, str]]) -> None:
        """Offer other keys (a call that has ended offers its debrief)."""
        self.items = items
        self.show(self.lang)

    def show(self, lang: str) -> None:
        self.lang = lang
        text = Text()
        for key, label in self.items:
            text.append(f" {key} ", style="bold reverse")
            text.append(f" {t(lang, 'keys.' + label)}  ")
        self.update(text)
