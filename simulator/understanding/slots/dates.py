"""Resolves date expressions in a folded reply (Chinese and English) against a reference day."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}
_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
               "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_EN_WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_MONTH = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
             "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_ZH_OFFSET = {"大后天": 3, "后天": 2, "明": 1, "今": 0, "当天": 0}
_EN_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2}

_CN_NUM = "[一二两三四五六七八九十]{1,3}"
_ZH = re.compile(
    r"(?P<rel>大后天|后天|当天|(?:今|明)(?:天|日|儿|早|晚|上午|下午|中午))"
    r"|(?P<wprefix>下下|下个?|这个?|本)?(?:周|星期|礼拜)(?P<wday>[一二三四五六日天1-7末])"
    r"|(?P<ym>\d{4})[-/年.](?P<ymm>\d{1,2})[-/月.](?P<ymd>\d{1,2})"
    rf"|(?P<month>\d{{1,2}}|{_CN_NUM})月(?:份)?(?P<mday>\d{{1,2}}|{_CN_NUM})(?:号|日)?"
    rf"|(?P<mprefix>下个?月|本月|这个?月)?(?P<day>\d{{1,2}}|{_CN_NUM})(?:号|日)(?!元|块)"
    r"|(?P<eprefix>下个?月|本月|这个?月)?(?:月底|月末)",
    re.ASCII,
)
_WD = r"(?P<wd>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_EN = re.compile(
    r"\b(?:(?P<erel>day after tomorrow|today|tonight|tomorrow)"
    r"|(?P<tmr>tmrw?|tomm?orr?ow|tomorow|2morrow)"
    rf"|(?P<wp>next|this|coming|this coming)?\s*{_WD}\b"
    rf"|{_MON}\s+(?P<mond>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<dmon>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON.replace('mon>', 'mon2>')}\b"
    r"|(?P<iso>\d{4})-(?P<isom>\d{1,2})-(?P<isod>\d{1,2})"
    r"|(?P<slm>\d{1,2})/(?P<sld>\d{1,2})(?!/?\d)"
    r"|(?:the\s+)?(?P<nth>\d{1,2})(?:st|nd|rd|th)\b"
    r"|(?P<eom>end of (?:the |this )?month|month[- ]end|end of next month))",
    re.ASCII,
)


_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_LATIN = re.compile(r"[a-z]|\d/\d|\d{4}-\d", re.ASCII)


@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN_DIGIT[text]
    if text.startswith("十"):
        return 10 + _CN_DIGIT.get(text[1:], 0)
    if text.endswith("十"):
        return _CN_DIGIT[text[0]] * 10
    return _CN_DIGIT[text[0]] * 10 + _CN_DIGIT[text[-1]]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(today: date, months: int) -> tuple[int, int]:
    index = today.year * 12 + today.month - 1 + months
    return index // 12, index % 12 + 1


def _day_of_month(today: date, day: int, month_offset: int | None) -> date | None:
    """`day` of this month, or of next month when it has already passed (or is asked for)."""
    offset = month_offset if month_offset is not None else (0 if day >= today.day else 1)
    year, month = _add_months(today, offset)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _month_day(today: date, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(today.year, month)[1]):
        return None
    candidate = date(today.year, month, day)
    # "1月5号" said in late November means next January
    if (today - candidate).days > 60:
        candidate = date(today.year + 1, month, day)
    return candidate


def _weekday(today: date, weekday: int, prefix: str) -> date:
    monday = today - timedelta(days=today.weekday())
    if prefix in ("next", "下", "下个"):
        return monday + timedelta(days=7 + weekday)
    if prefix == "下下":
        return monday + timedelta(days=14 + weekday)
    if prefix in ("this", "这", "这个", "本"):
        return monday + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _month_offset(prefix: str | None) -> int | None:
    if not prefix:
        return None
    return 1 if prefix.startswith("下") else 0


def _resolve_zh(m: re.Match[str], today: date) -> date | None:
    g = m.groupdict()
    if g["rel"]:
        key = g["rel"] if g["rel"] in _ZH_OFFSET else g["rel"][0]
        return today + timedelta(days=_ZH_OFFSET[key])
    if g["wday"]:
        return _weekday(today, _ZH_WEEKDAY[g["wday"]], g["wprefix"] or "")
    if g["ym"]:
        try:
            return date(int(g["ym"]), int(g["ymm"]), int(g["ymd"]))
        except ValueError:
            return None
    if g["month"]:
        return _month_day(today, _num(g["month"]), _num(g["mday"]))
    if g["day"]:
        return _day_of_month(today, _num(g["day"]), _month_offset(g["mprefix"]))
    year, month = _add_months(today, _month_offset(g["eprefix"]) or 0)
    return _month_end(year, month)


def _resolve_en(m: re.Match[str], today: date) -> date | None:
    g = m.groupdict()
    if g["erel"]:
        return today + timedelta(days=_EN_OFFSET[g["erel"]])
    if g["tmr"]:
        return today + timedelta(days=1)
    if g["wd"]:
        prefix = (g["wp"] or "").split()[0] if g["wp"] else ""
        abbreviated = len(g["wd"]) <= 3
        if abbreviated and g["wd"] in ("sat", "sun", "wed", "mon") and not prefix:
            return None  # too often ordinary words or names
        return _weekday(today, _EN_WEEKDAY[g["wd"][:3]], "" if prefix == "coming" else prefix)
    if g["mon"]:
        return _month_day(today, _EN_MONTH[g["mon"][:3]], int(g["mond"]))
    if g["mon2"]:
        return _month_day(today, _EN_MONTH[g["mon2"][:3]], int(g["dmon"]))
    if g["iso"]:
        try:
            return date(int(g["iso"]), int(g["isom"]), int(g["isod"]))
        except ValueError:
            return None
    if g["slm"]:
        return _month_day(today, int(g["slm"]), int(g["sld"]))
    if g["nth"]:
        return _day_of_month(today, int(g["nth"]), None)
    year, month = _add_months(today, 1 if "next" in g["eom"] else 0)
    return _month_end(year, month)


def find_dates(folded: str, today: date) -> list[DateMention]:
    """Every date the reply names, in reading order, from both languages' expressions."""
    found = []
    scripts = []
    if _HAS_CJK.search(folded) or any(c.isdigit() for c in folded):
        scripts.append((_ZH, _resolve_zh))
    if _HAS_LATIN.search(folded):
        scripts.append((_EN, _resolve_en))
    for pattern, resolve in scripts:
        for m in pattern.finditer(folded):
            value = resolve(m, today)
            if value is not None:
                found.append(DateMention(value, m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found
