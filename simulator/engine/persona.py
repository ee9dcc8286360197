"""Reads a persona YAML file into a validated, immutable Persona (docs/personas.md)."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.engine import reading as r
from simulator.engine.expr import NUM, Expr, compile_expr
from simulator.engine.names import (
    PLACEHOLDERS,
    RESERVED,
    TRIGGER_LABELS,
    case_names,
    guard_names,
)
from simulator.ids import (
    CHOICE_KINDS,
    MOODS,
    OUTCOMES,
    PROMISE_EFFECTS,
    ROLES,
    SPECIAL_TRIGGERS,
)
from simulator.understanding.labels import CHANNELS, LANGUAGES
from simulator.yamlfile import ContentError, Where, YDict, YStr, expect_keys, load_yaml

#: Which archetype a persona plays; the first five are the archetypes of domain.md.
ARCHETYPES: tuple[str, ...] = (
    "evasive", "aggressive", "sob_story", "law_savvy", "corporate",
    "forgetful", "third_party", "already_paid", "insolvent", "other",
)
#: A state the call can stay in or come back to needs this many line variants per language.
MIN_VARIANTS = 3
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_METER_MAX = 100


@dataclass(frozen=True)
class Effects:
    """What a transition does: meter deltas, flags set or cleared, the promise changed."""

    meters: tuple[tuple[str, int], ...] = ()
    set_flags: tuple[str, ...] = ()
    clear_flags: tuple[str, ...] = ()
    promise: str | None = None


@dataclass(frozen=True)
class TransitionSpec:
    """One authored transition, in the order it is tried."""

    #: the state or group id it belongs to, or "anywhere"
    owner: str
    on: frozenset[str] | None
    guard: Expr | None
    #: target state id; None means the debtor stays in the current state
    to: str | None
    effects: Effects
    say: dict[str, tuple[str, ...]] | None
    why: dict[str, str] | None
    where: Where


@dataclass(frozen=True)
class Choice:
    text: str
    kind: str
    why: str


@dataclass(frozen=True)
class Coach:
    note: str
    model: str


@dataclass(frozen=True)
class StateSpec:
    """A state the debtor can be in: who speaks, how they feel, what they say."""

    id: str
    #: the state's name in the compiled machine, e.g. "call/front_desk/greeting"
    path: str
    #: the ids of the enclosing groups, innermost first
    groups: tuple[str, ...]
    speaker: str
    mood: str
    lines: dict[str, tuple[str, ...]]
    outcome: str | None
    coach: dict[str, Coach] | None
    choices: dict[str, tuple[Choice, ...]] | None
    transitions: tuple[TransitionSpec, ...]
    where: Where

    @property
    def terminal(self) -> bool:
        return self.outcome is not None


@dataclass(frozen=True)
class GroupSpec:
    """A group of states sharing a speaker and transitions (a parent state in the machine)."""

    id: str
    path: str
    speaker: str
    initial: str
    transitions: tuple[TransitionSpec, ...]
    where: Where


@dataclass(frozen=True)
class Meter:
    id: str
    start: int
    names: dict[str, str]


@dataclass(frozen=True)
class Speaker:
    id: str
    role: str
    names: dict[str, str]


@dataclass(frozen=True)
class Claim:
    id: str
    #: whether the claim is real (verification would bear it out)
    real: bool
    note: dict[str, str]


@dataclass(frozen=True)
class Truth:
    """The debtor's real situation, which the trainee can only discover."""

    can_pay: Expr
    pay_in_days: int
    channel: str
    insolvent: bool
    claims: dict[str, Claim]


@dataclass(frozen=True)
class Persona:
    """A validated persona; `machine` is its compiled transitions machine (shared by calls)."""

    id: str
    file: str
    archetype: str
    title: dict[str, str]
    summary: dict[str, str]
    speakers: dict[str, Speaker]
    meters: dict[str, Meter]
    flags: tuple[str, ...]
    truth: Truth
    max_turns: int
    at_limit: str
    start: str
    states: dict[str, StateSpec]
    groups: dict[str, GroupSpec]
    anywhere: tuple[TransitionSpec, ...]
    #: every `{people.<id>}` placeholder used, so scenarios can be checked against it
    people: frozenset[str]
    #: the states by their machine name ("call/front_desk/greeting")
    by_path: dict[str, StateSpec] = field(default_factory=dict, compare=False, repr=False)
    #: the compiled transitions machine, shared by every call with this persona
    machine: Any = field(default=None, compare=False, repr=False)


# ------------------------------------------------------------------ loading


class _Loader:
    """Reads one persona file; keeps the tables later sections are checked against."""

    def __init__(self, path: Path):
        self.path = path
        self.people: set[str] = set()

    # -- text with placeholders
    def check_placeholders(self, value: YStr, what: str) -> None:
        for m in _PLACEHOLDER.finditer(value):
            name = m.group(1)
            if name.startswith("people.") and r.ID_RE.match(name[7:]):
                self.people.add(name[7:])
                continue
            if name not in PLACEHOLDERS:
                start = r.content_start(value)
                if "\n" not in value:  # a one-line scalar: point at the placeholder itself
                    start = Where(start.file, start.line, start.column + m.start())
                raise ContentError(start, f"{what}: unknown placeholder {{{name}}}; "
                                   f"use one of {', '.join('{' + p + '}' for p in PLACEHOLDERS)}, "
                                   "or {people.<id>}")
        if value.count("{") != value.count("}"):
            raise ContentError(r.content_start(value), f"{what}: unbalanced {{ or }}")

    def variants(self, node: YDict, key: str, what: str, at_least: int) -> dict[str, tuple[str, ...]]:
        out = r.lang_variants(node, key, what, at_least)
        for lang, items in out.items():
            for item in items:
                self.check_placeholders(item, f"{what}.{lang}")
        return {lang: tuple(str(i) for i in items) for lang, items in out.items()}

    def lang_text(self, node: YDict, key: str, what: str) -> dict[str, str]:
        holder = r.per_language(node, key, what)
        out = r.lang_text(node, key, what)
        for lang in LANGUAGES:
            self.check_placeholders(holder[lang], f"{what}.{lang}")
        return out

    # -- the sections
    def load(self) -> Persona:
        try:
            data = load_yaml(self.path)
        except ContentError as exc:
            if "keys must be text, not True" in exc.message or "keys must be text, not False" in exc.message:
                # YAML reads on/off/yes/no as true/false: the classic slip is `on:` for `when:`.
                raise ContentError(exc.where, "this key reads as true/false in YAML (on, off, yes, no): "
                                   "a transition's trigger key is `when:`; quote any other such key") from None
            raise
        data = r.mapping(data, "a persona file", f"{self.path}:1:1")
        expect_keys(
            data,
            {"persona", "archetype", "title", "summary", "meters", "truth", "limits", "start",
             "states"},
            {"speakers", "speaker", "flags", "anywhere"},
            "the persona",
        )
        pid = r.ident(data, "persona", "persona")
        if pid != self.path.stem:
            raise ContentError(r.where_in(data, "persona"),
                               f"persona id '{pid}' must match the file name '{self.path.stem}'")
        archetype = r.choice(data, "archetype", "archetype", ARCHETYPES)
        title = r.lang_text(data, "title", "title")
        summary = r.lang_text(data, "summary", "summary")
        self.speakers = self.read_speakers(data)
        self.default_speaker = self.read_default_speaker(data)
        self.meters = self.read_meters(data)
        self.flags = self.read_flags(data)
        truth_node = r.mapping(data.get("truth"), "truth", data.at("truth"))
        self.claims = self.read_claims(truth_node)
        truth = self.read_truth(truth_node)
        self.names = guard_names(list(self.meters), list(self.flags), list(self.claims))

        # States first (ids and paths), then transitions, which refer to them.
        self.state_nodes: dict[str, tuple[YDict, str, tuple[str, ...], str]] = {}
        self.group_nodes: dict[str, tuple[YDict, str, tuple[str, ...], str]] = {}
        self.where_of_id: dict[str, Where] = {}
        states_node = r.mapping(data.get("states"), "states", data.at("states"))
        self.collect(states_node, "call", (), self.default_speaker)
        start = r.ident(data, "start", "start")
        self.require_state(start, r.where_in(data, "start"), "start", leaf_only=False)

        states = {sid: self.read_state(sid, *spec) for sid, spec in self.state_nodes.items()}
        groups = {gid: self.read_group(gid, *spec) for gid, spec in self.group_nodes.items()}
        self.states, self.groups = states, groups
        anywhere = self.read_transitions(data, "anywhere", "anywhere") if "anywhere" in data else ()

        limits = r.mapping(data.get("limits"), "limits", data.at("limits"))
        expect_keys(limits, {"max_turns", "at_limit"}, set(), "limits")
        max_turns = int(r.number(limits, "max_turns", "limits.max_turns", 4, 60, integer=True))
        at_limit = r.ident(limits, "at_limit", "limits.at_limit")
        self.require_state(at_limit, r.where_in(limits, "at_limit"), "limits.at_limit")
        if not states[at_limit].terminal:
            raise ContentError(r.where_in(limits, "at_limit"),
                               f"limits.at_limit '{at_limit}' must be a state with an outcome")

        persona = Persona(
            id=pid, file=str(data.where.file), archetype=archetype, title=title, summary=summary,
            speakers=self.speakers, meters=self.meters, flags=tuple(self.flags), truth=truth,
            max_turns=max_turns, at_limit=at_limit, start=self.leaf_of(start),
            states=states, groups=groups, anywhere=anywhere, people=frozenset(self.people),
            by_path={state.path: state for state in states.values()},
        )
        self.check_reachable(persona)
        return persona

    def read_speakers(self, data: YDict) -> dict[str, Speaker]:
        if "speakers" not in data:
            names = {"zh": "{debtor}", "en": "{debtor}"}
            return {"debtor": Speaker("debtor", "debtor", names)}
        node = r.mapping(data["speakers"], "speakers", data.at("speakers"))
        out = {}
        for sid, spec in node.items():
            if not r.ID_RE.match(sid):
                raise ContentError(node.at(sid), f"speaker id '{sid}' must be lower-case letters, digits and _")
            spec = r.mapping(spec, f"speaker {sid}", node.at(sid))
            expect_keys(spec, {"role", "name"}, set(), f"speaker {sid}")
            role = r.choice(spec, "role", f"speaker {sid}.role", ROLES)
            out[sid] = Speaker(sid, str(role), self.lang_text(spec, "name", f"speaker {sid}.name"))
        if not out:
            raise ContentError(node.where, "speakers must list at least one speaker")
        return out

    def read_default_speaker(self, data: YDict) -> str:
        if "speaker" in data:
            sid = r.ident(data, "speaker", "speaker")
        else:
            sid = "debtor" if "debtor" in self.speakers else next(iter(self.speakers))
            return sid
        if sid not in self.speakers:
            raise ContentError(r.where_in(data, "speaker"),
                               f"unknown speaker '{sid}'; declared: {', '.join(self.speakers)}")
        return sid

    def read_meters(self, data: YDict) -> dict[str, Meter]:
        node = r.mapping(data.get("meters"), "meters", data.at("meters"))
        out = {}
        for mid, spec in node.items():
            if not r.ID_RE.match(mid) or mid in RESERVED:
                raise ContentError(node.at(mid), f"meter id '{mid}' must be lower-case letters, "
                                   f"digits and _, and not one of {', '.join(sorted(RESERVED))}")
            spec = r.mapping(spec, f"meter {mid}", node.at(mid))
            expect_keys(spec, {"start", "zh", "en"}, set(), f"meter {mid}")
            start = r.number(spec, "start", f"meter {mid}.start", 0, _METER_MAX, integer=True)
            names = {lang: str(r.text(spec, lang, f"meter {mid}.{lang}")) for lang in LANGUAGES}
            out[mid] = Meter(mid, int(start), names)
        if not out:
            raise ContentError(node.where, "meters must declare at least one meter")
        return out

    def read_flags(self, data: YDict) -> list[str]:
        flags = ["verified"]
        if "flags" not in data:
            return flags
        for item in r.sequence(data["flags"], "flags", data.at("flags")):
            if not isinstance(item, str) or not r.ID_RE.match(item):
                raise ContentError(getattr(item, "where", data.at("flags")),
                                   f"flag '{item}' must be lower-case letters, digits and _")
            if item in flags:
                raise ContentError(item.where, f"flag '{item}' is declared twice"
                                   + (" (verified is built in)" if item == "verified" else ""))
            flags.append(str(item))
        return flags

    def read_claims(self, truth: YDict) -> dict[str, Claim]:
        out: dict[str, Claim] = {}
        if "claims" not in truth:
            return out
        node = r.mapping(truth["claims"], "truth.claims", truth.at("claims"))
        for cid, spec in node.items():
            if not r.ID_RE.match(cid):
                raise ContentError(node.at(cid), f"claim id '{cid}' must be lower-case letters, digits and _")
            spec = r.mapping(spec, f"claim {cid}", node.at(cid))
            expect_keys(spec, {"real", "note"}, set(), f"claim {cid}")
            out[cid] = Claim(cid, r.boolean(spec, "real", f"claim {cid}.real"),
                             r.lang_text(spec, "note", f"claim {cid}.note"))
        return out

    def read_truth(self, node: YDict) -> Truth:
        expect_keys(node, {"can_pay", "pay_in_days", "channel"}, {"insolvent", "claims"}, "truth")
        can_pay = node["can_pay"]
        if isinstance(can_pay, bool):
            raise ContentError(node.at("can_pay"), "truth.can_pay must be a number or an expression")
        if isinstance(can_pay, int | float):
            if can_pay < 0:
                raise ContentError(node.at("can_pay"), "truth.can_pay cannot be negative")
            value = can_pay
            expr = Expr(str(can_pay), NUM, lambda c: value, frozenset())
        elif isinstance(can_pay, str):
            expr = self.expr(can_pay, case_names(), "truth.can_pay", want=(NUM,))
        else:
            raise ContentError(node.at("can_pay"), "truth.can_pay must be a number or an expression")
        return Truth(
            can_pay=expr,
            pay_in_days=int(r.number(node, "pay_in_days", "truth.pay_in_days", 0, 365, integer=True)),
            channel=str(r.choice(node, "channel", "truth.channel", CHANNELS)),
            insolvent=r.boolean(node, "insolvent", "truth.insolvent") if "insolvent" in node else False,
            claims=self.claims,
        )

    def expr(self, value: Any, names: dict, what: str, want: tuple[str, ...] | None = None) -> Expr:
        if not isinstance(value, str):
            raise ContentError(getattr(value, "where", self.path), f"{what} must be an expression in quotes")
        kwargs = {"want": want} if want else {}
        try:
            return compile_expr(value, names, value.where, what, **kwargs)
        except ContentError:
            # Re-run against where the characters really start (a quoted scalar's quote
            # mark is not part of the expression) so the column points at the token.
            return compile_expr(value, names, r.content_start(value), what, **kwargs)

    # -- the state tree
    def collect(self, node: YDict, parent_path: str, groups: tuple[str, ...], speaker: str) -> None:
        for sid, spec in node.items():
            where = node.at(sid)
            if not r.ID_RE.match(sid):
                raise ContentError(where, f"state id '{sid}' must be lower-case letters, digits and _")
            if sid in self.where_of_id:
                raise ContentError(where, f"state id '{sid}' is used twice (first at "
                                   f"{self.where_of_id[sid]}); ids must be unique in the persona")
            spec = r.mapping(spec, f"state {sid}", where)
            self.where_of_id[sid] = where
            path = f"{parent_path}/{sid}"
            own_speaker = speaker
            if "speaker" in spec:
                own_speaker = r.ident(spec, "speaker", f"state {sid}.speaker")
                if own_speaker not in self.speakers:
                    raise ContentError(r.where_in(spec, "speaker"), f"unknown speaker '{own_speaker}'; "
                                       f"declared: {', '.join(self.speakers)}")
            if "states" in spec:
                self.group_nodes[sid] = (spec, path, groups, own_speaker)
                children = r.mapping(spec["states"], f"group {sid}.states", spec.at("states"))
                if not children:
                    raise ContentError(children.where, f"group {sid} has no states")
                self.collect(children, path, (sid, *groups), own_speaker)
            else:
                self.state_nodes[sid] = (spec, path, groups, own_speaker)

    def require_state(self, sid: str, where: Where, what: str, leaf_only: bool = True) -> None:
        if sid in self.state_nodes or (not leaf_only and sid in self.group_nodes):
            return
        if sid in self.group_nodes:
            raise ContentError(where, f"{what} '{sid}' is a group; name one of its states")
        known = ", ".join(sorted(self.state_nodes) + sorted(self.group_nodes))
        raise ContentError(where, f"{what}: unknown state '{sid}'; states: {known}")

    def leaf_of(self, sid: str) -> str:
        while sid in self.group_nodes:
            sid = str(self.group_nodes[sid][0]["initial"])
        return sid

    def read_state(self, sid: str, spec: YDict, path: str, groups: tuple[str, ...], speaker: str) -> StateSpec:
        what = f"state {sid}"
        terminal = "outcome" in spec
        if terminal:
            expect_keys(spec, {"mood", "lines", "outcome"}, {"speaker"}, f"{what} (it has an outcome)")
            outcome = str(r.choice(spec, "outcome", f"{what}.outcome", OUTCOMES))
        else:
            expect_keys(spec, {"mood", "lines", "coach", "choices"}, {"speaker", "transitions"}, what)
            outcome = None
        mood = str(r.choice(spec, "mood", f"{what}.mood", MOODS))
        lines = self.variants(spec, "lines", f"{what}.lines", 1 if terminal else MIN_VARIANTS)
        coach = choices = None
        if not terminal:
            coach = self.read_coach(spec, what)
            choices = self.read_choices(spec, what)
        transitions = self.read_transitions(spec, "transitions", what) if "transitions" in spec else ()
        return StateSpec(sid, path, groups, speaker, mood, lines, outcome, coach, choices,
                         transitions, spec.where)

    def read_group(self, gid: str, spec: YDict, path: str, groups: tuple[str, ...], speaker: str) -> GroupSpec:
        what = f"group {gid}"
        expect_keys(spec, {"states", "initial"}, {"speaker", "transitions"}, what)
        initial = r.ident(spec, "initial", f"{what}.initial")
        children = spec["states"]
        if initial not in children:
            raise ContentError(r.where_in(spec, "initial"),
                               f"{what}.initial '{initial}' must be one of its own states: {', '.join(children)}")
        transitions = self.read_transitions(spec, "transitions", what) if "transitions" in spec else ()
        return GroupSpec(gid, path, speaker, initial, transitions, spec.where)

    def read_coach(self, spec: YDict, what: str) -> dict[str, Coach]:
        node = r.per_language(spec, "coach", f"{what}.coach")
        out = {}
        for lang in LANGUAGES:
            item = r.mapping(node[lang], f"{what}.coach.{lang}", node.at(lang))
            expect_keys(item, {"note", "model"}, set(), f"{what}.coach.{lang}")
            note = r.text(item, "note", f"{what}.coach.{lang}.note")
            model = r.text(item, "model", f"{what}.coach.{lang}.model")
            self.check_placeholders(note, f"{what}.coach.{lang}.note")
            self.check_placeholders(model, f"{what}.coach.{lang}.model")
            out[lang] = Coach(str(note), str(model))
        return out

    def read_choices(self, spec: YDict, what: str) -> dict[str, tuple[Choice, ...]]:
        node = r.per_language(spec, "choices", f"{what}.choices")
        out = {}
        for lang in LANGUAGES:
            where = f"{what}.choices.{lang}"
            items = r.sequence(node[lang], where, node.at(lang))
            if not 3 <= len(items) <= 4:
                raise ContentError(items.where, f"{where} needs 3 or 4 choices; it has {len(items)}")
            parsed = []
            for item in items:
                item = r.mapping(item, f"each of {where}", items.where)
                expect_keys(item, {"text", "kind", "why"}, set(), f"a choice in {where}")
                text = r.text(item, "text", f"{where}: text")
                why = r.text(item, "why", f"{where}: why")
                self.check_placeholders(text, f"{where}: text")
                self.check_placeholders(why, f"{where}: why")
                kind = str(r.choice(item, "kind", f"{where}: kind", CHOICE_KINDS))
                parsed.append(Choice(str(text), kind, str(why)))
            kinds = [c.kind for c in parsed]
            if kinds.count("good") != 1 or "weak" not in kinds or "breaks_rule" not in kinds:
                raise ContentError(items.where, f"{where} needs exactly one good choice, at least one "
                                   f"weak and at least one breaks_rule; it has {', '.join(kinds)}")
            out[lang] = tuple(parsed)
        return out

    def read_transitions(self, holder: YDict, key: str, owner: str) -> tuple[TransitionSpec, ...]:
        owner_id = owner.split(" ")[-1]  # "state greeting" -> greeting; "anywhere" stays
        items = r.sequence(holder[key], f"{owner}.{key}", holder.at(key))
        out = []
        for n, item in enumerate(items, 1):
            what = f"{owner}, transition {n}"
            item = r.mapping(item, what, items.where)
            expect_keys(item, set(), {"when", "if", "to", "effects", "say", "why"}, what)
            on = self.read_when(item, what) if "when" in item else None
            guard = self.expr(item["if"], self.names, f"{what}: if") if "if" in item else None
            to = None
            if "to" in item:
                to = r.ident(item, "to", f"{what}: to")
                self.require_state(to, r.where_in(item, "to"), f"{what}: to", leaf_only=False)
                to = self.leaf_of(to)
            effects = self.read_effects(item, what) if "effects" in item else Effects()
            say = self.variants(item, "say", f"{what}: say", 1) if "say" in item else None
            why = self.lang_text(item, "why", f"{what}: why") if "why" in item else None
            out.append(TransitionSpec(owner_id, on, guard, to, effects, say, why, item.where))
        return tuple(out)

    def read_when(self, item: YDict, what: str) -> frozenset[str]:
        raw = item["when"]
        values = [raw] if isinstance(raw, str) else raw
        if not isinstance(values, list) or not values:
            raise ContentError(r.where_in(item, "when"), f"{what}: when must be a label or a list of labels")
        out = set()
        for value in values:
            where = getattr(value, "where", item.at("when"))
            if not isinstance(value, str) or not (value in TRIGGER_LABELS or value in SPECIAL_TRIGGERS):
                raise ContentError(where, f"{what}: unknown label '{value}' in when; use a move or "
                                   "violation id from moves.md, a context rule id, or "
                                   f"{', '.join(SPECIAL_TRIGGERS)}")
            out.add(str(value))
        return frozenset(out)

    def read_effects(self, item: YDict, what: str) -> Effects:
        node = r.mapping(item["effects"], f"{what}: effects", item.at("effects"))
        meters, set_flags, clear_flags, promise = [], [], [], None
        for key in node:
            if key in self.meters:
                delta = r.number(node, key, f"{what}: effects.{key}", -_METER_MAX, _METER_MAX, integer=True)
                meters.append((key, int(delta)))
            elif key in ("set", "clear"):
                values = node[key]
                if isinstance(values, str):
                    values = [values]
                if not isinstance(values, list):
                    raise ContentError(node.at(key), f"{what}: effects.{key} must be a flag or a list of flags")
                for flag in values:
                    if flag not in self.flags:
                        raise ContentError(getattr(flag, "where", node.at(key)),
                                           f"{what}: unknown flag '{flag}'; declared: {', '.join(self.flags)}")
                    (set_flags if key == "set" else clear_flags).append(str(flag))
            elif key == "promise":
                promise = str(r.choice(node, "promise", f"{what}: effects.promise", PROMISE_EFFECTS))
            else:
                raise ContentError(node.at(key), f"{what}: unknown effect '{key}'; use a meter "
                                   f"({', '.join(self.meters)}), set, clear or promise")
        return Effects(tuple(meters), tuple(set_flags), tuple(clear_flags), promise)

    # -- whole-persona checks
    def check_reachable(self, persona: Persona) -> None:
        def targets(sid: str):
            state = persona.states[sid]
            specs = list(state.transitions)
            for gid in state.groups:
                specs.extend(persona.groups[gid].transitions)
            specs.extend(persona.anywhere)
            return [t.to for t in specs if t.to]

        seen, queue = {persona.start, persona.at_limit}, deque([persona.start])
        while queue:
            for nxt in targets(queue.popleft()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        for sid, state in persona.states.items():
            if sid not in seen:
                raise ContentError(state.where, f"state {sid} can never be reached from the start "
                                   f"state '{persona.start}'; add a transition to it or remove it")
        if not any(s.terminal for s in persona.states.values()):
            raise ContentError(f"{persona.file}:1:1", "the persona has no state with an outcome")


def load_persona(path: Path) -> Persona:
    """Read and validate one persona file (the machine is compiled separately)."""
    return _Loader(path).load()
