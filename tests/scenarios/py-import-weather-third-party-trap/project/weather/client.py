"""Weather client over an injectable fetch function (stdlib only)."""
import json
from typing import Callable

Fetch = Callable[[str], str]


class WeatherClient:
    """Reads current conditions from a JSON endpoint."""

    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base_url = base_url.rstrip("/")
        self.fetch = fetch

    def temperature(self, city: str) -> float:
        """Current temperature in Celsius."""
        body = json.loads(self.fetch(f"{self.base_url}/current?city={city}"))
        if "temp_c" not in body:
            raise ValueError(f"no temperature for {city}")
        return float(body["temp_c"])
