"""Whole calls, as a trainee would play them, per persona and language.

Hand-written transcripts (tests/data/calls/<persona>.<kind>.<lang>.txt) cover the shipped
archetypes; every other scenario is played through its own guided choices, so a persona
added by anyone is played too.
"""

from __future__ import annotations

import pytest

from simulator.engine import Call, CallFinished
from simulator.understanding import VIOLATIONS
from tests.engine.conftest import CONTENT, DATA, SCENARIO_LANGS, play, play_choices, transcript

TRANSCRIPTS = sorted(p.stem for p in (DATA / "calls").glob("*.txt"))


def _kind(name: str) -> list[str]:
    return [n for n in TRANSCRIPTS if n.split(".")[1] == name]


@pytest.mark.parametrize("name", _kind("skilled") + _kind("vague"))
def test_a_skilled_call_ends_in_a_confirmed_promise_and_passes(name):
    scenario, _, lang = name.split(".")
    report = play(scenario, lang, transcript(name)).debrief()
    assert report.outcome == "ptp"
    assert report.ptp and report.ptp["confirmed"] is True
    assert report.ptp["amount"] >= CONTENT.scenarios[scenario].case.required_amount
    assert report.passed, report.to_json()
    assert report.violations == ()


@pytest.mark.parametrize("name", _kind("cold"))
def test_a_cold_call_scores_lower_on_empathy(name):
    scenario, _, lang = name.split(".")
    call = play(scenario, lang, transcript(name))
    cold = call.debrief()
    skilled = play(scenario, lang, transcript(f"{scenario}.skilled.{lang}")).debrief()
    assert cold.scores["empathy"] <= skilled.scores["empathy"] - 30
    assert not cold.passed
    notes = {n for turn in call.turns for n in turn.notes}
    assert notes & {"missed_acknowledgement", "pushed_before_listening", "argued_back"}


@pytest.mark.parametrize("name", _kind("abusive"))
def test_an_abusive_call_is_flagged_and_fails(name):
    scenario, _, lang = name.split(".")
    call = play(scenario, lang, transcript(name))
    report = call.debrief()
    assert any(v["id"] in VIOLATIONS and v["hard"] for v in report.violations)
    assert not report.passed
    assert report.outcome in {"complaint", "hung_up", "refused", "no_outcome"}
    assert report.scores["overall"] <= CONTENT.rubric.hard_violation_cap
    assert report.changes[0].id in VIOLATIONS, "the top change is the violation"
    assert report.changes[0].turn == report.violations[0]["turn"]


@pytest.mark.parametrize("name", _kind("disclosure"))
def test_disclosure_before_verification_is_flagged(name):
    scenario, _, lang = name.split(".")
    call = play(scenario, lang, transcript(name))
    ids = [f.id for f in call.turns[0].findings]
    assert "disclosure_before_verification" in ids
    assert not call.debrief().passed


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_always_picking_the_good_choice_reaches_a_goal_and_passes(scenario, lang):
    call = play_choices(scenario, lang, "good")
    report = call.debrief()
    assert report.outcome in CONTENT.scenarios[scenario].goals, [t.debtor.state for t in call.turns]
    assert report.passed, report.to_json()


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_always_picking_the_rule_breaking_choice_is_flagged_and_fails(scenario, lang):
    report = play_choices(scenario, lang, "breaks_rule").debrief()
    assert report.violations
    assert not report.passed


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_disclosing_on_the_first_reply_is_flagged(scenario, lang):
    """Whoever answers, telling them about the debt before verifying is a finding."""
    call = Call(scenario, lang=lang, content=CONTENT)
    role = call.persona.speakers[call.state.speaker].role
    case = call.scenario.case
    name, product = case.debtor[lang].name, case.product[lang]
    if lang == "zh":
        text = f"{name}的{product}已经逾期{case.days_past_due}天了，欠款{case.balance:.0f}元。"
    else:
        text = f"{name}'s {product} is {case.days_past_due} days past due."
    result = call.step(text)
    expected = "third_party_disclosure" if role == "third_party" else "disclosure_before_verification"
    assert expected in [f.id for f in result.findings], result.labels


def test_third_party_disclosure_is_flagged():
    from simulator.engine import load_content

    content = load_content(DATA / "content")
    call = Call("desk", lang="zh", content=content)
    call.step("嗯……")  # silence: the cousin picks up
    assert call.persona.speakers[call.state.speaker].role == "third_party"
    result = call.step("他的经营贷已经逾期20天了，欠款20000元。")
    assert [f.id for f in result.findings] == ["third_party_disclosure"]
    assert result.findings[0].hard
    assert call.outcome == "hung_up"


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_hint_and_choices_follow_the_state(scenario, lang):
    call = Call(scenario, lang=lang, content=CONTENT)
    hint = call.hint()
    assert hint.state == call.state.id and hint.note and hint.model
    choices = call.choices()
    assert 3 <= len(choices) <= 4
    assert sorted(c.kind for c in choices).count("good") == 1
    assert all("{" not in c.text for c in choices), "placeholders are filled in"


def test_a_finished_call_refuses_more_replies():
    call = play("forgetful", "zh", transcript("forgetful.skilled.zh"))
    assert call.finished and call.hint() is None and call.choices() == []
    with pytest.raises(CallFinished):
        call.step("还有别的事吗？")


def test_the_turn_limit_ends_every_call():
    call = Call("forgetful", lang="zh", content=CONTENT)
    for _ in range(call.persona.max_turns):
        if call.finished:
            break
        call.step("嗯")
    assert call.finished and call.outcome == call.persona.states[call.persona.at_limit].outcome
    assert len(call.turns) == call.persona.max_turns


def test_turn_result_json_holds_the_whole_exchange():
    call = play("forgetful", "en", transcript("forgetful.skilled.en"))
    turn = call.turns[1].to_json()
    assert set(turn) >= {"turn", "reply", "labels", "debtor", "meters", "findings", "feedback", "ended", "outcome"}
    assert turn["labels"]["evidence"]["state_purpose"]
    assert turn["debtor"]["speaker"] == "debtor" and turn["debtor"]["mood"] == "embarrassed"
    kinds = [f["kind"] for f in turn["feedback"]]
    assert kinds[0] == "detected" and "reaction" in kinds and kinds[-1] == "model"
    assert call.turns[-1].to_json()["ended"] is True


def test_a_wrong_read_back_is_corrected_and_flagged():
    call = Call("forgetful", lang="zh", content=CONTENT)
    for reply in transcript("forgetful.skilled.zh")[:4]:
        call.step(reply)
    assert call.promise and call.promise.amount == 7100
    result = call.step("好的，跟您确认一下，今天通过手机银行还款1700元，对吗？")
    assert not call.finished and "read_back_wrong" in result.notes
    assert "wrong_amount" in [f.id for f in result.findings]
    assert "7100" in result.debtor.text
