"""How dates and money read in a debtor's mouth and on the debrief."""

from __future__ import annotations

from datetime import date

import pytest

from simulator.engine.render import Renderer
from tests.engine.conftest import CONTENT

TUESDAY = date(2026, 11, 24)


def renderer(lang: str) -> Renderer:
    return Renderer(CONTENT.scenarios["forgetful"], lang, CONTENT.catalogs[lang])


@pytest.mark.parametrize(("lang", "day", "said"), [
    ("zh", date(2026, 11, 24), "今天"),
    ("zh", date(2026, 11, 25), "明天"),
    ("zh", date(2026, 11, 26), "周四26号"),
    ("zh", date(2026, 12, 1), "周二1号"),
    ("zh", date(2026, 12, 15), "12月15号"),
    ("en", date(2026, 11, 26), "Thursday the 26th"),
    ("en", date(2026, 12, 1), "Tuesday the 1st"),
    ("en", date(2026, 11, 30), "Monday the 30th"),
    ("en", date(2026, 12, 22), "December 22nd"),
    ("en", date(2026, 12, 13), "December 13th"),
])
def test_a_debtor_says_a_date_as_people_do(lang, day, said):
    assert renderer(lang).day(day, TUESDAY) == said


def test_the_debrief_shows_the_full_date_with_its_weekday():
    assert renderer("zh").day(date(2026, 11, 26)) == "11月26日（周四）"
    assert renderer("en").day(date(2026, 11, 26)) == "Thursday, November 26"
