"""The shipped model matches its training data and lexicon, and stays behind the lexicon."""

import json

import pytest

from simulator.understanding.model import predict
from simulator.understanding.model.train import HERE, data_digest
from simulator.yamlfile import ContentError


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_weights_are_current(lang):
    """Editing train_*.jsonl or a lexicon without retraining leaves the model stale."""
    model = json.loads((HERE / f"weights_{lang}.json").read_text(encoding="utf-8"))
    assert model["data"] == data_digest(lang), (
        "retrain: .venv/bin/python -m simulator.understanding.model.train"
    )
    assert predict.available(lang)


@pytest.mark.parametrize(("text", "where", "message"), [
    ("default: {add: 0.4, veto: 0.1}\nzh:\n  identify_self: {add: 1.5}\n", ":3:", "between 0 and 1"),
    ("default: {add: 0.4, veto: 0.1}\nzh:\n  greet: {add: 0.5}\n", ":3:", "unknown label 'greet'"),
    ("default: {add: 0.4}\n", ":1:", "veto"),
    ("default: {add: 0.4, veto: 0.1\n", ":", "YAML syntax"),
])
def test_a_broken_thresholds_file_names_the_place(tmp_path, monkeypatch, text, where, message):
    path = tmp_path / "thresholds.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(predict, "THRESHOLDS", path)
    predict.thresholds.cache_clear()
    try:
        with pytest.raises(ContentError) as info:
            predict.thresholds("zh")
    finally:
        predict.thresholds.cache_clear()
    assert where in str(info.value) and message in str(info.value)
