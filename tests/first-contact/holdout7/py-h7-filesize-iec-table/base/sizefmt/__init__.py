"""Human readable byte counts."""

from sizefmt.size import naturalsize, parse_size

__all__ = ["naturalsize", "parse_size"]
