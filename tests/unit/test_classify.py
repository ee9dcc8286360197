"""`classify` on replies a trainee types: labels, evidence, slots, both languages."""

from datetime import date

import pytest

from simulator.understanding import classify

TODAY = date(2026, 11, 24)


def labels(text: str, lang: str | None = None) -> set[str]:
    return set(classify(text, lang, TODAY).all)


def test_one_reply_holds_several_moves():
    got = classify("我理解您的难处，不过这笔7100元已经逾期15天了，您看今天能先还最低4500吗？",
                   "zh", TODAY)
    assert {"empathize", "state_purpose", "request_ptp"} <= set(got.moves)
    assert got.slots["amount"] == 4500
    assert got.slots["amounts"] == [7100, 4500]
    assert got.slots["date"] == "2026-11-24"


def test_evidence_quotes_the_trainees_own_words():
    text = "我是招銀信用卡中心的小李，工號3021，請問是張偉先生本人嗎？"  # traditional characters
    got = classify(text, "zh", TODAY)
    assert {"identify_self", "verify_identity"} <= set(got.moves)
    for spans in got.evidence.values():
        for span in spans:
            assert span in text


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        ("如果长期不还，银行有权依法起诉", "zh", {"explain_consequence"}, {"misrepresent", "threaten"}),
        ("法院明天就来查封你家", "zh", {"misrepresent", "threaten"}, set()),
        ("再不还我们就去你单位找你领导", "zh", {"threaten"}, set()),
        ("我这边是法院执行局的", "zh", {"impersonate"}, set()),
        ("你这种老赖还有脸说", "zh", {"insult"}, set()),
        ("去网贷平台借一笔先把这个还上", "zh", {"illegal_funding"}, set()),
        ("建议先跟家人周转一下", "zh", {"offer_option"}, {"illegal_funding"}),
        ("Pay up or we'll tell your employer", "en", {"threaten"}, set()),
        ("I'm calling from the county sheriff's office", "en", {"impersonate"}, set()),
        ("A warrant has already been issued for you", "en", {"misrepresent"}, set()),
        ("Just take a payday loan and clear this today", "en", {"illegal_funding"}, set()),
        ("Only a deadbeat talks like that", "en", {"insult"}, set()),
    ],
)
def test_lawful_and_unlawful(text, lang, expected, absent):
    got = labels(text, lang)
    assert expected <= got
    assert not (absent & got)


@pytest.mark.parametrize(
    ("text", "lang", "not_there"),
    [
        ("我们不会联系您单位", "zh", "threaten"),
        ("我不是催您，是想帮您", "zh", "threaten"),
        ("您刚才说我们是骗子，我理解您生气", "zh", "insult"),
        ("千万别去借网贷，利息太高了", "zh", "illegal_funding"),
        ("我们不是律师事务所，只是跟您协商还款", "zh", "impersonate"),
        ("I'm not a lawyer, but you can ask for a statement", "en", "impersonate"),
        ("We will not contact your employer about this.", "en", "threaten"),
        ("Please don't take out a payday loan to pay us.", "en", "illegal_funding"),
        ("You said we're scammers, I hear you.", "en", "insult"),
        ("I'm not with the police or any court.", "en", "impersonate"),
    ],
)
def test_negations_and_quotes_are_not_violations(text, lang, not_there):
    assert not_there not in labels(text, lang)


def test_mixed_language_reply():
    got = classify("OK的，那就Friday前先还4500", None, TODAY)
    assert got.lang == "zh"
    assert got.slots["amount"] == 4500
    assert got.slots["date"] == "2026-11-27"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("先还¥4,500吧", 4500),
        ("今天还4500元", 4500),
        ("can you do $450.00 today", 450),
        ("could you manage 4.5k by Friday", 4500),
        ("先还四千五", 4500),
        ("这笔七千一百块", 7100),
        ("一万四的欠款", 14000),
        ("先还两千块", 2000),
        ("您欠款3万2左右", 32000),
        ("I can put you down for two hundred dollars", 200),
        ("先还４５００", 4500),
    ],
)
def test_amounts(text, amount):
    assert classify(text, None, TODAY).slots["amount"] == amount


@pytest.mark.parametrize(
    "text",
    ["您尾号8812的卡逾期15天了", "我工号3021", "your card ending 8812 is 20 days past due"],
)
def test_card_tails_days_and_ids_are_not_amounts(text):
    assert "amount" not in classify(text, None, TODAY).slots


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("今天还", "2026-11-24"),
        ("明天还", "2026-11-25"),
        ("后天还", "2026-11-26"),
        ("周五前还", "2026-11-27"),
        ("下周三还", "2026-12-02"),
        ("本月25号还", "2026-11-25"),
        ("月底前还", "2026-11-30"),
        ("11月26日还", "2026-11-26"),
        ("26号还", "2026-11-26"),
        ("5号还", "2026-12-05"),
        ("pay today", "2026-11-24"),
        ("by tomorrow", "2026-11-25"),
        ("by Friday", "2026-11-27"),
        ("next Monday works", "2026-11-30"),
        ("on the 26th", "2026-11-26"),
        ("November 26 is fine", "2026-11-26"),
        ("by the end of the month", "2026-11-30"),
    ],
)
def test_dates(text, iso):
    assert classify(text, None, TODAY).slots["date"] == iso


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("通过手机银行还", "app"),
        ("用网银转一下", "online_banking"),
        ("去柜台还", "branch"),
        ("微信还可以吗", "wechat"),
        ("支付宝还", "alipay"),
        ("through the app", "app"),
        ("by bank transfer", "transfer"),
        ("at any branch", "branch"),
        ("mail us a check", "other"),
    ],
)
def test_channels(text, channel):
    assert classify(text, None, TODAY).slots["channel"] == channel


def test_long_reply_is_cut_and_marked():
    got = classify("我理解您的难处。" * 2000, "zh", TODAY)
    assert got.truncated
    assert "empathize" in got.moves


def test_markup_is_just_text():
    got = classify("[bold]我理解您[/bold] [@click=app.quit]点我[/]", "zh", TODAY)
    assert "empathize" in got.moves
    assert got.text.startswith("[bold]")


def test_same_input_same_output():
    text = "Hi, this is Dana from Northbank. Can you make $450 by Friday through the app?"
    assert classify(text, "en", TODAY) == classify(text, "en", TODAY)


@pytest.mark.parametrize("text", [
    "Some people find the app easier, would that work for you?",
    "That's typical for this time of year, lots of people are behind.",
    "I'm no genius with numbers either, let me walk you through it.",
    "Thanks pal, talk soon.",
    "Were you a victim of fraud on this card?",
    "There's nothing to be ashamed of, it happens.",
    "Is there an emergency contact we should update on file?",
    "I can swing by the details in an email if that helps.",
])
def test_an_ordinary_word_alone_is_no_violation_en(text):
    assert classify(text, "en").violations == ()


@pytest.mark.parametrize("text", [
    "这个情况很常见，您不用觉得丢人",
    "真够倒霉的，碰上这种事",
    "您要是听不懂我再解释一遍",
])
def test_an_ordinary_word_alone_is_no_violation_zh(text):
    assert classify(text, "zh").violations == ()


@pytest.mark.parametrize(("text", "violation"), [
    ("If the bill isn't paid by Monday I'm calling your manager at the store.", "threaten"),
    ("I'll send your balance to the family chat.", "threaten"),
    ("Your visa will be revoked if you don't pay.", "misrepresent"),
])
def test_a_condition_about_paying_does_not_negate_the_threat_after_it(text, violation):
    assert violation in classify(text, "en").violations
