"""A page with its own date that names a day with its weekday ("The trouble started on Monday 5
October") and goes on in the same paragraph with a bare weekday told as done ("On Thursday the agency
downgraded the debt") means that week's Thursday, when the page is written a week or more later: the
writer set the week as the story's. A weekday after a day named without its weekday, in another
paragraph, or on a page written within the week still counts from the page's date, as news does.
Session forty-five (lead, issue 11), a kind seen on an opened week-by-week chronology.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _value(text: str, page: date, expression: str) -> str:
    got = [t.value for t in tag(text, page) if t.text == expression]
    assert len(got) == 1, [(t.text, t.value) for t in tag(text, page)]
    return got[0]


@pytest.mark.parametrize("text, expression, value", [
    ("The strike began on Monday 5 May, when crane drivers walked out. On Thursday the port cancelled all sailings.",
     "Thursday", "2025-05-08"),
    ("The flooding started on Tuesday 6 May. The river burst its banks on Friday and the army arrived.",
     "Friday", "2025-05-09"),
    ("Voting opened on Wed 7 May amid long queues. The count finished on Saturday, and the result was close.",
     "Saturday", "2025-05-10"),
    ("The inquiry opened on Monday, 12 May, with statements from both families. On Wednesday the first "
     "witness, a nurse, gave evidence.", "Wednesday", "2025-05-14"),
    ("The ship ran aground on Sunday 4 May. Tugs refloated her on Tuesday.", "Tuesday", "2025-05-06"),
])
def test_a_weekday_after_a_day_named_with_its_weekday_is_in_that_week(text: str, expression: str, value: str) -> None:
    assert _value(f"Shipping and markets\n\n{text}\n", date(2025, 5, 28), expression) == value


@pytest.mark.parametrize("text, page, expression, value", [
    # the named day gives no weekday: a news weekday counts from the page's date
    ("Police arrested a man on 3 March. On Thursday he appeared before magistrates.",
     date(2025, 3, 22), "Thursday", "2025-03-20"),
    # the page is written within the week of the named day: the same either way, from the page
    ("The strike began on Monday 17 March. On Thursday the port cancelled all sailings.",
     date(2025, 3, 22), "Thursday", "2025-03-20"),
    # another paragraph: the week named above is not this one's
    ("The strike began on Monday 3 March.\n\nOn Thursday the port cancelled all sailings.",
     date(2025, 3, 22), "Thursday", "2025-03-20"),
])
def test_otherwise_a_weekday_counts_from_the_page_date(text: str, page: date, expression: str, value: str) -> None:
    assert _value(f"Shipping and markets\n\n{text}\n", page, expression) == value
