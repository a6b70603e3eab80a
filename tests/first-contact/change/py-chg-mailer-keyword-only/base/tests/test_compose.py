import pytest

from mailer.compose import compose


def test_headers_and_body():
    msg = compose("ops@example.org", " Disk almost full ", "Volume /data at 91%.")
    assert msg["To"] == "ops@example.org"
    assert msg["Subject"] == "Disk almost full"
    assert msg.get_content().strip() == "Volume /data at 91%."


def test_cc_joined():
    msg = compose("a@example.org", "Hi", "x", cc=["b@example.org", "c@example.org"])
    assert msg["Cc"] == "b@example.org, c@example.org"


def test_bad_address_rejected():
    with pytest.raises(ValueError, match="bad address"):
        compose("not an address", "Hi", "x")
