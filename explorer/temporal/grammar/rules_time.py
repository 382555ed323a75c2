"""Rules for times of day: 24-hour and zoned clock times, a date with its clock time, a weekday or
a date with its part of day, and a part of day said alone.

TimeML writes a clock time on its day (``2019-01-08T14:30``) and a part of day as a time code on
its day (``…TAF``, ``…TNI``); both are TIME expressions. The rules register with the grammar's
:func:`~explorer.temporal.grammar.rule` like the others, so the longest match still wins: "12 March
1944 2100 hours" is one expression, and "1430" after "March 7" is a time, never the year 1430.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import (
    DAY, MON, T_CLOCK, T_WDAY, WDAY, WDAY_ANY, YEAR, Cand, day_number, month_number, rule, text_before,
)
from explorer.temporal.grammar.match_play import is_bound_game_clock, times_play_by_game_clock
from explorer.temporal.grammar.media_timecodes import is_media_timecode
from explorer.temporal.grammar.rules_business import FEAST_BEFORE_WEEKDAY
from explorer.temporal.grammar.blocks import full_year
from explorer.temporal.grammar.rules_dates import NUMERIC_DASH, YEAR_FIRST, numeric_day, slashed_month_day
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.wire_slugs import SLUG_AT_LINE_END, slug_day

_ZONES = lx.CLOCK_ZONES
# 14:30, 14:30:05 (not a score "2:1", a ratio in a hashtag, or the 1:18 of a model's scale);
# 1430 GMT, 2100 hrs, 0530hrs; "2100 hours" only after a preposition of time ("1500 hours of work"
# is a duration).
_COLON = r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\d|:\d)"
_MILITARY = (r"(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s*(?P<mu>hrs|hours|h(?![\w])|(?=\s*" + _ZONES + r"\b)"
             r"|(?=\s+(?i:local)\s+time\b)))")  # "0915 local time": TimeML leaves "local time" out of the span
CLOCK24 = (rf"(?:{_COLON}(?!\s*(?:[ap]\.?m\b|[AP]\.?M\b))|{_MILITARY})"
           rf"(?:\s*(?P<hrs>hrs|hours|h)\b)?(?:\s*(?P<tz>{_ZONES})\b)?")
_AMPM = r"(?P<ah>1[0-2]|0?[1-9])(?:[:.](?P<am>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)"
_TIME_PREP = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|about|around|since|to)\s+$")

PARTS = r"(?:morning|afternoon|evening|night|overnight|night-?time)"
_T_PARTS = r"(?i:morning|afternoon|evening|night)"  # the grammar's part_of_day rule scans for the same


def _clock_of(m: re.Match[str]) -> str | None:
    """ "HH:MM" (or "HH:MM:SS") of a CLOCK24 match, None when it is no time of day."""
    if m["h"] is not None:
        clock = f"{int(m['h']):02d}:{m['mi']}"
        return clock + (f":{m['s']}" if m["s"] else "")
    if m["mh"] is not None:
        return f"{m['mh']}:{m['mm']}"
    return None


def _ampm_clock(m: re.Match[str]) -> str | None:
    h = int(m["ah"])
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return f"{h:02d}:{m['am'] or '00'}"


#: a day word said right after a clock time, by its days from the writer's day ("4pm tmr")
DAY_WORD_AFTER = {"today": 0, "tdy": 0, "tonight": 0, "tomorrow": 1, "tmr": 1, "tmrw": 1, "tmw": 1, "2moro": 1,
                   "yesterday": -1}


@rule(rf"(?<![\w:.,$€£#/+-]){CLOCK24}(?:[ \t]+(?:(?i:on)[ \t]+)?(?P<dw>(?i:today|tdy|tonight|tomorrow|tmrw?|tmw|2moro|yesterday))\b"
      rf"|[ \t]+(?P<wd>{WDAY})(?!,?[ \t]+(?:the[ \t]+)?(?:\d|{MON})))?",
      priority=2, trigger=rf"{T_CLOCK}|\b{_ZONES}\b|\d\d\s+(?i:local)\s+time")  # "1430 EST", "0915 local time"
def clock24(m: re.Match[str], text: str) -> Cand | None:
    """A 24-hour or zoned clock time alone: on the day of the document (or of the story); with the
    day word after it ("6:30 tmr", as "4pm tmr") on that day, one expression."""
    clock = _clock_of(m)
    if clock is None:
        return None
    if m["mh"] is not None and (m["mu"] or "").lower() == "hours" and not _TIME_PREP.search(text_before(text, m.start(), 12)):
        return None  # "1500 hours of flying": a quantity
    if m["h"] is not None and re.match(r"^[-–/]\d", text[m.end():m.end() + 2]):
        return None
    if m["h"] is not None and is_media_timecode(text, m.start(), m.end()):
        return None  # "[00:01:44] GUEST: We moved …": how far into a recording, no time of day
    if re.search(rf"(?i)(?:[ap]\.?m\.?(?:\s+(?:{_ZONES}|local\s+time))?|\d|noon|midnight)\s*\(\s*$", text_before(text, m.start(), 24)):
        return None  # "10:35 a.m. (0735 GMT)": the same time again, for other readers
    if m["h"] is not None and re.search(r"(?i)\b(?:chapter|verse|ch\.|psalms?|john|matthew|luke|mark|genesis)\s+$", text_before(text, m.start(), 12)):
        return None  # a Bible verse, "John 3:16"
    if m["h"] is not None and not m["tz"] and (
            re.match(r"(?i)\s+to\s+(?:play|go)\b", text[m.end():m.end() + 12])
            or re.match(r"(?i)\s+(?:left|remaining)\b", text[m.end():m.end() + 12])
            and re.search(r"(?i)\bwith\s+(?:just\s+|only\s+|about\s+)?$", text_before(text, m.start(), 16))
            or re.search(r"(?i)\b(?:final|last|first|opening|closing)\s+$", text_before(text, m.start(), 12))
            and re.match(r"\s+of\s+(?:the\s+)?(?:game|match|half|period|quarter|regulation|overtime|race)\b", text[m.end():m.end() + 24])):
        return None  # a game clock: "with 6:42 left", "the final 4:24 of the game" is no time of day
        # (but "the 17:30 left late" is a sailing named by its time)
    if m["h"] is not None and not m["tz"] and not m["hrs"] and not m["dw"] and not m["wd"] and (
            is_bound_game_clock(text, m.end()) or int(m["h"]) < 20 and times_play_by_game_clock(text)):
        return None  # "at 3:25 of the first period", "at the 4:48 mark", and the report's other plays
    day = m.start("dw") if m["dw"] else m.start("wd") if m["wd"] else -1
    if day >= 0 and re.search(r"\t|[ \t]{2}$", text[m.start():day]):
        # "20:00  Saturday Soul", "18:00\tSunday Brunch": a schedule's clock column, then the title of
        # what is on at that time; the word after the gap is the title's, the clock stands alone
        end = len(text[:day].rstrip(" \t"))
        return Cand(m.start(), end, "dct", "TIME", unit="D", n=0, value=clock, rel="bare")
    if m["dw"]:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=DAY_WORD_AFTER[m["dw"].lower()], value=clock)
    if m["wd"]:
        # "at 9:30 Thursday": the clock time on that weekday, one expression as "5 p.m. Friday" is
        return Cand(m.start(), m.end(), "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[m["wd"].lower()], clock=clock))
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=clock, rel="bare")


@rule(r"(?i:\b(?:at|by|till?|until|from|before|after|around|about|abt|ard)\s+|@\s*)(?P<h>0\d|2[1-3])(?P<mi>[0-5]\d)"
      r"(?=[ \t]*(?:[.,;:!?)~]|$|\n|[ \t]+(?:and|then|to|on|today|tonight|tmr|tmrw|tomorrow|later|sharp|ish)\b))",
      priority=2, trigger=r"(?:0\d|2[1-3])[0-5]\d")  # no lookbehind first: the engine skips to a 0 or 2
def compact_clock24(m: re.Match[str], text: str) -> Cand | None:
    """ "came back at abt 2250.", "reach by 0800": a 24-hour time typed without its colon or "hrs".
    Only the hours no year is written with (00-09 with their zero, 21-23) count, and only after a
    preposition of time and before the sentence goes on: "by 2150" in a forecast is a year."""
    if m["h"].startswith("2") and re.match(r"(?i)by|till?|until|before|after|from", m[0]):
        return None  # "by 2150", "until 2230": a year as often as a time
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{m['h']}:{m['mi']}", rel="bare")


#: a four-figure clock time with its zone or "hrs" ("0736 UTC", "1430 hrs"), or one no year is written
#: as, its hour with a leading zero after a preposition of time ("left at 0700"): a text that writes one
#: writes its later times in the same four figures, with the zone or "hrs" often left off
_FOUR_FIGURES_AS_TIME = (rf"(?<![\w:.,$€£#/+-])(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs\b|hours\b|h\b|{_ZONES}\b)"
                         r"|\b(?i:at|by|from|until|till|before|after|around|about)[ \t]+0\d[0-5]\d\b")
_ZONED_FOUR_FIGURES = re.compile(_FOUR_FIGURES_AS_TIME)


@rule(r"(?i:\b(?:at|by|till?|until|from|before|after|around|about|between|and|to)[ \t]+)(?P<h>1\d|2[0-3])(?P<mi>[0-5]\d)"
      r"(?![\d%,.]\d|[\w%])(?=[ \t]*(?:[.,;:!?)\n]|$|(?i:on|in|at|near|off|from|to|and|but|or|when|while|after|before|"
      r"the|a|an|with|by|as|for|into|over|until|local|sharp|they|he|she|it|we|I|you|there)\b))",
      priority=3, trigger=_FOUR_FIGURES_AS_TIME)
def four_figures_after_zoned(m: re.Match[str], text: str) -> Cand | None:
    """ "At 0736 UTC the first shock was recorded; at 1015 a second followed": a bare four-figure
    time after a preposition of time, in a text that has just written a time in four figures with
    its zone or "hrs" (in the 400 characters before), is a time of that kind, not the year 1015; so
    after one written with its hour's leading zero ("Left at 0700 ... reefed at 1400"), which no year
    is. Without such a time before it, "at 1015", "by 2030" stay years. After "at" the time may stand
    anywhere before it: a log that wrote "left at 0400" keeps its clock a page later ("a storm broke
    at 1500"), where a year takes "in", not "at"; the other prepositions ("by 2030", "from 1990 to")
    name a year as often, and look back only over the last 400 characters."""
    reach = 0 if m[0][:2].lower() == "at" else max(0, m.start() - 400)
    if not _ZONED_FOUR_FIGURES.search(text, reach, m.start()):
        return None
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{m['h']}:{m['mi']}", rel="bare")


four_figures_after_zoned.reads_on = True  # type: ignore[attr-defined]  # scanned from the first zoned four-figure time on


@rule(r"(?:(?i:\b(?:at|from|until|till|by|before|after|around|about|dès|à)[ \t]+)|^[ \t]*|\b)"
      r"(?P<h>[01]?\d|2[0-3])h(?P<mi>[0-5]\d)?(?![\w'’])", re.MULTILINE, priority=2, trigger=r"\d(?i:h)")
def hour_h_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "at 19h", "19h30", a live blog's "19h:": the hour written with "h", as much of Europe writes
    it. Without minutes "12h" is as often twelve hours ("a 12h shift", "in 2h"), so it is a clock
    time only after a preposition of a point in time, or opening a line as an entry's time ("19h:
    polls close"); "24h" is never a clock time here."""
    lead = m[0][:m.start("h") - m.start()]
    line_start = m.start("h") == 0 or text[:m.start("h")].rstrip(" \t").endswith("\n") or not text[:m.start("h")].strip()
    if m["mi"] is None and not lead.strip() \
            and not (line_start and re.match(r"[ \t]*[:—–-]", text[m.end():m.end() + 3])):
        return None
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{int(m['h']):02d}:{m['mi'] or '00'}",
                rel="bare")


#: four figures read as a clock time, then what may follow a time but not a year used as a modifier
#: ("at 1930 prices", "at 1930 levels"): the clause's end, or a function word or zone
_HHMM = (r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:[ \t]*(?P<u>hrs|hours|h)\b)?(?![\d%,.]\d|[\w%])"
         r"(?=[ \t]*(?:[.,;:!?)\n]|$|(?i:on|in|at|near|off|outside|inside|from|to|and|but|or|when|while|after|before|"
         r"the|a|an|with|by|as|for|into|onto|over|under|until|local|sharp|" + _ZONES + r")\b))")


@rule(rf"(?:{WDAY}|(?P<d>{DAY})[ \t]+{MON}(?:,?[ \t]+{YEAR})?|{MON}[ \t]+{DAY}(?:,?[ \t]+{YEAR})?),?[ \t]+(?i:at)[ \t]+{_HHMM}",
      priority=3, trigger=r"(?i:\bat[ \t]+[012]\d[0-5]\d)")
def compact_clock_after_day(m: re.Match[str], text: str) -> Cand | None:
    """ "on 12 May 2020 at 1930", "on Tuesday at 1415", "on March 3 at 2145 hours": four figures
    after a day and "at" are that day's clock time, never a year (a year is "in 1930", "by 1930").
    TimeML marks the day and the time apart; the time gets the day just named, as "at 11am" does."""
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{m['h']}:{m['mi']}", rel="bare")


@rule(rf"(?i:\bat)[ \t]+{_HHMM}(?=,?[ \t]+(?i:on)[ \t]+(?:{WDAY}|{DAY}[ \t]+{MON}|{MON}[ \t]+{DAY}))",
      priority=3, trigger=r"(?i:\bat[ \t]+[012]\d[0-5]\d)")
def compact_clock_before_day(m: re.Match[str], text: str) -> Cand | None:
    """ "left at 1930 on Friday", "at 0745 on 4 March": the same clock time written before its day."""
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{m['h']}:{m['mi']}", rel="bare")


#: what a dotted "HH.MM" is when it is a figure, not a clock: a unit or a price after it, or a
#: sentence about money or measures ("closed at 23.10 points", "rose 17.45 percent")
_DECIMAL_AFTER = re.compile(
    r"(?i)\s*(?:%|[ap]\.?m\b|percent|per\b|pc\b|points?|pts|cents?|pence|p\b|a\s+share|shares?|million|billion|"
    r"seconds?|secs?|s\b|minutes?|mins?|metres?|meters?|m\b|km|kg|kilo|pounds?|lbs?|tons?|tonnes?|litres?|liters?|"
    r"miles?|feet|ft|inches|degrees?|mph|dollars?|euros?|yen|yuan|francs?|marks?|times|x\b)")
_MONEY_CLAUSE = re.compile(r"(?i)[$€£¥%]|\b(?:percent|shares?|stocks?|index|prices?|rates?|yields?|points|cents|"
                           r"dollars?|euros?|pounds|pence|currency|bonds?|futures|traded|trading|inflation|"
                           r"unemployment|growth|average|ratio|odds|scored?|rating|grade|handicap|magnitude|sold|sells?|priced|costs?|"
                           r"fares?|tickets?)\b")


#: a clock time and an opening bracket before another: "23.15 local time (", "10:35 a.m. (", "1430 GMT ("
_TIME_AGAIN_BEFORE = re.compile(rf"(?i)(?:\d|[ap]\.?m\.?|noon|midnight)(?:\s+(?:{_ZONES}|local\s+time))?\s*\(\s*$")


_ONE_DIGIT_HOUR_AFTER = re.compile(r"(?i)\b(?:at|by|until|till|after|before|around|about)\s+$")
_DAY_PART_NEXT = re.compile(r"(?i)\s+(?:the\s+(?:next|following|previous)\s+|that\s+|this\s+|in\s+the\s+)?"
                            r"(?:morning|afternoon|evening|night)\b")


@rule(r"(?:(?i:\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+)|(?=(?:[01]\d|2[0-3])\.[0-5]\d[ \t]*" + _ZONES + r"\b))"
      r"(?<![\d.])(?P<h>[01]\d|2[0-3]|[1-9])\.(?P<mi>[0-5]\d)(?![\d]|\.\d|,\d)"
      r"(?:[ \t]*(?P<tz>" + _ZONES + r")\b)?",
      priority=2, trigger=r"(?:[01]\d|2[0-3]|\b[1-9])\.[0-5]\d")
def dotted_clock24(m: re.Match[str], text: str) -> Cand | None:
    """ "the storm hit at 17.45", "talks ran until 09.30": a 24-hour clock written with a dot, as much
    of Europe writes it. A dotted figure is a decimal as often, so only a two-digit hour after a
    preposition of time counts, and never before a unit or in a sentence about money or measures. With
    its zone ("21.15 UTC", "22.00 GMT") it is a clock however it stands, and the zone is in its span
    as "2115 GMT" has it. A one-digit hour ("on the road by 6.15", "left at 9.40"), as Britain writes
    the clock, counts only right after "at", "by", "until", "after", "before", "around" or "about", where
    a figure of a measure rarely stands (not "rose to 6.15")."""
    if m["tz"] is None and _DECIMAL_AFTER.match(text, m.end()):
        return None
    if len(m["h"]) == 1 and (not _ONE_DIGIT_HOUR_AFTER.search(text, max(0, m.start("h") - 8), m.start("h"))
                             or _DAY_PART_NEXT.match(text, m.end())):
        return None  # ("worked until 7.30 the next morning": the day's part is told, and tagged, on its own)
    if _TIME_AGAIN_BEFORE.search(text_before(text, m.start(), 30)):
        return None  # "at 23.15 local time (21.15 UTC)": the same time again, for other readers
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
    if m["tz"] is None and _MONEY_CLAUSE.search(text, start, min(len(text), m.end() + 40)):
        return None
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{int(m['h']):02d}:{m['mi']}", rel="bare")


_WD_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)"
#: a clock typed without its colon after a day ("this Fri night, 2359"): never a year
_HHMM = r"(?P<xh>[01]\d|2[0-3])(?P<xm>[0-5]\d)(?!\d)"
# a weekday word with a digit right after it (one lowercase group: scanned fast on lowercased text)
_T_DAY_CLOCK = r"(?i:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+[a-z]+)?\s*,?\s*(?:at\s+|@\s*)?\d)"


@rule(rf"(?i:(?P<rel>last|next|this|this\s+coming|coming|on)\s+)?(?P<wd>(?i:{_WD_WORD}))\.?"
      rf"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night|nite)))?(?:\s*,\s*|\s+)(?:(?i:at)\s+|@\s*)?"
      rf"(?:{_AMPM}|(?P<ph>1[0-2]|0?[1-9])(?P<pm>[0-5]\d)\s*(?P<pap>[ap]m\b|[AP]M\b)"
      rf"|(?P<ch>[01]?\d|2[0-3])[:.](?P<cm>[0-5]\d)(?![\d:.])(?!\s*[ap]\.?m)|{_HHMM})",
      priority=4, trigger=_T_DAY_CLOCK)
def weekday_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "this Sat, 7pm", "Sun 1:00pm", "this Fri night, 2359": a clock time on a weekday is one
    time, on that day (TimeML writes it ``2013-04-13T19:00``), not a weekday and a time of today."""
    word = m["wd"].rstrip(".")
    if m["ap"]:
        clock = _ampm_clock(m)
    elif m["pap"]:  # "430pm": typed without its colon
        clock = f"{int(m['ph']) % 12 + (12 if m['pap'].lower() == 'pm' else 0):02d}:{m['pm']}"
    elif m["ch"] is not None:
        clock = f"{int(m['ch']):02d}:{m['cm']}"
    else:
        if 1000 <= int(m["xh"] + m["xm"]) <= 2100 and not m["pod"]:
            return None  # "Sunday, 1945": more likely a year than a time
        clock = f"{m['xh']}:{m['xm']}"
    if clock is None:
        return None
    if "\n" in text[m.end("pod") if m["pod"] else m.end("wd"):m.end()]:
        return None  # "FRIDAY" heading a listing, "7.30pm Quiz" on the line under it: two expressions
    if not m["rel"] and FEAST_BEFORE_WEEKDAY.search(text_before(text, m.start("wd"), 24)):
        return None  # "on Easter Sunday at 10.15am": the feast's day, which the holiday rule reads
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower()) or None
    if word.islower() and len(word) <= 4 and not (rel or m["pod"] or m["ap"] or m["pap"]) and word.lower() in ("sun", "sat", "wed", "mon"):
        if not re.search(r"[(\-–/,&]\s*$|\b(?:and|or)\s+$", text_before(text, m.start("wd"), 6)):
            return None  # "the sun 10:30" is no day; in a list of days it is ("Sat-sun 1:00"), and before am/pm ("sat 10am")
    start = m.start() if rel not in (None, "on") else m.start("wd")
    spec = Spec("D", weekday=lx.WEEKDAYS[word.lower()], clock=clock)
    clock_at = next((m.start(g) for g in ("ah", "ph") if m[g] is not None), None)
    if clock_at is not None and re.search(r"(?i)\bat\s+$", text[m.end("wd"):clock_at]):
        # "Friday at 6pm": two phrases, two expressions as TimeML marks them; the time is on that
        # Friday (the weekday is read on its own). A post's "Sunday at 10.30" stays one time (the
        # informal rules' convention for a 24-hour clock typed after a day).
        return Cand(clock_at, m.end(), "under", "TIME", spec=spec, rel=None if rel == "on" else rel)
    return Cand(start, m.end(), "under", "TIME", spec=spec, rel=None if rel == "on" else rel)


@rule(r"\b12[ \t]*(?P<w>noon|midnight)\b", re.IGNORECASE, priority=3, trigger=r"(?i:12[ \t]*(?:noon|midnight))")
def twelve_noon(m: re.Match[str], text: str) -> Cand | None:
    """ "12 noon", "12 midnight": the number is part of the time (TimeBank writes midnight T24:00)."""
    clock = "12:00" if m["w"].lower() == "noon" else "24:00"
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=clock, rel="bare")


@rule(r"(?i:\b(?:at|around|about|by|until|till|from|since|before|after|to)\s+)(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?"
      r"(?:\s*o'?clock)?\s+(?i:in|at)\s+(?i:(?:the|teh)\s+)?(?P<pod>(?i:morning|afternoon|evening|night))\b",
      priority=4, trigger=r"(?i:\d\s+(?:o'?clock\s+)?(?:in|at)\s+(?:(?:the|teh)\s+)?(?:morning|afternoon|evening|night))")
def hour_in_part_of_day(m: re.Match[str], text: str) -> Cand | None:
    """ "at 2 in the afternoon" (14:00), "at 3 in the morning", "by 11 at night": the part of day
    says which half of the clock; the preposition before it stays outside, as TimeML marks it."""
    h, pod = int(m["h"]), m["pod"].lower()
    if pod == "night" and h == 12 and not m["mi"]:
        clock = "24:00"  # midnight, as TimeBank writes it
    else:
        if pod == "morning" or pod == "night" and (h < 6 or h == 12):
            h %= 12
        else:
            h = h % 12 + 12
        clock = f"{h:02d}:{m['mi'] or '00'}"
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=clock, rel="bare")


_DAY_PART_WORDS = {"tonight": (0, "NI"), "tonite": (0, "NI"), "2nite": (0, "NI"), "this morning": (0, "MO"),
                   "this afternoon": (0, "AF"), "this arvo": (0, "AF"), "this evening": (0, "EV"), "this eve": (0, "EV"),
                   "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
                   "tomorrow night": (1, "NI"), "tmr morning": (1, "MO"), "tmr night": (1, "NI"), "tmrw morning": (1, "MO"),
                   "tmrw night": (1, "NI"), "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"),
                   "yesterday evening": (-1, "EV"), "last night": (-1, "NI")}
#: the parts of a day :func:`day_part_clock` reads, as a regex alternation
_DAY_PART = lx.alternation(_DAY_PART_WORDS)


@rule(r"(?i:(?:\b(?:at|by|around|about|till?|until|from|before|after|since)|(?<![\w@])@)\s*)(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?i:ish)?"
      r"(?:\s*o'?clock)?\s+(?P<w>(?i:" + _DAY_PART + r"))\b",
      priority=4, trigger=r"(?i:\d(?:ish)?\s+(?:o'?clock\s+)?(?:tonight|tonite|2nite|this|tomorrow|tmr|yesterday|last\s+night))")
def hour_with_day_part(m: re.Match[str], text: str) -> Cand | None:
    """ "at 7 tonight" (19:00), "by 9 tomorrow morning", "around 11 last night": an hour said with
    its part of day and day is one time; the part says which half of the clock."""
    return day_part_clock(m["w"], m["h"], m["mi"], m.start("h"), m.end())


def day_part_clock(words: str, hour: str, minute: str | None, start: int, end: int) -> Cand | None:
    """The time ``start``..``end``, an hour (and minute) said with a part of a day ("7 tonight", "tonight
    at 10"): the part says which half of the clock, and which day. None when the part is none this
    module knows, or the hour lies outside it ("2 tonight" is after midnight, another day)."""
    w = re.sub(r"\s+", " ", words.lower())
    if w not in _DAY_PART_WORDS:
        return None
    n, pod = _DAY_PART_WORDS[w]
    h = int(hour)
    if pod == "MO":
        if h == 12 or h < 4:
            return None  # "12 this morning" is midnight, "2 this morning" the night before: too odd to guess
    elif pod == "AF" and h > 7 or pod in ("EV", "NI") and not 5 <= h <= 11:
        return None  # "at 2 tonight" is after midnight, another day
    else:
        h = h % 12 + 12
    return Cand(start, end, "dct", "TIME", unit="D", n=n, value=f"{h:02d}:{minute or '00'}")


@rule(r"(?P<w>(?i:" + _DAY_PART + r"))"
      r",?\s+(?:(?i:at)\s+|@\s*)(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s*(?i:o'?clock))?"
      r"(?![\d:]|[.,]\d|\s*(?:[ap]\.?m\b|%|(?i:percent|per\b|million|billion|of\b|[ap]\.m\.)))",
      priority=4, trigger=r"(?i:(?:tonight|tonite|2nite|morning|afternoon|evening|eve|arvo|night),?\s+(?:at\s+|@\s*)\d)")
def clock_after_day_part(m: re.Match[str], text: str) -> Cand | None:
    """ "tonight at 10", "see u 2nite @ 9", "this morning at 9:30": an hour without am/pm said after
    its part of day is in that part's half of the clock and on its day (22:00 tonight, not 10:00);
    the day-part stays its own expression and "at" outside, as TimeML marks "tonight at 10pm"."""
    if m["mi"] and text[m.start("mi") - 1] == "." and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 2]):
        return None  # "closed tonight at 9.50 a share": a price, no clock
    return day_part_clock(m["w"], m["h"], m["mi"], m.start("h"), m.end())


@rule(rf"(?<![\w:.,$€£#/+-]){_AMPM}(?:\s+(?P<tz>{_ZONES})\b)?[ \t]+(?P<w>(?i:" + _DAY_PART + r"))\b",
      priority=4, trigger=r"(?i:[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+|(?:[a-z]+\s+){1,2}time\s+)?(?:tonight|tonite|2nite|this|tomorrow|tmrw?|yesterday|last\s+night))")
def ampm_clock_with_day_part(m: re.Match[str], text: str) -> Cand | None:
    """ "at 8 p.m. this evening", "9 p.m. tonight", "7 a.m. this morning", "11 p.m. last night": the
    clock is on the day its part of day names, one expression as "10 a.m. tomorrow" and TimeBank's
    "9 a.m. Tuesday" are. Without this the clock stood apart and took the day the text told last (a
    broadcast's "not before Thursday ... at 8 p.m. this evening" put the curfew on Thursday). After
    midnight the night's clock is the next day ("1 a.m. last night" is the writer's day)."""
    clock = _ampm_clock(m)
    if clock is None:
        return None
    n, pod = _DAY_PART_WORDS[re.sub(r"\s+", " ", m["w"].lower())]
    if pod == "NI" and clock < "06:00":
        n += 1
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=clock)


_DMY = rf"(?P<d1>{DAY})\s+(?:of\s+)?(?P<mon1>{MON})(?:,?\s+(?P<y1>{YEAR}))?"
_MDY = rf"(?P<mon2>{MON})\s*(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?"


def _date_spec(m: re.Match[str]) -> tuple[str, Spec] | None:
    """The day a _DMY or _MDY group names, as (kind, spec); None when there is no such day."""
    if m["d1"]:
        d, mo, y = day_number(m["d1"]), month_number(m["mon1"]), m["y1"]
    else:
        d, mo, y = day_number(m["d2"]), month_number(m["mon2"]), m["y2"]
    if not valid_day(int(y) if y else 2000, mo, d):
        return None
    if y:
        return "abs", Spec("D", year=int(y), month=mo, day=d)
    return "under", Spec("D", month=mo, day=d)


@rule(rf"(?:(?P<wd>{WDAY_ANY}),?\s+)?(?:{_DMY}|{_MDY})(?:,?\s+)(?:{CLOCK24}|{_AMPM})(?:\s+(?P<tz2>{_ZONES})\b|[ \t]+(?P<off>[+-][01]\d[0-5]\d)(?!\d))?",
      priority=5, trigger=T_CLOCK)
def date_with_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "12 March 1944 2100 hours", "May 10, 2014 2pm", "March 7 14:30", and a mail header's "Wed, 29 Dec
    2004 00:28:16 +0000" with its weekday and offset: the clock time on that day.
    Joined by "at" ("on 24 June at 11am") they are two expressions, as TimeML marks them; the clock
    still gets that day (the resolver's day just named)."""
    got = _date_spec(m)
    if got is None:
        return None
    clock = _ampm_clock(m) if m["ap"] else _clock_of(m)
    if clock is None:
        return None
    kind, spec = got
    if m["mh"] is not None and not m["mu"] and not m["tz"]:
        return None
    return Cand(m.start(), m.end(), kind, "TIME", spec=spec.with_(clock=clock))


#: the first clock time of a range and its joining word, before the clock that ends it ("20:00 to ")
_CLOCK_RANGE_BEFORE = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:to|until|till|[-–—])\s*$", re.IGNORECASE)


@rule(rf"(?<![\w:.,$€£#/+-]){CLOCK24},?[ \t]+(?:(?P<wd>{WDAY_ANY}),?[ \t]+)?(?:{_DMY}|{_MDY})",
      priority=5, trigger=T_CLOCK)
def clock_then_date(m: re.Match[str], text: str) -> Cand | None:
    """ "First published 23:10, Thursday 7 May 2026", "Updated 03:42 Friday 8 May": a stamp's clock time
    written before its day, one TIME on that day (the clock alone was put on the day told before it,
    so a night's page updated after midnight had its update on the evening before)."""
    got = _date_spec(m)
    clock = _clock_of(m)
    if got is None or clock is None or m["mh"] is not None and not m["mu"] and not m["tz"]:
        return None
    if _CLOCK_RANGE_BEFORE.search(text_before(text, m.start(), 16)):
        return None  # "from 20:00 to 06:00, Monday 7 September to ...": the days the nightly hours hold on
    kind, spec = got
    return Cand(m.start(), m.end(), kind, "TIME", spec=spec.with_(clock=clock))


@rule(rf"(?<![\d\-/.])(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<ny>\d{{4}}|\d{{2}})[ \t]+(?:{CLOCK24}|{_AMPM})",
      priority=5, trigger=T_CLOCK)
def numeric_date_with_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "12/29/2018 20:29", "4/2/19 9:15 am": a record's date and clock time, one TIME as TimeML
    marks a timestamp (day and month in the order the numeric date rule reads them)."""
    a, b, y = int(m["na"]), int(m["nb"]), m["ny"]
    year = int(y) if len(y) == 4 else full_year(y)
    mo, d = slashed_month_day(a, b, text, year, text_before(text, m.start(), 14))
    if not valid_day(year, mo, d):
        return None
    if m["mh"] is not None and not m["mu"] and not m["tz"]:
        return None  # "4/2/19 1430" with no unit or zone: no clock time for sure
    clock = _ampm_clock(m) if m["ap"] else _clock_of(m)
    if clock is None:
        return None
    return Cand(m.start(), m.end(), "abs", "TIME", spec=Spec("D", year=year, month=mo, day=d, clock=clock))


@rule(SLUG_AT_LINE_END.pattern, re.MULTILINE, priority=5, trigger=r"[A-Z]-\d\d-\d\d-\d\d\b")
def wire_slug_stamp(m: re.Match[str], text: str) -> Cand | None:
    """ "AP-NY-08-07-97 1947EDT": the day and clock time an agency filed its copy, one TIME as TimeML
    marks it (the service and desk codes left out); see :mod:`explorer.temporal.wire_slugs`."""
    day = slug_day(m)
    if day is None:
        return None
    spec = Spec("D", year=day.year, month=day.month, day=day.day)
    if m["h"] is None:
        return Cand(m.start("stamp"), m.end("stamp"), "abs", spec=spec)
    return Cand(m.start("stamp"), m.end("stamp"), "abs", "TIME", spec=spec.with_(clock=f"{m['h']}:{m['mi']}"))


@rule(rf"(?:{NUMERIC_DASH}|{YEAR_FIRST})[ \t]+(?:{CLOCK24}|{_AMPM})", priority=5, trigger=T_CLOCK)
def dashed_date_with_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "Updated: 17-08-2020 21:59 IST", "2017/09/07 13:30": a page's stamp, one TIME as TimeML marks
    a timestamp (the day read as the dashed and year-first date rule reads it)."""
    spec = numeric_day(m, text)
    if spec is None or m["mh"] is not None and not m["mu"] and not m["tz"]:
        return None
    clock = _ampm_clock(m) if m["ap"] else _clock_of(m)
    if clock is None:
        return None
    return Cand(m.start(), m.end(), "abs", "TIME", spec=spec.with_(clock=clock))


_POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "daytime": "DT", "nighttime": "NI", "night-time": "NI"}


def _pod(word: str) -> str:
    return _POD_CODE[word.lower()]


def _part_of_day_on_date(m: re.Match[str]) -> Cand | None:
    """The part of day (``pod``) of the day a match's date groups name, as one TIME; None when the
    month is written lower case ("the night of may 5" is rarely a date: "may" is a verb)."""
    if not (m["mon1"] or m["mon2"] or "")[0].isupper():
        return None
    got = _date_spec(m)
    if got is None:
        return None
    kind, spec = got
    return Cand(m.start(), m.end(), kind, "TIME", spec=spec.with_(part_of_day=_pod(m["pod"])))


@rule(rf"(?:(?P<early>early|late)\s+(?:in\s+)?)?(?:the\s+)?(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+"
      rf"(?:(?P<wd>{WDAY}),?\s+)?(?:{_DMY}|{_MDY})", re.IGNORECASE, priority=6, trigger=_T_PARTS)
def part_of_date(m: re.Match[str], text: str) -> Cand | None:
    """ "the night of 5 March 1945", "the evening of June 4", "early in the morning of 29 April 1975"."""
    return _part_of_day_on_date(m)


@rule(rf"(?:the\s+)?(?P<pod>morning|afternoon|evening|night)\s+of\s+(?:{_DMY}|{_MDY}),?\s+(?P<rel>last|this|next)\s+year\b(?!['’])",
      re.IGNORECASE, priority=7, trigger=_T_PARTS)
def part_of_date_rel_year(m: re.Match[str], text: str) -> Cand | None:
    """ "the evening of 14 March last year", "the night of Dec. 3 next year": one time, the part of a
    day whose year the words after it say (as "14 March last year" is one day); read apart, the
    day took the part of day and "last year" was a second expression."""
    if m["y1"] or m["y2"] or not (m["mon1"] or m["mon2"] or "")[0].isupper():
        return None
    got = _date_spec(m)
    if got is None:
        return None
    rel = {"last": "year-1", "next": "year+1"}.get(m["rel"].lower(), "year0")
    return Cand(m.start(), m.end(), "under", "TIME", spec=got[1].with_(part_of_day=_pod(m["pod"])), rel=rel)


@rule(rf"\b(?P<det>[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast)\s+(?P<pod>morning|afternoon|evening|night),[ \t]+"
      rf"(?:(?P<wd>{WDAY}),?[ \t]+)?(?:{_DMY}|{_MDY})(?![\d:])", priority=6, trigger=_T_PARTS)
def part_of_day_then_date(m: re.Match[str], text: str) -> Cand | None:
    """ "This morning, July 2, 2023, the mayor ...": the date in apposition names the day of the part
    of day, so the two are one time (…TMO of that day), as TimeML writes "Monday, Oct. 26" as one;
    read apart, the part of day took the document's day, which on a page is often not that date."""
    return _part_of_day_on_date(m)


@rule(rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|previous|past))\s+)?(?P<wd>{WDAY})\s+(?P<pod>(?i:morning|afternoon|evening|night))s?(?![\w-])",
      priority=2, trigger=T_WDAY)
def weekday_part(m: re.Match[str], text: str) -> Cand | None:
    """ "Tuesday afternoon" is the afternoon of that Tuesday (…TAF), a time, not the whole day."""
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    wd = lx.WEEKDAYS[m["wd"].lower()]
    if m[0].lower().endswith("s") and not rel:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{wd + 1}T{_pod(m['pod'])}")  # "Monday nights"
    return Cand(m.start(), m.end(), "under", "TIME", spec=Spec("D", weekday=wd, part_of_day=_pod(m["pod"])), rel=rel)


@rule(rf"\b(?i:overnight)[ \t]+(?P<wd>{WDAY})(?![ \t]+(?i:morning|afternoon|evening|night)\b)", priority=3, trigger=T_WDAY)
def overnight_weekday(m: re.Match[str], text: str) -> Cand | None:
    """ "Rain fell overnight Tuesday": the night of that Tuesday (…TNI), one TIME as "Tuesday night"
    is. Read apart, "overnight" took the night of the document's day and the weekday its whole day."""
    return Cand(m.start(), m.end(), "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[m["wd"].lower()], part_of_day="NI"))


# A part of day said alone ("fighting went on through the night", "in the morning"): the day is the
# document's (news, tweets) or unknown (a story). Not "the night the flight crashed", not a noun's
# modifier ("morning talk show"), not one handled with its own determiner elsewhere.
_POD_ALONE_BEFORE = re.compile(
    r"(?i)\b(?:this|that|last|next|tomorrow|yesterday|every|each|per|a|an|one|same|following|previous|"
    r"good|his|her|their|its|our|my|your|whole|entire|all|opening|first|second|third|final|wedding|election)\s+$|[\w'’]s\s+$"
    # any ordinal: "for a 20th night", "a fourth straight night" count nights, none of them the page's
    rf"|\b(?:\d+(?:st|nd|rd|th)|{lx.alternation(lx.ORDINALS)})\s+(?:(?:straight|consecutive|successive)\s+)?$")
# A preposition of time written in the same capitals as the part of day after it: a title or a
# shouted line ("See You In The Morning", "OPEN AT NIGHT"), where a capital is no name
_TITLED_PREP = re.compile(r"\b(?:In|At|During|Through|Throughout|Until|Till|IN|AT|DURING|THROUGH|THROUGHOUT|UNTIL|TILL)\s+(?:The\s+|THE\s+)?$")
_POD_PREP = re.compile(r"(?i)\b(?:in|during|at|through|throughout|into|by|until|till|overnight)\s+$")
_POD_ALONE_AFTER = re.compile(
    r"(?i)^[\s-]+(?:talk|show|shows|news|newspapers?|paper|edition|shift|prayers?|session|sessions|of|"
    r"club|clubs|sky|vision|watch|flight|flights|raid|raids|attack|attacks|bombing|fighter|fighters|"
    r"life|school|classes|market|trading|rush|commute|light|air|glory|star|stars|time|before|after|"
    r"when|that|the|he|she|they|we|it|stay|stays|hours|delivery|program|programme|person|owl|mare)\b")
#: a singular carrier or publication named by the part of day it runs in ("left by the morning coach", "on
#: the night train", "in the evening post"): a modifier even after a preposition, since such a noun
#: with no article of its own opens no clause ("In the morning police arrived" keeps its time)
_POD_CARRIER_AFTER = re.compile(
    r"(?i)[ \t-]+(?:coach|train|bus|ferry|boat|steamer|packet|tram|mail|post|flight|edition|bulletin|newspaper)\b"
    r"(?![ \t]+(?:drivers?|services?|operators?|crews?|staff|workers|timetables?|stations?|offices?|was|were|had|is|are)\b)")


#: a part of day named by the occasion held in it, a noun after an article or a possessive and one
#: lower-case noun ("held a coffee morning", "The film night raised £300", "runs a quiz night every
#: month", "an open evening on Thursday"): the occasion, a thing held, not a time of day. Not after a
#: preposition of time ("on a summer evening", "through a stormy night" keep their time) nor when the
#: word between tells what the time was like or which one it was (the words of _TIME_LIKE).
_OCCASION_BEFORE = re.compile(r"(?:^|(?<=[^\w'’]))(?i:a|an|the|our|their|its|his|her|my|your)[ \t]+"
                             # also a plural possessive ("a ladies' night"; not a hyphened word, most
                             # often a describing one: "a rain-soaked night")
                             r"(?P<noun>[a-z]+|[a-z]+s['’])[ \t]+$")
_TIME_LIKE = frozenset((
    "late early long short full cold warm hot wet dry quiet busy sleepless stormy rainy windy wild clear dark "
    "bright sunny misty foggy snowy icy frosty freezing bitter mild calm still hard tough rough difficult "
    "summer winter spring autumn fall single whole entire same memorable fine lovely beautiful terrible "
    "awful great wonderful perfect good bad recent particular certain typical normal usual ordinary "
    "average given further extra other fateful tragic historic chilly humid cloudy moonlit moonless "
    "starry crisp grey gray damp raw fresh pleasant glorious magical special big small").split())
#: the parts of day an occasion is named by; not "overnight", an adverb ("took the covers off the course overnight")
_OCCASION_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
_TIME_PREP_BEFORE = re.compile(r"(?i)\b(?:in|on|at|during|through|throughout|into|by|until|till|for|over|across|one|every|each|"
                               r"spent|spend|spends|spending)[ \t]+$")


def _named_occasion(text: str, start: int) -> bool:
    """Whether the part of day at ``start`` is an occasion's name (see :data:`_OCCASION_BEFORE`)."""
    before = text_before(text, start, 40)
    m = _OCCASION_BEFORE.search(before)
    if m is None or m["noun"] in _TIME_LIKE or m["noun"].endswith("ly"):
        return False
    return _TIME_PREP_BEFORE.search(before[:m.start()]) is None


@rule(rf"(?:(?P<the>the|The|THE)\s+)?(?:(?P<mod>early|late|mid)[\s-]+|(?P<glued>mid)(?=morning|afternoon|evening))?(?P<pod>{PARTS}|(?i:{PARTS}))(?![\w-])(?:\s+(?P<dw>yesterday|today|tomorrow))?",
      priority=1, trigger=_T_PARTS)
def part_of_day_alone(m: re.Match[str], text: str) -> Cand | None:
    """ "in the morning", "mid-afternoon yesterday", "by midmorning": a part of the day the text is
    in (the document's, or the day named after it)."""
    word = m["pod"]
    if m["glued"] and not (m.start() == 0 or not text[m.start() - 1].isalpha()):
        return None
    if m.start("pod") > 0 and text[m.start("pod") - 1].isalpha() and not m["glued"]:
        return None  # "goodnight", "weeknight": a part of day inside a word
    if not m["mod"] and re.search(r"\w-\Z", text[max(0, m.start("pod") - 2):m.start("pod")]):
        return None  # "all-night talks", "an all-evening rally": the end of a compound adjective, no time
    if word[0].isupper() and not _TITLED_PREP.search(text_before(text, m.start(), 12)):
        return None  # "Night of the Long Knives", "Morning Edition"; but "In The Morning", "AT NIGHT"
    if word[0].isupper() and (m["the"] and m["the"][0].islower()
                              or not word.isupper() and re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2])):
        return None  # "In The Night Kitchen": a title goes on in capitals
    if _POD_ALONE_BEFORE.search(text_before(text, m.start(), 30)):
        return None
    if re.match(rf"(?i)[ \t]+{word}\b", text[m.end():m.end() + 12]) or re.search(rf"(?i)\b{word}[ \t]+$", text_before(text, m.start(), 12)):
        return None  # "night night": a goodnight, no time
    if not _POD_PREP.search(text_before(text, m.start(), 12)) and _POD_ALONE_AFTER.match(text[m.end():m.end() + 14]):
        return None
    if m["the"] and not m["dw"] and _POD_CARRIER_AFTER.match(text, m.end()):
        return None
    if not m["the"] and not m["mod"] and not m["glued"] and not m["dw"] and word.lower() in _OCCASION_PARTS \
            and _named_occasion(text, m.start()):
        return None  # "held a coffee morning", "The film night raised £300": an occasion held, no time
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or m["glued"] or "").lower())
    if m["dw"]:  # "mid-afternoon yesterday": that part of that day
        n = {"yesterday": -1, "tomorrow": 1}.get(m["dw"].lower(), 0)
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=_pod(word), mod=mod)
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=_pod(word), mod=mod, rel="bare")


__all__ = ["DAY_WORD_AFTER", "wire_slug_stamp", "clock_then_date", "compact_clock24", "four_figures_after_zoned", "hour_with_day_part", "day_part_clock", "clock_after_day_part", "clock24", "weekday_clock", "twelve_noon", "hour_in_part_of_day", "date_with_clock", "part_of_date", "weekday_part", "overnight_weekday", "part_of_day_alone"]


#: a line that opens with four figures an hour and minutes may be, then the entry ("1905 Starboard anchor
#: dragging", "0415 - Engine room reported a leak"): a log's or a timeline's entry time
_LOG_LINE_TIME = re.compile(r"(?m)^[ \t]*(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*[:.–—-]?[ \t]+[A-Z])")
#: a log that says how its times are written ("All times UTC", "Times are local", "(times GMT)")
_TIMES_CUE = re.compile(rf"(?i)\btimes\b[^\n]{{0,20}}\b(?:{_ZONES}|local|ship'?s)\b")


@rule(r"(?m)^[ \t]*(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=[ \t]*[:.–—-]?[ \t]+[A-Z])", priority=5,
      trigger=r"(?:[01]\d|2[0-3])[0-5]\d")
def log_line_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "1905 Starboard anchor dragging" in a deck log: four figures opening a line are the entry's
    time, not the year 1905, when the lines around it open the same way (three or more within the
    stretch) and one of them cannot be a year ("0415", written with its zero) or the log says how its
    times are written ("All times UTC"). A chronology's "1905 The mill opens" lines stay years: none
    of them starts with a zero."""
    around = text[max(0, m.start() - 600):m.end() + 600]
    openers = _LOG_LINE_TIME.findall(around)
    if len(openers) < 3:
        return None
    if not any(o.strip().startswith("0") for o in openers) and not _TIMES_CUE.search(text, max(0, m.start() - 1500), m.start()):
        return None
    return Cand(m.start("h"), m.end("mi"), "dct", "TIME", unit="D", n=0, value=f"{m['h']}:{m['mi']}", rel="bare")
