"""Customer tiers from yearly spend."""


def tier(yearly_spend: int) -> str:
    """'gold' from 1000, 'silver' from 200, otherwise 'basic'."""
    if yearly_spend >= 1000:
        return "gold"
    if yearly_spend >= 200:
        return "silver"
    return "basic"
