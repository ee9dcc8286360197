"""Home: the scenarios, grouped by difficulty, with the trainee's best score and a filter."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from simulator.tui.screens.base import DojoScreen
from simulator.tui.widgets.keybar import KeyBar


class HomeScreen(DojoScreen):
    #: the terminal is wide enough for the debtor-type column
    wide = True

    BINDINGS = [
        Binding("slash", "search", "Search", show=False, id="search"),
        Binding("s,S", "settings", "Settings", show=False, id="settings"),
        Binding("q,Q", "app.quit", "Quit", show=False, id="quit"),
        Binding("escape", "clear_search", "Clear search", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static(f"{self.t('app.title')} · {self.t('app.subtitle')}", classes="title")
        yield Static(self.t("home.heading"), classes="section", id="home-heading")
        yield Input(placeholder=self.t("home.search_placeholder"), id="search")
        table: DataTable = DataTable(id="scenarios", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("", id="empty", classes="muted")
        yield KeyBar([("Enter", "open"), ("/", "search"), ("S", "settings"), ("F1", "help"),
                      ("F4", "language"), ("Q", "quit")], self.lang)

    def after_compose(self) -> None:
        self.set_columns()
        self.fill("")
        self.query_one(DataTable).focus()

    def set_columns(self) -> None:
        """Fit the columns to the terminal: the scenario title takes what is left, and the
        debtor type is dropped below 100 columns (the titles name the type too)."""
        table = self.query_one(DataTable)
        table.clear(columns=True)
        width = self.app.size.width - 4
        self.wide = width >= 96
        def cells(text: str) -> int:
            return Text(text).cell_len

        level = 6 + max(cells(name) for name in self.t_list("home.difficulty_names"))
        langs = max(cells(self.t("home.col_languages")), 5)
        best = max(cells(self.t("home.col_best")), cells(self.t("home.never")), 3)
        spare = width - level - langs - best - 2 * (4 + self.wide)
        widths = {"col_difficulty": max(level, cells(self.t("home.col_difficulty"))),
                  "col_title": max(20, spare * 2 // 3 if self.wide else spare)}
        if self.wide:
            widths["col_persona"] = max(12, spare - widths["col_title"])
        widths |= {"col_languages": langs, "col_best": best}
        for key, w in widths.items():
            table.add_column(self.t(f"home.{key}"), width=w)

    def on_resize(self) -> None:
        if self.query(DataTable):
            self.set_columns()
            self.fill(self.query_one("#search", Input).value)

    def rows(self) -> list[tuple[str, list]]:
        """(scenario id, cells) sorted by difficulty then title."""
        content = self.dojo.content
        best = self.dojo.results.best()
        names = self.t_list("home.difficulty_names")
        out = []
        for sid, sc in sorted(content.scenarios.items(), key=lambda kv: (kv[1].difficulty, kv[0])):
            persona = content.personas[sc.persona]
            level = max(1, min(5, sc.difficulty))
            stars = "★" * level + "☆" * (5 - level)
            langs = " ".join(self.t(f"languages_short.{lang}")
                             for lang in sorted(sc.languages, reverse=True))
            score = best.get(sid)
            cells = [f"{stars} {names[level - 1]}", Text(sc.title.get(self.lang, sid))]
            if self.wide:
                cells.append(Text(persona.title.get(self.lang, persona.archetype)))
            cells += [langs, str(score) if score is not None else self.t("home.never")]
            out.append((sid, cells))
        return out

    def t_list(self, key: str) -> list[str]:
        from simulator.tui.text import lookup

        return list(lookup(self.lang, key))

    def fill(self, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        words = query.lower().split()
        for sid, cells in self.rows():
            haystack = " ".join([sid, *(str(c) for c in cells)]).lower()
            if all(w in haystack for w in words):
                table.add_row(*cells, key=sid)
        self.query_one("#empty", Static).update("" if table.row_count else self.t("home.empty"))

    @on(Input.Changed, "#search")
    def filter(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#search")
    def to_table(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def open_scenario(self, event: DataTable.RowSelected) -> None:
        from simulator.tui.screens.briefing import BriefingScreen

        self.app.push_screen(BriefingScreen(str(event.row_key.value)))

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        self.query_one(DataTable).focus()

    def action_settings(self) -> None:
        from simulator.tui.screens.settings import SettingsScreen

        self.app.push_screen(SettingsScreen())

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        if self.is_mounted and self.query(DataTable):
            self.fill(self.query_one("#search", Input).value)
