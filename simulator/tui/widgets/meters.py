"""The debtor's mood and meters, as the persona signals them (practice and guided only)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar, Static


class MeterPanel(Vertical):
    DEFAULT_CSS = """
    MeterPanel { width: 28; padding: 0 1; border-left: solid $primary-darken-2; }
    MeterPanel Label { margin-top: 1; }
    MeterPanel ProgressBar { width: 100%; }
    MeterPanel #mood { text-style: bold; }
    """

    def __init__(self, mood_title: str, meters: dict[str, str], **kwargs):
        super().__init__(**kwargs)
        self.mood_title = mood_title
        #: meter id -> display name
        self.meter_names = meters

    def compose(self) -> ComposeResult:
        yield Label(self.mood_title)
        yield Static("", id="mood")
        for meter_id, name in self.meter_names.items():
            yield Label(Text(name))
            yield ProgressBar(total=100, show_eta=False, id=f"meter-{meter_id}")

    def show(self, mood: str, values: dict[str, int]) -> None:
        self.query_one("#mood", Static).update(Text(mood))
        for meter_id, value in values.items():
            for bar in self.query(f"#meter-{meter_id}").results(ProgressBar):
                bar.update(progress=value)
