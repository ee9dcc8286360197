"""Every id a trainee can meet has text in both languages; the data files agree with the code."""

from __future__ import annotations

import pytest

from scoring.ids import CONTEXT_RULES
from simulator.ids import MOODS, OUTCOMES
from simulator.understanding import CHANNELS, MOVES, VIOLATIONS
from tests.scoring.conftest import CATALOGS, PACKS, RUBRIC

NOTES = ["acknowledged", "missed_acknowledgement", "stock_phrase", "pushed_before_listening", "argued_back"]
CHANGES = [*VIOLATIONS, *CONTEXT_RULES, "missed_acknowledgement", "stock_phrase", "pushed_before_listening",
           "argued_back", "no_ptp", "ptp_amount_low", "ptp_date_late", "ptp_no_channel", "ptp_not_confirmed",
           "ptp_by_violation", "ptp_from_insolvent", "wrong_outcome"]


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_every_id_has_text(lang):
    catalog = CATALOGS[lang]
    keys = ([f"terms.labels.{i}" for i in (*MOVES, *VIOLATIONS)] + [f"terms.moods.{m}" for m in MOODS]
            + [f"terms.outcomes.{o}" for o in OUTCOMES] + [f"terms.channels.{c}" for c in CHANNELS]
            + [f"rules.{r}.{part}" for r in (*VIOLATIONS, *CONTEXT_RULES) for part in ("name", "why")]
            + [f"empathy.{n}" for n in NOTES] + [f"changes.{c}" for c in CHANGES]
            + [f"packs.{p}.disclosure" for p in PACKS])
    missing = [k for k in keys if not catalog.has(k)]
    assert not missing
    assert len(catalog.items("terms.weekdays")) == 7 and len(catalog.items("terms.months")) == 12


def test_packs_weigh_every_violation_and_know_their_hours():
    for pack in PACKS.values():
        assert set(VIOLATIONS) <= set(pack.rules)
        assert all(pack.rules[v].hard for v in VIOLATIONS)
    assert (PACKS["cn"].hours[0].hour, PACKS["cn"].hours[1].hour) == (9, 21)
    assert (PACKS["us"].hours[0].hour, PACKS["us"].hours[1].hour) == (8, 21)
    assert PACKS["us"].collector_disclosure and PACKS["cn"].collector_disclosure is None


def test_rubric_weights_add_up():
    assert sum(RUBRIC.weights.values()) == 100
    assert sum(RUBRIC.empathy_parts.values()) == 100
    assert sum(RUBRIC.ptp_parts.values()) == 100
