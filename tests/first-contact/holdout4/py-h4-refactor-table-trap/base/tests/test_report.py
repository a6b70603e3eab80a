from timesheet.report import Entry, render

ENTRIES = [
    Entry("webshop", "mon", 4.0),
    Entry("intranet", "mon", 3.5),
    Entry("webshop", "tue", 3.5),
    Entry("intranet", "wed", 8.25),
]


def test_render_week():
    assert render(ENTRIES) == (
        "Project     Hours\n"
        "intranet    11.75\n"
        "webshop      7.50\n"
        "Total       19.25"
    )


def test_single_project():
    assert render([Entry("a", "mon", 2)]).splitlines() == [
        "Project    Hours",
        "a         2.00",
        "Total     2.00",
    ]
