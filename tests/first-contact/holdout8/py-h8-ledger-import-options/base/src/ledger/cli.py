"""ledger-import: print per-category sums of a bank CSV export."""
from __future__ import annotations

import argparse

from .importer import import_csv
from .summary import by_category


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ledger-import")
    parser.add_argument("csv")
    parser.add_argument("--delimiter", default=",")
    parser.add_argument("--date-format", default="%Y-%m-%d")
    parser.add_argument("--decimal-comma", action="store_true")
    args = parser.parse_args(argv)
    rows = import_csv(args.csv, args.delimiter, args.date_format, args.decimal_comma)
    for category, total in by_category(rows).items():
        print(f"{category:<20}{total:>12}")
    return 0
