import pytest

from metrics import stats
from metrics.report import latency_summary

SAMPLES = [12, 15, 11, 90, 14, 13, 16, 250, 15, 14]


def test_nearest_rank():
    assert stats.percentile([15, 20, 35, 40, 50], 40) == 20


def test_summary():
    assert latency_summary(SAMPLES) == {"p50": 14, "p95": 250, "p99": 250}


def test_empty_rejected():
    with pytest.raises(ValueError):
        stats.percentile([], 50)
