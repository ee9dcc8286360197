"""Empathy notes, the PTP score, the verdict and the debrief's three changes."""

from __future__ import annotations

from datetime import date

from scoring.empathy import EmpathyTracker, empathy_score
from scoring.facts import CallFacts, PromiseFacts, TurnFacts
from scoring.report import debrief
from scoring.rules import Finding
from tests.scoring.conftest import CATALOGS, PACKS, RUBRIC, TODAY, labels


def test_acknowledging_a_distressed_debtor_counts_once_per_wording():
    tracker = EmpathyTracker(RUBRIC, "zh")
    assert tracker.observe(labels("我理解您的难处"), "anxious") == ("acknowledged",)
    assert tracker.observe(labels("我理解您的难处"), "sad") == ("stock_phrase", "missed_acknowledgement")
    assert tracker.observe(labels("听得出来您压力很大"), "sad") == ("acknowledged",)


def test_pushing_before_listening_and_arguing_back():
    tracker = EmpathyTracker(RUBRIC, "zh")
    assert "pushed_before_listening" in tracker.observe(labels("您最晚哪天能还？"), "calm")
    assert "pushed_before_listening" not in tracker.observe(labels("您最晚哪天能还？"), "calm")
    assert "argued_back" in tracker.observe(labels("别找借口了，那是你自己的问题"), "angry")
    assert "argued_back" in tracker.observe(labels("继续逾期会影响征信"), "furious")
    en = EmpathyTracker(RUBRIC, "en")
    assert "argued_back" in en.observe(labels("Calm down, no excuses.", "en"), "angry")


def test_empathy_score_from_notes():
    assert empathy_score([("acknowledged",), ("acknowledged",)], RUBRIC) == 100
    assert empathy_score([("missed_acknowledgement",), ("pushed_before_listening",)], RUBRIC) == 25
    assert empathy_score([], RUBRIC) == 100


def _facts(promise: PromiseFacts | None, outcome: str = "ptp", findings=(), goals=("ptp",), insolvent=False):
    turn = TurnFacts(1, labels("好的"), "debtor", "calm", "calm", tuple(findings), (), "参考话术")
    return CallFacts(outcome, goals, TODAY, 710, 3, insolvent, promise, (turn,))


def _report(facts):
    return debrief(facts, RUBRIC, CATALOGS["zh"], PACKS["cn"])


def test_a_good_promise_scores_full():
    report = _report(_facts(PromiseFacts(710, date(2026, 11, 26), "app", True, 1)))
    assert report.scores["ptp"] == 100 and report.passed
    assert report.ptp == {"amount": 710, "date": "2026-11-26", "channel": "app", "confirmed": True}


def test_each_shortfall_of_a_promise_costs_its_part():
    parts = RUBRIC.ptp_parts
    report = _report(_facts(PromiseFacts(500, date(2026, 12, 20), None, False, 1)))
    assert report.scores["ptp"] == 0
    assert {c.id for c in report.changes} <= {"ptp_amount_low", "ptp_date_late", "ptp_no_channel",
                                             "ptp_not_confirmed"}
    report = _report(_facts(PromiseFacts(710, date(2026, 11, 24), "app", False, 1)))
    assert report.scores["ptp"] == 100 - parts["confirmed"]


def test_a_promise_after_a_violation_or_from_the_insolvent_does_not_count():
    threat = Finding("threaten", 1, True, 40)
    report = _report(_facts(PromiseFacts(710, TODAY, "app", True, 1), findings=[threat]))
    assert report.scores["ptp"] == 0 and not report.passed
    assert report.changes[0].id == "threaten" and report.scores["overall"] <= RUBRIC.hard_violation_cap
    assert any(c.id == "ptp_by_violation" for c in report.changes)
    insolvent = _report(_facts(PromiseFacts(710, TODAY, "app", True, 1), insolvent=True))
    assert insolvent.scores["ptp"] == 0


def test_when_the_goal_is_not_a_promise():
    report = _report(_facts(None, outcome="hardship_referral", goals=("hardship_referral",)))
    assert report.scores["ptp"] == 100 and report.passed
    report = _report(_facts(PromiseFacts(710, TODAY, "app", True, 1), outcome="ptp", goals=("hardship_referral",),
                            insolvent=True))
    assert report.scores["ptp"] == 0 and not report.passed
    assert report.changes[0].id == "ptp_from_insolvent"


def test_no_promise_gets_outcome_credit_only():
    assert _report(_facts(None, outcome="callback")).scores["ptp"] == RUBRIC.outcome_credit["callback"]
    assert _report(_facts(None, outcome="hung_up")).scores["ptp"] == 0


def test_changes_are_at_most_three_and_point_at_turns():
    turns = tuple(
        TurnFacts(n, labels("嗯"), "debtor", "angry", "angry", (), ("missed_acknowledgement",), f"model {n}")
        for n in range(1, 6)
    ) + (TurnFacts(6, labels("嗯"), "debtor", "calm", "calm", (Finding("wrong_amount", 6, False, 20),),
                   ("pushed_before_listening",), "model 6"),)
    facts = CallFacts("no_outcome", ("ptp",), TODAY, 710, 3, False, None, turns)
    report = _report(facts)
    assert len(report.changes) == 3
    assert len({c.id for c in report.changes}) == 3
    for change in report.changes:
        assert f"第{change.turn}轮" in change.text and change.model == f"model {change.turn}"
