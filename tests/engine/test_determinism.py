"""A call is a value: same scenario, language, seed, date and replies give the same bytes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from simulator.engine import Call
from simulator.engine.replay import replay
from tests.engine.conftest import CONTENT, SCENARIO_LANGS, transcript


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_same_inputs_same_output(scenario, lang):
    replies = transcript(f"forgetful.skilled.{lang}") + ["嗯", "ok", "再见"]
    first = _dump(replay(scenario, replies, lang=lang, seed=42, content=CONTENT))
    second = _dump(replay(scenario, replies, lang=lang, seed=42, content=CONTENT))
    assert first == second


def test_the_seed_chooses_among_line_variants():
    openings = {Call("forgetful", lang="zh", seed=s, content=CONTENT).opening()[0].text for s in range(20)}
    assert len(openings) >= 2


def test_a_state_never_repeats_the_same_variant_twice_in_a_row():
    call = Call("forgetful", lang="zh", seed=3, content=CONTENT)
    seen = [call.opening()[0].text]
    for _ in range(6):
        seen.append(call.step("嗯").debtor.text)
    assert all(a != b for a, b in zip(seen, seen[1:], strict=False))


def test_asking_for_hints_and_choices_changes_nothing():
    replies = transcript("forgetful.skilled.zh")
    plain = Call("forgetful", lang="zh", seed=5, content=CONTENT)
    curious = Call("forgetful", lang="zh", seed=5, content=CONTENT)
    for text in replies:
        if plain.finished:
            break
        curious.hint(), curious.choices(), curious.choices()
        assert _dump(plain.step(text).to_json()) == _dump(curious.step(text).to_json())


def test_the_date_defaults_to_the_scenario_and_can_be_set():
    assert Call("forgetful", content=CONTENT).today == CONTENT.scenarios["forgetful"].call_date
    call = Call("forgetful", lang="zh", today=date(2027, 1, 4), content=CONTENT)
    for text in transcript("forgetful.skilled.zh")[:4]:
        call.step(text)
    assert call.promise.date == date(2027, 1, 4)
