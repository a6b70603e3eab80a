"""A tiny household ledger."""
