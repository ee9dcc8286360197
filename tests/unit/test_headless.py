"""The headless core never imports Textual: checked in a fresh interpreter per package."""

import subprocess
import sys

import pytest

HEADLESS = ["simulator.understanding", "simulator.yamlfile", "simulator.cli", "simulator.engine",
            "simulator.store", "scoring"]


@pytest.mark.parametrize("module", HEADLESS)
def test_no_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
