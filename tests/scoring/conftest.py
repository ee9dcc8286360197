"""Scoring tests drive the rules, empathy, PTP and report code with hand-made facts."""

from __future__ import annotations

from datetime import date, time

import pytest

from scoring.packs import load_packs
from scoring.rubric import load_rubric
from scoring.rules import CaseTerms, RuleTracker
from scoring.text import load_catalogs
from simulator.understanding import classify

TODAY = date(2026, 11, 24)
PACKS = load_packs()
RUBRIC = load_rubric()
CATALOGS = load_catalogs()


def labels(text: str, lang: str = "zh"):
    return classify(text, lang, TODAY)


def tracker(pack: str = "cn", lang: str = "zh", waiver_limit: float = 0, at: time = time(10, 30)) -> RuleTracker:
    return RuleTracker(PACKS[pack], CaseTerms(7100, 710, waiver_limit, at), lang)


@pytest.fixture
def rubric():
    return RUBRIC
