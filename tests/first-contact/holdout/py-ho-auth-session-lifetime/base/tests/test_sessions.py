from datetime import datetime, timedelta, timezone

import pytest

from gatekeeper.sessions import start, touch

LOGIN = datetime(2026, 5, 4, 9, 30, tzinfo=timezone.utc)


def ts(moment: datetime) -> int:
    return int(moment.timestamp())


def test_session_lasts_fourteen_days():
    session = start("ada", ts(LOGIN))
    assert session.expires_at == ts(LOGIN + timedelta(days=14))


def test_remember_me_lasts_thirty_days():
    session = start("ada", ts(LOGIN), remember_me=True)
    assert session.expires_at == ts(LOGIN + timedelta(days=30))


def test_use_in_the_last_day_extends_by_a_day():
    session = start("ada", ts(LOGIN))
    touch(session, ts(LOGIN + timedelta(days=13, hours=12)))
    assert session.expires_at == ts(LOGIN + timedelta(days=15))


def test_expired_session_is_refused():
    session = start("ada", ts(LOGIN))
    with pytest.raises(PermissionError):
        touch(session, ts(LOGIN + timedelta(days=14, seconds=1)))
