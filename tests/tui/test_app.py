"""The game played through the Pilot: every mode, both languages, bad input, leaving mid-call."""

from __future__ import annotations

import json

from textual.widgets import DataTable, Input, OptionList

from simulator.tui.screens.briefing import BriefingScreen
from simulator.tui.screens.call import CallScreen
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.meters import MeterPanel
from simulator.tui.widgets.transcript import Transcript
from tests.tui.conftest import SKILLED_EN, SKILLED_ZH, make_app, run, say


def transcript_text(app) -> str:
    return "\n".join(f"{who} {text}" for who, text, _ in app.screen.query_one(Transcript).lines)


def test_home_lists_and_filters_scenarios(tmp_path):
    async def scenario():
        app = make_app(home=tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            table = app.screen.query_one(DataTable)
            assert table.row_count == len(app.content.scenarios)
            await pilot.press("slash")
            for ch in "zzzq":
                await pilot.press(ch)
            await pilot.pause()
            assert table.row_count == 0  # nothing matches: the screen says so
            assert str(app.screen.query_one("#empty").render()).strip()
            await pilot.press("escape")
            await pilot.press("slash")
            app.screen.query_one("#search").value = "忘记"
            await pilot.pause()
            assert 1 <= table.row_count < len(app.content.scenarios)
            assert table.get_row_at(0)[1].plain.find("忘记") >= 0
            await pilot.press("enter")  # from the filter to the table
            await pilot.press("enter")  # open the scenario
            await pilot.pause()
            assert isinstance(app.screen, BriefingScreen)
            assert app.screen.scenario_id == "forgetful"
    run(scenario())


def _play_practice(lang: str, replies: list[str], tmp_path):
    async def scenario():
        app = make_app(lang=lang, home=tmp_path, start_scenario="forgetful")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("p")
            await pilot.pause()
            assert isinstance(app.screen, CallScreen)
            assert app.screen.query(MeterPanel)
            for reply in replies:
                await say(pilot, reply)
            call = app.screen.call
            assert call.finished and call.outcome == "ptp"
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, DebriefScreen)
            assert app.screen.report.passed
            return app.screen.report
    return run(scenario())


def test_practice_call_zh_reaches_a_confirmed_promise(tmp_path):
    report = _play_practice("zh", SKILLED_ZH, tmp_path)
    assert report.ptp["confirmed"] and report.ptp["amount"] == 7100


def test_practice_call_en_reaches_a_confirmed_promise(tmp_path):
    report = _play_practice("en", SKILLED_EN, tmp_path)
    assert report.ptp["confirmed"]


def test_result_is_recorded_for_best_score(tmp_path):
    _play_practice("zh", SKILLED_ZH, tmp_path)
    lines = (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["scenario"] == "forgetful"
    assert json.loads(lines[-1])["overall"] >= 80


def test_guided_call_plays_to_the_end_in_both_languages(tmp_path):
    for lang in ("zh", "en"):
        async def scenario(lang=lang):
            app = make_app(lang=lang, home=tmp_path, start_scenario="forgetful", start_mode="guided")
            async with app.run_test(size=(100, 32)) as pilot:
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, CallScreen)
                for _ in range(20):
                    if screen.call.finished:
                        break
                    choices = screen.call.choices()
                    assert 3 <= len(choices) <= 4
                    good = next(i for i, c in enumerate(choices) if c.kind == "good")
                    options = screen.query_one(OptionList)
                    options.focus()
                    options.highlighted = good
                    await pilot.press("enter")
                    await pilot.pause()
                    assert choices[good].why[:10] in screen.coach_text.plain
                assert screen.call.finished
        run(scenario())


def test_exam_hides_meters_and_hints_and_fixes_the_seed(tmp_path):
    async def scenario():
        app = make_app(home=tmp_path, start_scenario="forgetful", start_mode="exam")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert not screen.query(MeterPanel)
            await pilot.press("f2")
            await pilot.pause()
            assert str(screen.query_one("#coach").render()).strip() == ""
            return screen.seed
    seeds = {run(scenario()) for _ in range(2)}
    assert seeds == {1}


def test_markup_and_empty_and_huge_replies(tmp_path):
    async def scenario():
        app = make_app(home=tmp_path, start_scenario="forgetful", start_mode="practice")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            call = app.screen.call
            await say(pilot, "   ")
            assert len(call.turns) == 0  # refused gently, nothing played
            await say(pilot, "[bold]你好[/bold] [@click=app.quit]点我[/]")
            assert app.is_running and len(call.turns) == 1
            assert "[@click=app.quit]" in transcript_text(app)
            await say(pilot, "我理解您" * 2500)
            assert len(call.turns) == 2 and call.turns[-1].labels.truncated
    run(scenario())


def test_leaving_mid_call_asks_and_keeps_every_turn(tmp_path):
    async def scenario():
        app = make_app(home=tmp_path, start_scenario="forgetful", start_mode="practice")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await say(pilot, SKILLED_ZH[0])
            await say(pilot, SKILLED_ZH[1])
            await pilot.press("ctrl+c")
            await pilot.pause()
            await pilot.press("n")  # stay
            await pilot.pause()
            assert isinstance(app.screen, CallScreen)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("y")  # leave
            await pilot.pause()
            assert isinstance(app.screen, DebriefScreen)
            assert app.screen.report.outcome == "no_outcome"
        logs = list((tmp_path / "calls").glob("*.jsonl"))
        assert len(logs) == 1
        records = [json.loads(line) for line in logs[0].read_text(encoding="utf-8").splitlines()]
        replies = [r.get("reply") for r in records if r.get("reply")]
        assert replies == SKILLED_ZH[:2]
    run(scenario())


def test_language_switches_at_any_time(tmp_path):
    async def scenario():
        app = make_app(lang="zh", home=tmp_path, start_scenario="forgetful", start_mode="practice")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await say(pilot, SKILLED_ZH[0])
            assert app.screen.query_one(Input).placeholder.startswith("输入")
            await pilot.press("f4")
            await pilot.pause()
            await pilot.pause()
            assert app.screen.query_one(Input).placeholder.startswith("Type")
            assert len(app.screen.call.turns) == 1  # the call goes on
            assert SKILLED_ZH[0] in transcript_text(app)
            await pilot.press("escape")
            await pilot.press("y")
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert app.settings.lang == "en"
    run(scenario())


def test_help_and_settings_screens(tmp_path):
    async def scenario():
        app = make_app(lang="en", home=tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("f1")
            await pilot.pause()
            assert "How scoring works" in " ".join(str(w.render()) for w in app.screen.query("Static"))
            await pilot.press("escape")
            await pilot.press("s")
            await pilot.pause()
            assert type(app.screen).__name__ == "SettingsScreen"
    run(scenario())
