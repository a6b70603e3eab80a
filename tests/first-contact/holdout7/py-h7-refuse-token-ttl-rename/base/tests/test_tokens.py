import pytest

from authtok.tokens import TokenError, issue_token, verify_token

SECRET = b"test-secret"
T0 = 1_700_000_000


def test_round_trip():
    tok = issue_token("u-17", secret=SECRET, scope="write", now=T0)
    claims = verify_token(tok, secret=SECRET, now=T0 + 10)
    assert claims == {"sub": "u-17", "scope": "write", "iat": T0, "exp": T0 + 3600}


def test_custom_ttl_expires():
    tok = issue_token("u-17", secret=SECRET, ttl=60, now=T0)
    assert verify_token(tok, secret=SECRET, now=T0 + 59)["exp"] == T0 + 60
    with pytest.raises(TokenError, match="expired"):
        verify_token(tok, secret=SECRET, now=T0 + 60)


def test_rejects_non_positive_ttl():
    with pytest.raises(ValueError, match="ttl must be positive"):
        issue_token("u-17", secret=SECRET, ttl=0)


def test_forged_signature():
    tok = issue_token("u-17", secret=SECRET, now=T0)
    with pytest.raises(TokenError, match="bad signature"):
        verify_token(tok, secret=b"other", now=T0)
