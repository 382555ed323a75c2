"""A weekday told before a plan or promise in the simple past dates the promise, not what it looks
ahead to: "The rebels on Saturday vowed to keep fighting" is last Saturday's vow. The tagger read the
infinitive after "vowed", "planned", "threatened" or "expected" as a look ahead and put the day in
the coming week. With a present or future verb ("plans to", "is expected to", "will decide"), or a
day set after the infinitive ("planned to release the figures on Friday"), the day stays ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2021, 3, 10)  # a Wednesday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, day, value", [
    ("The rebels on Saturday vowed to keep fighting until the siege is lifted.", "Saturday", "2021-03-06"),
    ("On Friday, the government planned to pay the first compensation to families.", "Friday", "2021-03-05"),
    ("The union on Tuesday threatened to strike before the end of the month.", "Tuesday", "2021-03-09"),
    ("On Thursday, the premier expected to win the confidence vote easily.", "Thursday", "2021-03-04"),
    ("Two ministers on Monday pledged to double aid to the flooded valley.", "Monday", "2021-03-08"),
    ("The mayor Sunday promised to reopen the library by summer.", "Sunday", "2021-03-07"),
    ("On Friday the two banks were due to sign the merger papers in Zurich.", "Friday", "2021-03-05"),
])
def test_a_day_before_a_past_commitment_is_the_day_it_was_made(text: str, day: str, value: str) -> None:
    assert (day, value) in _values(text)


@pytest.mark.parametrize("text, day, value", [
    ("On Friday, the airline plans to cut 300 jobs.", "Friday", "2021-03-12"),
    ("On Friday, the committee is expected to vote on the bill.", "Friday", "2021-03-12"),
    ("The ministry planned to release the figures on Friday.", "Friday", "2021-03-12"),
    ("By Friday, the firm expected to finish the audit.", "Friday", "2021-03-12"),
    ("The rebels said they would ignore the Saturday deadline, which the army vowed to enforce.", "Saturday", "2021-03-13"),
])
def test_a_day_ahead_of_a_present_plan_or_after_the_infinitive_stays_ahead(text: str, day: str, value: str) -> None:
    assert (day, value) in _values(text)
