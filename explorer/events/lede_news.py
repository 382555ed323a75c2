"""Whether a news article's opening perfect ("The trust has appointed a new director") only sums up news
its body tells again with the date it happened.

A news article often sums its news up in the present perfect in its first sentence and then tells it
with the day it happened ("Councillors voted 31 to 24 on Tuesday night", "Its findings were published
on Monday"): the reader lists the dated telling, so the lede's perfect is left out. But a short item or
a live page's entry often tells its news only once, in the perfect ("The coastguard has rescued two
walkers", "The agency has lifted the flood warning", "The trust has appointed X as its director. She
will take up the post on 1 April"): left out there, the happening is lost. What tells a summary apart
is a day of the news days before the page's date, read from the page's date ("on Tuesday", "in
February"), told in the lede's paragraph or the next one (not past a live page's next time stamp,
which opens another entry).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from explorer.temporal.timex import Timex

#: A line that is only a live page's time stamp ("16:20", "9.45am"): the entry after it is another post.
_TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph (text up to a blank line) holding offset ``start``."""
    cut = text.find("\n\n", start)
    return len(text) if cut == -1 else cut


def _window(text: str, lede_end: int) -> tuple[int, int]:
    """The rest of the lede's paragraph and the next paragraph, unless that one is a time stamp."""
    end = _paragraph_end(text, lede_end)
    following = end + 2
    while following < len(text) and text[following] == "\n":
        following += 1
    if following < len(text):
        nxt = _paragraph_end(text, following)
        if not _TIME_STAMP.match(text[following:nxt].split("\n", 1)[0]):
            end = nxt
    return lede_end, end


def sums_up_dated_news(text: str, timexes: Sequence[Timex], doc_date: date | None, lede_end: int) -> bool:
    """Whether the lede ending at ``lede_end`` is followed, in its paragraph or the next, by a day of the
    news before the page's date read from that date: then the body tells the news with its day, and the
    lede's perfect only sums it up."""
    if doc_date is None:
        return True  # no page date to tell a summary by: the lede is left out as before
    start, end = _window(text, lede_end)
    for t in timexes:
        if not (start <= t.start < end) or not t.derivation.startswith(("document", "previous")):
            continue
        last = t.end_day or t.begin
        day = getattr(last, "to_date", lambda: last)() if last is not None else None
        if isinstance(day, date) and day < doc_date:
            return True
    return False
