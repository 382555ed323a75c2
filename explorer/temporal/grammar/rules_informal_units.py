"""Rules for units and clock times as people type them in posts, messages and notes: shortened
units ("2 hrs", "30mins", "nxt yr", "2wks ago", "1/2 day"), compound durations ("1 hr 30 mins"),
clock times without their colon or sharing one am/pm ("730pm", "8-10pm"), moments earlier today
("5 mins ago"), the hour just past or coming ("for the past hour") and a part of the period written
in without its article ("rent due end of the month").
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import NUMW, T_CLOCK, Cand, range_of, rule, text_before
from explorer.temporal.grammar.rules_time import DAY_WORD_AFTER
from explorer.temporal.normalize import duration_value

#: short units, also typed against their count ("1.5hrs", "16days": no word boundary after the digit)
T_UNIT_ABBR = r"(?i:(?:\b|(?<=\d))(?:yrs?|wks?|hrs?|mins?|secs?|mn?ths?|mos?)\b|\d(?:days|weeks|months|years)\b|\d[ \t][hs]\b)"


#: a count of hours abbreviated to a spaced "h": figures, no leading zero
_SI_HOURS = re.compile(r"[1-9]\d{0,2}(?:\.\d+)?")

_YR_UNITS = {"yr": "Y", "wk": "W", "mth": "M", "mo": "M"}


@rule(r"\b(?:(?P<dir>last|next|nxt|this)\s+(?P<u>yr|wk|mth)|(?P<nxt>nxt|nex)\s+(?P<full>week|month|year))\b",
      re.IGNORECASE, priority=2, trigger=r"(?i:\b(?:yr|wk|mth|nxt|nex)\b)")
def informal_this_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "nxt yr", "last wk", "nxt week": the document's next year, last week."""
    if m["nxt"]:
        return Cand(m.start(), m.end(), "dct", unit={"week": "W", "month": "M", "year": "Y"}[m["full"].lower()], n=1)
    n = {"last": -1, "this": 0}.get(m["dir"].lower(), 1)
    return Cand(m.start(), m.end(), "dct", unit=_YR_UNITS[m["u"].lower()], n=n)


_ABBR = {"h": "TH", "s": "TS", "hr": "TH", "hrs": "TH", "min": "TM", "mins": "TM", "sec": "TS", "secs": "TS", "yr": "Y", "yrs": "Y",
         "wk": "W", "wks": "W", "days": "D", "weeks": "W", "months": "M", "years": "Y", "mth": "M", "mths": "M",
         "mnth": "M", "mnths": "M", "mos": "M", "mo": "M"}


@rule(rf"(?:(?P<approx>about|around|nearly|almost|over|less\s+than|more\s+than|at\s+least)\s+)?(?<![\w.,:$#@])(?P<n>\d+(?:\.\d+)?|{NUMW}|an?(?=\s+(?:hr|wk|yr|mth)\b)|(?P<vague>a\s+few|few|a\s+couple(?:\s+of)?|couple\s+of|several)(?=\s+(?:hrs|mins|secs|yrs|wks|mn?ths)\b))(?:\s*(?P<u>hrs?|mins?|secs?|yrs?|wks?|mn?ths?|mos?)|(?P<glued>days|weeks|months|years)|[ \t](?P<h>(?-i:h|s))(?![\w'’-]|\.\w))\b(?!\s+(?:ago|read))",
      re.IGNORECASE, priority=2, trigger=T_UNIT_ABBR)
def abbreviated_duration(m: re.Match[str], text: str) -> Cand | None:
    """ "2 hrs", "30mins", "6 YRS", "3 mths", "a few hrs", "72 h", "for 30 s": durations with the unit
    shortened (the spaced SI "h" and "s" of methods sections and changelogs, after figures only)."""
    if m["vague"]:
        # "a few hrs", "several wks": some number of the unit, as "a few hours" (PTXH); a couple is two
        n = 2 if "couple" in m["vague"].lower() else None
        return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _ABBR[m["u"].lower()]))
    n = lx.number_value(m["n"])
    if n is None or n > 1000:
        return None
    if m["h"] and (not _SI_HOURS.fullmatch(m["n"]) or text[max(0, m.start("n") - 1):m.start("n")] == "/"):
        # "72 h", "every 2.5 h": hours as a methods section abbreviates them, spaced as the SI writes
        # them, lower case only ("5 H" is a grade or a pencil). Typed against the figure ("a 12h
        # shift", "open 24h") it is a post's shift or "all day", which TimeML leaves alone; figures
        # only, with no leading zero ("0900 h" is a clock time) and not after a slash (a rate)
        return None
    if m["u"] and m["u"].lower().startswith("h") and re.fullmatch(r"0\d[0-5]\d", m["n"]):
        return None  # "at 0545 hrs": a clock time in four figures (no count is written with a leading zero)
    if m["glued"]:
        if not m["n"][-1].isdigit():
            return None  # "sevendays" is no word; the duration rule reads "seven days"
        # "16days", "7months": a count typed against its unit
        return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _ABBR[m["glued"].lower()]))
    unit = m["u"] or m["h"]
    glued = m["n"][-1].isdigit() and m.start("u") == m.end("n")
    if unit.lower() == "mo" and not m["n"][-1].isdigit():
        return None  # "2 mo", "6mo old": a month only after figures ("half a mo" is a moment)
    if unit.lower().startswith("min") and not (glued and unit.islower()) \
            and re.match(r"^\s+(?:[A-Z][a-z]|ho\b)", text[m.end():m.end() + 4]):
        return None  # a name ("Lee Min Ho"), not "left 50mins Flu ..."
    mod = lx.APPROX_MODS.get(re.sub(r"\s+", " ", m["approx"].lower())) if m["approx"] else None
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _ABBR[unit.lower()]), mod=mod)


#: what may follow a clock time typed without am/pm: the clause ends, or goes on with a word that no
#: quantity takes ("@ 8 tonight", "@ 9 outside the cinema")
_CLOCK_ENDS = (r"(?=[ \t]*(?:[,.](?!\d)|[;:!?)~\n]|$|[^\w\s.,'’$%]|[ \t]+(?i:and|then|on|today|tonight|tmr|tmrw|tomorrow|sharp|"
               rf"outside|at|in|for|{lx.CHAT_INTERJECTION}|or|so|to|till?|until|ok)\b))")


@rule(r"(?:(?<![\w@])@[ \t]*(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?P<ish>ish)?|(?i:\b(?:at|by|around|abt|about|till?|until|from))[ \t]+(?P<h2>1[0-2]|0?[1-9])ish)"
      + _CLOCK_ENDS, priority=2, trigger=r"@[ \t]*\d|\d(?i:ish)")
def clock_at_sign_or_ish(m: re.Match[str], text: str) -> Cand | None:
    """ "meet @ 8", "drinks @7ish", "home at 6ish", "back by 5ish": an hour after the at sign posts
    write for "at", or after "at" (or another preposition of a time) with "ish". A price ("@ 8.99 each") goes on with what the clause-end test refuses.
    "at 7.45" (a clock with a dot, without am/pm) is left alone: in news it is as often a price or a
    score, and reading it cost a spurious time on fresh news."""
    h, mi = (m["h"], m["mi"]) if m["h"] else (m["h2"], None)
    return Cand(m.start("h") if m["h"] else m.start("h2"), m.end(), "dct", "TIME", unit="D", n=0,
                value=f"{int(h):02d}:{mi or '00'}", rel="bare")


@rule(r"(?<![\w:.$])(?P<h>1[0-2]|0?[1-9])(?P<mi>[0-5]\d)\s*(?P<ap>[ap]m|[AP]M)\b", priority=3, trigger=T_CLOCK)
def compact_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "730pm", "1130pm": a clock time typed without its colon."""
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "pm" else 0)
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=f"{h:02d}:{m['mi']}")


_HM_UNITS = {"h": "H", "hr": "H", "hrs": "H", "hour": "H", "hours": "H", "m": "M", "min": "M", "mins": "M",
             "minute": "M", "minutes": "M", "s": "S", "sec": "S", "secs": "S", "second": "S", "seconds": "S"}


@rule(rf"(?<![\w.,:$])(?P<n1>\d+|an?|one|{NUMW})\s*(?P<u1>hours?|hrs?|minutes?|mins?)\s*(?:,\s*|and\s+)?"
      rf"(?P<n2>\d+|{NUMW})\s*(?P<u2>minutes?|mins?|seconds?|secs?)\b(?!\s+(?:ago|later|earlier|before|after)\b)",
      re.IGNORECASE, priority=3, trigger=r"(?i:(?:hour|hr|minute|min)s?\s*(?:,\s*|and\s+)?(?:\d+|[a-z]+)\s*(?:min|sec))")
def compound_duration(m: re.Match[str], text: str) -> Cand | None:
    """ "an hour thirty minutes", "2 hours 15 minutes", "1 hr 30 mins": one duration, PT1H30M."""
    n1 = 1 if m["n1"].lower() in ("a", "an") else lx.number_value(m["n1"])
    n2 = lx.number_value(m["n2"])
    u1, u2 = _HM_UNITS[m["u1"].lower()], _HM_UNITS[m["u2"].lower()]
    order = "HMS"
    if n1 is None or n2 is None or order.index(u2) != order.index(u1) + 1 or n1 > 1000 or n2 >= 60:
        return None  # "30 minutes 2 hours", "5 minutes 90 seconds": not one compound duration
    return Cand(m.start(), m.end(), "dur", "DURATION", value=f"PT{int(n1)}{u1}{int(n2)}{u2}")


_HALF = {"day": "PT12H", "hour": "PT30M", "hr": "PT30M", "minute": "PT30S", "min": "PT30S", "year": "P6M",
         "yr": "P6M", "month": "P0.5M", "week": "P3DT12H", "wk": "P3DT12H"}


@rule(r"(?:(?<![\w'’])(?P<approx>about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|at\s+least|up\s+to|under|close\s+to)\s+)?"
      r"(?<![\w/])(?:1/2|½|half(?:\s+an?)?)[\s-]*(?P<u>day|hour|hr|minute|min|year|yr|month|week|wk)\b",
      re.IGNORECASE, priority=3, trigger=r"(?i:1/2|½|half)")
def half_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "1/2 day leave", "half an hour", "half-day": half the unit (not "2 day" of "1/2 day");
    "about half an hour" keeps its hedge, as the counted durations do."""
    mod = lx.APPROX_MODS.get(re.sub(r"\s+", " ", m["approx"].lower())) if m["approx"] else None
    return Cand(m.start(), m.end(), "dur", "DURATION", value=_HALF[m["u"].lower()], mod=mod)


_AGO_UNITS = {"wk": "W", "wks": "W", "yr": "Y", "yrs": "Y", "mth": "M", "mths": "M", "mnth": "M", "mnths": "M",
              "mo": "M", "mos": "M"}


@rule(rf"(?<![\w'’.])(?P<n>\d+|an?|one|{NUMW})\+?\s*(?P<u>wks?|yrs?|mn?ths?|mos?)\s+ago\b", re.IGNORECASE, priority=4,
      trigger=r"(?i:(?:wk|yr|th|mo)s?\s+ago)")
def abbreviated_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "2wks ago", "a yr ago", "3 mos ago": counted back from the document date, like "two weeks ago"."""
    n = 1 if m["n"].lower() in ("a", "an") else lx.number_value(m["n"])
    if n is None or n > 1000 or m["u"].lower().startswith("mo") and not m["n"][-1].isdigit():
        return None  # a month as "mo" only after figures ("a mo ago" is a moment)
    return Cand(m.start(), m.end(), "dct", unit=_AGO_UNITS[m["u"].lower()], n=-n, value="ago")


@rule(r"(?<![\w:.$/-])(?:(?P<from>(?i:from|between)[ \t]+))?(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?"
      r"(?:[ \t]*[-–][ \t]*|[ \t]+(?P<word>to|until|till|and)[ \t]+)"
      r"(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<m2>[0-5]\d))?[ \t]*(?P<ap>(?:[ap]m|[AP]M)\b|[ap]\.m\.|[AP]\.M\.)"
      rf"(?:[ \t]+(?P<dw>(?i:{lx.alternation(list(DAY_WORD_AFTER))}))\b)?",
      priority=3, trigger=r"(?i:\d[ \t]*(?:[-–]|to|until|till|and)[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?m)")
def clock_range_shared_ampm(m: re.Match[str], text: str) -> Cand | None:
    """ "8-10pm", "11-2pm", "9.30-11am", "3.45-7 p.m.", "from 2:30 to 4 pm", "between 2 and 4 p.m.":
    the first end shares the second's am/pm (or is the morning before an afternoon end); each end is
    its own TIME, as TimeML marks a range. Joined by a word, the range needs its "from"/"between"
    ("won 3 to 2 pm" is no range), and "and" only after "between"."""
    if m["word"] and (not m["from"] or (m["word"].lower() == "and") != (m["from"].strip().lower() == "between")):
        return None
    pm = m["ap"].lower().startswith("p")
    h1, h2 = int(m["h1"]), int(m["h2"])
    h2_24 = h2 % 12 + (12 if pm else 0)
    h1_24 = h1 % 12 + (12 if pm else 0)
    if h1_24 > h2_24:
        if not 9 <= h1 <= 11:
            return None  # "5-3pm": a score before a time, no range
        h1_24 -= 12  # "11-2pm", "10-8pm": from the morning
    if h1_24 < 0 or (h1_24, int(m["m1"] or 0)) >= (h2_24, int(m["m2"] or 0)):
        return None
    # "7-9pm today", "2-4pm tmr": the day word after the range dates both ends and ends the second
    # one's expression, as it would "9pm today" alone (which took the range's end and left "7" out)
    day = DAY_WORD_AFTER[m["dw"].lower()] if m["dw"] else 0
    one = Cand(m.start("h1"), m.end("m1") if m["m1"] else m.end("h1"), "dct", "TIME", unit="D", n=day,
               value=f"{h1_24:02d}:{m['m1'] or '00'}")
    two = Cand(m.start("h2"), m.end(), "dct", "TIME", unit="D", n=day, value=f"{h2_24:02d}:{m['m2'] or '00'}")
    return range_of(one, two)


@rule(r"(?<![Tt]he )(?<![Tt]he\s\s)\b(?P<part>end|beginning|start|middle)\s+of\s+(?:(?P<the>the|this)\s+)?(?P<u>month|year|week)\b(?![-'’])",
      re.IGNORECASE, priority=2, trigger=r"(?i:of\s+(?:the\s+|this\s+)?(?:month|year|week)\b)")
def part_of_period_bare(m: re.Match[str], text: str) -> Cand | None:
    """ "rent due end of the month", "by end of year", "start of the week": a part of the period
    the text is written in, its article dropped as posts and headlines drop it."""
    if re.search(r"(?i)\b(?:the|an?|its|his|her|their|my|your|our|this|that)\s+$", text_before(text, m.start(), 8)):
        return None  # the general rules read "the end of the month"; "a start of the year sale" is no date
    mod = {"end": "END", "middle": "MID"}.get(m["part"].lower(), "START")
    unit = {"month": "M", "year": "Y", "week": "W"}[m["u"].lower()]
    if unit == "M":
        return Cand(m.start(), m.end(), "prev", unit="M", n=0, mod=mod)
    return Cand(m.start(), m.end(), "dct", unit=unit, n=0, mod=mod)


@rule(rf"(?<![\w'’.])(?P<n>\d+\+?|an?|one|a\s+few|few|a\s+couple\s+(?:of\s+)?|{NUMW})\s*(?P<u>hours?|hrs?|minutes?|mins?|seconds?|secs?|(?<=\d[ \t])(?-i:h))\s+ago\b",
      re.IGNORECASE, priority=5, trigger=r"(?i:ago\b)")
def hours_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "an hour ago", "5 mins ago", "1+ hr ago", "posted 5 h ago": a moment earlier on the day of
    writing. Without the writer's clock the day is what is known (a DATE, as "earlier today"), never
    a duration. The spaced lower-case "h" of scientific writing counts after figures only, as it
    does in a duration ("72 h"), which leaves "ago" to this rule."""
    w = re.sub(r"\s+", " ", m["n"].lower()).rstrip("+ ")
    n = 1 if w in ("a", "an", "one") else None if w in ("a few", "few", "a couple", "a couple of") else lx.number_value(w)
    if n is not None and m["u"].lower().startswith(("h",)) and n > 12:
        return None  # "20 hours ago" may be yesterday
    return Cand(m.start(), m.end(), "dct", unit="D", n=0)


@rule(r"\b(?P<the>the\s+)(?P<dir>past|last|next|previous|coming)\s+(?P<u>hour|minute|hr|min)\b(?![-'’])",
      re.IGNORECASE, priority=3, trigger=r"(?i:the\s+(?:past|last|next|previous|coming)\s+(?:hour|minute|hr|min)\b)")
def the_past_hour(m: re.Match[str], text: str) -> Cand | None:
    """ "for the past hour", "in the next hour": one hour (or minute) up to or from now, as "the past
    week" is one week: a duration, not "the past" (PAST_REF) with the hour left over."""
    u = m["u"].lower()
    d = m["dir"].lower()
    return Cand(m.start(), m.end(), "dur", "DURATION", value="PT1H" if u.startswith("h") else "PT1M",
                anchored_span="next" if d in ("next", "coming") else "past")


__all__ = ["informal_this_unit", "abbreviated_duration", "compact_clock", "compound_duration", "half_unit",
           "abbreviated_ago", "clock_range_shared_ampm", "part_of_period_bare", "hours_ago", "the_past_hour"]
