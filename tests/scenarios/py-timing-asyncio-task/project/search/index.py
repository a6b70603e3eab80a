"""An in-memory search index rebuilt asynchronously from a document store."""
from __future__ import annotations

import asyncio
import re


class DocumentStore:
    """Pretends to be a remote store: every read costs a round trip."""

    def __init__(self, docs: dict[str, str], delay: float = 0.05) -> None:
        self._docs = docs
        self._delay = delay

    async def ids(self) -> list[str]:
        await asyncio.sleep(self._delay)
        return sorted(self._docs)

    async def read(self, doc_id: str) -> str:
        await asyncio.sleep(self._delay)
        return self._docs[doc_id]


class SearchIndex:
    """Maps lower-cased words to the ids of the documents containing them."""

    def __init__(self) -> None:
        self.words: dict[str, set[str]] = {}

    async def rebuild(self, store: DocumentStore) -> int:
        fresh: dict[str, set[str]] = {}
        for doc_id in await store.ids():
            for word in re.findall(r"[a-z]+", (await store.read(doc_id)).lower()):
                fresh.setdefault(word, set()).add(doc_id)
        self.words = fresh
        return len(fresh)

    def lookup(self, word: str) -> list[str]:
        return sorted(self.words.get(word.lower(), set()))
