"""Scoring of practice calls: context rules, empathy, PTP quality, rubric, feedback, debrief."""
