from ledger import statement
from ledger.statement import Entry, render


def test_render_statement(monkeypatch):
    monkeypatch.setattr(statement, "clock", lambda: "2024-05-31")
    text = render([Entry("Salary", 250000), Entry("Rent", -90050)])
    assert text.splitlines() == [
        "Statement 2024-05-31",
        "Salary        €2500.00",
        "Rent          -€900.50",
        "Balance       €1599.50",
    ]
