"""`ptpdojo replay` and `ptpdojo scenarios` run as a user would: a subprocess, files and stdin."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import run

ROOT = Path(__file__).resolve().parents[2]
CALLS = ROOT / "tests" / "data" / "calls"
KEYS = {"scenario", "persona", "lang", "seed", "outcome", "ptp", "scores", "passed", "violations", "turns", "unused"}


def script(name: str, tmp_path: Path) -> Path:
    """A transcript from tests/data/calls without its '#' comment lines, as a plain file."""
    lines = [line for line in (CALLS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def replay(args: list[str], stdin: bytes | str = b""):
    proc = run(["replay", *args], stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc, json.loads(proc.stdout)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_replay_prints_one_json_object(lang, tmp_path):
    path = script(f"forgetful.skilled.{lang}", tmp_path)
    proc, out = replay(["--scenario", "forgetful", "--lang", lang, "--seed", "3", str(path)])
    assert len(proc.stdout.decode().strip().splitlines()) == 1
    assert KEYS <= set(out)
    assert (out["scenario"], out["persona"], out["lang"], out["seed"]) == ("forgetful", "forgetful", lang, 3)
    assert out["outcome"] == "ptp" and out["passed"] is True
    assert out["ptp"] == {"amount": 7100, "date": "2026-11-24", "channel": "app", "confirmed": True}
    assert set(out["scores"]) == {"empathy", "compliance", "ptp", "overall"}
    assert out["violations"] == []
    assert out["unused"] == [path.read_text(encoding="utf-8").splitlines()[-1]]
    turn = out["turns"][0]
    assert {"reply", "debtor", "labels", "meters", "feedback"} <= set(turn)
    assert turn["labels"]["evidence"] and turn["debtor"]["speaker"] == "debtor"


def test_replay_reads_stdin_and_is_byte_for_byte_reproducible(tmp_path):
    replies = script("aggressive.skilled.zh", tmp_path).read_bytes()
    first = run(["replay", "--scenario", "aggressive", "--seed", "9", "-"], replies)
    second = run(["replay", "--scenario", "aggressive", "--seed", "9"], replies)
    assert first.returncode == 0 and first.stdout == second.stdout


def test_violations_name_turn_id_and_rule(tmp_path):
    _, out = replay(["--scenario", "forgetful", "--lang", "zh", str(script("forgetful.abusive.zh", tmp_path))])
    assert out["passed"] is False
    assert [v["id"] for v in out["violations"]] == ["insult", "threaten"]
    assert [v["turn"] for v in out["violations"]] == [1, 2]
    assert all(v["rule"] for v in out["violations"])


def test_replay_tolerates_unseen_transcripts():
    messy = ("\ufeff喂？\r\n\n" + json.dumps({"text": "您好，请问是张伟先生吗？"}) + "\n" + "啊" * 5000 + "\n").encode()
    _, out = replay(["--scenario", "forgetful"], messy + b"\xff\xfe not utf-8\n\x00\x01\n")
    assert [t["reply"] for t in out["turns"]][:2] == ["喂？", "您好，请问是张伟先生吗？"]
    assert out["outcome"] == "no_outcome" and len(out["turns"]) == 5


def test_an_empty_transcript_and_another_date():
    _, out = replay(["--scenario", "evasive", "--lang", "en", "--today", "2027-02-01"], b"")
    assert out["turns"] == [] and out["outcome"] == "no_outcome" and out["passed"] is False
    assert out["today"] == "2027-02-01"


def test_unknown_scenario_exits_2_and_lists_the_valid_ids():
    proc = run(["replay", "--scenario", "nobody"], "hello\n")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "nobody" in err and "forgetful" in err and "evasive" in err and "Traceback" not in err


def test_a_misspelt_scenario_gets_the_closest_id():
    proc = run(["replay", "--scenario", "forgetfull"], "hello\n")
    assert proc.returncode == 2
    assert "did you mean forgetful?" in proc.stderr.decode()


def test_unsupported_language_exits_2():
    proc = run(["replay", "--scenario", "forgetful", "--lang", "fr"], "hi\n")
    assert proc.returncode == 2


def test_a_broken_persona_exits_2_with_file_line_column(tmp_path):
    shutil.copytree(ROOT / "personas", tmp_path / "personas")
    shutil.copytree(ROOT / "scenarios", tmp_path / "scenarios")
    path = tmp_path / "personas" / "forgetful.yaml"
    text = path.read_text(encoding="utf-8")
    old = 'if: "ever.violation >= 2 or trust < 25"'
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, 'if: "ever.violation >= 2 or trust <> 25"'), encoding="utf-8")
    proc = run(["replay", "--scenario", "forgetful", "--content", str(tmp_path)], "hi\n")
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert f"forgetful.yaml:{line}:" in err and "Traceback" not in err
    assert len(err.splitlines()) == 1


def test_a_broken_persona_from_test_data(tmp_path):
    shutil.copytree(ROOT / "tests" / "data" / "content", tmp_path / "content")
    broken = ROOT / "tests" / "data" / "personas_broken" / "desk.yaml"
    shutil.copy(broken, tmp_path / "content" / "personas" / "desk.yaml")
    proc = run(["scenarios", "--content", str(tmp_path / "content")])
    assert proc.returncode == 2
    assert "desk.yaml:" in proc.stderr.decode() and "unknown name" in proc.stderr.decode()


def test_scenarios_lists_persona_languages_and_difficulty():
    proc = run(["scenarios"])
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert text.splitlines()[0].split()[:5] == ["id", "difficulty", "languages", "rules", "persona"]
    assert "forgetful" in text and "zh,en" in text

    data = json.loads(run(["scenarios", "--json"]).stdout)
    rows = {row["id"]: row for row in data["scenarios"]}
    assert {"forgetful", "evasive", "aggressive"} <= set(rows)
    assert rows["forgetful"]["persona"] == "forgetful" and rows["forgetful"]["difficulty"] == 1
    assert rows["evasive"]["languages"] == ["zh", "en"]
