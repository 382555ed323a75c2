"""Rules for days as people type them in posts, messages and notes: lowercase and abbreviated
weekdays ("this sat", "next Fri", "sat night", "mon, wed, thur"), the day words ("tmr", "tdy",
"tonite", "the day after tmr"), a part of a day typed short ("last nite", "tmr arvo"), the weekend
("this wknd") and a weekday with its date in lower case ("sat 14th june").

Short forms that are also ordinary words ("sat", "sun", "wed", "mon") count only where nothing but
a day can be meant: after "this"/"next"/"last"/"every"/"on", or before a part of day ("sat night").
The words shared by the other informal rule files (:data:`T_INFORMAL`, :data:`PODS`,
:func:`weekday_number`) live here, with the rules that read days.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import YEAR, Cand, month_number, rule, text_before
from explorer.temporal.grammar.blocks import CLOCK_RANGE, WKND
from explorer.temporal.normalize import Spec, valid_day

_FULL_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SHORT_DAYS = r"(?:mon|tues?|weds?|thur?s?|fri|sat|sun)"
#: short weekdays that are no English word: a day even alone ("hw due tues", "almost fri")
_NO_WORD_DAYS = frozenset({"tue", "tues", "thur", "thurs", "fri", "weds"})
#: prepositions that take a day: a short form that is also a word counts after them ("til Mon")
_DAY_PREP = re.compile(r"(?i)\b(?:till?|until|by|before|after|from|since|thru|through)\s+$")
_REL = r"(?:last|next|this|this\s+past|this\s+coming|coming|every|each|on|nxt)"
_DAYWORDS = {"tmr": 1, "tmrw": 1, "tmw": 1, "trmw": 1, "tmrrw": 1, "tmoro": 1, "tomoro": 1, "tomolo": 1,
             "tomorow": 1, "tommorow": 1, "tommorrow": 1, "2moro": 1, "2morrow": 1, "2mrw": 1,
             "tmoz": 1, "tomoz": 1, "tmrow": 1, "2dy": 0, "tdy": 0, "2day": 0, "tday": 0, "yday": -1, "yest": -1,
             "ystd": -1, "ystrdy": -1}
#: "tonight" typed short; "nyt" is how posts in several Englishes spell "night" ("2nyt", "tonyt")
_NIGHTS = {"tonite": 0, "2nite": 0, "2night": 0, "2nyt": 0, "tonyt": 0, "tnyt": 0}
#: one scan finds every informal word, for the rules below and ``xmas`` (:mod:`.rules_informal_dates`)
#: (a unit may follow its number: "12hrs")
T_INFORMAL = (r"(?i:(?:\b|(?<=\d))(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thur?s?|fri|sat|sun|x-?mas|"
              r"yrs?|wks?|mth|hrs?|mins?|secs?|" + lx.alternation(list(_DAYWORDS) + list(_NIGHTS)) + r")\b)")
PODS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nite": "NI", "arvo": "AF", "eve": "EV",
         "morn": "MO", "mrng": "MO", "nyt": "NI"}


def weekday_number(word: str) -> int:
    w = word.rstrip(".").lower()
    if w in lx.WEEKDAYS:
        return lx.WEEKDAYS[w]
    return lx.WEEKDAYS[w[:3]]


@rule(rf"\b(?:(?P<rel>{_REL})\s+)?(?:(?P<full>{_FULL_DAYS})|(?P<short>{_SHORT_DAYS})\.?)(?:\s+(?P<pod>morning|afternoon|evening|night|nite|arvo|eve(?![-'’])|morn|mrng|(?-i:nyt)))?\b",
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
        or word[0].isupper() and _DAY_PREP.search(text_before(text, m.start(), 8)) is not None \
        and not re.match(r"\.?\s+[A-Z]", text[m.end():m.end() + 3])  # "after Sun Yat-sen": a name
    if m["short"] and not (rel or m["pod"] or listed or alone_ok):
        alone_ok = _short_day_by_itself(text, m.start("short"), m.end())
    if m["short"] and not (rel or m["pod"] or listed or alone_ok):
        return None  # "sat", "sun", "wed" alone are words
    if m["short"] and rel == "on" and not m["pod"] and not listed and word.lower() in ("sun", "sat", "wed", "mon") \
            and not (word.lower() == "sat" and re.match(r"[ \t]*$", text[m.end():m.end() + 3])) \
            and not (word.lower() in ("sat", "mon", "wed") and _CLAUSE_ENDS_AFTER_ON.match(text, m.end())) \
            and (not _TITLED_DAY_AFTER_ON.fullmatch(word) or _NAME_GOES_ON.match(text, m.end())):
        return None  # "on sun cream", "sat on", "sat down on wed"; but "free on sat?", "party on sat",
        # "lunch on mon lol" end on their day, and "on Wed we fly" is capitalised as a day (not "on Sun Yat-sen")
    if m["short"] and m["short"][0].islower() and rel in ("this", "last") and re.match(r"^\s*[a-z]", text[m.end():m.end() + 2]) and not m["pod"]:
        if word.lower() in ("sun", "sat", "wed", "mon"):
            return None  # "this sun is hot"
    wd = weekday_number(word)
    pod = PODS.get((m["pod"] or "").lower())
    start = m.start() if rel not in ("on",) else m.start("full") if m["full"] else m.start("short")
    if not rel and listed == "every":
        # "every mon, wed, thur": the head's "every" is shared by the whole list
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    if rel in ("every", "each"):
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    rel = {"nxt": "next", "on": None}.get(rel or "", rel)
    return Cand(start, m.end(), "under", "TIME" if pod else "DATE",
                spec=Spec("D", weekday=wd, part_of_day=pod), rel=rel)


#: what ends the clause after "on sat"/"on mon"/"on wed": a stop or a word posts end a clause with
#: ("free on sat?", "lunch on mon.", "lunch on mon lol"); "sat on" / "on wed the" go on
_CLAUSE_ENDS_AFTER_ON = re.compile(rf"[ \t]*(?:[?!,;)]|\.(?:\s|$)|[ \t]+(?i:{lx.CHAT_INTERJECTION})\b)")
#: a short form capitalised as the day's abbreviation ("on Wed we fly out", "on Sat"), not in capitals
_TITLED_DAY_AFTER_ON = re.compile(r"(?:Sat|Sun|Mon|Wed)\.?")
#: ... unless a name goes on after it: "on Sun Yat-sen's ideas", "on Sun's servers", "on Mon State"
_NAME_GOES_ON = re.compile(r"(?:[ \t]+[A-Z]|['’-])")


#: a verb of a calendar right before a short form ("back mon", "starts wed", "due fri"), ...
_CALENDAR_VERB_BEFORE = re.compile(r"(?i)\b(?:back|starts?|ends?|due|opens?|closes?|returns?|resumes?|till?|until|by)[ \t]+$")
#: ... with nothing of its own after it: the clause ends there (or a clock time follows)
_CLAUSE_ENDS = re.compile(rf"[ \t]*(?:[.,;:!?)]|$|\n|[^\w\s'’]|[ \t]+(?i:at|@|then|and|or|{lx.CHAT_INTERJECTION})\b)")


#: a time of that day said right after a short form: "Sun at midnight", "Sat @ 9pm", "Wed at 10:30"
_AT_A_TIME_AFTER = re.compile(r"(?i)[ \t]+(?:at|@)[ \t]*(?:noon|midnight|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d)")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|our|their|his|her|its|my|your)[ \t]+$")
#: opening hours right after a capitalised short form: "Sat 10-4", "Sun 11am-3pm" (a shop's day and its
#: times); a lowercase "sat 10-4" may be a verb and a score ("the team sat 10-4 in the table")
_HOURS_AFTER = re.compile(rf"(?i)[ \t]+{CLOCK_RANGE}")


def _short_day_by_itself(text: str, start: int, end: int) -> bool:
    """A short form that is also a word ("mon", "sat", "sun", "wed") with no "on"/"this" before it is
    a day where nothing but a day fits: after a verb of a calendar or a preposition of a deadline,
    with the clause ending right after it ("back mon", "school starts mon!", "till wed then"), or
    alone in brackets ("EDIT (mon): fixed"), or capitalised before opening hours ("Sat 10-4")."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    if text[start].isupper() and _HOURS_AFTER.match(text, end):
        return True
    if _AT_A_TIME_AFTER.match(text, end) and not _DETERMINER_BEFORE.search(text_before(text, start, 8)) \
            and not text[start:end] == "sun":  # "the midnight sun at midnight": the star, in lower case
        return True  # "nominations close Sun at midnight", "meet Sat at 9pm" (not "the sun at noon")
    if text[start:end].lower() == "sun":
        return False  # "back sun, sea and sand": the star as often as the day
    return _CALENDAR_VERB_BEFORE.search(text_before(text, start, 12)) is not None and _CLAUSE_ENDS.match(text, end) is not None


_ANY_DAY = rf"(?:{_FULL_DAYS}|{_SHORT_DAYS})\.?(?:\s+(?:morning|afternoon|evening|night|nite))?"
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|&|/|-|–|\band\b|\bor\b)\s*"
_LIST_BEFORE = re.compile(rf"(?i)\b(?P<head>(?:every|each)\s+)?{_ANY_DAY}(?:{_LIST_JOIN}{_ANY_DAY})*{_LIST_JOIN}\Z")
_LIST_AFTER = re.compile(rf"(?i)\.?{_LIST_JOIN}{_ANY_DAY}\b")
#: a range word between two capitalised days
_CAP_DAY = r"(?:Mon|Tues?|Weds?|Thur?s?|Fri|Sat|Sun)(?:day)?\.?"
_RANGE_JOIN = r"[ \t]+(?i:to|through|thru|till|until)[ \t]+"
_RANGE_BEFORE = re.compile(rf"\b{_CAP_DAY}{_RANGE_JOIN}\Z")
_RANGE_AFTER = re.compile(rf"\.?{_RANGE_JOIN}{_CAP_DAY}\b")


def _in_weekday_list(text: str, start: int, end: int) -> str | None:
    """ "mon, wed, thur", "Mon and tues", "friday night or sat", "Sat-Sun": a short form that is
    also a word ("sat", "wed") is a day when it stands in a list of days. Returns "every" when the
    list's head is a recurrence ("every mon, wed"), "list" for another list, None outside one."""
    m = _LIST_BEFORE.search(text, max(0, start - 80), start)
    if m:
        return "every" if m["head"] else "list"
    if _LIST_AFTER.match(text, end):
        return "list"
    if text[start].isupper() and (_RANGE_BEFORE.search(text, max(0, start - 16), start) or _RANGE_AFTER.match(text, end)):
        return "list"  # "shut Thu to Sat", "Mon through Wed": capitalised ends of a range ("sat until Sun set" is a verb)
    return None


@rule(rf"\b(?P<w>{lx.alternation(list(_DAYWORDS) + list(_NIGHTS))})(?:\s+(?P<pod>morning|afternoon|evening|night|nite))?\b",
      re.IGNORECASE, priority=2, trigger=T_INFORMAL)
def informal_day_word(m: re.Match[str], text: str) -> Cand | None:
    """ "tmr", "tdy", "tonite", "tmr night": today, tomorrow and yesterday as people type them."""
    w = m["w"].lower()
    if w in ("tday", "yest") and not re.match(r"^\s*[.,!?:)]|\s+(?:morning|night|at|is|was|will)\b|\s*$", text[m.end():m.end() + 8]):
        return None
    if w.startswith("2") and re.search(r"[\d$#@]\s*$", text_before(text, m.start(), 2)):
        return None
    if w in _NIGHTS:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value="NI")
    n = _DAYWORDS.get(w, 0)
    if m["pod"]:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=PODS[m["pod"].lower()])
    return Cand(m.start(), m.end(), "dct", unit="D", n=n)


#: after a determiner, where no other word fits, rarer shortenings too ("this wkd", "next weeknd")
_WKND = rf"(?:{WKND}|weeknd|wkd)"


@rule(rf"\b(?P<det>the|this\s+coming|this\s+past|this|last|next|nxt|coming|past|over\s+the)\s+(?:long\s+)?{_WKND}\b",
      re.IGNORECASE, priority=2, trigger=rf"(?i:{_WKND})")
def weekend_abbr(m: re.Match[str], text: str) -> Cand | None:
    """ "this wknd", "last wkend": the weekend, read like the full word."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    start = m.start() + (5 if det.startswith("over") else 0)
    rel = {"over the": "the", "this past": "last", "past": "last", "this coming": "coming", "nxt": "next"}.get(det, det)
    return Cand(start, m.end(), "dct", unit="WE", n=0, rel=rel)


_POD_ABBR = {"nite": "NI", "nyt": "NI", "mornin": "MO", "morn": "MO", "mrng": "MO", "arvo": "AF", "eve": "EV"}


@rule(r"\b(?P<det>this|last|tonight|tmrw?|tmr|tomorrow|yesterday|yday)\s+(?P<pod>nite|(?-i:nyt)|mornin|morn|mrng|arvo|eve(?![-'’])|nights(?=\s+[a-z]))\b(?!-)",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:nite|nyt|mornin|morn|mrng|arvo|eve|last\s+nights)\b)")
def part_of_day_abbr(m: re.Match[str], text: str) -> Cand | None:
    """ "last nite", "this mornin", "tmr arvo", "this eve", "last nights game" (last night's): a part
    of a day, typed short."""
    det = m["det"].lower()
    if m["pod"].lower() == "nights":
        if det != "last" or re.search(r"(?i)\b(?:the|of|for|few|two|three)\s+$", text_before(text, m.start(), 8)):
            return None  # "the last nights of the festival": several nights
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=-1, value="NI")
    n = -1 if det in ("last", "yesterday", "yday") else 1 if det.startswith(("tm", "tomorrow")) else 0
    pod = _POD_ABBR[m["pod"].lower()]
    if det == "last" and pod != "NI":
        return None  # "last morn" is rarely yesterday's, "last eve" a poem's
    if det == "tonight" and pod == "EV":
        return None
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=pod)


@rule(r"\b(?i:(?P<det>the|da)\s+day\s+(?P<dir>after|aftr|before|b4)\s+)(?P<w>tmrw?|tmr|tmw|2moro|yday|yest|(?i:tomorrow|yesterday))\b",
      priority=3, trigger=r"(?i:day\s+(?:after|aftr|before|b4)\s+)")
def day_after_informal(m: re.Match[str], text: str) -> Cand | None:
    """ "the day after tmr", "the day before yday", "the day b4 yesterday": "b4" is how posts spell
    "before" (the day word alone was read, a day off)."""
    if m["w"].lower() in ("tomorrow", "yesterday") and m["dir"].lower() in ("after", "before") \
            and m["det"].lower() == "the":
        return None  # the standard "the day before yesterday": rules_relative.day_word reads it, with its checks
    n = 2 if m["dir"].lower().startswith("a") else -2
    if (n > 0) != m["w"].lower().startswith(("t", "2")):
        return None  # "the day after yday" is today: too odd to guess
    return Cand(m.start(), m.end(), "dct", unit="D", n=n)


#: before "rn" these make it the noun (a registered nurse: "an rn at the clinic"), not "right now"
_NOUN_BEFORE_RN = re.compile(r"(?i)\b(?:an?|the|my|our|your|his|her|their|as|is|was)\s+$")


@rule(r"(?<![\w@#/.'’-])rn(?![\w'’@/-])", priority=1, trigger=r"\brn\b")
def right_now_short(m: re.Match[str], text: str) -> Cand | None:
    """ "so tired rn", "watching it rn lol": "rn" is how posts type "right now", the present
    (PRESENT_REF, as the readable tweets mark "right now" four times of four). Lower case only: "RN"
    is a nurse's title, and so is "rn" after an article ("an rn at the clinic")."""
    if _NOUN_BEFORE_RN.search(text_before(text, m.start(), 8)):
        return None
    return Cand(m.start(), m.end(), "ref", value="PRESENT_REF")


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
    mo, d = month_number(mon), int(m["d1"] or m["d2"])
    if m["y"]:
        y = int(m["y"])
        if not valid_day(y, mo, d):
            return None
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))
    if not valid_day(2000, mo, d):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=weekday_number(wd)))


@rule(rf"\b(?P<wd>{_ANY_WDAY}),?[ \t]+(?:the[ \t]+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
      rf"(?![ \t]+(?:of[ \t]+)?(?:{_ANY_MONTH})\b|[ \t]*[-–/][ \t]*\d)",
      re.IGNORECASE, priority=4,
      trigger=r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))")
def weekday_and_ordinal_day(m: re.Match[str], text: str) -> Cand | None:
    """ "Friday 20th", "fri the 20th", "Sat 14th": a weekday with the day of the month and no month
    name, one expression (read apart, the ordinal was dropped and the weekday alone counted from the
    document's week, a week off when the day is not in it). The month is the one around the
    reference whose day falls on that weekday."""
    d = int(m["d"])
    return Cand(m.start(), m.end(), "under", spec=Spec("D", day=d, weekday=weekday_number(m["wd"])))


__all__ = ["informal_weekday", "right_now_short", "informal_day_word", "weekend_abbr", "part_of_day_abbr", "day_after_informal",
           "informal_weekday_date", "weekday_and_ordinal_day"]
