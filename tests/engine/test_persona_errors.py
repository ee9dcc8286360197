"""A mistake in a persona or scenario file is a load error naming file:line:column and the fix.

Each case breaks a copy of the shipped forgetful persona (or its scenario) in one place;
the error must point at that place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.engine.content import load_content_from
from simulator.yamlfile import ContentError

ROOT = Path(__file__).resolve().parents[2]


def _broken(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """Copy the content into tmp_path and replace `old` by `new` in `file`."""
    for folder in ("personas", "scenarios"):
        (tmp_path / folder).mkdir()
    shutil.copy(ROOT / "personas" / "forgetful.yaml", tmp_path / "personas")
    shutil.copy(ROOT / "scenarios" / "forgetful.yaml", tmp_path / "scenarios")
    path = tmp_path / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


CASES = [
    # (file, old, new, message, marker): the error must point at the line where `marker`
    # first appears in the broken file, and at its column when marker is the bad token.
    ("personas/forgetful.yaml", 'if: "ever.violation >= 2 or trust < 25"',
     'if: "ever.violation >= 2 or trsut < 25"', "unknown name 'trsut'", "trsut"),
    ("personas/forgetful.yaml", 'if: "ever.violation >= 2 or trust < 25"',
     'if: "ever.violation >= 2 or trust <"', "ends too early", "ever.violation >= 2 or trust <"),
    ("personas/forgetful.yaml", "    to: offended", "    to: ofended", "unknown state 'ofended'", "ofended"),
    ("personas/forgetful.yaml", "  - when: close_call", "  - when: close_cal", "unknown label 'close_cal'",
     "close_cal"),
    ("personas/forgetful.yaml", "  - when: close_call", "  - on: close_call", "trigger key is `when:`",
     "on: close_call"),
    ("personas/forgetful.yaml", "    mood: suspicious", "    mood: sleepy", "mood must be one of", "sleepy"),
    ("personas/forgetful.yaml", "    mood: suspicious", "    mood: suspicious\n    colour: red",
     "unknown key 'colour'", "colour"),
    ("personas/forgetful.yaml", "        - 喂？你好。\n", "", "at least 3 variants", "- 喂，你好，哪位？"),
    ("personas/forgetful.yaml", "          kind: breaks_rule", "          kind: weak", "exactly one good",
     "- text: 您好，我是{creditor}"),
    ("personas/forgetful.yaml", "{creditor}的客服专员小王，工号1024。请问",
     "{creditr}的客服专员小王，工号1024。请问", "unknown placeholder {creditr}", "{creditr}"),
    ("personas/forgetful.yaml", "trust: {start: 45,", "trust: {start: 145,", "between 0 and 100", "start: 145"),
    ("personas/forgetful.yaml", "effects: {trust: 5, set: verified}", "effects: {trust: 5, set: verfied}",
     "unknown flag 'verfied'", "verfied"),
    ("personas/forgetful.yaml", "effects: {trust: 5, set: verified}", "effects: {trust: 5, charm: 3}",
     "unknown effect 'charm'", "charm"),
    ("personas/forgetful.yaml", "persona: forgetful", "persona: forgetfull", "must match the file name",
     "forgetfull"),
    ("personas/forgetful.yaml", "states:\n  answer:", "states:\n  lonely:\n    mood: calm\n    outcome: ptp\n"
     "    lines: {zh: [好], en: [ok]}\n  answer:", "can never be reached", "mood: calm\n    outcome: ptp"),
    ("personas/forgetful.yaml", "  at_limit: ran_out", "  at_limit: answer", "must be a state with an outcome",
     "answer"),
    ("personas/forgetful.yaml", "        - Hello, who's calling?", "        - Hi: who's calling?",
     "put the whole line in quotes", "Hi: who's calling?"),
    ("scenarios/forgetful.yaml", 'time: "10:30"', "time: 10:30", "must be in quotes", "time: 10:30"),
    ("scenarios/forgetful.yaml", "  stage: M1", "  stage: late", "must look like M1", "late"),
    # cross-file checks name the scenario file
    ("scenarios/forgetful.yaml", "persona: forgetful", "persona: nobody", "unknown persona 'nobody'", None),
    ("scenarios/forgetful.yaml", "rules: cn", "rules: eu", "unknown rule pack 'eu'", None),
]


@pytest.mark.parametrize(("file", "old", "new", "message", "marker"), CASES,
                         ids=[c[3].split(";")[0][:40] for c in CASES])
def test_error_names_file_line_column(tmp_path, file, old, new, message, marker):
    root = _broken(tmp_path, file, old, new)
    with pytest.raises(ContentError) as info:
        load_content_from(root)
    error = info.value
    assert message in error.message
    assert str(error).startswith(f"{tmp_path / file}:")
    if marker is None:
        return
    text = (root / file).read_text(encoding="utf-8")
    at = text.index(marker)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    assert error.where.line == line, str(error)
    if "\n" not in marker and " " not in marker.strip("- "):
        assert error.where.column == column, str(error)


def test_yaml_syntax_errors_have_a_position(tmp_path):
    root = _broken(tmp_path, "personas/forgetful.yaml", "    lines:\n      zh:\n        - 喂，你好，哪位？",
                   "    lines:\n      zh:\n      - 喂，你好，哪位？\n     bad")
    with pytest.raises(ContentError) as info:
        load_content_from(root)
    assert "YAML syntax" in info.value.message and info.value.where.line > 1


def test_a_valid_copy_loads(tmp_path):
    root = _broken(tmp_path, "personas/forgetful.yaml", "persona: forgetful", "persona: forgetful")
    content = load_content_from(root)
    assert list(content.personas) == ["forgetful"]
