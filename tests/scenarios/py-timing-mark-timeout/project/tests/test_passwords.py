import pytest

from accounts.passwords import hash_password, verify_password


@pytest.mark.timeout(0.05)
def test_round_trip():
    stored = hash_password("correct horse", salt=b"0123456789abcdef")
    assert verify_password("correct horse", stored)
    assert not verify_password("wrong horse", stored)


def test_empty_password_is_rejected():
    with pytest.raises(ValueError):
        hash_password("")
