""""overnight Tuesday" is the night of that Tuesday, one TIME, as "Tuesday night" is (dates #11).

Read apart, "overnight" took the night of the document's own day and the weekday its whole day, so a
flood "overnight Tuesday" reported on Wednesday sat on Wednesday night. Every sentence here is written
for this file; the page is a few paragraphs so that it is not read as a post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal.sentence_between_fillers import tagged_sentence

WEDNESDAY = date(2021, 3, 10)


def _tagged(sentence: str, dct: date = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tagged_sentence(sentence, dct)]


@pytest.mark.parametrize("weekday, day", [("Monday", 8), ("Tuesday", 9), ("Sunday", 7), ("Saturday", 6), ("Thursday", 4),
                                          ("Friday", 5)])
def test_overnight_and_a_past_weekday_are_that_weekday_s_night(weekday: str, day: int) -> None:
    got = _tagged(f"Heavy rain fell overnight {weekday} and the river burst its banks.")
    assert got[0] == (f"overnight {weekday}", "TIME", f"2021-03-{day:02d}TNI")


def test_a_future_overnight_weekday_looks_forward() -> None:
    assert _tagged("The bridge will close overnight Friday for repairs.")[0] == ("overnight Friday", "TIME", "2021-03-12TNI")


def test_a_weekday_with_its_own_part_of_day_keeps_it() -> None:
    """"overnight Friday night" is not a night twice: the weekday keeps its own "night"."""
    assert ("Friday night", "TIME", "2021-03-05TNI") in _tagged("He stayed overnight Friday night in the cells.")
