import random

from cards.deck import deal, new_deck, shuffled


def test_deck_has_52_cards():
    assert len(set(new_deck())) == 52


def test_every_player_gets_five():
    deck = shuffled()
    random.shuffle(deck)
    hands = deal(deck, 4, 5)
    assert [len(h) for h in hands] == [5, 5, 5, 5]
