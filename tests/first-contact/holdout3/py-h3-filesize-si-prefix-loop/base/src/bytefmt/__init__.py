"""Human-readable byte counts."""

from __future__ import annotations

from .sizes import naturalsize

__all__ = ["naturalsize"]
