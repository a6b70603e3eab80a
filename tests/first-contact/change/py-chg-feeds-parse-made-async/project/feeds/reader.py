"""Read items from an RSS 2.0 document."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Item:
    title: str
    link: str


def read_feed(source: str, load: Callable[[str], str]) -> list[Item]:
    """Load ``source`` with ``load`` and return its items, newest first as in the feed.

    Items without a link are skipped; titles are stripped.
    """
    root = ET.fromstring(load(source))
    items = []
    for node in root.iter("item"):
        link = (node.findtext("link") or "").strip()
        if not link:
            continue
        items.append(Item((node.findtext("title") or "").strip(), link))
    return items
