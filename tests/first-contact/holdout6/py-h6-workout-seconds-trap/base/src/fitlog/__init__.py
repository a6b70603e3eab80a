"""Training log."""
