"""The shipped model matches its training data and lexicon, and stays behind the lexicon."""

import json

import pytest

from simulator.understanding.model import predict
from simulator.understanding.model.train import HERE, data_digest


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_weights_are_current(lang):
    """Editing train_*.jsonl or a lexicon without retraining leaves the model stale."""
    model = json.loads((HERE / f"weights_{lang}.json").read_text(encoding="utf-8"))
    assert model["data"] == data_digest(lang), (
        "retrain: .venv/bin/python -m simulator.understanding.model.train"
    )
    assert predict.available(lang)
