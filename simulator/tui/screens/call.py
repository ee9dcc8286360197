"""The call: transcript, reply box (or guided choices), mood and meters, hint and case file."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from simulator.engine.call import Call, DebtorLine, TurnResult
from simulator.tui.dialogs.case_file import CaseFileDialog
from simulator.tui.dialogs.leave import LeaveDialog
from simulator.tui.screens.base import DojoScreen
from simulator.tui.widgets.case_file import case_file_text
from simulator.tui.widgets.keybar import KeyBar
from simulator.tui.widgets.meters import MeterPanel
from simulator.tui.widgets.transcript import Transcript
from simulator.tui.widgets.wrap import Wrapped
from simulator.understanding.classify import MAX_CHARS

#: a long line is not typed out for longer than this many seconds
MAX_TYPING_SECONDS = 2.5


class CallScreen(DojoScreen):
    BINDINGS = [
        Binding("f2", "hint", "Hint", show=False, id="hint"),
        Binding("f3", "case_file", "Case file", show=False, id="case"),
        Binding("escape", "leave", "Leave", show=False, id="leave"),
        Binding("ctrl+c", "leave", "Leave", show=False, priority=True),
        Binding("ctrl+q", "leave", "Leave", show=False, priority=True),
        Binding("enter", "debrief", "Debrief", show=False),
    ]

    def __init__(self, scenario_id: str, call_lang: str, mode: str, seed: int):
        super().__init__()
        self.scenario_id = scenario_id
        self.call_lang = call_lang
        self.mode = mode
        self.seed = seed
        self.call: Call | None = None
        self.started: float | None = None
        self.waiting = False
        #: guided mode: the kind and explanation of the choice just made
        self.last_choice: tuple[str, str] | None = None

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        sc = self.dojo.content.scenario(self.scenario_id)
        title = sc.title.get(self.lang, sc.title.get(self.call_lang, sc.id))
        yield Static(Text(f"{title} · {self.t('modes.' + self.mode)}"), classes="title")
        yield Static("", id="call-status")
        with Horizontal(id="call-body"):
            yield Transcript(colon=self.t("punct.colon"), id="transcript")
            if self.mode != "exam":
                persona = self.dojo.content.personas[sc.persona]
                names = {m.id: m.names.get(self.lang, m.names[self.call_lang])
                         for m in persona.meters.values()}
                yield MeterPanel(self.t("call.mood"), names, id="meters")
        yield Static("", id="coach")
        if self.mode == "guided":
            yield Static(self.t("call.choose"), classes="muted")
            yield OptionList(id="choices")
        else:
            reply = Input(placeholder=self.t("call.reply_placeholder"), id="reply")
            reply.cursor_blink = not self.dojo.steady
            yield reply
        keys = [("Enter", "send")] if self.mode != "guided" else []
        if self.mode != "exam":
            keys.append(("F2", "hint"))
        keys += [("F3", "case"), ("Esc", "hang_up"), ("F1", "help"), ("F4", "language")]
        yield KeyBar(keys, self.lang)

    def after_compose(self) -> None:
        if self.call is None:
            self.call = Call(self.scenario_id, self.call_lang, self.seed,
                             log=self.dojo.open_log(self.scenario_id, self.call_lang, self.mode,
                                                    self.seed))
        transcript = self.query_one(Transcript)
        transcript.add_line("", self.t("call.started"), "system")
        for line in self.call.opening():
            self.add_debtor_line(line)
        for turn in self.call.turns:
            transcript.add_line(self.t("call.you"), turn.reply, "trainee")
            self.add_debtor_line(turn.debtor)
        self.show_state()
        if self.coach_text is not None:  # redrawn in the current interface language
            self.query_one("#coach", Static).update(Wrapped(self.coach_text))
        self.set_interval(1.0, self.show_status, name="clock")
        self.focus_input()

    def on_unmount(self) -> None:
        # Every turn is already on disk; the file only needs closing (app quit, screen left).
        if self.call is not None and self.call.log is not None:
            self.call.log.close()

    # ------------------------------------------------------------ showing

    def add_debtor_line(self, line: DebtorLine) -> None:
        self.query_one(Transcript).add_line(line.name, line.text, "debtor")

    def mood_name(self, mood: str) -> str:
        return self.term(f"terms.moods.{mood}")

    def show_status(self) -> None:
        assert self.call is not None
        if self.started is None:
            self.started = self.dojo.clock()
        seconds = int(self.dojo.clock() - self.started)
        parts = [self.call.state and self.speaker_name()]
        if self.mode != "exam":
            parts.append(self.mood_name(self.call.state.mood))
        parts.append(self.t("call.elapsed", time=f"{seconds // 60:02d}:{seconds % 60:02d}"))
        self.query_one("#call-status", Static).update(Text(" · ".join(p for p in parts if p)))

    def speaker_name(self) -> str:
        assert self.call is not None
        speaker = self.call.persona.speakers[self.call.state.speaker]
        return self.call.render.render(speaker.names[self.call_lang])

    def show_state(self) -> None:
        """Meters, status and guided choices for the state the debtor is in now."""
        assert self.call is not None
        self.show_status()
        if self.mode != "exam":
            self.query_one(MeterPanel).show(self.mood_name(self.call.state.mood), self.call.meters)
        if self.mode == "guided":
            options = self.query_one("#choices", OptionList)
            options.clear_options()
            for i, choice in enumerate(self.call.choices()):
                options.add_option(Option(Text(f"{i + 1}. {choice.text}"), id=str(i)))
            options.highlighted = 0 if options.option_count else None
        if self.call.finished:
            # after the debtor's last line is on screen: restyling the disabled box is slow
            self.call_after_refresh(self.show_ended)

    def show_ended(self) -> None:
        assert self.call is not None
        outcome = self.term(f"terms.outcomes.{self.call.outcome}")
        self.query_one(Transcript).add_line("", self.t("call.ended", outcome=outcome), "system")
        self.query_one(KeyBar).show_items([("Enter", "debrief"), ("F1", "help"), ("F4", "language")])
        # Not disabled (restyling is slow and steals focus): a finished call ignores input.
        for box in self.query("#reply").results(Input):
            box.placeholder = self.t("call.ended", outcome=outcome)
        for options in self.query("#choices").results(OptionList):
            options.clear_options()
            options.display = False  # else it keeps the focus and swallows Enter
        self.query_one(Transcript).focus()

    def focus_input(self) -> None:
        for widget in self.query("#reply, #choices"):
            widget.focus()

    # ------------------------------------------------------------ playing

    @on(Input.Submitted, "#reply")
    def submit_reply(self, event: Input.Submitted) -> None:
        if self.call is not None and self.call.finished:
            self.action_debrief()
            return
        text = event.value
        if not text.strip():
            self.notify(self.t("call.empty_reply"), severity="warning", markup=False)
            return
        event.input.value = ""
        self.play(text)

    @on(OptionList.OptionSelected, "#choices")
    def submit_choice(self, event: OptionList.OptionSelected) -> None:
        assert self.call is not None
        choices = self.call.choices()
        index = int(event.option.id or 0)
        if index >= len(choices):
            return
        choice = choices[index]
        self.last_choice = (choice.kind, choice.why)
        self.query_one("#coach", Static).update(Wrapped(self.coach_text))
        self.play(choice.text)

    @property
    def coach_text(self) -> Text | None:
        """The explanation of the last guided choice, labelled in the interface language."""
        if self.last_choice is None:
            return None
        kind, why = self.last_choice
        label = f"{self.t('call.why')} · {self.term(f'terms.kinds.{kind}')}{self.t('punct.colon')}"
        return Text.assemble((label, "bold"), why)

    def play(self, text: str) -> TurnResult | None:
        assert self.call is not None
        if self.call.finished or self.waiting:
            return None
        if len(text) > MAX_CHARS:
            self.notify(self.t("call.too_long", limit=MAX_CHARS), markup=False)
        self.query_one(Transcript).add_line(self.t("call.you"), text, "trainee")
        result = self.call.step(text)
        delay = min(MAX_TYPING_SECONDS, self.dojo.settings.typing_delay * len(result.debtor.text))
        if delay <= 0:
            self.reveal(result)
        else:
            self.waiting = True
            typing = self.query_one(Transcript).add_line("", self.t("call.typing"), "system")
            self.set_timer(delay, lambda: self.reveal(result, typing))
        return result

    def reveal(self, result: TurnResult, typing: Static | None = None) -> None:
        if typing is not None:
            typing.remove()
        if self.mode != "guided":  # last turn's hint no longer fits the new state
            self.query_one("#coach", Static).update("")
        self.waiting = False
        self.add_debtor_line(result.debtor)
        self.show_state()
        self.focus_input()
        # the hint panel may have just closed and changed the transcript's height
        transcript = self.query_one(Transcript)
        self.call_after_refresh(transcript.scroll_end, animate=False)

    # ------------------------------------------------------------ keys

    def action_hint(self) -> None:
        assert self.call is not None
        if self.mode == "exam":
            return
        hint = self.call.hint()
        coach = self.query_one("#coach", Static)
        if hint is None:
            coach.update(self.t("call.no_hint"))
            return
        colon = self.t("punct.colon")
        coach.update(Wrapped(Text.assemble((f"{self.t('call.hint_title')}{colon}", "bold"), hint.note, "\n",
                                           (f"{self.t('call.hint_model')}{colon}", "bold"), hint.model)))

    def action_case_file(self) -> None:
        text = case_file_text(self.dojo.content, self.scenario_id, self.lang, self.call_lang, self.t)
        self.app.push_screen(CaseFileDialog(text))

    def action_leave(self) -> None:
        assert self.call is not None
        if self.call.finished:
            self.action_debrief()
            return

        def answer(leave: bool | None) -> None:
            if leave and self.call is not None:
                self.call.hang_up()
                if self.call.log is not None:
                    self.notify(self.t("call.saved_to", path=str(self.call.log.path)), markup=False)
                self.action_debrief()

        self.app.push_screen(LeaveDialog(self.t("leave.title"), self.t("leave.body"),
                                         self.t("leave.stay"), self.t("leave.leave")), answer)

    def action_debrief(self) -> None:
        from simulator.tui.screens.debrief import DebriefScreen

        if self.call is None or not self.call.finished or self.waiting:
            return
        self.app.switch_screen(DebriefScreen(self.call, self.mode, self.seed))
