"""Which year a winter read from the story's or the report's time is labelled with.

A winter runs from December into February, so it lies in two years, and TIMEX3 writes one
(``1951-WI``). Our span of ``Y-WI`` is December Y to February Y+1, and a winter stated with its year
("the winter of 1914", "Winter 2013") keeps the year said. A winter the text does not date is read
from a reference, and the readable TimeML quarters label it by a year that our span's would miss:

* a history labels it by the year its January falls in: the winter after "December 1914" is
  ``1915-WI``, the one after the autumn of 481 BC ``BC0480-WI``, the "Winter" of "In January 1951 ..."
  ``1951-WI`` (WikiWars, nine of nine);
* news is split: a tweet of 29 January 2014 labels the winter under way ``2014-WI``, while a floor
  of our own held fresh news (session fourteen) fell below its mark when a report's winter under way
  took the year it is written in; so a report keeps our label.

Only the label moves; the span stays the winter's own December to February.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.temporal.timex import Timex

_WINTER = re.compile(r"(?P<bc>BC)?(?P<y>\d{4})-WI")


def labelled_winter(t: Timex, narrative: bool) -> Timex:
    """``t``, an undated "winter" read from a reference, with the year its genre labels it by."""
    m = _WINTER.fullmatch(t.value)
    if m is None:
        return t
    year = int(m["y"])
    if not narrative:
        return t
    if m["bc"]:
        return replace(t, value=f"BC{year - 1:04d}-WI") if year > 1 else t  # BC years count down
    return replace(t, value=f"{year + 1:04d}-WI") if year < 9999 else t


__all__ = ["labelled_winter"]
