"""Tiny command line front-end: `python cli.py "Some Label" [--underscore]`."""
import sys

from tagging import normalize_tag


def main(argv: list[str]) -> int:
    underscore = "--underscore" in argv
    labels = [a for a in argv if not a.startswith("--")]
    for label in labels:
        print(normalize_tag(label, sep="_" if underscore else "-", max_len=60))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
