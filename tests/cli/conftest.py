"""CLI tests run `ptpdojo` as a user would: a subprocess, real stdin and stdout."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXE = Path(sys.executable).parent / "ptpdojo"


def run(args: list[str], stdin: bytes | str = b"") -> subprocess.CompletedProcess:
    if isinstance(stdin, str):
        stdin = stdin.encode("utf-8")
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "simulator.cli"]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, timeout=60)


@pytest.fixture
def ptpdojo():
    return run


def lines(proc: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
