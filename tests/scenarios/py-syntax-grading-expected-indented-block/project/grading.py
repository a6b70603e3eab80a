"""Course grading: weighted scores and letter grades."""
from typing import Dict

WEIGHTS = {"homework": 0.3, "midterm": 0.3, "final": 0.4}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def weighted_score(scores: Dict[str, float]) -> float:
    """Weighted average of the component scores, rounded to one decimal."""
    missing = set(WEIGHTS) - set(scores)
    if missing:
        raise KeyError(f"missing scores: {sorted(missing)}")
    return round(sum(scores[k] * w for k, w in WEIGHTS.items()), 1)


def letter(score: float) -> str:
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "F"
