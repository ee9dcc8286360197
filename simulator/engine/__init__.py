"""The call engine: personas compiled into state machines, scenarios, and the `Call` that plays them."""

from simulator.engine.call import Call, CallFinished, DebtorLine, Hint, TurnResult, UnsupportedLanguage
from simulator.engine.content import Content, UnknownScenario, load_content, reload_content
from simulator.engine.persona import Choice

__all__ = [
    "Call",
    "CallFinished",
    "Choice",
    "Content",
    "DebtorLine",
    "Hint",
    "TurnResult",
    "UnknownScenario",
    "UnsupportedLanguage",
    "load_content",
    "reload_content",
]
