import pytest

from tabular.exporters import available, export, register


def to_tsv(rows):
    header = "\t".join(rows[0])
    return "\n".join([header] + ["\t".join(str(v) for v in r.values()) for r in rows]) + "\n"


def test_register_plugin_format():
    register("tsv", to_tsv)
    assert "tsv" in available()
    assert export([{"a": 1, "b": 2}], "tsv") == "a\tb\n1\t2\n"


def test_register_twice_raises():
    with pytest.raises(ValueError, match="'csv' is already registered"):
        register("csv", to_tsv)
