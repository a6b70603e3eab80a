"""Grade book statistics for one class."""
from typing import Dict, Iterable, List

PASS_MARK = 50


def mean(marks: Iterable[float]) -> float:
    """Arithmetic mean of the marks, 0.0 for none."""
    values = list(marks)
    return sum(values) / len(values) if values else 0.0


def failing(book: Dict[str, List[int]]) -> List[str]:
    """Students whose mean mark is below the pass mark, sorted by name."""
    return sorted(name for name, marks in book.items() if mean(marks) < PASS_MARK)
