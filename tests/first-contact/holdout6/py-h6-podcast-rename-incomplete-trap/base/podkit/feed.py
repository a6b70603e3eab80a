"""RSS <item> elements for episodes."""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from podkit.durations import format_duration


@dataclass
class Episode:
    title: str
    audio_url: str
    seconds: int


def item_xml(episode: Episode) -> str:
    """The <item> element of one episode."""
    return (
        "<item>"
        f"<title>{escape(episode.title)}</title>"
        f'<enclosure url="{escape(episode.audio_url)}" type="audio/mpeg"/>'
        f"<itunes:duration>{format_duration(episode.seconds)}</itunes:duration>"
        "</item>"
    )
