import pytest

from notifier import Notifier


@pytest.fixture
def notifier():
    return Notifier()
