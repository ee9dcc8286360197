"""Understanding of trainee replies: `classify` turns text into labels, slots and evidence."""

from simulator.understanding.classify import Labels, classify
from simulator.understanding.labels import CHANNELS, LABELS, MOVES, VIOLATIONS

__all__ = ["CHANNELS", "LABELS", "MOVES", "VIOLATIONS", "Labels", "classify"]
