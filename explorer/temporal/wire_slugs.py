"""The filing slug a news agency prints on a line of its own: "AP-NY-08-07-97 1947EDT".

Agency copy of the 1990s carries, above the headline or under the last paragraph, a line naming
the service and desk, then the day it was filed (month, day and two-figure year, US order) and the
clock time with its zone. It is the only date such a page prints for itself: its "Thursday" and
"last week" are told from that day. The tagger reads the stamp as one TIME ("08-07-97 1947EDT",
as TimeML marks it); the document-date reader takes its day as the page's.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.normalize import valid_day

#: The slug: a service code and one or two desk codes ("AP-NY", "AP-DS", "APW-BZ-FIN"), then the
#: stamp (group ``stamp``): month, day, two-figure year, and the clock time with its zone. The line
#: holds nothing else, so a part number or a model code in a sentence is never read as one.
_SLUG = (r"(?<![\w-])(?P<desk>[A-Z]{2,4}(?:-[A-Z]{1,4}){1,2})-"
         r"(?P<stamp>(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])-(?P<y>\d\d)"
         r"(?:[ \t]+(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)[ \t]*(?P<tz>[ECMPA][SD]T|GMT|UTC)?)?)[ \t]*$")
SLUG_LINE = re.compile(r"^[ \t]*" + _SLUG, re.MULTILINE)
#: The same slug wherever a line ends with it: the grammar's pattern (windows of text, not whole lines).
SLUG_AT_LINE_END = re.compile(_SLUG, re.MULTILINE)

#: How many lines at either end of the page a slug is looked for in.
_SLUG_REACH = 3
#: How much of each end of the text holds those lines.
_SLUG_TEXT = 1500


def slug_year(yy: str) -> int:
    """The agencies printed these slugs from the 1980s into the 2000s: "97" is 1997, "03" 2003."""
    n = int(yy)
    return 1900 + n if n >= 70 else 2000 + n


def slug_day(m: re.Match[str]) -> date | None:
    """The day a slug match names, or None when its figures are no calendar day."""
    year, month, day = slug_year(m["y"]), int(m["mo"]), int(m["d"])
    return date(year, month, day) if valid_day(year, month, day) else None


def filed_day(text: str) -> date | None:
    """The day the page's slug says it was filed, from the first or the last few lines; None when
    the page has no slug there."""
    head = [line for line in text[:_SLUG_TEXT].splitlines() if line.strip()][:_SLUG_REACH]
    foot = [line for line in text[-_SLUG_TEXT:].splitlines() if line.strip()][-_SLUG_REACH:]
    for line in head + foot:
        m = SLUG_LINE.match(line)
        if m is not None and (day := slug_day(m)) is not None:
            return day
    return None
