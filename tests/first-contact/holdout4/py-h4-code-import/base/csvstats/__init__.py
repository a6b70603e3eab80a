"""Quick column statistics for CSV exports."""
