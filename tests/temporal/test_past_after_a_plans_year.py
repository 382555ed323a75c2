"""A yearless date told in the past does not take the year of a plan told before it.

With no document date, the story's time is the last year the text gave; but a year given only as a plan
of the writer's now ("hopes to move in 2030", "is due to reopen in 2026", "said the road would open in
2027") lies ahead of the page, and a done act told after it is not in that year. A corrections column
put "A report on 28 April gave the wrong name" in April 2027, the year a road was said to open.
Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal


def _value(text: str, words: str, dct: date | None = None) -> str:
    found = [t for t in temporal.tag(text, dct) if t.text == words]
    assert len(found) == 1, [(t.text, t.value) for t in temporal.tag(text, dct)]
    return found[0].value


@pytest.mark.parametrize(("text", "words"), [
    ("An article on 3 May said the road would open in 2027. A report on 28 April gave the wrong name.", "28 April"),
    ("The club hopes to move to a new ground in 2030. Its chairman resigned on 14 February.", "14 February"),
    ("The bridge is due to reopen in 2026. It was closed on 3 March after an inspection.", "3 March"),
    ("The new terminal is expected to open in 2028. The first contract was signed on 9 July.", "9 July"),
    ("The museum plans to reopen in 2029. Its director stepped down on 2 October.", "2 October"),
    ("The minister promised that the tunnel would be finished in 2033. Workers walked out on 11 May.", "11 May"),
    ("Both firms will merge in 2027. Talks began on 6 January after a failed bid.", "6 January"),
])
def test_a_done_act_after_a_plans_year_is_not_in_that_year(text: str, words: str) -> None:
    assert _value(text, words).startswith("XXXX"), "no year to be had: undated, not the plan's"


def test_with_a_document_date_the_done_act_counts_from_the_page() -> None:
    value = _value("The club hopes to move to a new ground in 2030. Its chairman resigned on 14 February.",
                   "14 February", date(2025, 6, 1))
    assert value == "2025-02-14"


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The company was founded in 1921. It moved to Leeds on 4 June.", "4 June", "1921-06-04"),
    ("In 1998 the council planned a new road. Work began on 3 May.", "3 May", "1998-05-03"),
    ("The station would not reopen until 1951. Trains ran again on 2 June of that year.", "2 June of that year", "1951-06-02"),
    ("The army crossed the river in 1812. It reached the city on 14 September.", "14 September", "1812-09-14"),
])
def test_a_story_year_that_is_no_plan_still_dates_what_follows(text: str, words: str, value: str) -> None:
    assert _value(text, words) == value
