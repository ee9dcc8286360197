"""The game's speed: start-up to a usable home screen, and Enter-to-answer on the call screen.

Start-up is measured as a user meets it: a fresh interpreter that imports everything, loads
the content, draws the home screen (headless) and exits. The answer time is measured in
process: from pressing Enter on a reply until the debtor's line is on screen (typing delay off).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP = """
import os, sys, time
from simulator.tui.app import DojoApp
from simulator.tui.settings import Settings

async def ready(pilot):
    while type(pilot.app.screen).__name__ != "HomeScreen" or not pilot.app.screen.is_mounted:
        await pilot.pause()
    print(time.time() - float(os.environ["T0"]))
    pilot.app.exit()

DojoApp(settings=Settings(lang="zh")).run(headless=True, auto_pilot=ready)
"""

REPLIES = [
    "您好，我是星河银行信用卡中心的小李，工号3021，请问是张伟先生本人吗？",
    "张先生，您尾号8812的信用卡本期账单已经逾期15天了，应还7100元，是最近遇到什么情况了吗？",
    "理解，出差忙起来确实容易忘。您看今天能先还最低还款额吗？",
    "好的，那您今天通过手机银行还7100元，可以吗？",
    "跟您确认一下，今天通过手机银行还7100元，对吗？",
]


def startup() -> None:
    walls = []
    with tempfile.TemporaryDirectory() as home:
        env = {"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "PATH": "/usr/bin:/bin"}
        for _ in range(5):
            env["T0"] = repr(time.time())
            out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, env=env, check=True,
                                 capture_output=True, text=True)
            walls.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"start-up to a usable home screen: best {min(walls):.3f} s, "
          f"median {statistics.median(walls):.3f} s (target <= 1.0 s)")


async def answers() -> list[float]:
    from textual import events

    from simulator.tui.app import DojoApp
    from simulator.tui.settings import Settings
    from simulator.tui.widgets.transcript import Transcript

    times = []
    with tempfile.TemporaryDirectory() as home:
        for seed in range(6):
            app = DojoApp(settings=Settings(lang="zh", typing="off"), home=Path(home),
                          start_scenario="forgetful", start_mode="practice", seed=seed,
                          rng=random.Random(seed), steady=True)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                await app.workers.wait_for_complete()  # the warm-up started at mount
                for reply in REPLIES:
                    screen = app.screen
                    transcript = screen.query_one(Transcript)
                    box = screen.query_one("#reply")
                    box.value = reply
                    box.focus()
                    await pilot.pause()
                    before = len(transcript.children)
                    t0 = time.perf_counter()
                    app._driver.send_message(events.Key("enter", "\r"))
                    # on screen: the reply and the answer are mounted and laid out
                    while not (len(transcript.children) >= before + 2
                               and transcript.children[before + 1].region.height > 0):
                        await asyncio.sleep(0)
                    times.append(time.perf_counter() - t0)
                    await pilot.pause()
                    if screen.call.finished:
                        break
    return times


def main() -> None:
    startup()
    times = sorted(t * 1000 for t in asyncio.run(answers()))
    p95 = times[int(len(times) * 0.95)]
    print(f"Enter to the debtor's answer on screen: median {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms over {len(times)} replies (target <= 50 ms)")


if __name__ == "__main__":
    main()
