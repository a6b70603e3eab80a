import pytest


class FakeApi:
    """Stands in for the HTTP call; counts how often it is hit."""

    def __init__(self):
        self.calls = []

    def __call__(self, base):
        self.calls.append(base)
        return {"rates": {"USD": "1.0843", "GBP": "0.8571", "CHF": "0.9612"}}


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def api():
    return FakeApi()


@pytest.fixture
def clock():
    return FakeClock()
