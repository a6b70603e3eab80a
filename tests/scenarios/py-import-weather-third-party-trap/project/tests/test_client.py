import pytest

import requests

from weather.client import WeatherClient


def fake_fetch(payload: str):
    def fetch(url: str) -> str:
        response = requests.Response()
        response._content = payload.encode()
        return response.text

    return fetch


def test_reads_temperature():
    client = WeatherClient("https://api.example/", fake_fetch('{"temp_c": 21.5}'))
    assert client.temperature("Oslo") == 21.5


def test_missing_temperature_is_an_error():
    client = WeatherClient("https://api.example", fake_fetch("{}"))
    with pytest.raises(ValueError):
        client.temperature("Oslo")
