"""A year named by its last day or month is a twelve-month duration wherever the sentence puts it
(dates #11). "For the fiscal year ended June 30" was read (TimeML: DURATION P1Y, as TBAQ marks "the
year ended March 31"), but not the same year opening a sentence ("The fiscal year ending June 30 will
show a loss") nor one whose end is told with "in" ("the year that ended in March"). Sentences of our
own, in a report's register and a club newsletter's.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 11, 6)


@pytest.mark.parametrize("text, span", [
    ("The fiscal year ending June 30 will show a loss, the brewer warned.", "The fiscal year"),
    ("The year ended March 31 brought record deliveries to the co-op.", "The year"),
    ("The financial year to Sept. 30 was the club's busiest.", "The financial year"),
    ("In the fiscal year that ended in March, freight volumes fell 4%.", "the fiscal year"),
    ("The year ending in June was the mill's worst since 1998.", "The year"),
    ("Sales for the year ended in September rose to $40 million.", "the year"),
])
def test_a_year_named_by_its_end_is_twelve_months(text: str, span: str) -> None:
    got = [(t.text, t.type, t.value) for t in tag(text, DCT)]
    assert (span, "DURATION", "P1Y") in got, got


def test_a_lower_case_word_after_ended_in_names_no_end() -> None:
    got = [(t.text, t.value) for t in tag("The year ended in a draw for the two clubs.", DCT)]
    assert not any(v == "P1Y" for _, v in got), got
