"""Context rules: who heard what, verification, authority, amounts, hours, the us disclosure."""

from __future__ import annotations

from datetime import time

import pytest

from scoring.rules import Heard
from tests.scoring.conftest import PACKS, labels, tracker

DEBTOR = Heard("debtor", verified=True, promise_amount=None)
UNVERIFIED = Heard("debtor", verified=False, promise_amount=None)
THIRD = Heard("third_party", verified=False, promise_amount=None)


def ids(findings):
    return [f.id for f in findings]


def test_classify_violations_are_findings_weighed_by_the_pack():
    found = tracker().check(labels("再不还我们就去你单位找你领导"), DEBTOR)
    assert ids(found) == ["threaten"] and found[0].hard and found[0].penalty == PACKS["cn"].rules["threaten"].penalty
    assert found[0].evidence


def test_disclosing_before_verification_is_flagged_once():
    rules = tracker()
    first = rules.check(labels("您的信用卡已经逾期15天了，应还7100元。"), UNVERIFIED)
    again = rules.check(labels("您的信用卡已经逾期15天了，应还7100元。"), UNVERIFIED)
    assert "disclosure_before_verification" in ids(first)
    assert "disclosure_before_verification" not in ids(again)


def test_verification_itself_is_not_a_disclosure():
    found = tracker().check(labels("您好，我是星河银行的小王，工号1024，请问是张伟先生本人吗？"), UNVERIFIED)
    assert found == []


def test_telling_a_third_party_is_flagged():
    found = tracker().check(labels("他的信用卡已经逾期15天了，欠款7100元。"), THIRD)
    assert "third_party_disclosure" in ids(found)
    assert "no_identification" not in ids(found), "process notes are about the debtor's call"


def test_asking_a_third_party_for_a_callback_is_fine():
    found = tracker().check(labels("我找张伟先生，麻烦您请他回个电话。"), THIRD)
    assert found == []


def test_stating_the_purpose_without_identifying_yourself_is_marked_down_once():
    rules = tracker()
    found = rules.check(labels("您尾号8812的信用卡逾期15天了，应还7100元。"), DEBTOR)
    assert ids(found) == ["no_identification"] and not found[0].hard
    assert rules.check(labels("您尾号8812的信用卡逾期15天了，应还7100元。"), DEBTOR) == []


@pytest.mark.parametrize(("limit", "text", "flagged"), [
    (0, "今天还清的话，滞纳金可以帮您申请减免", True),
    (200, "今天还清的话，滞纳金可以帮您申请减免", False),
    (200, "我给您减免3000元", True),
    (200, "您今天还7000元，剩下的100元滞纳金给您免了", False),
])
def test_waivers_beyond_authority(limit, text, flagged):
    found = tracker(waiver_limit=limit).check(labels(text), DEBTOR)
    assert ("waiver_beyond_authority" in ids(found)) is flagged, labels(text)


def test_a_wrong_amount_stated_or_read_back():
    rules = tracker()
    rules.identified = True
    assert "wrong_amount" in ids(rules.check(labels("您尾号8812的卡逾期了，应还7000元。"), DEBTOR))
    assert "wrong_amount" not in ids(rules.check(labels("您尾号8812的卡逾期了，应还7100元。"), DEBTOR))
    read_back = Heard("debtor", True, promise_amount=4500)
    assert "wrong_amount" in ids(rules.check(labels("跟您确认一下，4000元，26号前通过手机银行，对吗？"), read_back))
    assert "wrong_amount" not in ids(rules.check(labels("跟您确认一下，4500元，26号前通过手机银行，对吗？"), read_back))


@pytest.mark.parametrize(("pack", "at", "flagged"), [
    ("cn", time(8, 30), True), ("us", time(8, 30), False), ("cn", time(20, 59), False),
    ("cn", time(21, 0), True), ("us", time(7, 59), True),
])
def test_calling_hours_per_pack(pack, at, flagged):
    found = tracker(pack, "en", at=at).check(labels("Hello, this is Dana from Northbank.", "en"), UNVERIFIED)
    assert ("outside_hours" in ids(found)) is flagged


def test_the_us_pack_requires_the_collector_disclosure_before_the_debt():
    rules = tracker("us", "en")
    rules.identified = True
    found = rules.check(labels("Your card ending 8812 is 20 days past due.", "en"), DEBTOR)
    assert "missing_disclosure" in ids(found) and found[0].hard

    said = tracker("us", "en")
    said.identified = True
    said.check(labels("This is an attempt to collect a debt and any information obtained will be used for that "
                      "purpose.", "en"), DEBTOR)
    assert said.check(labels("Your card ending 8812 is 20 days past due.", "en"), DEBTOR) == []
    assert "missing_disclosure" not in PACKS["cn"].rules


def test_the_catalog_disclosure_sentence_satisfies_its_pack():
    from tests.scoring.conftest import CATALOGS

    for lang, catalog in CATALOGS.items():
        pattern = PACKS["us"].collector_disclosure[lang]
        assert pattern.search(catalog.say("packs.us.disclosure")), lang
