"""Widgets of the game, one per module."""
