"""Cache keys."""
from __future__ import annotations

import hashlib
import json
from typing import Any


def make_key(*parts: Any) -> str:
    """A stable key from arbitrary JSON-serialisable parts."""
    raw = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha1(raw.encode()).hexdigest()[:16]
