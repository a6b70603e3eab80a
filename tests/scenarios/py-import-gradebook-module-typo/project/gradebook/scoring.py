"""Course grading."""


def weighted_mean(scores: dict[str, float], weights: dict[str, float]) -> float:
    """Mean of the scores weighted per component; weights need not sum to 1."""
    total = sum(weights[k] for k in scores)
    if total == 0:
        raise ValueError("weights sum to zero")
    return sum(scores[k] * weights[k] for k in scores) / total


def letter(mean: float) -> str:
    """Letter grade for a mean on a 0-100 scale."""
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if mean >= cutoff:
            return grade
    return "F"
