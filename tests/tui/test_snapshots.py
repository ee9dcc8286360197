"""Every screen in both languages at 80x24 and 120x40, compared with the approved SVGs.

After a deliberate change of the look, look at the new SVGs before accepting them with
`pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import SKILLED_EN, SKILLED_ZH, make_app

SIZES = [(80, 24), (120, 40)]
LANGS = ["zh", "en"]


def replies(lang: str) -> list[str]:
    return SKILLED_ZH if lang == "zh" else SKILLED_EN


async def type_replies(pilot, texts: list[str]) -> None:
    for text in texts:
        box = pilot.app.screen.query_one("#reply")
        box.focus()
        box.value = text
        await pilot.press("enter")
        await pilot.pause()


SCREENS = {
    "home": dict(press=[]),
    "briefing": dict(start_scenario="forgetful", press=[]),
    "call": dict(start_scenario="forgetful", start_mode="practice", seed=3, before=2),
    "guided": dict(start_scenario="forgetful", start_mode="guided", seed=3, press=["down"]),
    "hint": dict(start_scenario="forgetful", start_mode="practice", seed=3, before=1, press=["f2"]),
    "debrief": dict(start_scenario="forgetful", start_mode="practice", seed=3, before=5,
                    press=["enter"]),
    "leave": dict(start_scenario="forgetful", start_mode="practice", seed=3, before=1,
                  press=["escape"]),
    "help": dict(press=["f1"]),
    "settings": dict(press=["s"]),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(snap_compare, tmp_path, screen, lang, size):
    spec = dict(SCREENS[screen])
    press = spec.pop("press", [])
    before = spec.pop("before", 0)
    app = make_app(lang=lang, home=tmp_path, **spec)

    async def run_before(pilot) -> None:
        await pilot.pause()
        await type_replies(pilot, replies(lang)[:before])

    assert snap_compare(app, press=press, terminal_size=size, run_before=run_before)
