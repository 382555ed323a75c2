"""A summary under the headline that names a day ("… on Sunday", "On 3 May 1961 …") is still a
standfirst when a byline follows it, and the byline's date line is the page's date (dates #11).

Taken for the first paragraph of the story, it ended the header: the date line under the byline was
skipped and the page's date was inferred from the story, months away (a season recap dated in the
October it began; an anniversary piece a week late). Every text here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import find_document_date

STORY = ("It was a long season. The club opened its campaign on 2 October and lost its first four games, "
         "and by mid-November the manager had gone.\n\nThe new coach changed the side's shape in December "
         "and the club lost only twice after that.\n")


@pytest.mark.parametrize("standfirst, byline, dateline, day", [
    ("Harbourside Gulls lost the cup final on Saturday, ending a season that began with four defeats.",
     "By Mara Quint, sports reporter", "Monday 11 May 2026", date(2026, 5, 11)),
    ("On 3 May 1961 the old ferry made its last crossing. Islanders gathered this week to remember it.",
     "By Tobias Wren", "Friday 5 May 2023", date(2023, 5, 5)),
    ("The council voted on Tuesday night to close the library, after a year of protests.",
     "By Ada Pell and Jon Rusk", "3 March 2027", date(2027, 3, 3)),
])
def test_the_date_line_under_the_byline_dates_the_page(standfirst: str, byline: str, dateline: str, day: date) -> None:
    text = f"Gulls fall at the last\n\n{standfirst}\n\n{byline}\n{dateline}\n\n{STORY}"
    assert find_document_date(text) == day


def test_a_by_line_deep_in_the_story_does_not_reopen_the_header() -> None:
    """A sentence-like "By ..." line further down is the story's: its date stays an event's."""
    text = ("Gulls fall at the last\n\n" + STORY + "\nBy the end of the season the club had a new captain.\n"
            "12 April 2026\n\nMore on this story.\n")
    assert find_document_date(text) != date(2026, 4, 12)
