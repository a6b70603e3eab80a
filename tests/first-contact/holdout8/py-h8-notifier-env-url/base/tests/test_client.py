import json

import pytest

from notifier import Notifier, Settings


def test_chat_request(notifier):
    req = notifier.chat("ops alerts", "disk 91% on db-2", urgent=True)
    assert req.method == "POST"
    assert req.url == "https://staging.notify.example.com/v1/channels/ops%20alerts/messages"
    assert json.loads(req.body) == {"text": "disk 91% on db-2", "urgent": True}
    assert "Authorization" not in req.headers


def test_digest_request(notifier):
    req = notifier.digest("team@example.com", ["3 new signups", "1 refund"])
    assert req.url.endswith("/v1/digests")
    assert json.loads(req.body)["lines"] == ["- 3 new signups", "- 1 refund"]


def test_token_header():
    n = Notifier(Settings(api_url="https://notify.internal", token="s3cret"))
    assert n.chat("x", "hi").headers["Authorization"] == "Bearer s3cret"


def test_settings_from_env_mapping():
    s = Settings.from_env({"NOTIFY_API_URL": "https://n.example/", "NOTIFY_TIMEOUT": "2.5"})
    assert s.api_url == "https://n.example"
    assert s.timeout == 2.5


@pytest.mark.parametrize("bad", ["", "   "])
def test_rejects_empty_chat(notifier, bad):
    with pytest.raises(ValueError, match="empty message"):
        notifier.chat("ops", bad)


def test_rejects_bad_address(notifier):
    with pytest.raises(ValueError, match="not an e-mail address"):
        notifier.digest("team", [])
