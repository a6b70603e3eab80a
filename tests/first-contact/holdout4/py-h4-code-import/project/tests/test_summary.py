import pytest

from csvstats.summary import Summary, summarize

CSV = """day,visits,bounce
mon,120,0.41
tue,98,
wed,143,0.38
thu,110,0.44
"""


def test_summary_of_visits():
    assert summarize(CSV, "visits") == Summary(4, 117.75, 115.0, 98.0, 143.0)


def test_blank_cells_are_skipped():
    assert summarize(CSV, "bounce").count == 3


def test_empty_column():
    with pytest.raises(ValueError, match="no values"):
        summarize("a,b\n1,\n", "b")


def test_semicolon_export():
    text = "tag;umsatz\nmo;10,5\ndi;11,5\n"
    assert summarize(text, "umsatz").mean == 11.0
