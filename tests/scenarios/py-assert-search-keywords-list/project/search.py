"""Search keywords from free text."""
import re

STOP_WORDS = {"a", "an", "the", "of", "and"}


def keywords(text: str) -> list[str]:
    """Words in order of first appearance, without stop words or repeats, lowercased."""
    seen: list[str] = []
    for word in re.findall(r"[A-Za-z']+", text):
        word = word.lower()
        if word.lower() in STOP_WORDS or word in seen:
            continue
        seen.append(word)
    return seen
