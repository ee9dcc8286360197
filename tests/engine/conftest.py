"""Engine tests play real content: every persona and scenario under personas/ and scenarios/."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import PROJECT_ROOT
from simulator.engine import Call, load_content

DATA = Path(__file__).resolve().parent.parent / "data"
CONTENT = load_content()
#: (scenario id, language) for every language each scenario is written for
SCENARIO_LANGS = [(s.id, lang) for s in CONTENT.scenarios.values() for lang in s.languages]
SCENARIOS = sorted(CONTENT.scenarios)
PERSONAS = sorted(CONTENT.personas)


@pytest.fixture(scope="session")
def content():
    return CONTENT


@pytest.fixture
def project_root() -> Path:
    return PROJECT_ROOT


def play_choices(scenario: str, lang: str, kind: str, seed: int = 0) -> Call:
    """Play a call by always picking the guided choice of one kind; the call is returned ended."""
    call = Call(scenario, lang=lang, seed=seed, content=CONTENT)
    while not call.finished:
        picks = [c for c in call.choices() if c.kind == kind]
        call.step(picks[0].text)
    return call


def play(scenario: str, lang: str, replies: list[str], seed: int = 0) -> Call:
    """Play the replies until the call ends or they run out (then the trainee hangs up)."""
    call = Call(scenario, lang=lang, seed=seed, content=CONTENT)
    for reply in replies:
        if call.finished:
            break
        call.step(reply)
    call.hang_up()
    return call


def transcript(name: str) -> list[str]:
    """A call script under tests/data/calls/: one reply per line, '#' lines are comments."""
    text = (DATA / "calls" / f"{name}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
