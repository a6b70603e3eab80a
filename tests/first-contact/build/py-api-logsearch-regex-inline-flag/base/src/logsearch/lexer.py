"""A tokenizer for the query language of the log search box."""
from __future__ import annotations

import re
from typing import NamedTuple

TOKENS = [
    ("AND", r"(?i)\band\b"),
    ("OR", r"(?i)\bor\b"),
    ("FIELD", r"[a-z_]+(?=:)"),
    ("COLON", r":"),
    ("QUOTED", r'"[^"]*"'),
    ("WORD", r"[^\s:\"]+"),
    ("SPACE", r"\s+"),
]
PATTERN = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKENS))


class Token(NamedTuple):
    kind: str
    text: str


def tokenize(query: str) -> list[Token]:
    """Splits a query into tokens, dropping whitespace; quotes are stripped from QUOTED."""
    out = []
    for m in PATTERN.finditer(query):
        kind = m.lastgroup or ""
        text = m.group()
        if kind == "SPACE":
            continue
        if kind == "QUOTED":
            text = text[1:-1]
        out.append(Token(kind, text))
    return out
