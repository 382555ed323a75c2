"""A count of units before or after an event named by a bare noun phrase or a clause ("a week after
jury selection ended", "a month after workers voted", "three weeks before parliament reconvenes") is
the stretch between the event and the time told: a duration, as TimeML marks "two weeks after the
vote". The offset rule took only a determiner, a pronoun or a capital for the event's start, so a
bare noun made "a week after" a date counted from the last date told (a week after Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(2023, 10, 18)  # a Wednesday


#: a second paragraph makes a sentence an article's (a lone short line reads as a post)
_PARAGRAPH = "\n\nThe council's spokesman declined to comment on the matter when reached by telephone."


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + _PARAGRAPH, DCT)) if t.start < len(text)]


@pytest.mark.parametrize("text, expression, value", [
    ("The hearing opened on Monday, a week after jury selection ended.", "a week", "P1W"),
    ("The bakery shut on Friday, a month after workers voted to strike.", "a month", "P1M"),
    ("Ballots close three weeks before parliament reconvenes.", "three weeks", "P3W"),
    ("The barge sank on 12 May, a day after storm warnings went out.", "a day", "P1D"),
    ("The pact took effect six months after ratification.", "six months", "P6M"),
    ("Two days after police reopened the road, it flooded again.", "Two days", "P2D"),
])
def test_a_count_before_or_after_a_bare_event_is_a_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)
    assert not any(t.endswith((" after", " before")) for t, _, _ in _found(text))


@pytest.mark.parametrize("text, expression, value", [
    # the phrase ends: the days after the date just told
    ("The shop was sold on 3 June. Two days after, the new owners closed it.", "Two days after", "2023-06-05"),
    # an "-ing" form after it stays a date counted from the one told, as before
    ("The shop was sold on 3 June. The owners shut it two days after signing.", "two days after", "2023-06-05"),
])
def test_a_count_with_no_event_after_it_stays_a_date(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)
