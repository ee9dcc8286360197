"""Property tests: random and hostile trainees against every scenario, and a fuzzed loader.

Whatever is typed, a call never crashes, the machine is always in a known state of the
persona, meters stay within 0..100, and every call ends within the persona's turn limit.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.engine import Call
from simulator.engine.content import load_content_from
from simulator.engine.expr import compile_expr
from simulator.engine.names import guard_names
from simulator.yamlfile import ContentError, Where
from tests.engine.conftest import CONTENT, SCENARIO_LANGS

ROOT = Path(__file__).resolve().parents[2]

#: Fragments a trainee might type, polite and hostile, in both languages and mixed.
FRAGMENTS = [
    "您好，我是星河银行的小王，工号1024", "请问是本人吗？", "您的卡逾期了，应还7100元", "是遇到什么困难了吗？",
    "我理解您的难处", "您说已经还了，是哪天还的？", "继续逾期会影响征信", "可以先还最低还款",
    "滞纳金可以帮您申请减免", "您最晚哪天能还？", "跟您确认一下，26号前通过手机银行还4500元，对吗？",
    "麻烦把财务负责人的电话给我", "感谢您的配合，再见", "再不还我们就去你单位找你领导", "我这边是法院执行局的",
    "你这种老赖还有脸说", "你已经构成信用卡诈骗罪了", "去网贷平台借一笔先还上", "明天", "周五", "3000元", "微信",
    "This is Dana from Northbank", "Am I speaking with Mr. Evans?", "You are 20 days past due",
    "What happened?", "That sounds really stressful", "Can you pay $450 by Friday through the app?",
    "So that's $450 through the app by the 26th, correct?", "Pay up or we'll tell your employer",
    "A warrant has already been issued for you", "Only a deadbeat talks like that", "take a payday loan",
    "thanks, bye", "ok", "嗯", "？？？", "...", "😡😡", "hello 您好 ok 好的", "0", "-1", "1e309",
    "' or 1=1 --", "{promise.amount}", "{{}}", "\\x00", "a" * 300, "还" * 500,
]

reply = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map("，".join),
    st.text(max_size=80),
    st.text(alphabet="还钱逾期明天周五元块手机银行微信你我他不是没有滚骗子法院警察律师0123456789 ,.?!", max_size=40),
)


def _check_invariants(call: Call) -> None:
    persona = call.persona
    assert call.model.state in persona.by_path, f"unknown machine state {call.model.state}"
    assert call.state.terminal == call.finished
    assert all(0 <= v <= 100 for v in call.meters.values())
    assert len(call.turns) <= persona.max_turns


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replies=st.lists(reply, min_size=1, max_size=60), seed=st.integers(0, 2**31))
def test_random_trainees_never_break_a_call(scenario, lang, replies, seed):
    call = Call(scenario, lang=lang, seed=seed, content=CONTENT)
    for text in replies:
        if call.finished:
            break
        result = call.step(text)
        json.dumps(result.to_json(), ensure_ascii=False)
        _check_invariants(call)
    while not call.finished:  # whatever follows, the call ends within the turn limit
        call.step("嗯" if lang == "zh" else "hm")
        _check_invariants(call)
    assert call.outcome is not None
    report = call.debrief().to_json()
    assert all(0 <= v <= 100 for v in report["scores"].values())
    assert len(report["changes"]) <= 3


@pytest.mark.parametrize(("scenario", "lang"), SCENARIO_LANGS)
def test_a_stream_of_abuse_ends_the_call(scenario, lang):
    hostile = [f for f in FRAGMENTS if any(w in f for w in ("单位", "法院", "老赖", "诈骗", "网贷", "employer",
                                                            "warrant", "deadbeat", "payday"))]
    call = Call(scenario, lang=lang, seed=7, content=CONTENT)
    rng = random.Random(scenario)
    while not call.finished:
        call.step(rng.choice(hostile))
        _check_invariants(call)
    report = call.debrief()
    assert not report.passed and report.violations


NAMES = guard_names(["trust", "anger"], ["verified"], ["hospital"])


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="trust anger()<>=!+-*/.0123456789 andornot'reply.empathizeflag.verified", max_size=40))
def test_the_guard_parser_only_ever_raises_content_errors(text):
    try:
        compile_expr(text, NAMES, Where("p.yaml", 1, 1))
    except ContentError as exc:
        assert exc.where.line == 1 and exc.where.column >= 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_persona_file_fails_with_a_content_error(tmp_path_factory, data):
    """Deleting or duplicating any line of a persona gives a clean load or a ContentError."""
    root = tmp_path_factory.mktemp("content")
    (root / "personas").mkdir()
    (root / "scenarios").mkdir()
    shutil.copy(ROOT / "scenarios" / "forgetful.yaml", root / "scenarios")
    lines = (ROOT / "personas" / "forgetful.yaml").read_text(encoding="utf-8").splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    action = data.draw(st.sampled_from(["delete", "duplicate", "indent", "truncate"]))
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(index, lines[index])
    elif action == "indent":
        lines[index] = " " + lines[index]
    else:
        lines[index] = lines[index][: len(lines[index]) // 2]
    (root / "personas" / "forgetful.yaml").write_text("\n".join(lines), encoding="utf-8")
    try:
        load_content_from(root)
    except ContentError as exc:
        assert str(exc).startswith(str(root / "personas" / "forgetful.yaml")) or "scenario" in str(exc)
