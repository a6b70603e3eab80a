import unittest

from crmsync.export import Customer, csv_header, to_csv, to_record


class RecordTests(unittest.TestCase):
    def test_full_customer(self):
        c = Customer("Ada", "Lovelace", " Ada@Example.COM ", "sw1a 1aa", "gb", ["vip", "newsletter", "vip"])
        self.assertEqual(
            to_record(c),
            {
                "name": "Ada Lovelace",
                "email": "ada@example.com",
                "zip": "SW1A1AA",
                "country": "GB",
                "tags": "newsletter;vip",
            },
        )

    def test_minimal_customer(self):
        c = Customer("Grace", "", "grace@example.org")
        self.assertEqual(
            to_record(c),
            {"name": "Grace", "email": "grace@example.org", "zip": "", "country": "", "tags": ""},
        )


class CsvTests(unittest.TestCase):
    def test_header(self):
        self.assertEqual(csv_header(), ["name", "email", "zip", "country", "tags"])

    def test_csv_rows(self):
        text = to_csv([Customer("Alan", "Turing", "alan@example.com", "MK3 6EB", "gb")])
        self.assertEqual(
            text.splitlines(),
            ["name,email,zip,country,tags", "Alan Turing,alan@example.com,MK36EB,GB,"],
        )


if __name__ == "__main__":
    unittest.main()
