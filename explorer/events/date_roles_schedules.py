"""Dates of what repeats rather than happens once: opening hours ("open daily from April to October",
"Opening hours: Tuesday to Sunday"), a sitting's hours ("The meeting closed at 12.05 p.m."), a day of
a repeating schedule ("every Saturday in August"), any such day ("on a summer Saturday") and a habit
("in summer the ferry usually runs hourly").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("schedule", "habit").
"""

from __future__ import annotations

import re

#: "On a summer Saturday it holds 300 cars", "every so often, on a Monday morning": a day named with an
#: indefinite article is any such day, not a date.
_ANY_SUCH_DAY = re.compile(r"\b(?:a|an|any)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_DAY_OR_SEASON_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter)\b",
                                 re.IGNORECASE)
#: "open daily from April to October", "a hotline, open every day from 8 a.m.": opening hours, a
#: schedule that repeats, not a happening.
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_OPENING_HOURS = re.compile(
    r"\b(?:open|opens|closed|closes|staffed|manned)\s+(?:daily|every\s+day|each\s+day|weekly|every\s+week|"
    rf"on\s+weekdays|at\s+weekends|(?:from\s+)?{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME})\b"
    r"(?:[^;.]|[ap]\.m\.){0,30}$",
    re.IGNORECASE,
)
#: "on the first Friday of every month", "every Saturday in August": a date of a schedule that
#: repeats, not of a happening.
_EVERY = (r"(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year|"
          rf"{_DAY_NAME})\b")
#: "The museum is open Tuesday to Sunday, 10 a.m. to 5 p.m.": a state of being open at a time, or days
#: given as a range after "open"/"closed", are opening hours.
#: "Opening hours: Tuesday to Sunday, 10am to 5pm", "Times: 7.30pm nightly": a line that lists hours.
_HOURS_LABEL = re.compile(r"\b(?:opening\s+(?:hours|times)|hours|times|open)\s*:[^.\n]*$", re.IGNORECASE)
#: "The meeting closed at 12.05 p.m.", "The meeting will begin at 6 p.m.", "The session ended when the
#: bell rang at 4.15pm", "Counting finished on Friday night": the hour a sitting or a count opens or
#: closes is the minutes' procedure, not a happening (the meeting is one, told by its day: "The trial
#: opened in January", "the talks ended in December" stay).
_SITTING_HOURS = re.compile(
    r"\b(?:meeting|session|sitting|hearing|count|counting|AGM)\s+(?:will\s+|would\s+|was\s+)?"
    r"(?:began|begin|begins|opened|opens|open|closed|closes|close|ended|ends|end|finished|finishes|adjourned|adjourns)\b"
    r"[^.;:,]{0,40}?\b(?:at|on|by|around|about)\s+(?:about\s+|around\s+|just\s+(?:after|before)\s+)?$",
    re.IGNORECASE,
)
#: A time of day: a clock ("12.05 p.m.", "6pm", "16:30") or a part of a day ("Friday night").
_TIME_OF_DAY = re.compile(
    r"(?:.*\b)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)|\d{1,2}[.:]\d{2}|noon|midnight|"
    r"(?:\w+\s+)?(?:night|morning|evening|afternoon))",
    re.IGNORECASE,
)
_IS_OPEN_BEFORE = re.compile(r"\b(?:is|are|will\s+be|remains?|stays?)\s+open\s+(?:from\s+|between\s+|on\s+)?$", re.IGNORECASE)
_OPEN_BEFORE = re.compile(r"\b(?:open|opens|closed|closes)\s+(?:from\s+|on\s+)?$", re.IGNORECASE)
_DAY_RANGE = re.compile(rf"{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME}", re.IGNORECASE)
_RECURRING_BEFORE = re.compile(rf"\b{_EVERY}[^,;.]{{0,20}}$", re.IGNORECASE)
#: ... or a clock time told for days named in the plural: "to 1am on Fridays and Saturdays", "at 7pm on
#: weekdays": the time of a thing done week after week, not of one happening.
_RECURRING_AFTER = re.compile(rf"^\s+of\s+{_EVERY}|"
                              r"^\s+on\s+(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends)\b",
                              re.IGNORECASE)
#: "By the 2nd century BCE caravans regularly crossed the Alps", "in summer the ferry usually runs
#: hourly": what was or is done as a habit, not a happening.
_HABITUAL = re.compile(
    r"\b(?:regularly|usually|often|typically|normally|generally|frequently|routinely|customarily|habitually|"
    r"traditionally|seldom|rarely)\b", re.IGNORECASE)
