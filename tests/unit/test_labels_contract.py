"""The label ids are exactly those of the shared moves list (when it sits beside the repo)."""

import re
from pathlib import Path

import pytest

from simulator import PROJECT_ROOT
from simulator.understanding import MOVES, VIOLATIONS

MOVES_MD = PROJECT_ROOT.parent / "shared" / "moves.md"


@pytest.mark.skipif(not MOVES_MD.exists(), reason="shared/moves.md is not beside this clone")
def test_ids_match_moves_md():
    text = MOVES_MD.read_text(encoding="utf-8")
    moves_part, violations_part = text.split("## Violations")[0], text.split("## Violations")[1]
    violations_part = violations_part.split("## Slots")[0]
    ids = lambda part: [i for i in re.findall(r"^\| ([a-z_]+) \|", part, re.M) if i != "id"]  # noqa: E731,E501
    assert tuple(ids(moves_part)) == MOVES
    assert tuple(ids(violations_part)) == VIOLATIONS


def test_every_label_has_lexicon_entries():
    for lang in ("zh", "en"):
        text = (Path(PROJECT_ROOT) / "simulator/understanding/lexicon" / f"{lang}.yaml").read_text()
        for label in MOVES + VIOLATIONS:
            assert f"\n  {label}:\n" in text
