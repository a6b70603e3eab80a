import pytest

from snapkeep.config import Retention, load_config

SAMPLE = """
source = "/srv/data"
target = "s3://backups/data"

[keep]
daily = 14
monthly = 6
"""


def test_reads_paths() -> None:
    cfg = load_config(SAMPLE)
    assert cfg.source == "/srv/data"
    assert cfg.target == "s3://backups/data"


def test_missing_retention_keys_use_defaults() -> None:
    cfg = load_config(SAMPLE)
    assert cfg.retention == Retention(daily=14, weekly=4, monthly=6)


def test_missing_target_is_reported() -> None:
    with pytest.raises(ValueError, match="missing key: target"):
        load_config('source = "/srv/data"')


def test_negative_counts_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        load_config(SAMPLE + "weekly = -1\n")
