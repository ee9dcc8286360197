"""What every screen of the game shares: the app's text, and redrawing on a language switch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

if TYPE_CHECKING:
    from simulator.tui.app import DojoApp


class DojoScreen(Screen):
    """A screen whose text comes from the catalogs and follows the interface language."""

    shown_lang: str = ""

    @property
    def dojo(self) -> DojoApp:
        return self.app  # type: ignore[return-value]

    @property
    def lang(self) -> str:
        return self.dojo.lang

    def t(self, key: str, **values: Any) -> str:
        return self.dojo.t(key, **values)

    def term(self, key: str, **values: Any) -> str:
        """A domain term (moods, outcomes, label and rule names) from the scoring catalog,
        the one source the feedback also uses."""
        catalog = self.dojo.content.catalogs[self.lang]
        return catalog.say(key, **values) if catalog.has(key) else key.rsplit(".", 1)[-1]

    def on_screen_resume(self) -> None:
        if self.shown_lang and self.shown_lang != self.lang:
            self.show_language()

    def on_mount(self) -> None:
        self.shown_lang = self.lang
        self.after_compose()

    def after_compose(self) -> None:
        """Fill what compose() cannot (tables, focus); runs after every (re)compose."""

    def show_language(self) -> None:
        """Redraw in the current interface language."""
        self.shown_lang = self.lang
        self.run_worker(self._redraw(), group="recompose", exclusive=True)

    async def _redraw(self) -> None:
        await self.recompose()
        self.after_compose()
