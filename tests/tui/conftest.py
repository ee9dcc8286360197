"""TUI tests play the app through Textual's Pilot, with a private home folder and fixed clock."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from simulator.tui.app import DojoApp
from simulator.tui.settings import Settings

SKILLED_ZH = [
    "您好，我是星河银行信用卡中心的小李，工号3021，请问是张伟先生本人吗？",
    "张先生，您尾号8812的信用卡本期账单已经逾期15天了，应还7100元，是最近遇到什么情况了吗？",
    "理解，出差忙起来确实容易忘。您看今天能先还最低还款额吗？",
    "好的，那您今天通过手机银行还7100元，可以吗？",
    "跟您确认一下，今天通过手机银行还7100元，对吗？",
]
SKILLED_EN = [
    "Hello, this is Lee from Star River Bank card services, employee number 3021. Am I speaking with Mr Zhang Wei?",
    "Mr Zhang, your card ending 8812 is 15 days past due, 7100 yuan. Is everything OK, what happened?",
    "I understand, that happens when you travel a lot. Could you pay it today?",
    "Great, can you pay 7100 through the app today?",
    "Just to confirm, 7100 through the app today, correct?",
]


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Settings and results go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def make_app(lang: str = "zh", home: Path | None = None, **kwargs) -> DojoApp:
    return DojoApp(settings=Settings(lang=lang, typing="off"), home=home, clock=lambda: 0.0,
                   rng=random.Random(7), steady=True, **kwargs)


def run(coro):
    return asyncio.run(coro)


async def say(pilot, text: str) -> None:
    """Type a reply into the reply box and press Enter, as a trainee does."""
    box = pilot.app.screen.query_one("#reply")
    box.focus()
    box.value = text
    await pilot.press("enter")
    await pilot.pause()
