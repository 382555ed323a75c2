"""Opening hours and timetables: clock times and days that repeat, never a happening's time.

Service pages, guides, press releases and visitor pages list when a place is open, mostly without a
verb: "Northgate office: Monday to Friday, 8am to 6pm; Saturday 9am to 1pm", "(Mon–Fri, 9am–5pm)",
"Monday: 10 a.m. to 5 p.m.", "Tuesday: CLOSED", "Open 10:00 AM to 4:00 PM Wednesday-Monday",
"Closed: New Year's Day, Easter and Christmas Day", or with "open" as a state: "The ticket office is
open on visiting days, from 9:30 to 6pm". The tagger reads each clock time and day as a date, and
without this every line of a visitor page became an event. A dated one-off ("Saturday 22 June, 2pm to
10pm: a free concert", "The museum will open at noon on Wednesday, February 26") names its day of
the month, and a stretch told "from Monday to Friday" is one week's: neither is a timetable.

Only the form of the line counts (labels, day names, clock times, "open"/"closed"); nothing here
knows any particular place, name or date. :func:`in_timetable` is read by ``date_roles.date_role``.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import SHORT_MONTHS, alternatives

#: A day's name, in full or cut short, one or many ("Monday", "Mon", "Tues.", "Saturdays").
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?s?\.?"
#: A clock time as timetables write it: "8am", "9.30 a.m.", "17:00", "10:00 AM", "noon".
CLOCK = r"(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]\d{2}|noon|midnight)"
#: Days that repeat, as a timetable gives them: a range of weekdays ("Monday to Friday", "Mon–Fri"),
#: "weekdays", "daily".
_DAYS_THAT_REPEAT = rf"(?:{_DAY}\s*(?:to|through|until|-|–|—)\s*{_DAY}|weekdays|weekends|daily)"
#: Repeating days, then clock times and the further days and times the same run lists ("Monday to
#: Friday, 8am to 6pm; Saturday 9am to 1pm"); not after "from" or "between" (one week's stretch).
_RUN_BEFORE = re.compile(
    rf"(?<!from\s)(?<!between\s)\b{_DAYS_THAT_REPEAT}(?:\s*(?:[,;&]|and|to|until|till|from|-|–|—|{_DAY}|{CLOCK})\s*)*\s*$",
    re.IGNORECASE)
#: The repeating days themselves, with the clock range after them.
_HOURS_AFTER = re.compile(rf"^\s*,?\s*(?:from\s+)?{CLOCK}\s*(?:to|until|till|-|–|—)\s*{CLOCK}", re.IGNORECASE)

#: A label opening a line: a few words, then a colon or a spaced dash ("Northgate office:", "Monday:",
#: "Christmas Eve:", "Wednesday – Saturday:").
_LABEL = re.compile(r"^\W*(?:[^\s:.!?]+(?:\s+[^\s:.!?]+){0,4}?)\s*(?::|\s[-–—]\s)\s*")
#: The words a line of hours is made of.
_HOURS_WORD = re.compile(
    rf"{CLOCK}|{_DAY}|(?:week(?:day|end)s?|daily|open|opens|opening|closed|closes|closing|except|excluding|and|or|to|"
    r"from|until|till|through|on|at|only|also|all|day|days|every|last|entry|admission|noon|midnight|hours|"
    r"(?:public|bank)\s+holidays?)\b|[\d.:,;&()\-–—/]",
    re.IGNORECASE)
#: "Closed:", "Open:", "Closures:", "Closing days:": a label that says the list after it is of days shut
#: or open.
_OPEN_OR_CLOSED_LABEL = re.compile(r"^\W*(?:closed|open|closures?|closing\s+days|opening\s+days)\s*(?:on\s*)?:", re.IGNORECASE)
#: A day of the month beside its month: a dated one-off, not a timetable.
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alternatives(SHORT_MONTHS)})[a-z]*\b|"
    rf"\b(?:{alternatives(SHORT_MONTHS)})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b")
#: "is open", "are open", "will be open", "stays open": a place's state of being open.
_IS_OPEN = re.compile(r"\b(?:is|are|be|remains?|stays?)\s+open\b", re.IGNORECASE)
_CLOCK_RANGE = re.compile(rf"{CLOCK}\s*(?:to|until|till|and|-|–|—)\s*{CLOCK}", re.IGNORECASE)
#: A day that repeats, on its own: "weekend", "weekdays", "daily", "Mondays".
_REPEATING_DAY = re.compile(r"(?:the\s+)?(?:week(?:day|end)s?|daily|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)", re.IGNORECASE)
#: Days that come round again, told in a clause with a verb: "on Saturdays", "weekdays", "daily",
#: "every morning", "each Sunday". ("the weekend", "on Saturday" is one week's, and not read so.)
_RECURRING_DAYS = re.compile(
    r"\b(?:week(?:day|end)s|daily|(?:every|each)\s+(?:day|morning|afternoon|evening|night|week(?:day|end)?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b", re.IGNORECASE)
#: A line longer than this is a paragraph, not a line of hours.
HOURS_LINE_MAX_WORDS = 25


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def is_hours_line(line: str) -> bool:
    """Whether ``line`` lists hours: after an optional label, only days, clock times and the words
    of opening and closing ("Monday: 10 a.m. to 5 p.m.", "Tuesday: CLOSED", "Open 10:00 AM to 4:00 PM
    Wednesday-Monday."), or a "Closed:" label with its list of days, and no day of the month."""
    # (counted with maxsplit: a page of dates run together is one long line, and splitting all of it
    # for every date on it made the check quadratic)
    if not line or line.isspace() or len(line.split(maxsplit=HOURS_LINE_MAX_WORDS)) > HOURS_LINE_MAX_WORDS \
            or _DAY_OF_MONTH.search(line):
        return False
    if _OPEN_OR_CLOSED_LABEL.match(line):
        return True
    label = _LABEL.match(line)
    content = line[label.end():] if label else line
    rest = _HOURS_WORD.sub(" ", content)
    if rest.strip(" .!"):
        return False
    return bool(re.search(CLOCK + r"|\b(?:open|closed)\b", content, re.IGNORECASE))


def _sentence_of(text: str, start: int, end: int) -> str:
    line_start, line_end = _line(text, start, end)
    before = text[line_start:start]
    # a full stop before a capital ends a sentence; "9.30 a.m. to noon" goes on
    stops = [m.start() for m in re.finditer(r"[.!?]\s+(?=[A-Z\"“‘'])", before)]
    cut = stops[-1] if stops else -1
    after = text[end:line_end]
    stop = re.search(r"[.!?](?:\s|$)", after)
    return before[cut + 1 if cut >= 0 else 0:] + text[start:end] + (after[:stop.start()] if stop else after)


def in_timetable(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a clock time or a day of a timetable: a verbless run of
    repeating days and clock times, a line of hours, or a clause telling that a place is open, or naming
    days that come round again, with a range of clock times and no day of the month."""
    line_start, line_end = _line(text, start, end)
    date_text, after = text[start:end], text[end:line_end]
    if re.fullmatch(_DAYS_THAT_REPEAT, date_text, re.IGNORECASE) and _HOURS_AFTER.match(after):
        return True
    run = _RUN_BEFORE.search(text[max(line_start, start - 120):start] + date_text)
    if run is not None and re.search(CLOCK, run.group(0), re.IGNORECASE):
        return True
    if is_hours_line(text[line_start:line_end]):
        return True
    if not re.search(CLOCK, date_text, re.IGNORECASE) and not _REPEATING_DAY.fullmatch(date_text):
        return False  # "… is open from 6am to 10pm after repairs ended on Friday": Friday is the repairs'
    sentence = _sentence_of(text, start, end)
    # a range of clock times on days that come round again is a timetable whatever its verb: "Viewings are
    # held on Saturdays between 10am and 1pm", "Tours run daily from 10am to 4pm"
    return bool((_IS_OPEN.search(sentence) or _RECURRING_DAYS.search(sentence)) and _CLOCK_RANGE.search(sentence)
                and not _DAY_OF_MONTH.search(sentence))
