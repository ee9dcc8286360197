"""Loads, validates and compiles all content once: personas, scenarios, rule packs, rubric, text."""

from __future__ import annotations

import difflib
import gc
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from scoring.packs import RulePack, load_packs
from scoring.rubric import Rubric, load_rubric
from scoring.text import Catalog, load_catalogs
from simulator import PROJECT_ROOT
from simulator.engine.machine import compile_machine
from simulator.engine.persona import Persona, load_persona
from simulator.engine.scenario import Scenario, load_scenario
from simulator.yamlfile import ContentError


@dataclass(frozen=True)
class Content:
    """Everything a call reads; immutable once loaded, shared by every call."""

    root: Path
    personas: dict[str, Persona]
    scenarios: dict[str, Scenario]
    packs: dict[str, RulePack]
    rubric: Rubric
    catalogs: dict[str, Catalog]

    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            raise UnknownScenario(scenario_id, tuple(self.scenarios)) from None


class UnknownScenario(LookupError):
    """A scenario id that is not in scenarios/; carries the valid ids for the message."""

    def __init__(self, scenario_id: str, valid: tuple[str, ...]):
        self.scenario_id = scenario_id
        self.valid = valid
        close = difflib.get_close_matches(scenario_id, valid, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        super().__init__(f"unknown scenario '{scenario_id}'{hint}; valid ids: {', '.join(valid)}")


def _check_scenario(scenario: Scenario, personas: dict[str, Persona], packs: dict[str, RulePack]) -> None:
    where = f"{scenario.file}:1:1"
    if scenario.persona not in personas:
        raise ContentError(where, f"scenario {scenario.id}: unknown persona '{scenario.persona}'; "
                           f"personas: {', '.join(personas) or 'none'}")
    if scenario.rules not in packs:
        raise ContentError(where, f"scenario {scenario.id}: unknown rule pack '{scenario.rules}'; "
                           f"packs: {', '.join(packs)}")
    missing = personas[scenario.persona].people - set(scenario.case.people)
    if missing:
        raise ContentError(where, f"scenario {scenario.id}: persona {scenario.persona} names "
                           f"{', '.join('{people.' + p + '}' for p in sorted(missing))}; add them under case.people")


def load_content_from(root: Path) -> Content:
    """Load everything under `root` (a folder holding personas/ and scenarios/), uncached."""
    # Loading builds tens of thousands of small, long-lived objects; the cyclic garbage
    # collector would walk them again and again for nothing (a third of the load time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(root)
    finally:
        if collecting:
            gc.enable()


def _load(root: Path) -> Content:
    packs = load_packs()
    rubric = load_rubric()
    catalogs = load_catalogs()
    personas: dict[str, Persona] = {}
    for path in sorted((root / "personas").glob("*.yaml")):
        persona = load_persona(path)
        personas[persona.id] = replace(persona, machine=compile_machine(persona))
    scenarios: dict[str, Scenario] = {}
    for path in sorted((root / "scenarios").glob("*.yaml")):
        scenario = load_scenario(path)
        _check_scenario(scenario, personas, packs)
        scenarios[scenario.id] = scenario
    return Content(root, personas, scenarios, packs, rubric, catalogs)


@lru_cache(maxsize=4)
def _cached(root: str) -> Content:
    return load_content_from(Path(root))


def load_content(root: Path | str | None = None) -> Content:
    """All content, loaded and compiled on first use, then shared (call `reload_content` to re-read)."""
    return _cached(str(Path(root or PROJECT_ROOT).resolve()))


def reload_content() -> None:
    """Forget the loaded content; the next `load_content` reads the files again."""
    _cached.cache_clear()
