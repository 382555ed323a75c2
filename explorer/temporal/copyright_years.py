"""The year a page's copyright line gives ("© 2024 Lowmoor Gazette", "Copyright (c) 2019-2023 Coast News",
"All contents © Coast News 2023"),
read for one thing only: the year of a dateline printed without one ("LOWMOOR, March 14 (Coast News) -").

A copyright line says nothing of what the text reports (see ``document_date._COPYRIGHT_CUE``), and a site's
footer may carry the year it is read in rather than the year a story was filed; but when the dateline prints
the story's day and month and nothing nearer says its year, the page's own rights year is the best witness
of it: an agency's copy carries the year it was filed in. A range gives its last year, the year the page was
last issued in. Two lines naming different years (a story's © and a photo's) say nothing.
"""

from __future__ import annotations

import re

#: "©", "(c)" or "Copyright" (the word may be followed by the sign), then a year or a range of years
_COPYRIGHT_YEARS = re.compile(r"(?i)(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*"
                              r"(?:(?-i:[A-Z])[\w&.'’-]*,?\s+){0,5}"  # the holder may come first: "© Coast News 2023"
                              r"(?P<first>(?:19|20)\d\d)"
                              r"(?:\s*(?:[-–—]|to)\s*(?P<last>(?:19|20)\d\d))?(?!\d)")


def copyright_year(text: str) -> int | None:
    """The one year the page's copyright notices give (a range's last year), or None when there is no
    notice or they give different years."""
    years = {int(m["last"] or m["first"]) for m in _COPYRIGHT_YEARS.finditer(text)}
    return years.pop() if len(years) == 1 else None


def has_copyright_notice(text: str) -> bool:
    """Whether the page carries a copyright notice at all: then its year, or its disagreeing years, say
    more of the page's year than any other clue (a weekday that fits some other year does not)."""
    return _COPYRIGHT_YEARS.search(text) is not None
