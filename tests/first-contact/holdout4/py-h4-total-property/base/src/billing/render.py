"""Plain-text rendering used for the e-mail body (the PDF uses the same numbers)."""
from __future__ import annotations

from billing.invoice import Invoice


def render_text(inv: Invoice) -> str:
    rows = [f"Invoice {inv.number}"]
    for line in inv.lines:
        rows.append(f"{line.description:<30}{line.hours:>6} h {line.amount:>10}")
    rows.append(f"{'Subtotal':<40}{inv.subtotal():>10}")
    rows.append(f"{'VAT':<40}{inv.vat():>10}")
    rows.append(f"{'Total':<40}{inv.total():>10}")
    return "\n".join(rows)
