""""The following winter" after a day is the winter that begins that December (dates #11).

"Ormund lifted the siege on 25 September 1643 ... and died the following winter" put his death in
December 1644 to February 1645: the step of a year, right for "the following spring" after a day
as our gold reads it, overshoots a winter, which starts at the end of the day's own year. A history
labels that winter by its January's year (1644-WI), as TimeML's histories do; its days are still
December 1643 to February 1644. Every text here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

HISTORY = ("The siege of Karsholm\n\n"
           "The besiegers began a bombardment on 3 July 1643. Ormund lifted the siege on {day} and withdrew "
           "to Ballin, where he died the following winter.\n\n"
           "The town was besieged again in 1651 and taken after nine weeks.\n")


@pytest.mark.parametrize("day", ["25 September 1643", "2 August 1643", "30 November 1643", "14 March 1643"])
def test_a_history_s_following_winter_starts_that_december(day: str) -> None:
    winter = next(t for t in tag(HISTORY.format(day=day)) if t.text == "the following winter")
    assert (winter.value, winter.begin) == ("1644-WI", date(1643, 12, 1))


def test_news_writes_the_winter_by_its_december_year() -> None:
    text = ("Storm damage\n\nThe storm hit the harbour on 3 October 2019. The town rebuilt its wall the "
            "following winter, the council said.\n")
    winter = next(t for t in tag(text, date(2020, 6, 1)) if t.text == "following winter" or t.text == "the following winter")
    assert (winter.value, winter.begin, winter.end_day) == ("2019-WI", date(2019, 12, 1), date(2020, 2, 29))
