""""an hour ago" was a moment earlier on the day of writing, but with a hedge before it ("a little
over an hour ago", "about 40 minutes ago", "more than two hours ago") the longer duration pattern
won and left "ago" behind: a duration of an hour, where the writer dated something. The hedged
form is the same day, hedged."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DAY = date(2016, 2, 9)


@pytest.mark.parametrize("text", [
    "Firefighters reached the warehouse a little over an hour ago.",
    "The verdict was read about 40 minutes ago.",
    "The last train left more than two hours ago, staff said.",
    "Voting ended just over an hour ago in the eastern districts.",
])
def test_a_hedged_count_of_hours_ago_is_the_day_of_writing(text: str) -> None:
    found = tag(text, DAY)
    assert [(t.type, t.value) for t in found] == [("DATE", "2016-02-09")]
    assert found[0].text.endswith("ago")


def test_a_hedged_stretch_of_hours_is_still_a_duration() -> None:
    found = tag("The meeting lasted a little over an hour.", DAY)
    assert [(t.type, t.value) for t in found] == [("DURATION", "PT1H")]
