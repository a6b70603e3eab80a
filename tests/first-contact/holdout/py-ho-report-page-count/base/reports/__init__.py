"""Paged PDF/CSV reports for the back office."""
