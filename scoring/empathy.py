"""Empathy, turn by turn: acknowledging distress or anger, listening first, not arguing back.

An acknowledgement only counts once per wording: the same stock phrase said again is
noticed as a phrase, not as listening.
"""

from __future__ import annotations

import re

from scoring.rubric import Rubric
from simulator.understanding import Labels

_CLAUSE_BREAK = re.compile(r"[，。！？；、,.!?;\n]+")
_NOISE = re.compile(r"[\s\W_]+")


def _clauses_with(text: str, spans: tuple[str, ...]) -> set[str]:
    """The normalised clauses of `text` that hold one of the evidence spans."""
    out = set()
    for clause in _CLAUSE_BREAK.split(text):
        if any(span and span in clause for span in spans):
            out.add(_NOISE.sub("", clause.lower()))
    return out or {_NOISE.sub("", s.lower()) for s in spans}


class EmpathyTracker:
    """Observes each reply of a call and keeps what the empathy score needs."""

    def __init__(self, rubric: Rubric, lang: str):
        self.rubric = rubric
        self.lang = lang
        self.listened = False
        self.pushed_first = False
        self.said: set[str] = set()

    def observe(self, labels: Labels, mood_before: str) -> tuple[str, ...]:
        """Note ids for this reply: acknowledged, missed_acknowledgement, stock_phrase,
        pushed_before_listening, argued_back."""
        rubric = self.rubric
        notes: list[str] = []
        angry = mood_before in rubric.anger_moods
        signal = angry or mood_before in rubric.distress_moods
        fresh = False
        if labels.has("empathize"):
            clauses = _clauses_with(labels.text, tuple(labels.evidence.get("empathize", ())))
            fresh = bool(clauses - self.said)
            self.said |= clauses
            if not fresh:
                notes.append("stock_phrase")
        if signal:
            if fresh:
                notes.append("acknowledged")
            else:
                notes.append("missed_acknowledgement")

        listens = any(labels.has(m) for m in rubric.listen_moves) and (fresh or not labels.has("empathize"))
        pushes = any(labels.has(m) for m in rubric.push_moves)
        if pushes and not self.listened and not listens and not self.pushed_first:
            self.pushed_first = True
            notes.append("pushed_before_listening")
        if listens:
            self.listened = True

        arguing = bool(rubric.arguing[self.lang].search(labels.text)) or labels.has("insult")
        if angry and labels.has("explain_consequence") and not fresh:
            arguing = True
        if arguing:
            notes.append("argued_back")
        return tuple(notes)


def empathy_score(notes: list[tuple[str, ...]], rubric: Rubric) -> int:
    """0-100 from the notes of every turn (see rubric.yaml, empathy.parts)."""
    flat = [n for turn in notes for n in turn]
    acknowledged, missed = flat.count("acknowledged"), flat.count("missed_acknowledgement")
    signals = acknowledged + missed
    acknowledge = acknowledged / signals if signals else 1.0
    listen_first = 0.0 if "pushed_before_listening" in flat else 1.0
    no_arguing = max(0.0, 1.0 - flat.count("argued_back") * rubric.argue_cost / 100)
    parts = rubric.empathy_parts
    return round(parts["acknowledge"] * acknowledge + parts["listen_first"] * listen_first
                 + parts["no_arguing"] * no_arguing)
