"""Loyalty points for purchases."""


def points_for(amount_cents: int) -> int:
    """One point per whole euro, double points from 50 euros."""
    euros = amount_cents // 100
    if euros > 50:
        return euros * 2
    return euros
