import pytest

from logsearch.lexer import Token, tokenize


def test_field_and_word():
    assert tokenize("level:error") == [Token("FIELD", "level"), Token("COLON", ":"), Token("WORD", "error")]


@pytest.mark.parametrize("op", ["and", "AND", "And"])
def test_operators_ignore_case(op):
    assert tokenize(f"a {op} b")[1] == Token("AND", op)


def test_quoted_phrase():
    assert tokenize('msg:"disk full" OR oom')[2:] == [Token("QUOTED", "disk full"), Token("OR", "OR"), Token("WORD", "oom")]
