"""Customer tiers from yearly spend."""


def tier(yearly_spend: int) -> str:
    """'gold' from 1000, 'silver' from 200, otherwise 'basic'."""
    levels = [(1000, "gold"), (200, "silver"), (0, "basic")]
    for floor, name in levels:
        if yearly_spend > floor:
            return name
