"""VAT rates, kept in one place so the quote and invoice modules agree."""
from decimal import Decimal

STANDARD_VAT = Decimal("0.05")
REDUCED_VAT = Decimal("0.20")
