import unittest
from datetime import date
from decimal import Decimal

from ledgerimport import Transaction, read_statement

HEADER = "Date;Payee;Amount;Reference\n"


def statement(*rows: str) -> str:
    return HEADER + "\n".join(rows) + "\n"


class ReadStatement(unittest.TestCase):
    def test_reads_rows(self):
        txs = read_statement(statement("03.02.2024;Bakery;-4,50;", "05.02.2024;ACME Ltd;1.250,00;INV-7"))
        self.assertEqual(
            txs,
            [
                Transaction(date(2024, 2, 3), "Bakery", Decimal("-4.50")),
                Transaction(date(2024, 2, 5), "ACME Ltd", Decimal("1250.00"), "INV-7"),
            ],
        )

    def test_skips_blank_and_balance_rows(self):
        txs = read_statement(statement("03.02.2024;Bakery;-4,50;", ";;;", "29.02.2024;Balance;812,10;"))
        self.assertEqual(len(txs), 1)

    def test_bad_date_names_line(self):
        with self.assertRaisesRegex(ValueError, r"^line 3: "):
            read_statement(statement("03.02.2024;Bakery;-4,50;", "31.02.2024;Bakery;-1,00;"))

    def test_leading_byte_order_mark_is_ignored(self):
        txs = read_statement("\ufeff" + statement("03.02.2024;Bakery;-4,50;"))
        self.assertEqual(txs[0].day, date(2024, 2, 3))

    def test_missing_columns(self):
        with self.assertRaisesRegex(ValueError, "missing columns: Amount"):
            read_statement("Date;Payee\n01.01.2024;X\n")


if __name__ == "__main__":
    unittest.main()
