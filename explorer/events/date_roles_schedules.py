"""Dates of what repeats rather than happens once: opening hours ("open daily from April to October",
"Opening hours: Tuesday to Sunday"), a sitting's hours ("The meeting closed at 12.05 p.m."), a day of
a repeating schedule ("every Saturday in August"), any such day ("on a summer Saturday") and a habit
("in summer the ferry usually runs hourly").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("schedule", "habit").
"""

from __future__ import annotations

import re

from explorer.events.timetables import CLOCK

#: "On a summer Saturday it holds 300 cars", "every so often, on a Monday morning": a day named with an
#: indefinite article is any such day, not a date.
ANY_SUCH_DAY = re.compile(r"\b(?:a|an|any)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
DAY_OR_SEASON_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter)\b",
                                 re.IGNORECASE)
#: "open daily from April to October", "a hotline, open every day from 8 a.m.", "open on Saturdays from
#: May": opening hours, a schedule that repeats, not a happening.
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_DAYS = r"(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends)"
OPENING_HOURS = re.compile(
    r"\b(?:open|opens|closed|closes|staffed|manned)\s+(?:daily|every\s+day|each\s+day|weekly|every\s+week|"
    rf"on\s+weekdays|at\s+weekends|(?:from\s+)?{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME}|"
    # ... or on days named in the plural: "open on Saturdays from April to October"
    rf"on\s+{_DAYS}(?:\s*(?:,|and|or)\s*{_DAYS})*)\b"
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
HOURS_LABEL = re.compile(r"\b(?:opening\s+(?:hours|times)|hours|times|open)\s*:[^.\n]*$", re.IGNORECASE)
#: "The meeting closed at 12.05 p.m.", "The meeting will begin at 6 p.m.", "The session ended when the
#: bell rang at 4.15pm", "Counting finished on Friday night": the hour a sitting or a count opens or
#: closes is the minutes' procedure, not a happening (the meeting is one, told by its day: "The trial
#: opened in January", "the talks ended in December" stay).
SITTING_HOURS = re.compile(
    r"\b(?:meeting|session|sitting|hearing|count|counting|AGM)\s+(?:will\s+|would\s+|was\s+)?"
    r"(?:began|begin|begins|opened|opens|open|closed|closes|close|ended|ends|end|finished|finishes|adjourned|adjourns)\b"
    r"[^.;:,]{0,40}?\b(?:at|on|by|around|about)\s+(?:about\s+|around\s+|just\s+(?:after|before)\s+)?$",
    re.IGNORECASE,
)
#: A time of day: a clock ("12.05 p.m.", "6pm", "16:30") or a part of a day ("Friday night").
TIME_OF_DAY = re.compile(
    r"(?:.*\b)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)|\d{1,2}[.:]\d{2}|noon|midnight|"
    r"(?:\w+\s+)?(?:night|morning|evening|afternoon))",
    re.IGNORECASE,
)
IS_OPEN_BEFORE = re.compile(r"\b(?:is|are|will\s+be|remains?|stays?)\s+open\s+(?:from\s+|between\s+|on\s+)?$", re.IGNORECASE)
OPEN_BEFORE = re.compile(r"\b(?:open|opens|closed|closes)\s+(?:from\s+|on\s+)?$", re.IGNORECASE)
DAY_RANGE = re.compile(rf"{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME}", re.IGNORECASE)
RECURRING_BEFORE = re.compile(rf"\b{_EVERY}[^,;.]{{0,20}}$", re.IGNORECASE)
#: ... or a clock time told for days named in the plural: "to 1am on Fridays and Saturdays", "at 7pm on
#: weekdays": the time of a thing done week after week, not of one happening.
RECURRING_AFTER = re.compile(rf"^\s+of\s+{_EVERY}|"
                              r"^\s+on\s+(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends)\b|"
                              # ... or on days of a kind: "opens at 8am on sale days", "at 6pm on match days"
                              r"^\s+on\s+(?!(?:the|those|these|both|all|two|three|four|five|six|seven|several|few|some|many|"
                              r"consecutive|following|previous|last|next|first|other|such|alternate|different|separate)\b)"
                              r"[a-z]+(?:-[a-z]+)?\s+days\b",
                              re.IGNORECASE)
#: "By the 2nd century BCE caravans regularly crossed the Alps", "in summer the ferry usually runs
#: hourly": what was or is done as a habit, not a happening.
HABITUAL = re.compile(
    r"\b(?:regularly|usually|often|typically|normally|generally|frequently|routinely|customarily|habitually|"
    r"traditionally|seldom|rarely)\b", re.IGNORECASE)
#: How often something is done, told in the clause of a date that is no calendar day: "boats leave
#: hourly in summer", "the castle opens at weekends in winter", "Practice night is every Tuesday",
#: "we walk the dogs twice a day in the evening". A season, a part of a day or a weekday told with a
#: frequency names when a habit recurs, not one happening. ("daily", "weekly" before a noun, "a weekly
#: market", "the daily paper", name a thing, not how often the clause's verb is done.)
_FREQUENCY = re.compile(
    # ("will move from weekly to fortnightly in October": a change of schedule, a happening)
    r"(?<!\bfrom\s)(?<!\bto\s)(?:\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|night|morning|afternoon|evening|week|weekend|fortnight|month|year|"
    rf"season|spring|summer|autumn|winter|{_DAY_NAME}|weekday)\b|"
    r"\b(?:hourly|nightly|daily|weekly|fortnightly|monthly|annually|yearly)\b(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|from|during|"
    r"through|throughout|until|over|and|or|except|between)\b)|"
    r"\b(?:once|twice|three\s+times|four\s+times|several\s+times)\s+(?:a|per|each)\s+(?:day|night|week|month|year)\b|"
    rf"\b(?:at|on)\s+weekends\b|\bon\s+(?:weekdays|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s)\b)",
    re.IGNORECASE)
#: A date that opens or closes the run of a habit ("from April we will check them twice a year",
#: "Starting this weekend, the clinic will open every day"): the change of schedule is a happening of
#: its own, and stays.
_RUN_BOUND_BEFORE = re.compile(r"\b(?:from|starting|beginning|since|until|till|by|after|before)\s+(?:the\s+)?$", re.IGNORECASE)


#: Between a frequency and a date after it, only other times of a list: ", winter and " (a comma then
#: "and" opens another clause: "donate food every day, and in November they …").
_LIST_OF_TIMES = re.compile(r"(?!.*,\s*(?:and|or)\b)(?:[\s,]|\b(?:and|or|in|on|at|during|through|throughout|the|spring|summer|autumn|winter|"
                            rf"morning|afternoon|evening|night|{_DAY_NAME})\b)*", re.IGNORECASE)


#: "The furnace runs day and night", "worked night and day": all the time, not one night.
_ROUND_THE_CLOCK_BEFORE = re.compile(r"\b(?:day|night)\s+and\s+$", re.IGNORECASE)
_ROUND_THE_CLOCK_AFTER = re.compile(r"\s+and\s+(?:day|night)\b", re.IGNORECASE)


#: A sentence opened by how often its acts recur: "Every season the two clubs met on that day, and the match
#: drew the biggest crowd of the year", "Each winter the monks walked to the coast and salted fish".
_EVERY_PERIOD = (r"(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|weekend|fortnight|month|"
                 rf"year|season|spring|summer|autumn|winter|{_DAY_NAME})\b")
_FREQUENCY_OPENING = re.compile(r"^\W*" + _EVERY_PERIOD, re.IGNORECASE)
#: ... or a title that says it: "moves the court each summer", "visits twice a year" ("Daily and weekly
#: summaries are added" names things, not how often the act is done).
_FREQUENCY_IN_TITLE = re.compile(r"\b" + _EVERY_PERIOD + r"|\b(?:once|twice|three\s+times|four\s+times|several\s+times)\s+"
                                 r"(?:a|per|each)\s+(?:day|night|week|month|year)\b", re.IGNORECASE)


def tells_an_undated_habit(title: str, sentence: str) -> bool:
    """Whether an act told with no date is a habit: its title says how often it recurs ("Idris moves the court
    each summer", see :data:`_FREQUENCY_IN_TITLE`) or its sentence opens with it (:data:`_FREQUENCY_OPENING`, over
    every clause the sentence joins). What was done again and again is no happening a reader lists (the gold
    README leaves habits out); its first time or its end, told with a date, is."""
    return bool(_FREQUENCY_IN_TITLE.search(title) or _FREQUENCY_OPENING.match(sentence))


def told_as_a_habit(before: str, clause: str, date_text: str, rest: str) -> bool:
    """Whether a date that is no calendar day (no digits: a season, a weekday, a part of a day; or a
    bare clock time, see :data:`_CLOCK_ONLY`) is told in one clause with how often something is done
    (see :data:`_FREQUENCY`): ``before`` is the text up to the date, ``clause`` the date's clause up to
    it, ``rest`` its clause after it. The clause is read back over a list's commas: "She swims every
    morning, winter and summer". A clock time so told is a timetable's hour, not one happening's:
    "Ferries leave every morning at 8.15 and return at 17.40", "The last bus leaves at 23.30 every
    night" (a day in the clause, "at 7.10 on 3 June", is no bare clock time; after a run's bound,
    "from 6pm every night", "Buses run hourly until 23.30", the date opens or closes a happening)."""
    if (re.search(r"\d", date_text) and not _CLOCK_ONLY.fullmatch(date_text.strip())) \
            or _RUN_BOUND_BEFORE.search(clause):
        return False
    if _ROUND_THE_CLOCK_BEFORE.search(before) or _ROUND_THE_CLOCK_AFTER.match(rest):
        return True
    if _FREQUENCY.search(clause) or _FREQUENCY.search(rest):
        return True
    last = None
    for last in _FREQUENCY.finditer(before):
        pass
    # ... or just before it, with only a list of times between: "every morning, winter and summer"
    return last is not None and bool(_LIST_OF_TIMES.fullmatch(last.string[last.end():]))


#: A clock time and nothing else: "8.15", "17:40", "6pm", "9 a.m.", "21h" (no day, no part of a day).
_CLOCK_ONLY = re.compile(rf"{CLOCK}|\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:hrs|h)?", re.IGNORECASE)
