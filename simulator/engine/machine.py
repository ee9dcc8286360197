"""Compiles a Persona into a `transitions` HierarchicalMachine, once, shared by all its calls.

The machine has one root state, `call`, holding the persona's states; a persona group
(for example the front desk of a company, with its own speaker) becomes a parent state.
There is one trigger, `reply`. For a reply, `transitions` tries the current state's own
transitions, then those of each enclosing group, then the root's (the persona's
`anywhere` list), in the order they were written, and runs the first whose conditions
pass. The conditions are the compiled `on` and `if` of the YAML; the only callback
records which authored transition fired, and the call engine applies its effects.

Calls never register with the machine (`add_model`): a call is a plain object with a
`state` attribute passed to `trigger_event`, so one machine serves any number of calls
without keeping a list of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from transitions.extensions.nesting import HierarchicalMachine, NestedState

from simulator.engine.context import GuardContext
from simulator.engine.persona import GroupSpec, Persona, StateSpec, TransitionSpec

ROOT = "call"
TRIGGER = "reply"
#: A HierarchicalMachine keeps a scope stack while it processes an event, so one shared
#: machine must handle one reply at a time; calls stepped from several threads wait here.
_FIRING = threading.Lock()


class PersonaState(NestedState):
    # State ids use "_" (waiting_for_boss), so nested names join with "/" instead.
    separator = "/"


class PersonaMachine(HierarchicalMachine):
    state_cls = PersonaState


class CallModel:
    """The object a machine moves between states: only the current state's name."""

    def __init__(self, state: str):
        self.state = state


def trigger_matcher(spec: TransitionSpec) -> Callable[[GuardContext], bool]:
    """The condition of one authored transition: its `on` labels, the violation rule, its `if`.

    The violation rule: a reply holding a violation (threaten, insult...) only fires
    transitions whose `on` names one of its violations, `violation` or `any`, so a debtor
    never answers an insult as if only the polite half had been said.
    """
    on = spec.on
    guard = spec.guard.evaluate if spec.guard else None
    any_reply = on is not None and "any" in on
    any_violation = on is not None and "violation" in on
    wants_nothing = on is not None and "nothing" in on

    def matches(ctx: GuardContext) -> bool:
        if not any_reply:
            if ctx.violations:
                if on is None or not (any_violation or ctx.violations & on):
                    return False
            elif on is not None and not (
                ctx.labels & on or ctx.broke & on or (wants_nothing and not ctx.labels)
            ):
                return False
        return bool(guard(ctx)) if guard else True

    return matches


def _recorder(spec: TransitionSpec) -> Callable[[GuardContext], None]:
    def record(ctx: GuardContext) -> None:
        ctx.fired = spec

    return record


def _state_tree(persona: Persona) -> list[dict]:
    """The nested state definitions transitions expects, built from the persona's paths."""
    root: dict = {"name": ROOT, "children": [], "initial": None}
    nodes = {ROOT: root}
    ordered: list[GroupSpec | StateSpec] = sorted(
        [*persona.groups.values(), *persona.states.values()], key=lambda s: s.path.count("/")
    )
    for item in ordered:
        parent_path, _, name = item.path.rpartition("/")
        node: dict = {"name": name}
        if isinstance(item, GroupSpec):
            node.update(children=[], initial=item.initial)
        elif item.terminal:
            node["final"] = True
        nodes[parent_path]["children"].append(node)
        nodes[item.path] = node
    root["initial"] = persona.start
    return [root]


def compile_machine(persona: Persona) -> PersonaMachine:
    """Build the persona's machine; called once per persona at content load."""
    start = persona.states[persona.start].path
    machine = PersonaMachine(
        model=None,
        states=_state_tree(persona),
        initial=start,
        auto_transitions=False,
        send_event=False,
        # A state with no transition for a reply keeps the debtor where they are.
        ignore_invalid_triggers=True,
    )

    def add(source_path: str, specs: tuple[TransitionSpec, ...]) -> None:
        for spec in specs:
            dest = persona.states[spec.to].path if spec.to else None  # None: stay (internal)
            machine.add_transition(
                TRIGGER, source_path, dest,
                conditions=[trigger_matcher(spec)], before=[_recorder(spec)],
            )

    for state in persona.states.values():
        if not state.terminal:
            add(state.path, state.transitions)
    for group in persona.groups.values():
        add(group.path, group.transitions)
    add(ROOT, persona.anywhere)
    return machine


def fire(persona: Persona, model: CallModel, ctx: GuardContext) -> TransitionSpec | None:
    """Run the reply trigger; the authored transition that fired, or None if none matched."""
    ctx.fired = None
    if persona.by_path[model.state].terminal:
        return None
    with _FIRING:
        persona.machine.trigger_event(model, TRIGGER, ctx)
    return ctx.fired
