"""The fixed ids of a call: outcomes, moods, speaker roles and guided-choice kinds.

Like the label ids of `moves.md`, these are a contract shared by persona YAML, the scorer,
the CLI's JSON and the TUI; display names live in the text catalogs, not here.
"""

#: How a call can end. A call that stops without reaching one of the first seven
#: (the trainee hangs up, or the replies run out) ends as `no_outcome`.
OUTCOMES: tuple[str, ...] = (
    "ptp",
    "callback",
    "refused",
    "hung_up",
    "complaint",
    "hardship_referral",
    "dispute_logged",
    "no_outcome",
)

#: The debtor's mood in a state; the scorer reads distress and anger from it.
MOODS: tuple[str, ...] = (
    "calm",
    "friendly",
    "cooperative",
    "relieved",
    "busy",
    "confused",
    "embarrassed",
    "guarded",
    "evasive",
    "suspicious",
    "anxious",
    "sad",
    "desperate",
    "defensive",
    "annoyed",
    "angry",
    "furious",
)

#: Who a speaker is to the debt. `debtor`: the person who owes, or who decides for a
#: company that owes; `staff`: people at the debtor company (front desk, sales,
#: finance); `third_party`: anyone else (family, colleague, a stranger).
ROLES: tuple[str, ...] = ("debtor", "staff", "third_party")

#: Kinds of authored choices offered in guided mode.
CHOICE_KINDS: tuple[str, ...] = ("good", "weak", "breaks_rule")

#: Words a transition's `on` may use besides label and rule ids.
SPECIAL_TRIGGERS: tuple[str, ...] = ("any", "violation", "nothing")

#: How a transition changes the debtor's promise.
PROMISE_EFFECTS: tuple[str, ...] = ("offer", "own", "drop")
