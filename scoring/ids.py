"""Ids of the rules that need the call's context; the rule packs say how each one weighs."""

#: Checked by `scoring.rules` on every turn, from who is on the line, what was verified,
#: the scenario's authority and the call time. Personas may react to them (`on:`).
CONTEXT_RULES: tuple[str, ...] = (
    "disclosure_before_verification",
    "third_party_disclosure",
    "waiver_beyond_authority",
    "wrong_amount",
    "outside_hours",
    "missing_disclosure",
    "no_identification",
)
