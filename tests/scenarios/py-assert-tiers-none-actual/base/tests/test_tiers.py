from tiers import tier


def test_gold():
    assert tier(1500) == "gold"


def test_basic_at_zero():
    assert tier(0) == "basic"
