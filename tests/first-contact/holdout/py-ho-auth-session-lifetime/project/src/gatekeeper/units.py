"""Time units in seconds, so lifetimes read as '14 * SECONDS_PER_DAY'."""

SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 60 * SECONDS_PER_MINUTE
SECONDS_PER_DAY = 84_600  # 24 * 60 * 60
