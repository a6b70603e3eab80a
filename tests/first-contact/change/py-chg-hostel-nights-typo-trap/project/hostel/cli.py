"""python -m hostel.cli RATE NIGHTS [WEEKEND_NIGHTS]"""
import sys

from hostel.pricing import booking_price


def main(argv: list[str]) -> str:
    rate, nights, *rest = argv
    weekend = int(rest[0]) if rest else 0
    return f"{booking_price(float(rate), nights=int(nights), weekend_nights=weekend):.2f}"


if __name__ == "__main__":
    print(main(sys.argv[1:]))
