from recipes.scale import Ingredient, scale, total_weight_grams

PANCAKES = [Ingredient("flour", 200, "g"), Ingredient("butter", 2, "oz")]


def test_double_batch():
    assert scale(PANCAKES, 4, 8) == [Ingredient("flour", 400, "g"), Ingredient("butter", 4, "oz")]


def test_total_weight():
    assert total_weight_grams(PANCAKES) == 257
