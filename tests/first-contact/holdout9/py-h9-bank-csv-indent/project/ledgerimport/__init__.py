"""Import bank statement CSV exports into ledger transactions."""
from .reader import Transaction, read_statement

__all__ = ["Transaction", "read_statement"]
