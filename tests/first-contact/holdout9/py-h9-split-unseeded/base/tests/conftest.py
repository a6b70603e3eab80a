import pytest


@pytest.fixture
def rows():
    """40 labelled rows: 30 'ham', 10 'spam'."""
    return [{"id": i, "label": "spam" if i % 4 == 0 else "ham"} for i in range(40)]
