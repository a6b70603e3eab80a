from reports import Sale, header, render


def test_header_names_quarter():
    year = 2024
    assert header("sales", 3, year) == f"SALES - Q3 {year}


def test_render_sorts_regions():
    text = render("sales", 1, 2024, [Sale("west", 10), Sale("east", 5.5), Sale("west", 2)])
    assert text.splitlines()[1:] == ["east            5.50", "west           12.00"]
