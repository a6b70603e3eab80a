"""Product catalogue service."""
