"""A broken lexicon file is reported with file:line:column and what to fix."""

from pathlib import Path

import pytest

from simulator.understanding.lexicon import LEXICON_DIR, compile_lexicon
from simulator.yamlfile import ContentError


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = (LEXICON_DIR / "en.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "en.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_shipped_lexicons_compile():
    for lang in ("zh", "en"):
        assert compile_lexicon(LEXICON_DIR / f"{lang}.yaml").lang == lang


def test_bad_regex_names_line_and_column(tmp_path):
    path = broken_copy(tmp_path, r"'\bon behalf of\b'", r"'\bon behalf (of\b'")
    with pytest.raises(ContentError) as err:
        compile_lexicon(path)
    message = str(err.value)
    line = next(i for i, row in enumerate(path.read_text().splitlines(), 1) if "behalf (of" in row)
    assert f"en.yaml:{line}:" in message
    assert "bad pattern" in message


def test_unknown_label_is_named(tmp_path):
    path = broken_copy(tmp_path, "  close_call:\n", "  close_cal:\n")
    with pytest.raises(ContentError, match="unknown label 'close_cal'"):
        compile_lexicon(path)


def test_yaml_syntax_error_has_position(tmp_path):
    path = broken_copy(tmp_path, "language: en", "language: [en")
    with pytest.raises(ContentError, match=r"en\.yaml:\d+:\d+: YAML syntax"):
        compile_lexicon(path)
