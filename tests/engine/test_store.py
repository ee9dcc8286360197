"""Call logs: every turn is on disk when `step` returns, and a call can be read back or resumed."""

from __future__ import annotations

import json

from simulator.engine import Call
from simulator.store import CallLog, load_call, resume_call
from tests.engine.conftest import CONTENT, transcript


def test_each_turn_is_written_as_it_is_played(tmp_path):
    path = tmp_path / "calls" / "one.jsonl"
    call = Call("forgetful", lang="zh", seed=1, content=CONTENT, log=CallLog(path))
    replies = transcript("forgetful.skilled.zh")
    for n, text in enumerate(replies[:3], 1):
        call.step(text)
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 + n, "the turn is on disk before step returns"
        assert json.loads(lines[-1])["reply"] == text
    stored = load_call(path)
    assert stored.header["scenario"] == "forgetful" and stored.header["seed"] == 1
    assert stored.replies == replies[:3] and stored.outcome is None


def test_a_half_written_last_line_is_ignored_and_the_call_resumes(tmp_path):
    path = tmp_path / "crash.jsonl"
    replies = transcript("forgetful.skilled.zh")
    call = Call("forgetful", lang="zh", seed=2, content=CONTENT, log=CallLog(path))
    for text in replies[:2]:
        call.step(text)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"kind": "turn", "reply": "半句')  # the power went off mid-write
    assert len(load_call(path).turns) == 2

    resumed = resume_call(path, CONTENT)
    assert [t.reply for t in resumed.turns] == replies[:2]
    for text in replies[2:]:
        if not resumed.finished:
            resumed.step(text)
    assert resumed.outcome == "ptp"
    stored = load_call(path)
    assert stored.outcome == "ptp" and stored.replies == [t.reply for t in resumed.turns]

    fresh = Call("forgetful", lang="zh", seed=2, content=CONTENT)
    for text in stored.replies:
        fresh.step(text)
    assert [t.to_json() for t in fresh.turns] == list(stored.turns_json())


def test_a_hang_up_is_recorded(tmp_path):
    path = tmp_path / "short.jsonl"
    call = Call("evasive", lang="en", content=CONTENT, log=CallLog(path))
    call.step("Hello, this is Alex from Star River Bank. May I speak with Wang Qiang?")
    call.hang_up()
    assert load_call(path).outcome == "no_outcome"
    assert resume_call(path, CONTENT).outcome == "no_outcome"
