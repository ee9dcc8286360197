"""Slot extraction: the amount, date and channel a reply names."""
