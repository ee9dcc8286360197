"""The headless core (engine, scoring, store) never imports Textual: checked in a fresh interpreter."""

import subprocess
import sys

import pytest

HEADLESS = ["simulator.engine", "simulator.engine.replay", "scoring", "scoring.report", "simulator.store",
            "simulator.understanding"]


@pytest.mark.parametrize("module", HEADLESS)
def test_no_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
