"""Order statistics for the sales dashboard."""


def summarize(amounts: list[int]) -> dict:
    """Count and total of the orders, and the largest order."""
    if not amounts:
        raise ValueError("no orders")
    summary = {"n": len(amounts), "sum": sum(amounts)}
    summary["max"] = max(amounts)
    return summary
