"""Screens of the game, one per module."""
