"""Two dates of one happening's clause, equally precise, keep the first (session 60, found on a probe
page of our own, a museum's history).

``one_happening.one_per_clause`` keeps the most precise date of a happening and, of equally precise
ones, the first. Precision was the span in days, so a leap year (365 days between its ends) lost to
any other year (364), and March or January (30) to February (27 or 28) or April (29): "added in 1936
to hold a mosaic found in 1935" was dated 1935. A calendar unit is now as precise as another of its
kind whatever its length. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s10 import _labelled_events


def _begins(text: str) -> list[str]:
    return sorted(str(e.begin) for e in _labelled_events(text))


@pytest.mark.parametrize(("text", "begin"), [
    ("A new wing was added in 1936 to hold a mosaic found in 1935.", "1936-01-01"),
    ("The school was extended in 1964 to take pupils moved from the village in 1963.", "1964-01-01"),
    ("The lifeboat station got a new slipway in 2008 to replace the one damaged in 2007.", "2008-01-01"),
    ("The hall was repainted in March 2019 for a festival held in February 2020.", "2019-03-01"),
    # guard: a more precise date still wins over a coarser one, wherever it stands
    ("The mill was sold in 1936 to a firm founded on 4 May 1935.", "1935-05-04"),
])
def test_the_first_of_two_equally_precise_dates_dates_the_happening(text: str, begin: str) -> None:
    assert begin in _begins(text)
