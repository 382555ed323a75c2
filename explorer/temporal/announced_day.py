"""A header label announcing an event's day, not the page's: "Seminar: 5 March 2020, 2pm, Room 4",
"Match preview: Saturday 3 May 2025, kick-off 15:00", "Election day is November 8, 2022",
"Webinar on 12 June 2024". The page is written before that day (a notice, a preview, a guide), so
the date is neither its publication (TimeML's DCT) nor a day it reports. Only a short label opening
its line counts: in a sentence ("The seminar on 5 March 2020 drew forty people.") the day is told.
Minutes ("Meeting held on ...") head the meeting they record and are left to the caller."""
from __future__ import annotations

import re

_LABEL_WORDS = 4
_TALK = (r"seminar|webinar|workshop|lecture|talk|colloquium|symposium|conference|summit|concert|recital|"
         r"screening|premiere|exhibition|open\s+day|open\s+house|festival")
_CONTEST = r"match|fixture|game|race|election|referendum|ballot|vote|tournament|final|launch"
_AHEAD = r"(?:is|will\s+be(?:\s+held)?(?:\s+on)?|takes\s+place(?:\s+on)?|on|set\s+for)"
_ANNOUNCED = re.compile(
    r"(?i)^\W*(?:the\s+|our\s+|next\s+|upcoming\s+|annual\s+)?(?:"
    # a talk's or a show's notice: "Seminar: 5 March 2020", "Webinar on 12 June 2024"
    rf"(?:{_TALK})\s*(?:[:|\u2013\u2014-]\s*|\s+{_AHEAD}\s+)|"
    # a contest's preview or its day ahead: "Match preview: Saturday 3 May 2025", "Election day is
    # November 8, 2022" (a bare "Fixture date: ..." or "Match: ..." heads its report as often)
    rf"(?:{_CONTEST}|{_TALK})\s+preview\s*[:|\u2013\u2014-]?\s*|"
    rf"(?:{_CONTEST})(?:\s+(?:day|night))?\s+{_AHEAD}\s+)"
    r"(?:on\s+)?$")


def announces_day(prefix: str) -> bool:
    """``prefix``, a header line up to a date, is a short label announcing an event on that date."""
    return len(prefix.split()) <= _LABEL_WORDS and bool(_ANNOUNCED.match(prefix))
