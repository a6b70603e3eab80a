"""Push notification payloads."""
