"""The guard language: precedence, missing values, types, and errors that point at the token."""

from types import SimpleNamespace

import pytest

from simulator.engine.expr import BOOL, NUM, STR, NameInfo, compile_expr
from simulator.yamlfile import ContentError, Where

NAMES = {
    "trust": NameInfo(NUM, lambda c: c.trust),
    "anger": NameInfo(NUM, lambda c: c.anger),
    "offer.amount": NameInfo(NUM, lambda c: c.amount),
    "offer.channel": NameInfo(STR, lambda c: c.channel, ("app", "branch")),
    "reply.empathize": NameInfo(BOOL, lambda c: c.empathize),
}
WHERE = Where("p.yaml", 10, 13)


def ev(text: str, **values):
    ctx = SimpleNamespace(**{"trust": 50, "anger": 10, "amount": None, "channel": None, "empathize": False,
                             **values})
    return compile_expr(text, NAMES, WHERE).evaluate(ctx)


@pytest.mark.parametrize(("text", "expected"), [
    ("trust >= 50", True),
    ("trust > 50 or anger < 20", True),
    ("not trust > 50 and anger == 10", True),
    ("trust - anger * 2 == 30", True),
    ("(trust - anger) * 2 == 80", True),
    ("-anger < 0", True),
    ("trust / 0 == 0", False),
    ("reply.empathize or trust >= 60", False),
    ("anger", True),
])
def test_evaluates_with_usual_precedence(text, expected):
    assert bool(ev(text)) is expected


def test_a_missing_value_makes_comparisons_false():
    assert ev("offer.amount <= 100") is False
    assert ev("not (offer.amount > 100)") is True
    assert ev("offer.amount + 1 > 0") is False
    assert ev("offer.amount <= 100", amount=80) is True


def test_text_names_compare_with_checked_literals():
    assert ev("offer.channel == 'app'", channel="app") is True
    with pytest.raises(ContentError, match="'wechatpay' is not a possible value"):
        compile_expr("offer.channel == 'wechatpay'", NAMES, WHERE)


@pytest.mark.parametrize(("text", "column", "message"), [
    ("trsut >= 60", 13, "unknown name 'trsut'; did you mean trust?"),
    ("trust >= ", 22, "ends too early"),
    ("trust >= 60 and", 28, "ends too early"),
    ("trust >= 60 60", 25, "unexpected `60`"),
    ("trust >= 'high'", 19, "compares numbers"),
    ("reply.empathize + 1", 29, "works on numbers"),
    ("(trust > 1", 23, "missing `)`"),
    ("trust $ 2", 19, "unexpected character '$'"),
    ("offer.channel", 13, "expected true/false or number"),
    ("", 13, "empty"),
])
def test_errors_name_the_column_of_the_bad_token(text, column, message):
    with pytest.raises(ContentError) as info:
        compile_expr(text, NAMES, WHERE)
    assert info.value.where == Where("p.yaml", 10, column)
    assert message in info.value.message


def test_never_evaluates_python():
    with pytest.raises(ContentError):
        compile_expr("__import__('os').system('true')", NAMES, WHERE)
    with pytest.raises(ContentError):
        compile_expr("trust.__class__", NAMES, WHERE)
