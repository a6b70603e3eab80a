import pytest

from otp.messages import sms_text


class TestSmsText:
    def test_starts_with_code(self):
        assert sms_text("042917").startswith("042917 is your Fernweh")

    def test_states_validity(self):
        text = sms_text("042917")
        assert "expires in 10 minutes" in text

    def test_rejects_short_code(self):
        with pytest.raises(ValueError):
            sms_text("123")
