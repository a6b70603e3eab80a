"""Ticket desk of the Lichtspiele cinema."""
