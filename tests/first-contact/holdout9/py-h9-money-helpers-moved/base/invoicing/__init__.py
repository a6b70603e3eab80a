"""Invoice numbering, totals and formatting."""
