"""Assertion helpers shared by the packing slip tests."""


def expected_line(sku: str, qty: int, name: str) -> str:
    return f"{sku:<10}{qty:>4}  {name}"


def assert_slip_lines(text: str, rows: list[tuple[str, int, str]]) -> None:
    """Check the item lines (between the two rulers) of a rendered slip."""
    body = text.splitlines()[2:-2]
    assert body == [expected_line(*row) for row in rows]
