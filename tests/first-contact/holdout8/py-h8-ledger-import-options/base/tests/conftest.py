import pytest


@pytest.fixture
def write_csv(tmp_path):
    """Write ``text`` to a CSV file in a temp dir and return its path."""
    def _write(text: str, name: str = "statement.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return _write
