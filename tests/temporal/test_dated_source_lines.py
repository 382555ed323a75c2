"""A line of its own naming where the text below it was taken from and when it was written ("From the
Gazette of 5 November 1926", "Letter dated 3 June 1915", "Extract from the minutes of 4 March 1880:")
is a dated heading: what the section says of "Saturday", "yesterday" or "next week" is said on that
day, until the next such line, not on the page's own date (a "years ago" column, a file of letters,
a page of extracts). Session forty-three (h43g, page genres, issue 11).

Every line here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

_PAGE = date(2026, 3, 20)

_CASES = [
    ("From the Gazette of 5 November 1926\nOn Saturday the new lifeboat was named at the harbour.",
     "Saturday", "1926-10-30"),
    ("From our issue of 12 May 1951\nThe mayor opened the new baths yesterday.", "yesterday", "1951-05-11"),
    ("Letter dated 3 June 1915\nWe moved up to the line on Tuesday and shall rest next week.", "Tuesday", "1915-06-01"),
    ("Extract from the minutes of 4 March 1880:\nThe committee met last Monday to hear the surveyor.",
     "last Monday", "1880-03-01"),
    ("Minutes of the meeting of 7 October 1931\nThe treasurer said the rates were all paid last month.",
     "last month", "1931-09"),
    ("Telegram of 9 August 1902.\nArrived this morning. Leave tomorrow for the coast.", "tomorrow", "1902-08-10"),
    ("The Courier, edition of 14 February 1963\nSnow closed every road out of the town on Wednesday.",
     "Wednesday", "1963-02-13"),
    ("Diary of a farm labourer, entry of 30 September 1847\nWe finished the barley this afternoon.",
     "this afternoon", "1847-09-30TAF"),
    ("From the parish records of 2 April 1798\nThe vestry agreed last week to mend the church roof.",
     "last week", "1798-W13"),
]


@pytest.mark.parametrize("text, expression, value", _CASES)
def test_a_dated_source_line_sets_the_day_its_section_is_told_on(text: str, expression: str, value: str) -> None:
    page = f"Looking back\n\nPublished {_PAGE.day} March {_PAGE.year}\n\n{text}\n"
    got = [t.value for t in tag(page, _PAGE) if t.text == expression]
    assert got == [value]


def test_each_section_counts_from_its_own_source_line_and_the_page_date_still_holds_before_them() -> None:
    page = ("Looking back\n\nThe Wendle Gazette, 20 March 2026. Our archive team chose these yesterday.\n\n"
            "From the Gazette of 19 March 1926\nThe harbour wall was finished on Monday.\n\n"
            "From the Gazette of 21 March 1976\nThe cinema closed its doors on Monday.\n")
    values = [(t.text, t.value) for t in tag(page, _PAGE)]
    assert ("yesterday", "2026-03-19") in values
    assert [v for text, v in values if text == "Monday"] == ["1926-03-15", "1976-03-15"]


@pytest.mark.parametrize("line", [
    "The council met on 5 March 2026 to set the budget.",  # a sentence telling a happening, no source line
    "Ward councillors were told of 5 March 2026 as the date for the vote, and said so.",
])
def test_a_sentence_ending_in_a_date_is_no_source_line(line: str) -> None:
    page = f"Council news\n\nPublished 20 March 2026\n\n{line}\nThe mayor resigned yesterday.\n"
    assert [t.value for t in tag(page, _PAGE) if t.text == "yesterday"] == ["2026-03-19"]
