"""A month after "by" in a clause that tells the act as done (a past perfect, or a past passive right
before "by") is when it was done, so it lies behind the report: "By April, the dam had been repaired",
written in March, is last April. The tagger read every "by" before a date as a limit a past verb may
look ahead to ("ordered them to leave by June"), and the month of slack put April in the coming weeks.
A future, a plan or an order keeps the month ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2021, 3, 10)
_PARAGRAPH = "\n\nThe spokesman declined to comment when reached by telephone."


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text + _PARAGRAPH, DCT, narrative=False) if t.start < len(text)]


@pytest.mark.parametrize("text, month, value", [
    ("By April, the dam had been repaired.", "April", "2020-04"),
    ("By June, prices had doubled in most of the region's markets.", "June", "2020-06"),
    ("By May, most of the refugees had already returned home.", "May", "2020-05"),
    ("The repairs were finished by April, a year later than planned.", "April", "2020-04"),
    ("Half the staff had left the agency by April, the report found.", "April", "2020-04"),
])
def test_a_month_by_which_a_thing_was_done_is_behind(text: str, month: str, value: str) -> None:
    assert (month, value) in _values(text)


@pytest.mark.parametrize("text, month, value", [
    ("By May, most of the refugees will have returned home.", "May", "2021-05"),
    ("The repairs will be finished by April.", "April", "2021-04"),
    ("The court ordered the firm to repay the loan by April.", "April", "2021-04"),
    ("By April the new line should be running.", "April", "2021-04"),
])
def test_a_month_still_to_come_stays_ahead(text: str, month: str, value: str) -> None:
    assert (month, value) in _values(text)
