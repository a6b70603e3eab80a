"""Programme rules. Marketing changes these; keep README in sync."""

POINTS_PER_EUR = 1
TIER_MULTIPLIER = {"basic": 1.0, "silver": 1.5, "gold": 2.0}
WELCOME_BONUS = 50
FREE_DRINK_AT = 100
