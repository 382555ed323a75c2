"""Rules for informal writing (posts, messages, notes): lowercase and abbreviated weekdays, "tmr",
"tdy", "xmas", "nxt yr", "2 hrs", "730pm".

Short forms that are also ordinary words ("sat", "sun", "wed", "mon") count only where nothing but
a day can be meant: after "this"/"next"/"last"/"every"/"on", or before a part of day ("sat night").
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import MON, MON_FULL, NUMW, T_CLOCK, YEAR, Cand, _before, _month, range_of, rule
from explorer.temporal.grammar.rules_business import _HOLIDAY_THING
from explorer.temporal.normalize import Spec, duration_value, valid_day

_FULL_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SHORT_DAYS = r"(?:mon|tues?|weds?|thur?s?|fri|sat|sun)"
#: short weekdays that are no English word: a day even alone ("hw due tues", "almost fri")
_NO_WORD_DAYS = frozenset({"tue", "tues", "thur", "thurs", "fri", "weds"})
#: prepositions that take a day: a short form that is also a word counts after them ("til Mon")
_DAY_PREP = re.compile(r"(?i)\b(?:till?|until|by|before|after|from|since|thru|through)\s+$")
_REL = r"(?:last|next|this|this\s+past|this\s+coming|coming|every|each|on|nxt)"
_DAYWORDS = {"tmr": 1, "tmrw": 1, "tmw": 1, "trmw": 1, "tmrrw": 1, "tmoro": 1, "tomoro": 1, "tomolo": 1,
             "tomorow": 1, "tommorow": 1, "tommorrow": 1, "2moro": 1, "2morrow": 1, "2mrw": 1,
             "tdy": 0, "2day": 0, "tday": 0, "yday": -1, "yest": -1}
_NIGHTS = {"tonite": 0, "2nite": 0, "2night": 0}
#: one scan finds every informal word, for all the rules below (a unit may follow its number: "12hrs")
T_INFORMAL = (r"(?i:(?:\b|(?<=\d))(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thur?s?|fri|sat|sun|x-?mas|"
              r"yrs?|wks?|mth|hrs?|mins?|secs?|" + lx.alternation(list(_DAYWORDS) + list(_NIGHTS)) + r")\b)")
#: short units, also typed against their count ("1.5hrs", "16days": no word boundary after the digit)
T_UNIT_ABBR = r"(?i:(?:\b|(?<=\d))(?:yrs?|wks?|hrs?|mins?|secs?|mn?ths?|mos)\b|\d(?:days|weeks|months|years)\b)"
_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nite": "NI", "arvo": "AF", "eve": "EV",
         "morn": "MO"}


def _weekday(word: str) -> int:
    w = word.rstrip(".").lower()
    if w in lx.WEEKDAYS:
        return lx.WEEKDAYS[w]
    return lx.WEEKDAYS[w[:3]]


@rule(rf"\b(?:(?P<rel>{_REL})\s+)?(?:(?P<full>{_FULL_DAYS})|(?P<short>{_SHORT_DAYS})\.?)(?:\s+(?P<pod>morning|afternoon|evening|night|nite|arvo|eve(?![-'’])|morn))?\b",
      re.IGNORECASE, priority=1, trigger=T_INFORMAL)
def informal_weekday(m: re.Match[str], text: str) -> Cand | None:
    """ "monday", "this sat", "next Fri", "sat night", "every mon"; capitalised full names are the
    grammar's own rule."""
    word = m["full"] or m["short"]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower()) or None
    if m["full"] and word[0].isupper() and word[1:].islower() and not rel:
        return None  # "Monday": the main weekday rule
    listed = _in_weekday_list(text, m.start("full") if m["full"] else m.start("short"), m.end())
    alone_ok = word.lower() in _NO_WORD_DAYS and (word.islower() or word.isupper() or word.lower() != "thur") \
        or word[0].isupper() and _DAY_PREP.search(_before(text, m.start(), 8)) is not None \
        and not re.match(r"\.?\s+[A-Z]", text[m.end():m.end() + 3])  # "after Sun Yat-sen": a name
    if m["short"] and not (rel or m["pod"] or listed or alone_ok):
        return None  # "sat", "sun", "wed" alone are words
    if m["short"] and rel == "on" and not m["pod"] and not listed and word.lower() in ("sun", "sat", "wed", "mon") \
            and not (word.lower() == "sat" and re.match(r"[ \t]*(?:[?!,;)]|\.(?:\s|$)|$)", text[m.end():m.end() + 3])):
        return None  # "on sun cream", "sat on", "sat down on wed"; but "free on sat?" ends on its day
    if m["short"] and m["short"][0].islower() and rel in ("this", "last") and re.match(r"^\s*[a-z]", text[m.end():m.end() + 2]) and not m["pod"]:
        if word.lower() in ("sun", "sat", "wed", "mon"):
            return None  # "this sun is hot"
    wd = _weekday(word)
    pod = _PODS.get((m["pod"] or "").lower())
    start = m.start() if rel not in ("on",) else m.start("full") if m["full"] else m.start("short")
    if not rel and listed == "every":
        # "every mon, wed, thur": the head's "every" is shared by the whole list
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    if rel in ("every", "each"):
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    rel = {"nxt": "next", "on": None}.get(rel or "", rel)
    return Cand(start, m.end(), "under", "TIME" if pod else "DATE",
                spec=Spec("D", weekday=wd, part_of_day=pod), rel=rel)


_ANY_DAY = rf"(?:{_FULL_DAYS}|{_SHORT_DAYS})\.?(?:\s+(?:morning|afternoon|evening|night|nite))?"
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|&|/|-|–|\band\b|\bor\b)\s*"
_LIST_BEFORE = re.compile(rf"(?i)\b(?P<head>(?:every|each)\s+)?{_ANY_DAY}(?:{_LIST_JOIN}{_ANY_DAY})*{_LIST_JOIN}\Z")
_LIST_AFTER = re.compile(rf"(?i)\.?{_LIST_JOIN}{_ANY_DAY}\b")


def _in_weekday_list(text: str, start: int, end: int) -> str | None:
    """ "mon, wed, thur", "Mon and tues", "friday night or sat", "Sat-Sun": a short form that is
    also a word ("sat", "wed") is a day when it stands in a list of days. Returns "every" when the
    list's head is a recurrence ("every mon, wed"), "list" for another list, None outside one."""
    m = _LIST_BEFORE.search(text, max(0, start - 80), start)
    if m:
        return "every" if m["head"] else "list"
    if _LIST_AFTER.match(text, end):
        return "list"
    return None


@rule(rf"\b(?P<w>{lx.alternation(list(_DAYWORDS) + list(_NIGHTS))})(?:\s+(?P<pod>morning|afternoon|evening|night|nite))?\b",
      re.IGNORECASE, priority=2, trigger=T_INFORMAL)
def informal_day_word(m: re.Match[str], text: str) -> Cand | None:
    """ "tmr", "tdy", "tonite", "tmr night": today, tomorrow and yesterday as people type them."""
    w = m["w"].lower()
    if w in ("tday", "yest") and not re.match(r"^\s*[.,!?:)]|\s+(?:morning|night|at|is|was|will)\b|\s*$", text[m.end():m.end() + 8]):
        return None
    if w.startswith("2") and re.search(r"[\d$#@]\s*$", _before(text, m.start(), 2)):
        return None
    if w in _NIGHTS:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value="NI")
    n = _DAYWORDS.get(w, 0)
    if m["pod"]:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=_PODS[m["pod"].lower()])
    return Cand(m.start(), m.end(), "dct", unit="D", n=n)


@rule(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<the>the\s+)?(?:x-?mas|xmas)(?:\s+(?P<day>day|eve))?\b", re.IGNORECASE, priority=2, trigger=T_INFORMAL)
def xmas(m: re.Match[str], text: str) -> Cand | None:
    """ "xmas", "xmas eve", "last xmas": Christmas typed short, picked like the full name."""
    if not m["day"] and _HOLIDAY_THING.match(text, m.end()):
        return None  # "xmas treats", "XMAS TREE": things, not the day
    d = 24 if (m["day"] or "").lower() == "eve" else 25
    rel = m["rel"].lower() if m["rel"] and not m["the"] else None
    start = m.start() if rel else m.start("the") if m["the"] else m.start() if not m["rel"] else m.start("the")
    return Cand(start, m.end(), "under", spec=Spec("D", month=12, day=d), rel=rel)


_YR_UNITS = {"yr": "Y", "wk": "W", "mth": "M", "mo": "M"}


@rule(r"\b(?:(?P<dir>last|next|nxt|this)\s+(?P<u>yr|wk|mth)|(?P<nxt>nxt|nex)\s+(?P<full>week|month|year))\b",
      re.IGNORECASE, priority=2, trigger=r"(?i:\b(?:yr|wk|mth|nxt|nex)\b)")
def informal_this_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "nxt yr", "last wk", "nxt week": the document's next year, last week."""
    if m["nxt"]:
        return Cand(m.start(), m.end(), "dct", unit={"week": "W", "month": "M", "year": "Y"}[m["full"].lower()], n=1)
    n = {"last": -1, "this": 0}.get(m["dir"].lower(), 1)
    return Cand(m.start(), m.end(), "dct", unit=_YR_UNITS[m["u"].lower()], n=n)


_ABBR = {"hr": "TH", "hrs": "TH", "min": "TM", "mins": "TM", "sec": "TS", "secs": "TS", "yr": "Y", "yrs": "Y",
         "wk": "W", "wks": "W", "days": "D", "weeks": "W", "months": "M", "years": "Y", "mth": "M", "mths": "M",
         "mnth": "M", "mnths": "M", "mos": "M"}


@rule(rf"(?:(?P<approx>about|around|nearly|almost|over|less\s+than|more\s+than|at\s+least)\s+)?(?<![\w.,:$#@])(?P<n>\d+(?:\.\d+)?|{NUMW}|an?(?=\s+(?:hr|wk|yr|mth)\b))(?:\s*(?P<u>hrs?|mins?|secs?|yrs?|wks?|mn?ths?|mos)|(?P<glued>days|weeks|months|years))\b(?!\s+(?:ago|read))",
      re.IGNORECASE, priority=2, trigger=T_UNIT_ABBR)
def abbreviated_duration(m: re.Match[str], text: str) -> Cand | None:
    """ "2 hrs", "30mins", "6 YRS", "3 mths": durations with the unit shortened."""
    n = lx.number_value(m["n"])
    if n is None or n > 1000:
        return None
    if m["glued"]:
        if not m["n"][-1].isdigit():
            return None  # "sevendays" is no word; the duration rule reads "seven days"
        # "16days", "7months": a count typed against its unit
        return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _ABBR[m["glued"].lower()]))
    glued = m["n"][-1].isdigit() and m.start("u") == m.end("n")
    if m["u"].lower().startswith("min") and not (glued and m["u"].islower()) \
            and re.match(r"^\s+(?:[A-Z][a-z]|ho\b)", text[m.end():m.end() + 4]):
        return None  # a name ("Lee Min Ho"), not "left 50mins Flu ..."
    mod = lx.APPROX_MODS.get(re.sub(r"\s+", " ", m["approx"].lower())) if m["approx"] else None
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _ABBR[m["u"].lower()]), mod=mod)


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


@rule(r"(?<![\w/])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
      r"(?:uary|ruary|ch|il|e|y|ust|tember|ember|ober)?\b(?:[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d)\b(?![\d%]))?",
      re.IGNORECASE, priority=2, trigger=r"(?i:\d(?:st|nd|rd|th)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
def glued_day_month(m: re.Match[str], text: str) -> Cand | None:
    """ "26nov 2015", "5dec", "1stJan": a day typed against its month, without the space."""
    word = m[0][m.start("mon") - m.start():m.end("mon") - m.start()].lower()
    full = text[m.start("mon"):m.end()].split()[0].rstrip(",").lower()
    if full != word and full not in lx.MONTHS:
        return None  # "5marks": not a month
    mo = lx.MONTHS[word if word in lx.MONTHS else word[:3]]
    d = int(m["d"])
    if not valid_day(int(m["y"]) if m["y"] else 2000, mo, d):
        return None
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=int(m["y"]), month=mo, day=d))
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


# Recurrences as people write them. TimeML marks a recurrence as a SET whose value is its period
# ("every other week": P2W) or the pattern each occurrence fills ("every night at 10pm":
# XXXX-XX-XXT22:00, "every mon 7pm": XXXX-WXX-1T19:00), unknown components written as X.
_SET_UNITS = {"second": "TS", "sec": "TS", "minute": "TM", "min": "TM", "hour": "TH", "hr": "TH", "day": "D",
              "night": "D", "nite": "D", "week": "W", "wk": "W", "month": "M", "mth": "M", "quarter": "Q",
              "year": "Y", "yr": "Y"}
_SKIP = {"other": 2, "second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}


@rule(r"\b(?P<every>every|each)\s+(?:(?P<skip>other|second|third|fourth|2nd|3rd|4th)\s+)?"
      r"(?P<u>second|sec|minute|min|hour|hr|day|night|nite|week|wk|month|mth|quarter|year|yr)s?\b(?![-'’])",
      re.IGNORECASE, priority=4, trigger=r"(?i:(?:every|each)\s)")
def every_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "every other week" (P2W), "every second month" (P2M), "every min" (PT1M): the short units
    and the skipping ordinals the general set rule does not read ("every second" is no period)."""
    u = m["u"].lower()
    if m["every"].lower() == "each" and (m["skip"] or "").lower() == "other":
        return None  # "each other day": reciprocal, no recurrence
    if not m["skip"] and u in ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year"):
        return None  # the general rule's
    n = _SKIP.get((m["skip"] or "").lower(), 1)
    code = _SET_UNITS[u]
    if code == "Q":
        n, code = 3 * n, "M"
    t = "T" if code.startswith("T") else ""
    return Cand(m.start(), m.end(), "set", "SET", value=f"P{t}{n}{code.lstrip('T')}")


@rule(r"\b(?P<every>every|each)\s+(?:(?P<pod>morning|afternoon|evening|night|nite)|(?P<day>day)|"
      r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun))\.?"
      r"(?:\s*,\s*|\s+)(?:(?:at|@)\s*)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap](?:\.m\b\.?|m\b))",
      re.IGNORECASE, priority=5, trigger=r"(?i:(?:every|each)\s)")
def every_at_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "every nite 10pm", "every night at 10pm", "every mon 7pm": one recurrence at that time.
    A full stop is the time's only when written as "p.m."; after "10pm" it ends the sentence."""
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    clock = f"T{h:02d}:{m['mi'] or '00'}"
    if m["wd"]:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{_weekday(m['wd']) + 1}{clock}")
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-XX-XX{clock}")


@rule(r"\bquarterly\b(?=\s*(?:[.,;:!?)]|$|\s+(?:to|in|on|at|for|from|by|until|since|during|after|before|instead|now)\b))",
      re.IGNORECASE, priority=1, trigger=r"(?i:quarterly)")
def quarterly_adverb(m: re.Match[str], text: str) -> Cand | None:
    """ "dividends are paid quarterly": every three months (TimeBank leaves the adjective in
    "quarterly dividend" unmarked, so only the adverb counts)."""
    return Cand(m.start(), m.end(), "set", "SET", value="P3M")


_LOWER_MONTHS = r"(?:january|february|april|june|july|september|october|november|december)"
_SHORT_MONTHS = r"(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)"


@rule(rf"\b(?P<pre>(?i:last|next|this|in|by|until|till|since|from|early|late|mid)[ -]+)?(?:(?P<full>{_LOWER_MONTHS})|(?P<short>(?i:{_SHORT_MONTHS})))\b(?:,?[ ]+(?P<year>(?:1[89]|20)\d\d)\b)?(?![-.\s]*\d|['’.])",
      priority=0, trigger=r"(?i:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)")
def informal_month(m: re.Match[str], text: str) -> Cand | None:
    """ "cepatlah november", "exam in Jun": a month typed in lower case, or shortened without its
    full stop after a preposition ("may", "march" and "august" stay words)."""
    pre = (m["pre"] or "").strip(" -").lower()
    if m["short"] and not pre and not m["year"]:
        return None  # "the jun kit": a short form alone is no month (with its year it is: "jan 2017")
    rel = pre if pre in ("last", "next", "this") else None
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(pre)
    start = m.start() if rel or mod else m.start("full") if m["full"] else m.start("short")
    word = (m["full"] or m["short"]).lower()
    if m["year"]:
        return Cand(start, m.end(), "abs", spec=Spec("M", year=int(m["year"]), month=lx.MONTHS[word]), mod=mod)
    return Cand(start, m.end(), "under", spec=Spec("M", month=lx.MONTHS[word]), rel=rel, mod=mod)

__all__ = ["informal_weekday", "informal_day_word", "xmas", "informal_this_unit", "abbreviated_duration",
           "compact_clock", "informal_month", "every_unit", "every_at_clock", "quarterly_adverb",
           "glued_day_month", "compound_duration", "half_unit"]


# -- abbreviations of periods, parts of days and units ------------------------------------------

_WKND = r"(?:wknd|wkend|weeknd|wkd)"


@rule(rf"\b(?P<det>the|this\s+coming|this\s+past|this|last|next|nxt|coming|past|over\s+the)\s+(?:long\s+)?{_WKND}\b",
      re.IGNORECASE, priority=2, trigger=rf"(?i:{_WKND})")
def weekend_abbr(m: re.Match[str], text: str) -> Cand | None:
    """ "this wknd", "last wkend": the weekend, read like the full word."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    start = m.start() + (5 if det.startswith("over") else 0)
    rel = {"over the": "the", "this past": "last", "past": "last", "this coming": "coming", "nxt": "next"}.get(det, det)
    return Cand(start, m.end(), "dct", unit="WE", n=0, rel=rel)


_POD_ABBR = {"nite": "NI", "mornin": "MO", "morn": "MO", "arvo": "AF", "eve": "EV"}


@rule(r"\b(?P<det>this|last|tonight|tmrw?|tmr|tomorrow|yesterday|yday)\s+(?P<pod>nite|mornin|morn|arvo|eve(?![-'’])|nights(?=\s+[a-z]))\b(?!-)",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:nite|mornin|morn|arvo|eve|last\s+nights)\b)")
def part_of_day_abbr(m: re.Match[str], text: str) -> Cand | None:
    """ "last nite", "this mornin", "tmr arvo", "this eve", "last nights game" (last night's): a part
    of a day, typed short."""
    det = m["det"].lower()
    if m["pod"].lower() == "nights":
        if det != "last" or re.search(r"(?i)\b(?:the|of|for|few|two|three)\s+$", _before(text, m.start(), 8)):
            return None  # "the last nights of the festival": several nights
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=-1, value="NI")
    n = -1 if det in ("last", "yesterday", "yday") else 1 if det.startswith(("tm", "tomorrow")) else 0
    pod = _POD_ABBR[m["pod"].lower()]
    if det == "last" and pod != "NI":
        return None  # "last morn" is rarely yesterday's, "last eve" a poem's
    if det == "tonight" and pod == "EV":
        return None
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=pod)


_AGO_UNITS = {"wk": "W", "wks": "W", "yr": "Y", "yrs": "Y", "mth": "M", "mths": "M", "mnth": "M", "mnths": "M"}


@rule(rf"(?<![\w'’.])(?P<n>\d+|an?|one|{NUMW})\+?\s*(?P<u>wks?|yrs?|mn?ths?)\s+ago\b", re.IGNORECASE, priority=4,
      trigger=r"(?i:(?:wk|yr|th)s?\s+ago)")
def abbreviated_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "2wks ago", "a yr ago": counted back from the document date, like "two weeks ago"."""
    n = 1 if m["n"].lower() in ("a", "an") else lx.number_value(m["n"])
    if n is None or n > 1000:
        return None
    return Cand(m.start(), m.end(), "dct", unit=_AGO_UNITS[m["u"].lower()], n=-n, value="ago")


@rule(r"(?<![\w:.$/-])(?:(?P<from>(?i:from|between)[ \t]+))?(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?"
      r"(?:[ \t]*[-–][ \t]*|[ \t]+(?P<word>to|until|till|and)[ \t]+)"
      r"(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<m2>[0-5]\d))?[ \t]*(?P<ap>(?:[ap]m|[AP]M)\b|[ap]\.m\.|[AP]\.M\.)",
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
    one = Cand(m.start("h1"), m.end("m1") if m["m1"] else m.end("h1"), "dct", "TIME", unit="D", n=0,
               value=f"{h1_24:02d}:{m['m1'] or '00'}")
    two = Cand(m.start("h2"), m.end(), "dct", "TIME", unit="D", n=0, value=f"{h2_24:02d}:{m['m2'] or '00'}")
    return range_of(one, two)


_LC_MONTH = r"(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|april|june|july|september|october|november|december)"
_ORD_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<suf>st|nd|rd|th)?"


@rule(rf"\b(?:(?P<mon>{_LC_MONTH}|may|march|august)\.?[ \t]+{_ORD_DAY}|(?:(?P<the>(?i:the))[ \t]+)?{_ORD_DAY.replace('?P<d>', '?P<d2>').replace('?P<suf>', '?P<suf2>')}"
      rf"[ \t]+(?:of[ \t]+)?(?P<mon2>{_LC_MONTH}|may|march|august))\b(?:,?[ \t]+(?P<y>(?:19|20)\d\d)\b)?(?![\d%:.,]\d|[ \t]*%)",
      priority=1, trigger=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d|"
                          r"\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
def lowercase_month_day(m: re.Match[str], text: str) -> Cand | None:
    """ "on dec 25th", "25th dec", "jan 1st": a day of a month typed in lower case. "may", "march"
    and "august" are words too: they count only with an ordinal ending ("may 5th")."""
    word = (m["mon"] or m["mon2"])
    if not word.islower():
        return None  # capitalised months are the general rules'
    suffix = m["suf"] if m["mon"] else m["suf2"]
    if word in ("may", "march", "august") and not suffix:
        return None  # "we may 5 times", "march 10 miles"
    d = int(m["d"] or m["d2"])
    mo = lx.MONTHS[word if word in lx.MONTHS else word[:3]]
    if not valid_day(int(m["y"]) if m["y"] else 2000, mo, d):
        return None
    if m["the"] and not m["suf2"]:
        return None  # "the 4 may": a count before a verb
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=int(m["y"]), month=mo, day=d))
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


@rule(rf"\b(?:(?P<the>(?i:the)\s+month\s+of)|(?P<this>(?i:this)))\s+(?P<mon>{MON_FULL})(?:,?\s+(?P<y>{YEAR}))?",
      priority=3, trigger=r"(?i:month\s+of|this\s+[a-z]+\s+\d{4})")
def month_phrase(m: re.Match[str], text: str) -> Cand | None:
    """ "the month of April", "this August 2013": the words that name the month are part of it
    (TimeML's extent); the value is the month's."""
    mo = _month(m["mon"])
    if m["this"] and not m["y"]:
        return None  # "this August": the general rule reads it, with its "this"
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["y"]), month=mo))
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=mo))


@rule(r"(?:(?P<the>\b(?i:the))\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?<![\w.,$])(?P<q>['‘’])?(?P<d>[3-9])0(?P<q2>['’])?s\b",
      priority=2, trigger=r"(?<![\w.,$])['‘’]?[3-9]0['’]?s\b")
def short_decade(m: re.Match[str], text: str) -> Cand | None:
    """ "the 90s", "90's music", "the ‘80s", "early 70s": a decade of the 1900s written short."""
    if not (m["the"] or m["q"] or m["q2"] or m["mod"]):
        return None  # "scored in the 90s" has its "the"; a bare "80s" may be a count or a speed
    if re.search(r"(?i)\b(?:my|his|her|their|your|our|its)\s+(?:(?:early|late|mid)[\s-]+)?$", _before(text, m.start("d") - (1 if m["q"] else 0), 24)):
        return None  # "in his early 30s": an age
    if not (m["q"] or m["q2"]) and _TEMPERATURE.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)):
        return None  # "highs in the 90s", "temperatures into the 80s": degrees, no decade
    start = m.start("the") if m["the"] else m.start("mod") if m["mod"] else m.start()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())
    return Cand(start, m.end(), "abs", spec=Spec("DE", decade=190 + int(m["d"])), mod=mod)


#: words of a weather report near "the 90s" that make it a temperature
#: (not "high" or "low" alone: "rates will stay high into the 90s" is the decade)
_TEMPERATURE = re.compile(r"(?i)\b(?:temperatures?|degrees|highs|lows|thermometers?|mercury|fahrenheit|celsius)\b|°")


_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


@rule(r"\b(?:(?:(?i:the)[ \t]+)?(?P<season>(?i:spring|summer|autumn|fall|winter))(?:[ \t]+(?i:of))?|(?P<mon>" + MON_FULL + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
      r"|(?P<cls>(?i:class\s+of)))[ \t]+['‘’](?P<y>\d\d)\b(?!['’]?s)",
      priority=3, trigger=r"[ \t]['‘’]\d\d\b")
def apostrophe_year(m: re.Match[str], text: str) -> Cand | None:
    """ "summer '14", "the summer of '69", "Dec '14", "class of '14": a year written with its century
    left out (the nearest such year to now: 2000s up to 30, else 1900s)."""
    yy = int(m["y"])
    year = 2000 + yy if yy <= 30 else 1900 + yy
    if m["season"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=year, season=_SEASON_CODE[m["season"].lower()]))
    if m["mon"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=year, month=_month(m["mon"])))
    return Cand(m.start("y") - 1, m.end(), "abs", spec=Spec("Y", year=year))


@rule(r"\beveryday\b(?=[ \t]*(?:[.,;:!?)~]|$|\n|[ \t]+(?:and|but|so|for|at|in|to|since|till|until|now|too|lol|haha)\b))",
      re.IGNORECASE, priority=2, trigger=r"(?i:everyday)")
def everyday_adverb(m: re.Match[str], text: str) -> Cand | None:
    """ "I run everyday.": "every day" typed as one word (the adjective, "everyday life", is none)."""
    return Cand(m.start(), m.end(), "set", "SET", value="P1D")


@rule(r"\b(?:(?P<every>every|each)\s+weekend|(?P<on>on\s+|at\s+|happy\s+)?weekends)\b", re.IGNORECASE, priority=2,
      trigger=r"(?i:weekend)")
def weekend_set(m: re.Match[str], text: str) -> Cand | None:
    """ "every weekend", "on weekends": the weekend of every week (XXXX-WXX-WE, as "every Monday" is
    XXXX-WXX-1)."""
    if not (m["every"] or m["on"]):
        return None  # "two weekends": a count; the duration rules read it
    start = m.start() if m["every"] else m.start() + len(m["on"])
    return Cand(start, m.end(), "set", "SET", value="XXXX-WXX-WE")


@rule(r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?P<pod>morning|afternoon|evening|night)s\b(?!['’])", priority=2,
      trigger=r"day\s+(?:morning|afternoon|evening|night)s\b")
def lowercase_weekday_parts(m: re.Match[str], text: str) -> Cand | None:
    """ "monday mornings", "friday nights": that part of every such day (XXXX-WXX-1TMO), as the
    capitalised form is read."""
    pod = _PODS[m["pod"].lower()]
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'][:3]] + 1}T{pod}")


@rule(r"\b(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", priority=1,
      trigger=r"(?:mon|tues|wednes|thurs|fri|satur|sun)days\b")
def lowercase_weekday_set(m: re.Match[str], text: str) -> Cand | None:
    """ "sundays are for brunch": a lowercase plural weekday recurs (capitalised ones are the
    general rule's)."""
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'][:3]] + 1}")


#: one scan (on lower case) for the holidays as typed, shared by the rules below
T_HOLIDAY_TYPED = r"(?i:nye|valentines?\s+day|new\s+(?:years?|yrs?)\s+(?:eve|day)|(?:mother|mom|mum|father|dad)[s'’]*\s+day)"


@rule(r"\b(?:(?P<nye>NYE)|(?P<val>(?i:valentines|valentine)\s+(?i:day))|(?P<ny>(?i:new\s+years?|new\s+yrs?)\s+(?P<nyd>(?i:eve|day))))\b",
      priority=2, trigger=T_HOLIDAY_TYPED)
def informal_holiday(m: re.Match[str], text: str) -> Cand | None:
    """ "NYE" (New Year's Eve), "valentines day", "new years eve" typed without the apostrophe."""
    if m["ny"]:
        mo, d = (12, 31) if m["nyd"].lower() == "eve" else (1, 1)
    else:
        mo, d = (12, 31) if m["nye"] else (2, 14)
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


@rule(r"\b(?i:the\s+day\s+(?P<dir>after|before)\s+)(?P<w>tmrw?|tmr|tmw|2moro|yday|yest)\b", priority=3,
      trigger=r"(?i:day\s+(?:after|before)\s+)")
def day_after_informal(m: re.Match[str], text: str) -> Cand | None:
    """ "the day after tmr", "the day before yday"."""
    n = 2 if m["dir"].lower() == "after" else -2
    if (n > 0) != m["w"].lower().startswith(("t", "2")):
        return None  # "the day after yday" is today: too odd to guess
    return Cand(m.start(), m.end(), "dct", unit="D", n=n)


__all__ += ["everyday_adverb", "weekend_set", "lowercase_weekday_set", "informal_holiday", "day_after_informal",
            "short_decade", "apostrophe_year", "month_phrase", "weekend_abbr", "part_of_day_abbr", "abbreviated_ago", "clock_range_shared_ampm", "lowercase_month_day"]


# -- a day and month in figures, without the year ("3/14", "14/3") --------------------------------
# Without its year "3/4" is as often a fraction, a score or a rating as a day, so it counts only
# where a day is meant: after a preposition or verb that takes one ("on 3/14", "ends 3/31", "til
# 4/2"), after a weekday ("Sat 3/12"), as the second end of a range ("3/14-3/16"), or before a
# clock time ("3/14 7pm").
_SLASH_DAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|by|till?|until|thru|through|due|ends?|ending|from|before|after|starting|starts?|since|"
    r"dated?|deadline|opens?|closes?|released?|out|happening|held|(?:mon|tues|wed(?:nes)?|thurs|fri|satur|sun)day|"
    r"mon|tues?|weds?|thur?s?|thu|fri|sat|sun)\.?,?|[(\[]|\d{1,2}/\d{1,2}\s*(?:-|–|to|and|&|,))\s*$")
_SLASH_WEEKDAY = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thur?s?|thu|fri|sat|sun)\.?,?[ \t]*$")
_SLASH_AFTER = re.compile(
    r"(?i)[ \t]*(?:(?:,|@|at\b)?[ \t]*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*[ap]\.?m\b|\((?:mon|tue|wed|thu|fri|sat|sun)|[-–][ \t]*\d{1,2}/\d)")
_SLASH_NOT_AFTER = re.compile(r"(?i)(?:[/.:,]?\d|\s*%|\s*(?:of|th|st|nd|rd|cups?|tsp|tbsp|inch(?:es)?|miles?|lbs?|oz|kg|km|ml)\b)")
_DAY_FIRST = re.compile(r"(?<![\w/.$])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])")


@rule(r"(?<![\w/.$€£:+])(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])(?![\w/]|[.,]\d)",
      priority=1, trigger=r"/\d")
def slash_day_month(m: re.Match[str], text: str) -> Cand | None:
    """ "exam on 3/14", "bday on 14/3", "Sat 3/12": a day and month written in figures without
    the year. Month first unless it cannot be ("14/3"), or unless the same text writes another day
    first ("25/12 ... on 3/4")."""
    a, b = int(m["a"]), int(m["b"])
    if _SLASH_NOT_AFTER.match(text, m.end()):
        return None
    before = _before(text, m.start(), 24)
    if re.search(r"[\d.]\s*[-–]\s*$", before) and not re.search(r"\d/\d{1,2}\s*[-–]\s*$", before):
        return None  # "2-3/4": a whole and a fraction
    if not (_SLASH_DAY_BEFORE.search(before) or _SLASH_AFTER.match(text, m.end())) or m[0] == "24/7":
        return None  # "open 24/7": all the time
    if a > 12 or b <= 12 and _DAY_FIRST.search(text):
        a, b = b, a  # day first
    mo, d = a, b
    if mo > 12 or not valid_day(2000, mo, d):
        return None
    wd = _SLASH_WEEKDAY.search(before)
    start = m.start()
    spec = Spec("D", month=mo, day=d)
    if wd:
        start = m.start() - (len(before) - wd.start())
        spec = spec.with_(weekday=_weekday(re.sub(r"[^a-z]", "", wd[0].lower())))
    return Cand(start, m.end(), "under", spec=spec)


__all__ += ["slash_day_month"]


@rule(r"(?<![Tt]he )(?<![Tt]he\s\s)\b(?P<part>end|beginning|start|middle)\s+of\s+(?:(?P<the>the|this)\s+)?(?P<u>month|year|week)\b(?![-'’])",
      re.IGNORECASE, priority=2, trigger=r"(?i:of\s+(?:the\s+|this\s+)?(?:month|year|week)\b)")
def part_of_period_bare(m: re.Match[str], text: str) -> Cand | None:
    """ "rent due end of the month", "by end of year", "start of the week": a part of the period
    the text is written in, its article dropped as posts and headlines drop it."""
    if re.search(r"(?i)\b(?:the|an?|its|his|her|their|my|your|our|this|that)\s+$", _before(text, m.start(), 8)):
        return None  # the general rules read "the end of the month"; "a start of the year sale" is no date
    mod = {"end": "END", "middle": "MID"}.get(m["part"].lower(), "START")
    unit = {"month": "M", "year": "Y", "week": "W"}[m["u"].lower()]
    if unit == "M":
        return Cand(m.start(), m.end(), "prev", unit="M", n=0, mod=mod)
    return Cand(m.start(), m.end(), "dct", unit=unit, n=0, mod=mod)


__all__ += ["part_of_period_bare", "lowercase_weekday_parts"]


@rule(rf"(?<![\w'’.])(?P<n>\d+\+?|an?|one|a\s+few|few|a\s+couple\s+(?:of\s+)?|{NUMW})\s*(?P<u>hours?|hrs?|minutes?|mins?|seconds?|secs?)\s+ago\b",
      re.IGNORECASE, priority=5, trigger=r"(?i:ago\b)")
def hours_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "an hour ago", "5 mins ago", "1+ hr ago": a moment earlier on the day of writing. Without
    the writer's clock the day is what is known (a DATE, as "earlier today"), never a duration."""
    w = re.sub(r"\s+", " ", m["n"].lower()).rstrip("+ ")
    n = 1 if w in ("a", "an", "one") else None if w in ("a few", "few", "a couple", "a couple of") else lx.number_value(w)
    if n is not None and m["u"].lower().startswith(("h",)) and n > 12:
        return None  # "20 hours ago" may be yesterday
    return Cand(m.start(), m.end(), "dct", unit="D", n=0)


_HOLIDAY_TYPED = {"mothers": "mothers", "mother's": "mothers", "moms": "mothers", "mums": "mothers",
                  "fathers": "fathers", "father's": "fathers", "dads": "fathers"}


@rule(r"\b(?P<who>mothers|mother's|mother’s|moms|mums|fathers|father's|father’s|dads)\s+day\b(?![-'’])",
      priority=2, trigger=T_HOLIDAY_TYPED)
def lowercase_parents_day(m: re.Match[str], text: str) -> Cand | None:
    """ "happy mothers day", "fathers day brunch": the holiday typed in lower case or without its
    apostrophe (the capitalised names are the general rule's), on its calendar rule."""
    key = _HOLIDAY_TYPED[m["who"].lower().replace("’", "'")]
    return Cand(m.start(), m.end(), "under", spec=Spec("D"), value="HOLIDAY:" + key)


__all__ += ["hours_ago", "lowercase_parents_day"]


# -- period words in a post ------------------------------------------------------------------------
# A post (a tweet, a status, a text message) is short and says its times in single words: "Enjoy
# my day", "Fashion Week", "sophomore year", "KARAOKE NIGHT", "Days slipping", "Working Long Hours".
# There each period noun names a stretch of that length (one unit: P1D; an unsaid number: PXD) or,
# for a part of day, that part of the day of writing; in an article the same nouns mostly belong
# to longer expressions the general rules read, so this reading is kept to posts.
_POST_MAX = 280  # characters: the longest tweet; news and history texts run to thousands


def _headline(text: str) -> bool:
    """A post written in title case ("Working Long Hours Makes Us Drink More"), where a capital
    says nothing of a name."""
    words = re.findall(r"[A-Za-z][\w'’]*", re.sub(r"https?://\S+|[#@]\w+", " ", text))  # tags and links aside
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_GREETING_AFTER = re.compile(
    r"(?i)[ \t]*(?:,[ \t]*)?(?:all|everyone|everybody|peeps|guys|folks|world|twitter|tweeps|y'?all|friends|fam|people|"
    r"my\s+\w+|ladies|lovelies)\b|[ \t]*!")


def w_is_greeting(text: str, m: re.Match[str]) -> bool:
    """ "Morning all!", "Evening peeps", "night night": a part of day as a greeting names no time."""
    w = m["w"].lower()
    if w not in ("morning", "evening", "night", "afternoon"):
        return False
    if re.search(r"(?i)\b(?:good|gd|nite|night)[ \t]+$", _before(text, m.start(), 8)) or re.match(r"(?i)[ \t]+night\b", text[m.end():m.end() + 7]):
        return True  # "good night", "night night"
    at_start = re.search(r"(?:^|[.!?\n]|[:)]\s*)\s*$", _before(text, m.start(), 4)) is not None
    return at_start and _GREETING_AFTER.match(text, m.end()) is not None


def is_post(text: str) -> bool:
    """Whether ``text`` reads as one post: at most a tweet's length, and one paragraph."""
    return len(text.strip()) <= _POST_MAX and re.search(r"\n[ \t]*\n", text.strip()) is None


_POST_UNITS = {"day": "P1D", "hour": "PT1H", "week": "P1W", "month": "P1M", "year": "P1Y", "days": "PXD", "weeks": "PXW",
               "months": "PXM", "years": "PXY", "hours": "PTXH", "minutes": "PTXM"}
_POST_PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
#: words before a period noun that make it part of another expression (read by the general rules),
#: or a particular day rather than a stretch ("the big day"), or a count ("3 days")
_POST_NOUN_BEFORE = re.compile(
    r"(?i)(?:\b(?:an?|the|this|that|these|those|next|nxt|last|every|each|per|one|few|several|many|some|all|whole|"
    r"entire|same|other|previous|following|new|happy|good|of\s+the|couple|more|\d+(?:st|nd|rd|th)?)|\d)[\s-]*$")
#: before a plural only a count or a quantity belongs to another expression: "the hours waiting",
#: "the good old days" are an unsaid number of them; "the early/small/wee hours" are a part of a night
_POST_PLURAL_BEFORE = re.compile(
    r"(?i)(?:\b(?:these|those|next|nxt|last|past|coming|recent|every|each|few|several|many|some|all|couple|more|other|"
    r"early|small|wee|"
    r"previous|following|\d+(?:st|nd|rd|th)?)|\d)[\s-]*$")
_POST_NOUN_AFTER = re.compile(
    r"(?i)(?:-|[’']s?\b|\s+(?:of\s+the\s+(?:week|month|year)|ago|later|earlier|before|after|by\s+(?:day|week|month|year)|"
    r"to\s+(?:day|week|month|year)|in\s+(?:day|week|month|year)\s+out)\b)")


@rule(r"\b(?P<w>days?|weeks?|months?|years?|hours?|minutes|morning|afternoon|evening|night)\b",
      re.IGNORECASE, priority=0, trigger=r"(?i:day|week|month|year|hour|minutes|morning|afternoon|evening|night)")
def post_period_noun(m: re.Match[str], text: str) -> Cand | None:
    """ "Enjoy my day" (P1D), "Fashion Week" (P1W), "Days slipping" (PXD), "KARAOKE NIGHT" (that
    night): a period noun standing alone in a post. Greetings ("good night") are no time."""
    if not is_post(text):
        return None
    before = _before(text, m.start(), 24)
    this = re.search(r"(?i)\bthis\s+$", before)
    if this and m["w"].lower() == "day" and not _POST_NOUN_AFTER.match(text, m.end()):
        return Cand(m.start() - len(this[0]), m.end(), "dct", unit="D", n=0)  # "get me through this day": today
    plural = m["w"].lower().endswith("s")
    if (_POST_PLURAL_BEFORE if plural else _POST_NOUN_BEFORE).search(before) or _POST_NOUN_AFTER.match(text, m.end()):
        return None
    if not plural and re.search(r"(?i)\b(?:an?|the)\s+(?:(?!(?:of|my|your|his|her|our|their|its|to|for|in|on|at|with|and|or)\b)[\w-]+\s+){1,2}$", before):
        return None  # "a leap day", "the big day", "a general election day": one particular day
    if re.search(r"(?i)\b(?:day|week|month|year|night)s?\s+(?:after|by|to|and|in)\s+$", before):
        return None  # "day after day", "year in, year out": no one stretch
    word = m["w"]
    if w_is_greeting(text, m):
        return None
    if word[0].isupper() and not word.isupper() and re.match(r"\s+(?:[A-Z]|of\b)", text[m.end():m.end() + 4]) \
            and not _headline(text):
        return None  # "Sandra Day O'Connor", "Morning Edition", "Night of the Long Knives": a name
    w = m["w"].lower()
    if w in _POST_PODS:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=_POST_PODS[w], rel="bare")
    return Cand(m.start(), m.end(), "dur", "DURATION", value=_POST_UNITS[w])


@rule(r"\b(?P<the>the\s+)?(?:whole|entire)\s+(?P<w>morning|afternoon|evening|night)\b(?![-'’])", re.IGNORECASE,
      priority=1, trigger=r"(?i:(?:whole|entire)\s+(?:morning|afternoon|evening|night))")
def post_whole_part_of_day(m: re.Match[str], text: str) -> Cand | None:
    """ "The whole morning non stop ...", "slept the entire afternoon": in a post, that part of the
    day the post was written on (TimeML writes it as that day's part, as "this morning")."""
    if not is_post(text) or re.match(r"\s+(?:of|before|after)\b", text[m.end():m.end() + 8], re.IGNORECASE):
        return None  # "the whole night of the 5th", "the whole evening before the trip": another day
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=_POST_PODS[m["w"].lower()], rel="bare")


post_whole_part_of_day.applies_to = is_post  # type: ignore[attr-defined]


@rule(r"(?<![\w#@])(?P<w>sunset|sunrise|dusk)\b(?![-'’]|\s+(?:boulevard|blvd|strip|clause|provision|date)\b)",
      re.IGNORECASE, priority=0, trigger=r"(?i:sunset|sunrise|dusk)")
def post_sunset(m: re.Match[str], text: str) -> Cand | None:
    """ "Watching the city go dark during sunset", "The beauty of sunset": in a post, the sunset of
    the day it was posted (TimeML values it as that day). A hashtag ("#sunset") labels a photo; a
    name in capitals ("Sunset Boulevard", "Sunset Strip") or a law's sunset clause is no time."""
    if not is_post(text):
        return None
    word = m["w"]
    if word[0].isupper() and not word.isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) \
            and not _headline(text):
        return None  # "Sunset Park": a name
    return Cand(m.start(), m.end(), "dct", unit="D", n=0)


post_sunset.applies_to = is_post  # type: ignore[attr-defined]


_ANY_MONTH = lx.alternation([m for m in lx.MONTHS if "." not in m])
_ANY_WDAY = rf"(?:{_FULL_DAYS}|{_SHORT_DAYS}\.?)"


@rule(rf"\b(?P<wd>{_ANY_WDAY}),?[ \t]+(?:(?:the[ \t]+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
      rf"(?P<m1>{_ANY_MONTH})|(?P<m2>{_ANY_MONTH})\.?[ \t]+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b\.?"
      rf"(?:,?[ \t]+(?P<y>{YEAR})\b)?(?![\d:])",
      re.IGNORECASE, priority=4, trigger=T_INFORMAL)
def informal_weekday_date(m: re.Match[str], text: str) -> Cand | None:
    """ "monday 3 March", "sat 14th june", "fri march 7": a weekday and its date typed in lower case
    (the grammar's own rules read them capitalised). After a weekday a lower-case month name beside a
    day number can only be the month."""
    wd, mon = m["wd"], m["m1"] or m["m2"]
    if not (wd[0].islower() or mon[0].islower()):
        return None  # "Monday 3 March": the grammar's rule
    mo, d = _month(mon), int(m["d1"] or m["d2"])
    if m["y"]:
        y = int(m["y"])
        if not valid_day(y, mo, d):
            return None
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))
    if not valid_day(2000, mo, d):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=_weekday(wd)))


post_period_noun.applies_to = is_post  # type: ignore[attr-defined]
__all__ += ["is_post", "post_period_noun", "post_whole_part_of_day", "post_sunset", "informal_weekday_date"]


@rule(r"(?i:\b(?:on|by|till?|until|before|after|from|since|thru|through)\s+)(?P<the>(?i:the)\s+)(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
      r"(?=[ \t]*(?:[.,;:!?)~]|$|\n|[ \t]+(?i:at|and|or|to|then|from|for|@|till?|until|onwards?|hopefully)\b|[ \t]*[-–@(]))",
      priority=1, trigger=r"(?i:the\s+\d{1,2}(?:st|nd|rd|th)\b)")
def ordinal_day_alone(m: re.Match[str], text: str) -> Cand | None:
    """ "back on the 21st", "paid by the 5th!": a day of the month named without its month (the
    month of the reference or the one next to it, as the tense points). Only after a preposition
    of time and where the phrase ends: "on the 5th floor", "on the 2nd try" are no days."""
    d = int(m["d"])
    if re.match(r"[ \t]*,[ \t]*(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)", text[m.end():m.end() + 16]):
        return None  # "on the 3rd, 4th and 5th of May": a list the grammar's list rules read
    shared = _RANGE_MONTH_AFTER.match(text, m.end())
    if shared:  # "from the 13th to the 19th of October 1950": the month (and year) said once for both
        mo = _month(shared["mon"])
        if not valid_day(int(shared["y"]) if shared["y"] else 2000, mo, d):
            return None
        if shared["y"]:
            return Cand(m.start("the"), m.end(), "abs", spec=Spec("D", year=int(shared["y"]), month=mo, day=d))
        return Cand(m.start("the"), m.end(), "under", spec=Spec("D", month=mo, day=d))
    return Cand(m.start("the"), m.end(), "under", spec=Spec("D", day=d))


_RANGE_MONTH_AFTER = re.compile(
    rf"[ \t]*(?:-|–|to|and|&|or)[ \t]*(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    rf"(?P<mon>{MON})(?:,?[ \t]+(?P<y>{YEAR}))?")


__all__ += ["ordinal_day_alone"]


@rule(r"\b(?P<the>the\s+)(?P<dir>past|last|next|previous|coming)\s+(?P<u>hour|minute|hr|min)\b(?![-'’])",
      re.IGNORECASE, priority=3, trigger=r"(?i:the\s+(?:past|last|next|previous|coming)\s+(?:hour|minute|hr|min)\b)")
def the_past_hour(m: re.Match[str], text: str) -> Cand | None:
    """ "for the past hour", "in the next hour": one hour (or minute) up to or from now, as "the past
    week" is one week: a duration, not "the past" (PAST_REF) with the hour left over."""
    u = m["u"].lower()
    d = m["dir"].lower()
    return Cand(m.start(), m.end(), "dur", "DURATION", value="PT1H" if u.startswith("h") else "PT1M",
                anchored_span="next" if d in ("next", "coming") else "past")


@rule(r"(?<![\w#@$])2[kK](?P<yy>[0-4]\d)\b", priority=2, trigger=r"2[kK][0-4]\d")
def two_k_year(m: re.Match[str], text: str) -> Cand | None:
    """ "2k16", "#2K15": the year 2016 as posts write it."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=2000 + int(m["yy"])))


__all__ += ["the_past_hour", "two_k_year"]


@rule(r"\b(?P<season>spring|summer|autumn|winter)\b(?![-'’])", re.IGNORECASE, priority=0,
      trigger=r"(?i:spring|summer|autumn|winter)")
def post_season(m: re.Match[str], text: str) -> Cand | None:
    """ "Your Summer Reading List", "WINTER BUDDIES", "spring makeup picks": in a post a season
    naming what things are for is the season at hand (the nearest one); "a hot spring", "Indian
    summer" and names in a sentence of lower case ("Winter Park") are none."""
    if not is_post(text):
        return None
    before = _before(text, m.start(), 16)
    if re.search(r"(?i)\b(?:an?|hot|mineral|box|coil|leaf|indian|every|each|per|one|all)\s+$", before) or re.search(r"\d\s*$", before):
        return None
    word = m["season"]
    if word[0].isupper() and not word.isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]) and not _headline(text):
        return None  # "Winter Park": a name
    return Cand(m.start(), m.end(), "under", spec=Spec("S", season=lx.SEASONS[word.lower()]))


post_season.applies_to = is_post  # type: ignore[attr-defined]
__all__ += ["post_season"]
