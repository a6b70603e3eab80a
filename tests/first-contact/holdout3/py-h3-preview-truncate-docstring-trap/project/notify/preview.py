"""Short previews of message bodies for push notifications."""

from __future__ import annotations


def truncate(text: str, width: int, placeholder: str = "…") -> str:
    """Collapse whitespace and shorten ``text`` to fit in ``width`` characters.

    The result, placeholder included, is never longer than ``width``
    characters; text that already fits is returned unchanged (apart from the
    whitespace). Push services reject payloads whose preview is too long.

    >>> truncate("Meeting moved to 3pm", 12)
    'Meeting mov…'
    """
    if width < len(placeholder):
        raise ValueError("width is smaller than the placeholder")
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[:width] + placeholder


def preview(sender: str, body: str, width: int = 40) -> dict[str, str]:
    """The ``title``/``body`` pair sent to the push service."""
    return {"title": truncate(sender, 24), "body": truncate(body, width)}
