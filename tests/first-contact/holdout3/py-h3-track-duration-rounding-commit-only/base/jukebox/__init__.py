"""A small music library for the shop's in-store player."""
