"""Request builders for the notification API (v1)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import quote

from .settings import Settings


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    timeout: float = 5.0


class Notifier:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else Settings.from_env()

    def _request(self, path: str, payload: dict) -> Request:
        headers = {"Content-Type": "application/json"}
        if self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        return Request("POST", f"{self.settings.api_url}/v1/{path}", headers,
                       json.dumps(payload, sort_keys=True), self.settings.timeout)

    def chat(self, channel: str, text: str, *, urgent: bool = False) -> Request:
        """Post ``text`` to a chat channel."""
        if not text.strip():
            raise ValueError("empty message")
        return self._request(f"channels/{quote(channel, safe='')}/messages",
                             {"text": text, "urgent": urgent})

    def digest(self, to: str, items: list[str]) -> Request:
        """Queue an e-mail digest with one bullet per item."""
        if "@" not in to:
            raise ValueError(f"not an e-mail address: {to!r}")
        return self._request("digests", {"to": to, "lines": [f"- {i}" for i in items]})
