"""Debrief: scores, verdict, the promise as captured, three changes and the annotated transcript."""

from __future__ import annotations

from datetime import datetime

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.engine.call import Call, TurnResult
from simulator.store.results import Result
from simulator.tui.screens.base import DojoScreen
from simulator.tui.widgets.keybar import KeyBar
from simulator.tui.widgets.score_bars import ScoreBars
from simulator.tui.widgets.transcript import labelled
from simulator.tui.widgets.wrap import Wrapped


def highlight(reply: str, evidence: dict[str, tuple[str, ...]], violations: tuple[str, ...]) -> Text:
    """The reply with every evidence span marked: violations in red, moves underlined."""
    text = Text(reply)
    for label, spans in evidence.items():
        style = "bold red" if label in violations else "bold underline"
        for span in spans:
            start = reply.find(span)
            if span and start >= 0:
                text.stylize(style, start, start + len(span))
    return text


class DebriefScreen(DojoScreen):
    BINDINGS = [
        Binding("r,R", "retry", "Try again", show=False, id="retry"),
        Binding("n,N", "new_call", "New call", show=False, id="new_call"),
        Binding("escape", "new_call", "Back", show=False, id="back"),
    ]

    def __init__(self, call: Call, mode: str, seed: int):
        super().__init__()
        self.call = call
        self.mode = mode
        self.seed = seed
        self.report = call.debrief()

    def on_mount(self) -> None:
        super().on_mount()
        if not self.call.turns:  # nothing was said: nothing to score or remember
            return
        self.dojo.results.add(Result(
            scenario=self.call.scenario_id, lang=self.call.lang, mode=self.mode, seed=self.seed,
            outcome=self.report.outcome, overall=int(self.report.scores.get("overall", 0)),
            passed=self.report.passed, at=datetime.now().isoformat(timespec="seconds"),
        ))

    def compose(self) -> ComposeResult:
        report = self.report
        yield Static(self.t("debrief.heading"), classes="title")
        with VerticalScroll(classes="page", id="debrief"):
            verdict = self.t("debrief.passed") if report.passed else self.t("debrief.failed")
            yield Static(Text(f"{verdict} · {self.t('debrief.outcome')}{self.t('punct.colon')}"
                              f"{self.term('terms.outcomes.' + report.outcome)}"),
                         classes="verdict-pass" if report.passed else "verdict-fail")
            yield Static(Text(report.summary), classes="muted")
            if any(v.get("hard") for v in report.violations):
                yield Static(self.t("debrief.capped", cap=self.dojo.content.rubric.hard_violation_cap),
                             classes="verdict-fail")
            # where the goal is not a promise (a callback, a hardship referral) the third
            # score says whether the call reached its goal
            wants_ptp = "ptp" in self.call.scenario.goals
            names = {"ptp": self.t("debrief.ptp") if wants_ptp else self.t("debrief.goal")}
            yield Static(self.t("debrief.scores"), classes="section")
            yield ScoreBars([(names.get(k, self.t(f"debrief.{k}")), int(report.scores.get(k, 0)))
                             for k in ("empathy", "compliance", "ptp", "overall")])
            if wants_ptp or report.ptp:
                yield Static(self.t("debrief.promise"), classes="section")
                yield Static(self.promise_text())
            yield Static(self.t("debrief.top_changes"), classes="section")
            if report.changes:
                for i, change in enumerate(report.changes, 1):
                    body = Text(change.text)
                    if change.model:
                        body.append(f"\n{self.t('debrief.model_reply')}{self.t('punct.colon')}",
                                    style="italic bold")
                        body.append(change.model, style="italic")
                    yield Static(labelled(Text(f"{i}.", style="bold"), body))
            else:
                yield Static(self.t("debrief.no_changes"))
            yield Static(self.t("debrief.transcript"), classes="section")
            for line in self.call.opening():
                yield Static(labelled(Text(line.name + self.t("punct.colon").strip(), style="bold"),
                                      Text(line.text)))
            for turn in self.call.turns:
                yield Static(self.turn_text(turn), classes="turn")
        yield KeyBar([("R", "retry"), ("N", "new_call"), ("F1", "help"), ("F4", "language")],
                     self.lang)

    def promise_text(self) -> Text:
        ptp = self.report.ptp
        if not ptp:
            return Text(self.t("debrief.no_promise"))
        render = self.call.render
        from datetime import date

        day = ptp.get("date")
        parts = [
            (self.t("debrief.amount"), render.money(ptp.get("amount"))),
            (self.t("debrief.date"), render.day(date.fromisoformat(day)) if day else "—"),
            (self.t("debrief.channel"), render.channel(ptp.get("channel"))),
        ]
        text = Text()
        for label, value in parts:
            text.append(f"{label}{self.t('punct.colon')}", style="bold")
            text.append(f"{value}   ")
        confirmed = ptp.get("confirmed")
        text.append("✔ " + self.t("debrief.confirmed") if confirmed else "✖ " + self.t("debrief.not_confirmed"),
                    style="green" if confirmed else "yellow")
        return text

    def turn_text(self, turn: TurnResult) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_row(Text(self.t("debrief.turn", n=turn.turn), style="bold"), "")
        colon = self.t("punct.colon").strip()
        grid.add_row(Text(self.t("call.you") + colon, style="bold"),
                     Wrapped(highlight(turn.reply, dict(turn.labels.evidence), turn.labels.violations)))
        grid.add_row(Text(turn.debtor.name + colon, style="bold"), Wrapped(turn.debtor.text))
        styles = {"rule": "red", "rule_hard": "bold red", "model": "italic", "good": "green"}
        for item in turn.feedback:
            if item.text.strip():
                grid.add_row(Text("•", justify="right"),
                             Wrapped(Text(item.text, style=styles.get(item.kind, ""))))
        return grid

    def action_retry(self) -> None:
        from simulator.tui.screens.call import CallScreen

        self.app.switch_screen(CallScreen(self.call.scenario_id, self.call.lang, self.mode, self.seed))

    def action_new_call(self) -> None:
        from simulator.tui.screens.home import HomeScreen

        while len(self.app.screen_stack) > 1 and not isinstance(self.app.screen, HomeScreen):
            self.app.pop_screen()
