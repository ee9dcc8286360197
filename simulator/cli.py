"""The `ptpdojo` command: classify replies, replay calls, list scenarios, play the game."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from typing import IO, NoReturn

from simulator.understanding.labels import LANGUAGES
from simulator.yamlfile import ContentError


class UsageError(Exception):
    """Bad arguments: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _open_input(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- classify


def _classify_requests(stream: IO[bytes]) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(text, lang, error) for each input line: JSON objects or plain text."""
    for raw in stream:
        line = raw.rstrip(b"\r\n")
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            yield None, None, "the line is not UTF-8 text"
            continue
        if "\x00" in decoded:
            yield None, None, "the line holds binary data, not text"
            continue
        stripped = decoded.strip()
        if stripped.startswith("{"):
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as exc:
                yield None, None, f"malformed JSON: {exc.msg} at column {exc.colno}"
                continue
            text, lang = obj.get("text") if isinstance(obj, dict) else None, None
            if not isinstance(text, str):
                yield None, None, 'a JSON line needs a "text" field holding a string'
                continue
            lang = obj.get("lang")
            if lang is not None and lang not in (*LANGUAGES, "auto"):
                yield text, None, f"unknown lang {lang!r}; use zh, en or auto"
                continue
            yield text, lang, None
        else:
            yield decoded, None, None


def cmd_classify(args: argparse.Namespace) -> int:
    from simulator.understanding import classify

    stream = _open_input(args.file)
    try:
        for text, lang, error in _classify_requests(stream):
            if error is None and not (text or "").strip():
                error = "empty reply: nothing to classify"
            if error:
                out = {"error": error}
                if text is not None:
                    out = {"text": text, **out}
                _emit(out)
                continue
            labels = classify(text, lang or args.lang, args.today)
            _emit(labels.to_json())
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return 0


# ---------------------------------------------------------------- replay, scenarios


def _content(args: argparse.Namespace):
    from simulator.engine import load_content

    return load_content(args.content)


def cmd_replay(args: argparse.Namespace) -> int:
    from simulator.engine import UnknownScenario, UnsupportedLanguage
    from simulator.engine.replay import read_replies, replay

    content = _content(args)
    stream = _open_input(args.file)
    try:
        replies = read_replies(stream)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    try:
        result = replay(args.scenario, replies, lang=args.lang, seed=args.seed, today=args.today, content=content)
    except (UnknownScenario, UnsupportedLanguage) as exc:
        raise UsageError(str(exc)) from None
    _emit(result)
    return 0


def cmd_scenarios(args: argparse.Namespace) -> int:
    from simulator.engine.replay import scenario_rows, scenario_table

    rows = scenario_rows(_content(args))
    if args.json:
        _emit({"scenarios": rows})
    else:
        sys.stdout.write(scenario_table(rows, args.lang))
    return 0


def cmd_play(args: argparse.Namespace) -> int:
    from simulator.engine import UnknownScenario

    content = _content(args)
    if args.scenario:
        try:
            scenario = content.scenario(args.scenario)
        except UnknownScenario as exc:
            raise UsageError(str(exc)) from None
        if args.lang and args.lang not in scenario.languages:
            raise UsageError(f"scenario {scenario.id} is written for {', '.join(scenario.languages)}")
    elif args.mode:
        raise UsageError("--mode needs --scenario: which call should start?")
    from simulator.tui.app import DojoApp
    from simulator.tui.settings import Settings

    settings = Settings.load()
    if args.lang:
        settings.lang = args.lang
    DojoApp(settings=settings, content=content, start_scenario=args.scenario,
            start_mode=args.mode, call_lang=args.lang, seed=args.seed).run()
    return 0


# ---------------------------------------------------------------- entry point


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ptpdojo", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("classify", help="label trainee replies (JSON lines or plain text)")
    p.add_argument("--lang", choices=["zh", "en", "auto"], default="auto")
    p.add_argument("--today", type=_iso_day, default=date.today(),
                   help="reference date for relative dates (YYYY-MM-DD)")
    p.add_argument("file", nargs="?", default="-", help="input file, or - for standard input")
    p.set_defaults(run=cmd_classify)

    content_help = "folder holding personas/ and scenarios/ (default: the project's own)"
    p = sub.add_parser("replay", help="play a whole call from a file of replies, print one JSON object")
    p.add_argument("--scenario", required=True, help="scenario id (see `ptpdojo scenarios`)")
    p.add_argument("--lang", choices=list(LANGUAGES), default="zh")
    p.add_argument("--seed", type=int, default=0, help="chooses among the debtor's line variants")
    p.add_argument("--today", type=_iso_day, default=None,
                   help="the call's date (YYYY-MM-DD); default: the scenario's date")
    p.add_argument("--content", default=None, help=content_help)
    p.add_argument("file", nargs="?", default="-", help="replies, one per line, or - for standard input")
    p.set_defaults(run=cmd_replay)

    p = sub.add_parser("scenarios", help="list the scenarios with persona, languages and difficulty")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--lang", choices=list(LANGUAGES), default="zh", help="language of the titles")
    p.add_argument("--content", default=None, help=content_help)
    p.set_defaults(run=cmd_scenarios)

    p = sub.add_parser("play", help="play the game in the terminal")
    p.add_argument("--scenario", help="open this scenario's case file (see `ptpdojo scenarios`)")
    p.add_argument("--lang", choices=list(LANGUAGES), default=None,
                   help="interface and call language (default: the system's, then your setting)")
    p.add_argument("--mode", choices=["guided", "practice", "exam"], default=None,
                   help="start the call at once in this mode")
    p.add_argument("--seed", type=int, default=None, help="replay the same call (same debtor lines)")
    p.add_argument("--content", default=None, help=content_help)
    p.set_defaults(run=cmd_play)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Chinese must print on any terminal, whatever its locale says.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except (UsageError, ContentError) as exc:
        print(f"ptpdojo: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
