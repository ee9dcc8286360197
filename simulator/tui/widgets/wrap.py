"""Wrapping for Chinese and mixed text: break between Chinese characters, never inside a
number or an English word, and never start a line with closing punctuation.

Rich breaks lines only at spaces, so a Chinese sentence is one long "word" that it folds at
the edge wherever it falls, splitting "7100" into "710 / 0".
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

_TOKEN = re.compile(r"[A-Za-z0-9$¥￥.,:%'/@#&+\-_]+|\s+|.", re.DOTALL)
_CLOSING = set("，。！？；：、）》」』”’…,.!?;:)")


class Wrapped:
    """A Text that wraps the Chinese way at render time (styles are kept)."""

    def __init__(self, text: Text | str):
        self.text = text if isinstance(text, Text) else Text(text)

    def lines(self, width: int) -> list[Text]:
        plain = self.text.plain
        out: list[Text] = []
        for para_start, para in _paragraphs(plain):
            tokens = [(m.start() + para_start, m.end() + para_start) for m in _TOKEN.finditer(para)]
            line_start, col, prev = para_start, 0, None
            for start, end in tokens:
                piece = plain[start:end]
                w = cell_len(piece)
                if col and col + w > width:
                    cut = start
                    # closing punctuation pulls the character before it onto the next line
                    if piece in _CLOSING and prev is not None and prev[0] > line_start:
                        cut = prev[0]
                    line = self.text[line_start:cut]
                    line.rstrip()
                    out.append(line)
                    line_start = end if piece.isspace() else cut
                    col = cell_len(plain[line_start:end]) if not piece.isspace() else 0
                    prev = (start, end)
                    continue
                while w > width:  # a word longer than the line: fold it
                    out.append(self.text[line_start:start + width])
                    line_start = start = start + width
                    piece = plain[start:end]
                    w = cell_len(piece)
                col += w
                prev = (start, end)
            out.append(self.text[line_start:para_start + len(para)])
        return out or [Text("")]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.lines(max(1, options.max_width))
        joined = Text("\n").join(lines)
        joined.no_wrap = True
        joined.overflow = "crop"
        yield joined

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        longest = max((cell_len(m.group()) for m in _TOKEN.finditer(plain)), default=1)
        widest = max((cell_len(line) for line in plain.split("\n")), default=1)
        return Measurement(min(longest, widest), widest)


def _paragraphs(plain: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in plain.split("\n"):
        out.append((pos, part))
        pos += len(part) + 1
    return out
