"""A list's item or a form's "Field | value" row is never a document's title (acceptance test,
session 17: a changelog was titled by its second bullet, a .docx memo by its "Date | ..." row); the
next line that can be one is taken, else the file's name."""

from __future__ import annotations

import pytest

from explorer.documents.headline import guess_title


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "1. ", "2) "])
def test_a_list_of_items_is_titled_by_its_file_name(bullet: str) -> None:
    text = ("# Release notes\n\n## 2.4 — 2025-06-01\n"
            f"{bullet}Repaired the importer when a spreadsheet had an empty first column (seen on 2025-05-20)\n"
            f"{bullet}Moved the settings page under the account menu for every user\n")
    assert guess_title(text, "/x/09-release-notes.md") == "09 release notes"


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_memo_s_field_rows_are_not_its_title(sep: str) -> None:
    text = (f"NOTICE\n\nTo{sep}All site staff\n\nFrom{sep}Facilities\n\nDate{sep}3 June 2025\n\n"
            "The east car park shuts on Monday while the surface is relaid by the contractor.\n")
    title = guess_title(text, "/x/notice.docx")
    assert "|" not in title and "\t" not in title and "June" not in title and "Facilities" not in title
    assert title.startswith("The east car park")


def test_a_lone_date_row_is_not_the_title_but_a_headline_above_it_is() -> None:
    text = "Car park resurfacing starts Monday\n\nDate | 3 June 2025\n\nThe east car park shuts on Monday while the surface is relaid.\n"
    assert guess_title(text, "/x/a.docx") == "Car park resurfacing starts Monday"
    assert guess_title("Date | 3 June 2025\n\n" + text.split("\n\n", 2)[2], "/x/a.docx") != "Date | 3 June 2025"


def test_a_kicker_bar_in_a_headline_is_kept() -> None:
    text = "Opinion | Why the new ferry timetable fails commuters\n\nThe timetable published on Monday cuts two early sailings from the island.\n"
    assert "ferry timetable" in guess_title(text, "/x/a.html")
