"""Address blocks for the 62 mm label printer.

The printer takes at most 5 lines of 32 characters. Lines that are too long
are cut; empty address parts are left out.
"""
from __future__ import annotations

LINE_WIDTH = 32
MAX_LINES = 5


def _fit(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LINE_WIDTH else text[: LINE_WIDTH - 1] + "."


def address_lines(address: dict[str, str]) -> list[str]:
    """Lines of the address block, top to bottom.

    Keys: name, company (optional), street, postcode, city, country.
    The country is printed in capitals on its own line.
    """
    lines = [address["name"], address.get("company", ""), address["street"]]
    lines.append(f"{address['postcode']} {address['city']}")
    lines.append(address["country"].upper())
    lines = [_fit(line) for line in lines if line.strip()]
    if len(lines) > MAX_LINES:
        raise ValueError(f"address needs {len(lines)} lines, the label has {MAX_LINES}")
    return lines


def label_text(address: dict[str, str], tracking: str) -> str:
    """The full label: address block, blank line, tracking number."""
    return "\n".join(address_lines(address) + ["", f"TRACKING {tracking}"])
