from stockreport import render_table, stock_report


def test_text_and_numbers():
    table = render_table(["item", "qty"], [["apple", 3], ["kiwi", 12]])
    assert table == "\n".join(
        [
            "item  qty",
            "----- ---",
            "apple   3",
            "kiwi   12",
        ]
    )


def test_stock_report_sorts_by_sku():
    report = stock_report({"B-200": (4, 2.5), "A-100": (10, 0.99)})
    expected = "\n".join(
        [
            "sku   units price value",
            "----- ----- ----- -----",
            "A-100    10  0.99  9.90",
            "B-200     4  2.50 10.00",
        ]
    )
    assert report == expected


def test_single_column_has_no_gap():
    assert render_table(["name"], [["ada"], ["grace"]]) == "name\n-----\nada\ngrace"
