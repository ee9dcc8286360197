"""Folds a reply into the form the lexicon matches: half-width, simplified Chinese, lower case.

Every step maps one character to one character, so a span found in the folded text is the
same span in the reply the trainee typed (evidence quotes the trainee's own characters).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_EXTRA = {
    0x3000: " ",  # ideographic space
    ord("帐"): "账",  # OpenCC keeps the variant 帐 for 帳; the lexicon spells 账
    ord("〇"): "零",
    ord("·"): ".",
    ord("＄"): "$",
    ord("￥"): "¥",
    ord("“"): '"',
    ord("”"): '"',
    ord("‘"): "'",
    ord("’"): "'",
}
_TABLE = {**_FULL_WIDTH, **_EXTRA}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\ufeff]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The matching form of `text`, the same length as `text`."""
    text = _CONTROL.sub(" ", text).translate(_TABLE)
    if _CJK.search(text):
        simplified = _t2s().convert(text)
        if len(simplified) == len(text):
            text = simplified
        else:  # a phrase conversion changed the length: fall back to character by character
            text = "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in text)
        text = text.translate(_TABLE)  # OpenCC may bring back variants such as 帐
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def clean(text: str) -> str:
    """The reply as stored and shown: control characters removed, NFC, trimmed."""
    return unicodedata.normalize("NFC", _CONTROL.sub(" ", text)).strip()


def detect_language(text: str) -> str:
    """'zh' when Chinese characters carry the reply, otherwise 'en'."""
    cjk = len(_CJK.findall(text))
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    if cjk == 0:
        return "en"
    # One Chinese character carries about as much as a three-letter English word.
    return "zh" if cjk * 3 >= latin else "en"


def has_other_script(text: str, lang: str) -> bool:
    """True when a reply in `lang` also carries words in the other language (mixed replies)."""
    if lang == "zh":
        return len(_LATIN_WORD.findall(text)) >= 1
    return len(_CJK.findall(text)) >= 2
