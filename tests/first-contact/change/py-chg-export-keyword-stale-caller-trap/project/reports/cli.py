"""python -m reports.cli [--semicolon] < rows.tsv > rows.csv"""
from __future__ import annotations

import sys

from reports.export import to_csv


def main(argv: list[str], stdin=sys.stdin) -> str:
    lines = [line.rstrip("\n").split("\t") for line in stdin if line.strip()]
    if not lines:
        return ""
    return to_csv(lines[0], lines[1:], delimiter=";" if "--semicolon" in argv else ",")


if __name__ == "__main__":
    sys.stdout.write(main(sys.argv[1:]))
