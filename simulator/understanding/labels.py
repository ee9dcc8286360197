"""The label ids of trainee replies: the contract shared by YAML, scorer, CLI and tests."""

MOVES: tuple[str, ...] = (
    "identify_self",
    "verify_identity",
    "state_purpose",
    "ask_reason",
    "empathize",
    "verify_claim",
    "explain_consequence",
    "explain_terms",
    "offer_option",
    "offer_waiver",
    "request_ptp",
    "confirm_ptp",
    "escalate_contact",
    "close_call",
)

VIOLATIONS: tuple[str, ...] = (
    "threaten",
    "impersonate",
    "insult",
    "misrepresent",
    "illegal_funding",
)

LABELS: tuple[str, ...] = MOVES + VIOLATIONS

CHANNELS: tuple[str, ...] = (
    "app",
    "online_banking",
    "transfer",
    "branch",
    "wechat",
    "alipay",
    "card",
    "cash",
    "other",
)

LANGUAGES: tuple[str, ...] = ("zh", "en")
