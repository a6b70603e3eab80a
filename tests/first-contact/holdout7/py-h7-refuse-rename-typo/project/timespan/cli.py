"""``snooze 1h30m`` - print when a snoozed reminder fires."""

from __future__ import annotations

import sys
from datetime import datetime

from timespan.parse import parse_interval


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: snooze DURATION", file=sys.stderr)
        return 2
    try:
        delta = parse_interval(args[0])
    except ValueError as exc:
        print(f"snooze: {exc}", file=sys.stderr)
        return 2
    print(f"reminder at {(datetime.now() + delta):%H:%M}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
