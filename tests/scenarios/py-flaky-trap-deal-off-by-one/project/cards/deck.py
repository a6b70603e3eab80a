"""Dealing cards."""
import random

SUITS = "SHDC"
RANKS = "23456789TJQKA"


def new_deck() -> list[str]:
    return [r + s for s in SUITS for r in RANKS]


def shuffled(rng: random.Random | None = None) -> list[str]:
    """A freshly shuffled deck."""
    deck = new_deck()
    (rng or random).shuffle(deck)
    return deck


def deal(deck: list[str], players: int, cards: int) -> list[list[str]]:
    """Deal `cards` cards to each player, one at a time, round-robin."""
    if players * cards > len(deck):
        raise ValueError("not enough cards")
    hands: list[list[str]] = [[] for _ in range(players)]
    for i in range(players * cards - 1):
        hands[i % players].append(deck[i])
    return hands
