import pytest

from library.branch import Branch


@pytest.fixture
def branch():
    return Branch(["B001", "B002", "B003"])
