"""The PTP Dojo application: settings, content and the screen stack."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from simulator.engine.content import Content, load_content
from simulator.store.results import Results
from simulator.tui.settings import Settings, data_dir
from simulator.tui.text import t


class DojoApp(App[None]):
    """Home -> briefing -> call -> debrief; help and settings from anywhere."""

    CSS_PATH = "dojo.tcss"
    TITLE = "PTP Dojo"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f1", "help", "Help", show=False, id="help"),
        Binding("f4", "toggle_language", "Language", show=False, id="language"),
    ]

    def __init__(
        self,
        settings: Settings | None = None,
        content: Content | None = None,
        start_scenario: str | None = None,
        start_mode: str | None = None,
        call_lang: str | None = None,
        seed: int | None = None,
        home: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        steady: bool = False,
    ):
        super().__init__()
        #: the call clock and the seed source, replaceable so tests and snapshots repeat
        self.clock = clock
        self.rng = rng or random.Random()
        #: no blinking cursor (snapshots)
        self.steady = steady
        self.settings = settings or Settings.load()
        self.content = content or load_content()
        self.home_dir = home or data_dir()
        self.results = Results(self.home_dir / "results.jsonl")
        self.start_scenario = start_scenario
        self.start_mode = start_mode
        self.call_lang = call_lang
        self.start_seed = seed

    @property
    def lang(self) -> str:
        return self.settings.lang

    def t(self, key: str, **values) -> str:
        return t(self.lang, key, **values)

    def on_mount(self) -> None:
        from simulator.tui.screens.briefing import BriefingScreen
        from simulator.tui.screens.home import HomeScreen

        self.theme = self.settings.theme
        self.title = self.t("app.title")
        self.call_after_refresh(self.warm_up)
        self.push_screen(HomeScreen())
        if self.start_scenario:
            briefing = BriefingScreen(self.start_scenario, self.call_lang)
            self.push_screen(briefing)
            if self.start_mode:
                briefing.start_call(self.start_mode, self.start_seed)

    @work(thread=True, group="warm-up", exclusive=True)
    def warm_up(self) -> None:
        """Compile the lexicons and load the model while the trainee reads the menus, so the
        first reply of a call is answered as fast as the rest."""
        from simulator.understanding import classify

        classify("您好，请问是本人吗？今天能还4500吗", "zh")
        classify("Hello, can you pay $450 today?", "en")

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_language(self) -> None:
        self.settings.lang = "en" if self.lang == "zh" else "zh"
        self.settings.save()
        self.title = self.t("app.title")
        refresh = getattr(self.screen, "show_language", None)
        if refresh is not None:
            refresh()

    def open_log(self, scenario_id: str, lang: str, mode: str, seed: int):
        """Where the call's turns are written as they are played, so none is ever lost."""
        from datetime import datetime

        from simulator.store import CallLog

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return CallLog(self.home_dir / "calls" / f"{stamp}-{scenario_id}-{lang}-{mode}-{seed}.jsonl")

    def apply_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.theme = theme
