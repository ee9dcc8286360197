"""Labels one trainee reply with moves, violations, slots and the evidence for each label."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from simulator.understanding.labels import LABELS, MOVES, VIOLATIONS
from simulator.understanding.lexicon import Lexicon, lexicon
from simulator.understanding.model import predict as model
from simulator.understanding.model.features import features
from simulator.understanding.normalize import clean, detect_language, fold, has_other_script
from simulator.understanding.slots.amounts import Amount, as_number, find_amounts
from simulator.understanding.slots.dates import DateMention, find_dates

#: Replies longer than this are read only this far: nobody says more in one turn, and
#: the matchers stay fast on pasted walls of text.
MAX_CHARS = 2000
#: How far before an amount or date a payment cue ("先还", "pay") marks it as the proposal.
_CUE_WINDOW = 10
@dataclass(frozen=True)
class Labels:
    """What `classify` found in one reply."""

    text: str
    lang: str
    moves: tuple[str, ...]
    violations: tuple[str, ...]
    slots: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)
    truncated: bool = False

    @property
    def all(self) -> tuple[str, ...]:
        return self.moves + self.violations

    def has(self, label: str) -> bool:
        return label in self.moves or label in self.violations

    def to_json(self) -> dict:
        out = {
            "text": self.text,
            "lang": self.lang,
            "moves": list(self.moves),
            "violations": list(self.violations),
            "slots": dict(self.slots),
            "evidence": {k: list(v) for k, v in self.evidence.items()},
        }
        if self.truncated:
            out["truncated"] = True
        return out


class _Clauses:
    """Clause boundaries of a folded reply, for scoping negation and quoted speech."""

    def __init__(self, folded: str, lex: Lexicon):
        self.starts = [0]
        self.ends = []
        for m in lex.clause_break.finditer(folded):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(folded))

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i], self.ends[i]


def _match_labels(
    text: str, folded: str, lex: Lexicon, evidence: dict[str, list[str]], cancelled: set[str]
) -> None:
    """Add each label's evidence spans; note labels whose only matches were cancelled
    (negated, quoted back, or ruled out by `unless`), so the model cannot put them back."""
    clauses = _Clauses(folded, lex)
    for matcher in lex.labels:
        # A context that rules a label out (advice against borrowing, asking when the
        # debtor's own money arrives) also keeps the model from adding it.
        if matcher.unless_anywhere and matcher.unless_anywhere.search(folded):
            cancelled.add(matcher.label)
            continue
        if matcher.unless and matcher.unless.search(folded):
            cancelled.add(matcher.label)
        for m in matcher.pattern.finditer(folded):
            start, end = m.span()
            if start == end:
                continue
            c_start, c_end = clauses.around(start)
            if (
                (matcher.negatable and lex.negation.search(
                    folded, max(c_start, start - lex.negation_window), start))
                or (matcher.quotable and lex.reported_speech.search(folded, c_start, start))
                or (matcher.unless and matcher.unless.search(folded, c_start, c_end))
            ):
                cancelled.add(matcher.label)
                continue
            spans = evidence.setdefault(matcher.label, [])
            span = text[start:end].strip()
            if span not in spans:
                spans.append(span)


def lexicon_view(text: str, lang: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """(folded text, labels the lexicon found, labels it found only to cancel them)."""
    folded = fold(text)
    evidence: dict[str, list[str]] = {}
    cancelled: set[str] = set()
    _match_labels(text, folded, lexicon(lang), evidence, cancelled)
    if has_other_script(text, lang):
        _match_labels(text, folded, lexicon("en" if lang == "zh" else "zh"), evidence, cancelled)
    return folded, frozenset(evidence), frozenset(cancelled - set(evidence))


def _model_labels(
    text: str, folded: str, lang: str, evidence: dict[str, list[str]], cancelled: set[str]
) -> None:
    """Labels the lexicon missed but the trained model is confident of, with the words
    that carried the decision as evidence; and moves the lexicon matched that the model,
    which weighs the whole reply, is all but sure are absent. Violations are never
    vetoed: missing one costs far more than a false alarm."""
    if not model.available(lang):
        return
    feats = features(folded, lang, frozenset(evidence))
    limits = model.thresholds(lang)
    for label, z, (add, veto) in zip(LABELS, model.scores(feats, lang), limits, strict=True):
        if label in evidence:
            if label in MOVES and z < veto:
                del evidence[label]
            continue
        if z < add or label in cancelled:
            continue
        evidence[label] = _model_evidence(text, folded, model.strongest(feats, lang, label))


#: Words that carry weight for the model but tell a trainer nothing on their own.
_FUNCTION_WORDS = frozenset(
    "i i'm im you your you're it it's its to the a an and or of for on in at is are be was "
    "we we're our me my this that so but not no do don't can will just".split()
) | {"您", "你", "我", "的", "了", "吗", "是", "您的", "你的", "我们", "一下", "这个", "那个"}


def _model_evidence(text: str, folded: str, names: list[str]) -> list[str]:
    """The reply's words behind a model decision: the strongest n-grams found in the reply,
    overlapping ones merged ("什么时" + "么时候" -> "什么时候"), so a trainer reads words."""
    found = []
    for name in names:
        gram = name.split(":", 1)[1].strip("^$<>")
        at = folded.find(gram) if len(gram) > 1 and gram != "#" else -1
        if at >= 0:
            found.append((at, at + len(gram)))
    merged: list[list[int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    spans = []
    for start, end in merged:
        span = text[start:end].strip()
        if span and span not in spans and folded[start:end].strip() not in _FUNCTION_WORDS:
            spans.append(span)
    return spans or [text[:40]]


def _cued(folded: str, start: int, lex: Lexicon) -> bool:
    return bool(lex.amount_cues.search(folded, max(0, start - _CUE_WINDOW), start))


def _quoted(folded: str, start: int, lex: Lexicon) -> bool:
    """Inside the debtor's words quoted back ("您刚才说能挤出五百"): not the trainee's offer."""
    clause_start = max(folded.rfind(c, 0, start) for c in "，。！？；,.!?;") + 1
    return bool(lex.reported_speech.search(folded, clause_start, start))


def _pick(items: list, folded: str, lex: Lexicon):
    """The mention proposed for payment: not quoted, cued by a payment verb, else marked, else
    the first."""
    return max(
        enumerate(items),
        key=lambda pair: (not _quoted(folded, pair[1].start, lex), _cued(folded, pair[1].start, lex),
                          getattr(pair[1], "marked", 0), -pair[0]),
    )[1]


def _slots(folded: str, today: date, lex: Lexicon) -> dict:
    slots: dict = {}
    dates: list[DateMention] = find_dates(folded, today)
    masked = [(d.start, d.end) for d in dates]
    amounts: list[Amount] = find_amounts(folded, lex.not_amount_before, masked)
    if amounts:
        slots["amount"] = as_number(_pick(amounts, folded, lex).value)
        if len(amounts) > 1:
            slots["amounts"] = [as_number(a.value) for a in amounts]
    if dates:
        slots["date"] = _pick(dates, folded, lex).value.isoformat()
    named = []
    for channel, pattern in lex.channels:
        m = pattern.search(folded)
        if m:
            paid = lex.amount_cues.search(folded, max(0, m.start() - _CUE_WINDOW), m.end() + 4)
            named.append((not paid, m.start(), channel))
    if named:
        # the channel the payment goes through, else the first one named
        slots["channel"] = min(named)[2]
    return slots


def classify(text: str, lang: str | None = None, today: date | None = None) -> Labels:
    """Label one reply. `lang` is 'zh', 'en', or None/'auto' to detect it."""
    text = clean(text)
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    if lang in (None, "auto"):
        lang = detect_language(text)
    today = today or date.today()
    folded = fold(text)
    primary = lexicon(lang)
    evidence: dict[str, list[str]] = {}
    cancelled: set[str] = set()
    _match_labels(text, folded, primary, evidence, cancelled)
    if has_other_script(text, lang):
        _match_labels(text, folded, lexicon("en" if lang == "zh" else "zh"), evidence, cancelled)
    _model_labels(text, folded, lang, evidence, cancelled)
    slots = _slots(folded, today, primary)
    if "channel" not in slots and has_other_script(text, lang):
        other = _slots(folded, today, lexicon("en" if lang == "zh" else "zh"))
        if "channel" in other:
            slots["channel"] = other["channel"]
    return Labels(
        text=text,
        lang=lang,
        moves=tuple(label for label in MOVES if label in evidence),
        violations=tuple(label for label in VIOLATIONS if label in evidence),
        slots=slots,
        evidence={label: tuple(evidence[label]) for label in (*MOVES, *VIOLATIONS)
                  if label in evidence},
        truncated=truncated,
    )
