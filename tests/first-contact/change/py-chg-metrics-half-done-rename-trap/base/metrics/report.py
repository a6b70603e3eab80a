"""Latency summary printed by the load-test job."""
from __future__ import annotations

from metrics import stats


def latency_summary(samples_ms: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of request latencies in milliseconds."""
    return {f"p{p}": stats.percentile(samples_ms, p) for p in (50, 95, 99)}
