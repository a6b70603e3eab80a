"""Warms the thumbnail cache before the gallery goes live."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)


def warm(keys: Iterable[str], render: Callable[[str], bytes], cache: dict[str, bytes]) -> int:
    """Renders every key missing from the cache; returns how many were rendered."""
    rendered = 0
    log.info(f"warming thumbnail cache")
    for key in keys:
        if key in cache:
            continue
        cache[key] = render(key)
        rendered += 1
    log.info("rendered %d thumbnails", rendered)
    return rendered
