"""Regenerates the README's screenshots: a call and its debrief, in Chinese and English.

Run from the repo root: .venv/bin/python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from simulator.tui.app import DojoApp  # noqa: E402
from simulator.tui.settings import Settings  # noqa: E402

REPLIES = {
    "zh": [
        "您好，我是星河银行信用卡中心的小李，工号3021，请问是张伟先生本人吗？",
        "张先生，您尾号8812的信用卡本期账单已经逾期15天了，应还7100元，是最近遇到什么情况了吗？",
        "理解，出差忙起来确实容易忘。您看今天能先还最低还款额吗？",
        "好的，那您今天通过手机银行还7100元，可以吗？",
        "跟您确认一下，今天通过手机银行还7100元，对吗？",
    ],
    "en": [
        "Hello, this is Lee from Star River Bank card services, employee number 3021. "
        "Am I speaking with Mr Zhang Wei?",
        "Mr Zhang, your card ending 8812 is 15 days past due, 7100 yuan. Is everything OK, what happened?",
        "I understand, that happens when you travel a lot. Could you pay it today?",
        "Great, can you pay 7100 through the app today?",
        "Just to confirm, 7100 through the app today, correct?",
    ],
}


async def shoot(lang: str) -> None:
    out = Path(__file__).parent
    ticks = iter([0.0] + [95.0] * 100_000)  # the call has been going for 1:35
    with tempfile.TemporaryDirectory() as home:
        app = DojoApp(settings=Settings(lang=lang, typing="off"), home=Path(home),
                      start_scenario="forgetful", start_mode="practice", seed=3,
                      clock=lambda: next(ticks), rng=random.Random(3), steady=True)
        async with app.run_test(size=(110, 34)) as pilot:
            await pilot.pause()
            for i, reply in enumerate(REPLIES[lang]):
                box = app.screen.query_one("#reply")
                box.focus()
                box.value = reply
                await pilot.press("enter")
                await pilot.pause()
                if i == 2:
                    await pilot.press("f2")
                    await pilot.pause()
                    app.save_screenshot(str(out / f"call-{lang}.svg"))
            await pilot.press("enter")
            await pilot.pause()
            app.save_screenshot(str(out / f"debrief-{lang}.svg"))


if __name__ == "__main__":
    for language in ("zh", "en"):
        asyncio.run(shoot(language))
