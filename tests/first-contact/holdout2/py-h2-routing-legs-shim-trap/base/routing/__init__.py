"""Route planning helpers for the courier dispatch service."""
