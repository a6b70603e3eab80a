"""Turn byte counts into short strings such as ``"1.5 kB"``."""

from __future__ import annotations

_DECIMAL = ("Bytes", "kB", "MB", "GB", "TB", "PB")
_BINARY = ("Bytes", "KiB", "MiB", "GiB", "TiB", "PiB")


def naturalsize(value: float, binary: bool = False, precision: int = 1) -> str:
    """Format a byte count.

    Decimal units (powers of 1000, SI symbols ``kB``, ``MB``, ...) are used
    unless ``binary`` is true, in which case powers of 1024 and the IEC names
    are used::

        >>> naturalsize(1500)
        '1.5 kB'
        >>> naturalsize(1536, binary=True)
        '1.5 KiB'
    """
    base = 1024 if binary else 1000
    names = _BINARY if binary else _DECIMAL
    size = float(value)
    sign = "-" if size < 0 else ""
    size = abs(size)
    if size == 1:
        return f"{sign}1 Byte"
    if size < base:
        return f"{sign}{int(size)} Bytes"
    for unit in names[1:]:
        size /= base
        if size < base or unit == names[-1]:
            return f"{sign}{size:.{precision}f} {unit}"
    raise AssertionError("unreachable")
