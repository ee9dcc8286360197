"""Finds money amounts in a folded reply: digits, currency marks, 4.5k, and Chinese numerals."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CN = "零一二两三四五六七八九十百千万"
_AMOUNT = re.compile(
    rf"(?P<pre>¥|\$|rmb\s?|cny\s?|usd\s?|人民币)?\s*"
    rf"(?:(?P<num>{_DIGITS})|(?P<cn>[一二两三四五六七八九十][{_CN}]*(?:点[零一二三四五六七八九]+)?))"
    r"\s*(?P<mult>k\b|w\b|万|千|grand\b|thousand\b|hundred\b)?"
    r"(?:(?<=[万千])(?P<tail>\d)(?![\d.]))?"
    r"\s*(?P<unit>元|块钱?|圆|rmb\b|dollars?\b|bucks\b|usd\b|美元|美金|刀)?",
    re.ASCII,
)
# Numbers followed by these are counts, dates or times, never money.
_NOT_MONEY_AFTER = re.compile(
    r"\s*(?:天|号|日|月|年|期|个|点|分|次|岁|%|％|倍|周|星期|礼拜|小时|位|通|遍|笔|张|家|人|"
    r"[:/\-]\d|"
    r"(?:days?|th|st|nd|rd|am|pm|a\.m|p\.m|months?|years?|yrs?|weeks?|percent|times|calls?|"
    r"o'clock|installments?|instalments?|payments|hours?|hrs?|mins?|minutes?|digits?|people|"
    r"of\s+(?:the\s+)?month)\b)",
    re.ASCII,
)
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|year|of|back in|early|late|mid)\s*$|(?:在|从|自|于)\s*$", re.ASCII)
_MULT = {"k": 1000, "w": 10000, "万": 10000, "千": 1000, "grand": 1000, "thousand": 1000,
         "hundred": 100}


@dataclass(frozen=True)
class Amount:
    value: float
    start: int
    end: int
    #: written with a currency mark or unit (元, $, 块), so surely money
    marked: bool


def _cn_value(text: str) -> float | None:
    import cn2an  # imported on first Chinese numeral: it costs ~0.1 s at start-up

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def find_amounts(folded: str, not_before: re.Pattern[str], masked: list[tuple[int, int]]) -> list[Amount]:
    """Money amounts in reading order; `masked` spans (dates) are skipped."""
    found: list[Amount] = []
    for m in _AMOUNT.finditer(folded):
        start, end = m.start("num") if m.group("num") else m.start("cn"), m.end()
        if any(s < end and start < e for s, e in masked):
            continue
        marked = bool(m.group("pre") or m.group("unit"))
        mult = m.group("mult")
        if not marked and not mult and _NOT_MONEY_AFTER.match(folded, m.end()):
            continue
        if m.group("num"):
            raw = m.group("num").replace(",", "")
            # glued to letters or other digits (card tails like x8812, codes like A12)
            if start > 0 and (folded[start - 1].isalnum() and folded[start - 1].isascii()):
                continue
            # the minutes of a time (4:30) or the day of a date (11/26)
            if start > 1 and folded[start - 1] in ":/" and folded[start - 2].isdigit():
                continue
            if not marked and not mult and (len(raw.split(".")[0]) >= 8 or raw.startswith("0")):
                continue  # phone numbers, ids
            if not marked and not mult and _YEAR.fullmatch(raw) and _YEAR_BEFORE.search(folded, 0, start):
                continue  # "abolished in 2017", "since 2024"
            value = float(raw)
        else:
            cn = m.group("cn")
            if not marked and not mult and not re.search("[百千万]", cn):
                continue  # 三, 五十: counts far more often than money
            value = _cn_value(cn) if cn else None
            if value is None:
                continue
        if mult:
            value *= _MULT[mult.strip()] if mult.strip() in _MULT else 1
        if m.group("tail"):  # 3万2 = 32000, 7千1 = 7100: the tail fills the next digit place
            value += int(m.group("tail")) * _MULT[mult.strip()] // 10
        window = folded[max(0, start - 8):start]
        if not_before.search(window):
            continue
        if not marked and not mult and value < 10:
            continue
        found.append(Amount(round(value, 2), start, end, marked or bool(mult)))
    if not found:
        found = find_word_amounts(folded)
    return found


_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_WORD = "|".join([*_EN_TENS, *sorted(_EN_UNITS, key=len, reverse=True), "hundred", "thousand",
                     "grand"])
_EN_NUMBER = re.compile(
    rf"\b(?:{_EN_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_WORD}))*\b"
    r"(?P<unit>\s+(?:dollars?|bucks)(?:\s+and\s+(?P<cents>[a-z\s-]+?)\s+cents?)?)?",
    re.ASCII,
)


def _en_words_value(words: list[str]) -> int:
    total, current = 0, 0
    for word in words:
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:  # thousand, grand
            total += max(current, 1) * 1000
            current = 0
    return total + current


def find_word_amounts(folded: str) -> list[Amount]:
    """Amounts spelled in English words: 'two hundred', 'thirty-nine hundred dollars'."""
    found = []
    for m in _EN_NUMBER.finditer(folded):
        spoken = m.group(0)[: (m.start("unit") if m.group("unit") else m.end()) - m.start()]
        words = [w for w in re.split(r"[\s-]+", spoken) if w and w != "and"]
        words = [w for w in words if w not in ("dollars", "dollar", "bucks", "cents", "cent")]
        big = any(w in ("hundred", "thousand", "grand") for w in words)
        if not (big or m.group("unit")):
            continue
        number_words = []
        for w in words:
            if w in _EN_UNITS or w in _EN_TENS or w in ("hundred", "thousand", "grand"):
                number_words.append(w)
            else:
                break
        value = float(_en_words_value(number_words))
        if m.group("cents"):
            cents = [w for w in re.split(r"[\s-]+", m.group("cents")) if w]
            if all(w in _EN_UNITS or w in _EN_TENS for w in cents):
                value += _en_words_value(cents) / 100
        found.append(Amount(value, m.start(), m.end(), True))
    return found


def as_number(value: float) -> int | float:
    return int(value) if value == int(value) else value
