"""Modal questions and panels."""
