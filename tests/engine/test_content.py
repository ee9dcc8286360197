"""All shipped content loads, compiles once, and has the depth the archetypes need."""

from __future__ import annotations

import time

import pytest
from transitions.extensions.nesting import HierarchicalMachine

from simulator.engine import Call, load_content
from simulator.engine.content import load_content_from
from simulator.ids import OUTCOMES
from tests.engine.conftest import CONTENT, DATA, PERSONAS, SCENARIOS

MAIN_ARCHETYPES = {"evasive", "aggressive", "sob_story", "law_savvy", "corporate"}
FAILING = {"refused", "hung_up", "complaint"}
REQUIRED_SCENARIOS = {"forgetful", "evasive", "aggressive"}


def test_the_first_scenarios_ship():
    assert REQUIRED_SCENARIOS <= set(SCENARIOS)


def test_content_is_loaded_once_and_shared():
    assert load_content() is load_content()
    first = Call("forgetful", content=CONTENT).persona.machine
    second = Call("forgetful", content=CONTENT).persona.machine
    assert first is second, "the machine is compiled once per persona, not per call"


def test_calls_do_not_register_with_the_machine():
    """A shared machine must not keep a reference to every call ever played."""
    persona = CONTENT.personas["forgetful"]
    for _ in range(5):
        call = Call("forgetful", content=CONTENT)
        call.step("您好，我是星河银行的小王，请问是张伟先生吗？")
    assert persona.machine.models == []


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_each_persona_compiles_into_a_hierarchical_machine(persona_id):
    persona = CONTENT.personas[persona_id]
    assert isinstance(persona.machine, HierarchicalMachine)
    names = set(persona.machine.get_nested_state_names())
    assert {s.path for s in persona.states.values()} <= names
    assert any(s.terminal for s in persona.states.values())
    assert persona.states[persona.at_limit].terminal
    assert all(s.outcome in OUTCOMES for s in persona.states.values() if s.terminal)


@pytest.mark.parametrize("persona_id", [p for p in PERSONAS if CONTENT.personas[p].archetype in MAIN_ARCHETYPES])
def test_main_archetypes_have_depth(persona_id):
    persona = CONTENT.personas[persona_id]
    assert len(persona.states) >= 8
    ptp_states = {s.id for s in persona.states.values() if s.outcome == "ptp"}
    ways_in = set()
    for state in persona.states.values():
        for t in state.transitions:
            if t.to in ptp_states:
                ways_in.add((state.id, t.to))
    for group in persona.groups.values():
        for t in group.transitions:
            if t.to in ptp_states:
                ways_in.add((group.id, t.to))
    assert len(ways_in) >= 2, "at least two distinct ways to reach a PTP"
    fails = {s.outcome for s in persona.states.values() if s.outcome in FAILING}
    assert len(fails) >= 2, "at least two distinct ways to fail"


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_each_scenario_names_a_persona_and_a_pack(scenario_id):
    scenario = CONTENT.scenarios[scenario_id]
    assert scenario.persona in CONTENT.personas
    assert scenario.rules in CONTENT.packs
    assert set(scenario.languages) <= {"zh", "en"}
    assert scenario.goals


def test_load_and_compile_everything_fast():
    started = time.perf_counter()
    load_content_from(CONTENT.root)
    assert time.perf_counter() - started < 1.5  # the bench holds the real target (300 ms)


def test_groups_share_transitions_and_change_speakers():
    content = load_content(DATA / "content")
    call = Call("desk", lang="zh", content=content)
    assert call.opening()[0].name == "前台"
    call.step("您好，我是星河银行的小王。")
    assert call.state.id == "desk_block"
    first = call.step("麻烦您把负责人的电话给我一下。")
    assert first.debtor.text == "我们老板是王总。", "a group transition with `say` answers for the group"
    second = call.step("麻烦您把负责人的电话给我一下。")
    assert (second.debtor.state, second.debtor.name, second.debtor.role) == ("boss_hello", "王总", "debtor")
