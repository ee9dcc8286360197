"""Unit tests drive the headless packages directly."""

from datetime import date

import pytest

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def today() -> date:
    return TODAY
