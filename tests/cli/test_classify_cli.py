"""`ptpdojo classify` as the contract in moves.md describes it, including bad input."""

import json

from tests.cli.conftest import lines


def test_plain_and_json_lines_in_order(ptpdojo):
    stdin = "\n".join([
        "我理解您的难处，您看今天能先还4500吗？",
        json.dumps({"text": "So that's $450 through the app by the 26th, correct?", "lang": "en"}),
        "再不还我们就去你单位找你领导",
    ])
    proc = ptpdojo(["classify", "--today", "2026-11-24"], stdin)
    assert proc.returncode == 0, proc.stderr
    out = lines(proc)
    assert len(out) == 3
    assert out[0]["lang"] == "zh" and "empathize" in out[0]["moves"]
    assert out[0]["slots"] == {"amount": 4500, "date": "2026-11-24"}
    assert out[0]["evidence"]["empathize"]
    assert out[1]["slots"] == {"amount": 450, "date": "2026-11-26", "channel": "app"}
    assert "confirm_ptp" in out[1]["moves"]
    assert out[2]["violations"] == ["threaten"]
    assert set(out[0]) == {"text", "lang", "moves", "violations", "slots", "evidence"}


def test_bad_lines_get_an_error_and_the_rest_go_on(ptpdojo):
    stdin = b'{"text": "hi"\n\n\xff\xfe junk\n{"lang": "zh"}\nthanks for your time, bye\n'
    proc = ptpdojo(["classify"], stdin)
    assert proc.returncode == 0
    out = lines(proc)
    assert len(out) == 5
    assert "malformed JSON" in out[0]["error"]
    assert "empty reply" in out[1]["error"]
    assert "not UTF-8" in out[2]["error"]
    assert '"text"' in out[3]["error"]
    assert "close_call" in out[4]["moves"]
    assert b"Traceback" not in proc.stderr


def test_binary_junk_and_huge_reply(ptpdojo):
    huge = "我理解您" * 2500
    proc = ptpdojo(["classify"], b"\x00\x01\x02binary\n" + huge.encode() + b"\n")
    out = lines(proc)
    assert proc.returncode == 0
    assert "binary" in out[0]["error"]
    assert out[1]["truncated"] is True and "empathize" in out[1]["moves"]


def test_reads_a_file_and_forces_language(ptpdojo, tmp_path):
    path = tmp_path / "replies.txt"
    path.write_text("tomorrow I can pay\n", encoding="utf-8")
    out = lines(ptpdojo(["classify", "--lang", "en", "--today", "2026-11-24", str(path)]))
    assert out[0]["lang"] == "en" and out[0]["slots"]["date"] == "2026-11-25"


def test_bad_arguments_exit_2_with_one_line(ptpdojo):
    for args in (["classify", "--today", "tomorrow"], ["classify", "--lang", "fr"],
                 ["classify", "/no/such/file.txt"], ["nonsense"]):
        proc = ptpdojo(args)
        assert proc.returncode == 2, args
        err = proc.stderr.decode().strip()
        assert err.startswith("ptpdojo:") and len(err.splitlines()) == 1, err
