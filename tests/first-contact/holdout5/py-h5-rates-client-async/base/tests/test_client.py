from decimal import Decimal

from fxrates import RatesClient


def test_latest_parses_decimals(api, clock):
    client = RatesClient(api, clock=clock)
    rates = client.latest("eur")
    assert rates["USD"] == Decimal("1.0843")
    assert api.calls == ["EUR"]


def test_cached_within_ttl(api, clock):
    client = RatesClient(api, ttl=60, clock=clock)
    client.latest("EUR")
    clock.now += 59
    client.latest("EUR")
    assert api.calls == ["EUR"]


def test_refetched_after_ttl(api, clock):
    client = RatesClient(api, ttl=60, clock=clock)
    client.latest("EUR")
    clock.now += 60
    client.latest("EUR")
    assert api.calls == ["EUR", "EUR"]


def test_convert(api, clock):
    client = RatesClient(api, clock=clock)
    assert client.convert(Decimal("250"), "EUR", "chf") == Decimal("240.30")
