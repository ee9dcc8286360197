"""Per-turn feedback sentences, all taken from the language's text catalog."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.rules import Finding
from scoring.text import Catalog
from simulator.understanding import Labels

#: feedback kinds, in the order they are shown
KINDS = ("detected", "reaction", "rule", "empathy", "ptp", "model")


@dataclass(frozen=True)
class FeedbackItem:
    kind: str
    text: str
    #: the rule or note id behind the sentence, when there is one
    id: str | None = None

    def to_json(self) -> dict:
        out = {"kind": self.kind, "text": self.text}
        if self.id:
            out["id"] = self.id
        return out


@dataclass(frozen=True)
class Reaction:
    """What the reply did to the debtor."""

    #: (meter display name, change) for each meter that moved
    meters: tuple[tuple[str, int], ...]
    mood_before: str
    mood_after: str
    #: the persona's own explanation of this reaction, if the author wrote one
    why: str | None
    #: the call hit the persona's turn limit on this reply
    limit_reached: bool


def label_names(catalog: Catalog, ids: list[str] | tuple[str, ...]) -> str:
    return catalog.say("terms.list_sep").join(catalog.say(f"terms.labels.{i}") for i in ids)


def turn_feedback(catalog: Catalog, labels: Labels, reaction: Reaction, findings: tuple[Finding, ...],
                  notes: tuple[str, ...], model_reply: str, promise: dict[str, str] | None) -> tuple[FeedbackItem, ...]:
    items: list[FeedbackItem] = []
    if labels.all:
        names = label_names(catalog, labels.all)
        items.append(FeedbackItem("detected", catalog.say("feedback.detected", labels=names)))
    else:
        items.append(FeedbackItem("detected", catalog.say("feedback.nothing_detected")))

    parts = []
    if reaction.meters:
        sep = catalog.say("terms.list_sep")
        changes = sep.join(catalog.say("feedback.meter_change", name=name, delta=f"{delta:+d}")
                           for name, delta in reaction.meters)
        parts.append(catalog.say("feedback.meters", changes=changes))
    if reaction.mood_before != reaction.mood_after:
        parts.append(catalog.say("feedback.mood", before=catalog.say(f"terms.moods.{reaction.mood_before}"),
                                 after=catalog.say(f"terms.moods.{reaction.mood_after}")))
    if reaction.why:
        parts.append(reaction.why)
    if reaction.limit_reached:
        parts.append(catalog.say("feedback.limit"))
    text = catalog.say("feedback.join").join(parts) if parts else catalog.say("feedback.no_reaction")
    items.append(FeedbackItem("reaction", text))

    for finding in findings:
        key = "feedback.rule_hard" if finding.hard else "feedback.rule_soft"
        items.append(FeedbackItem("rule", catalog.say(key, name=catalog.say(f"rules.{finding.id}.name"),
                                                      why=catalog.say(f"rules.{finding.id}.why")), finding.id))
    for note in notes:
        if catalog.has(f"empathy.{note}"):
            items.append(FeedbackItem("empathy", catalog.say(f"empathy.{note}"), note))
        elif catalog.has(f"ptp_events.{note}"):
            items.append(FeedbackItem("ptp", catalog.say(f"ptp_events.{note}", **(promise or {})), note))
    if model_reply:
        items.append(FeedbackItem("model", catalog.say("feedback.model", model=model_reply)))
    return tuple(items)
