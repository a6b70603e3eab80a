"""Sensor readings: smoothing and outliers."""
import statistics


def moving_average(values: list[float], window: int) -> list[float]:
    """Averages of each run of `window` consecutive values."""
    if window <= 0:
        raise ValueError("window must be positive")
    return [statistics.fmean(values[i : i + window]) for i in range(len(values) - window + 1)]


def outliers(values: list[float], k: float = 2.0) -> list[float]:
    """Values more than `k` standard deviations from the mean."""
    if len(values) < 2:
        return []
    mu = statistics.fmean(values)
    sd = statistics.stdev(values)
    return [v for v in values if abs(v - mu) > k * sd]
