"""Whatever a trainee types, classify answers with well-formed labels and never crashes."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.understanding import CHANNELS, MOVES, VIOLATIONS, classify

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300
) | st.lists(st.sampled_from(
    ["我", "理解", "您", "还", "4500", "明天", "不会", "去你单位", "法院", "pay", "today",
     "$450", "not", "lawyer", "网贷", "，", "？", "[bold]", "周五", "the 26th"]), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["zh", "en", None]))
def test_any_text_gives_well_formed_labels(text, lang):
    got = classify(text, lang, date(2026, 11, 24))
    assert set(got.moves) <= set(MOVES)
    assert set(got.violations) <= set(VIOLATIONS)
    assert set(got.evidence) == set(got.moves) | set(got.violations)
    assert got.slots.get("channel", "app") in CHANNELS
    if "date" in got.slots:
        date.fromisoformat(got.slots["date"])
    if "amount" in got.slots:
        assert isinstance(got.slots["amount"], int | float)
