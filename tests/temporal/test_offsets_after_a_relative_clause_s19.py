"""Issue 11, session 19: "the following year" after a date in a relative clause that has closed counts
from the story's date, not from the aside's. Texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text, expression, expected", [
    ("In 1912 the club won the cup. The captain, who had joined in 1905, retired the following year.",
     "the following year", "1913"),
    ("In March 1931 the mill reopened. The foreman, whose son was born in May 1920, left the next month.",
     "the next month", "1931-04"),
    ("The bridge opened on 4 June 1887. Its engineer, who had drawn the plans in 1880, fell ill the next day.",
     "the next day", "1887-06-05"),
])
def test_an_offset_after_a_closed_relative_clause_counts_from_the_story(text: str, expression: str,
                                                                         expected: str) -> None:
    assert {t.text: t.value for t in tag(text, None)}[expression] == expected


@pytest.mark.parametrize("text, expression, expected", [
    # no relative clause: the date just named in the sentence is still the one counted from
    ("The old timetable runs until 30 March, and the new one starts the day after.", "the day after", "2024-03-31"),
    ("In 1912 the club won the cup; its captain joined a rival in 1905 and left it the following year.",
     "the following year", "1906"),
])
def test_an_offset_after_a_date_named_in_its_own_clause_still_counts_from_it(text: str, expression: str,
                                                                             expected: str) -> None:
    assert {t.text: t.value for t in tag(text, date(2024, 3, 1))}[expression] == expected
