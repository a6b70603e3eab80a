import io
from datetime import date
from decimal import Decimal

from ledger.statement import Transaction, balance, parse_statement

HEADER = "Buchungstag;Empfaenger;Betrag;Verwendungszweck\n"


def test_parses_one_row():
    rows = parse_statement(io.StringIO(HEADER + "02.01.2024;Stadtwerke;-84,20;Abschlag Jan\n"))
    assert rows == [Transaction(date(2024, 1, 2), "Stadtwerke", Decimal("-84.20"), "Abschlag Jan")]


def test_thousands_separator():
    rows = parse_statement(io.StringIO(HEADER + "31.01.2024;ACME GmbH;3.150,00;Gehalt\n"))
    assert rows[0].amount == Decimal("3150.00")
