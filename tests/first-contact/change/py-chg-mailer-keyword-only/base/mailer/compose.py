"""Build plain-text e-mail messages."""
from __future__ import annotations

from email.message import EmailMessage


def compose(to: str, subject: str, body: str, cc: list[str] | None = None) -> EmailMessage:
    """Return a message ready for smtplib.send_message.

    Recipient addresses are validated loosely (one @, no spaces).
    """
    for addr in [to, *(cc or [])]:
        if addr.count("@") != 1 or " " in addr:
            raise ValueError(f"bad address: {addr!r}")
    msg = EmailMessage()
    msg["To"] = to
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject.strip()
    msg.set_content(body)
    return msg
