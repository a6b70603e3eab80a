import pytest

from ratecard import RateTable

RATES_CSV = "fixtures/rates.csv"


@pytest.fixture(scope="module")
def rates() -> RateTable:
    """The carrier's 2024 rate card, trimmed to a few bands."""
    return RateTable.from_csv(RATES_CSV)
