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

Only the label moves; the span stays the winter's own December to February. A date after year 1 keeps
its days on the timex as read; a BC winter has none until the tagger gives them from the value
(``tagger._with_bc_days``), so a relabelled one says so in its derivation (``RELABELLED``) and
:func:`days_value` names the value its days are those of: read from the label, the winter after the
autumn of 481 BC ran from December 480 BC, a year late on the timeline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.temporal.timex import Timex

_WINTER = re.compile(r"(?P<bc>BC)?(?P<y>\d{4})-WI")
#: what a BC winter's derivation ends with once its label has moved to its January's year
RELABELLED = ", labelled by its January"


def labelled_winter(t: Timex, narrative: bool) -> Timex:
    """``t``, an undated "winter" read from a reference, with the year its genre labels it by."""
    m = _WINTER.fullmatch(t.value)
    if m is None:
        return t
    year = int(m["y"])
    if not narrative:
        return t
    if m["bc"]:
        # BC years count down
        return replace(t, value=f"BC{year - 1:04d}-WI", derivation=t.derivation + RELABELLED) if year > 1 else t
    return replace(t, value=f"{year + 1:04d}-WI") if year < 9999 else t


def days_value(t: Timex) -> str:
    """The value whose calendar days ``t`` covers: its own, or for a BC winter labelled by its
    January the value of the winter from the December before (``BC0480-WI`` labelled: ``BC0481-WI``)."""
    m = _WINTER.fullmatch(t.value)
    if m is None or not m["bc"] or not t.derivation.endswith(RELABELLED):
        return t.value
    return f"BC{int(m['y']) + 1:04d}-WI"


__all__ = ["RELABELLED", "days_value", "labelled_winter"]
