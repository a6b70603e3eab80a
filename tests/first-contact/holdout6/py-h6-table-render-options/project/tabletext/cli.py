"""`python -m tabletext.cli FILE.csv` prints a CSV file as a table."""
from __future__ import annotations

import csv
import sys

from tabletext.render import TableOptions, render_table


def main(argv: list[str]) -> int:
    with open(argv[0], newline="") as fh:
        rows = list(csv.DictReader(fh))
    columns = list(rows[0]) if rows else []
    print(render_table(rows, columns, TableOptions(width=14)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
