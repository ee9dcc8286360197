"""Briefing: the case file, the learning objectives and the rule pack before the call."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.tui.screens.base import DojoScreen
from simulator.tui.widgets.case_file import case_file_text
from simulator.tui.widgets.keybar import KeyBar

#: exam calls use one fixed seed, so every trainee meets the same debtor
EXAM_SEED = 1


class BriefingScreen(DojoScreen):
    BINDINGS = [
        Binding("g,G", "start('guided')", "Guided", show=False, id="guided"),
        Binding("p,P", "start('practice')", "Practice", show=False, id="practice"),
        Binding("e,E", "start('exam')", "Exam", show=False, id="exam"),
        Binding("escape", "app.pop_screen", "Back", show=False, id="back"),
    ]

    def __init__(self, scenario_id: str, call_lang: str | None = None):
        super().__init__()
        self.scenario_id = scenario_id
        self.requested_lang = call_lang

    @property
    def call_lang(self) -> str:
        """The language the call is played in: asked for, else the interface language when
        the scenario has it, else the scenario's first language."""
        langs = self.dojo.content.scenario(self.scenario_id).languages
        for lang in (self.requested_lang, self.lang):
            if lang in langs:
                return lang
        return langs[0]

    def compose(self) -> ComposeResult:
        yield Static(self.t("briefing.heading"), classes="title")
        with VerticalScroll(classes="page"):
            yield Static(case_file_text(self.dojo.content, self.scenario_id, self.lang,
                                        self.call_lang, self.t))
            yield Static(self.t("briefing.language_note",
                                language=self.t(f"languages.{self.call_lang}")), classes="section")
            yield Static(Text(self.t("briefing.choose_mode")), classes="section")
            for mode in ("guided", "practice", "exam"):
                yield Static(f"  {self.t('modes.' + mode)}: {self.t('modes.' + mode + '_help')}",
                             classes="muted")
        yield KeyBar([("G", "guided"), ("P", "practice"), ("E", "exam"), ("Esc", "back"),
                      ("F1", "help"), ("F4", "language")], self.lang)

    def action_start(self, mode: str) -> None:
        self.start_call(mode)

    def start_call(self, mode: str, seed: int | None = None) -> None:
        from simulator.tui.screens.call import CallScreen

        if seed is None:
            seed = EXAM_SEED if mode == "exam" else self.dojo.rng.randrange(1, 1_000_000)
        self.app.push_screen(CallScreen(self.scenario_id, self.call_lang, mode, seed))
