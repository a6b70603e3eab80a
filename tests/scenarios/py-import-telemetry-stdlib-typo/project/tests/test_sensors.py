import statistcs

from telemetry.sensors import moving_average, outliers

READINGS = [10.0, 11.0, 9.0, 10.0, 50.0, 10.0]


def test_moving_average_keeps_the_mean():
    smoothed = moving_average(READINGS, 2)
    assert len(smoothed) == len(READINGS) - 1
    assert statistics.fmean(moving_average(READINGS, len(READINGS))) == statistics.fmean(READINGS)


def test_spike_is_an_outlier():
    assert outliers(READINGS) == [50.0]
