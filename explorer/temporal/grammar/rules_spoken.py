"""Dates and times as broadcast transcripts write them: in words, the way they are read aloud.

A news transcript spells out what a wire story writes in figures: "March eighth", "the first of
June", "March of nineteen ninety-seven", "two thousand one", "the nineteen eighties", "ten o'clock
this morning". TimeML values them exactly as their written forms (1998-03-08, 1997-03, 2001, 198,
T10:00). The figures' rules cannot see them, so a spoken date used to be lost whole, or cut down to
its month ("March" for "March eighth") and valued a month wide.
"""

from __future__ import annotations

import re

from explorer.number_words import cardinals, spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import COUNT_AFTER, MODP, MON_FULL, SEASON, T_MON, WDAY, YEAR, month_number, text_before, timex_mod
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec, valid_day

_I = re.IGNORECASE

_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
#: the ordinal words of the days of a month, longest first ("twenty-first" before "first")
_DAY_WORDS: dict[str, int] = {w: n for w, n in lx.ORDINALS.items() if 1 <= n <= 31}
ORD_DAY = (r"(?:(?:twenty|thirty)[-\s]+(?:" + "|".join(_ONES) + r")|"
           + "|".join(sorted((w for w in _DAY_WORDS if "-" not in w), key=len, reverse=True)) + r")")

_ONES_N = cardinals(1, 9)
_TEENS_N = cardinals(10, 19)
_TENS_N = cardinals(20, 90)
_ONES_W = "|".join(_ONES_N)
_TEENS_W = "|".join(sorted(_TEENS_N, key=len, reverse=True))
_TENS_W = "|".join(_TENS_N)
_CENTURY_N = {"seventeen": 17, "eighteen": 18, "nineteen": 19}
#: a year read aloud: "nineteen ninety-seven", "nineteen oh five", "two thousand (and) one"
SPOKEN_YEAR = (rf"(?:(?:seventeen|eighteen|nineteen)[-\s]+(?:(?:{_TENS_W})(?:[-\s]+(?:{_ONES_W}))?|{_TEENS_W}|oh[-\s]+(?:{_ONES_W}))"
               rf"|two[-\s]+thousand(?:[-\s]+(?:and[-\s]+)?(?:{_TEENS_W}|{_ONES_W}))?)(?![-\w])")
_DECADES_N = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
              "eighties": 8, "nineties": 9}


def spoken_day(word: str) -> int:
    """The day an ordinal word names: "eighth" 8, "twenty first" 21."""
    w = re.sub(r"[-\s]+", "-", word.lower())
    return _DAY_WORDS.get(w, 0)


def spoken_year(words: str) -> int | None:
    """The year a spoken year names ("nineteen ninety-seven" 1997, "two thousand one" 2001)."""
    ws = [w for w in re.split(r"[-\s]+", words.lower()) if w and w != "and"]
    if ws[:2] == ["two", "thousand"]:
        rest = ws[2:]
        if not rest:
            return 2000
        n = _TEENS_N.get(rest[0]) or _ONES_N.get(rest[0])
        return 2000 + n if n and len(rest) == 1 else None
    century = _CENTURY_N.get(ws[0])
    if century is None or len(ws) < 2:
        return None
    if ws[1] == "oh" and len(ws) == 3 and ws[2] in _ONES_N:
        return century * 100 + _ONES_N[ws[2]]
    if ws[1] in _TEENS_N and len(ws) == 2:
        return century * 100 + _TEENS_N[ws[1]]
    if ws[1] in _TENS_N and len(ws) <= 3:
        return century * 100 + _TENS_N[ws[1]] + (_ONES_N.get(ws[2], 0) if len(ws) == 3 else 0)
    return None


def _year_of(m: re.Match[str]) -> int | None:
    if m["year"]:
        return int(m["year"])
    if m["sy"]:
        return spoken_year(m["sy"])
    return None


#: what a month and an ordinal word are when they are no date: "the March fifth-grade class"
_NOT_A_DAY_AFTER = re.compile(
    r"(?i)-|\s+(?:quarter|half|time|times|place|round|period|week|month|year|term|phase|stage|game|grade|"
    r"generation|anniversary|largest|biggest|highest|lowest|straight|consecutive|most)\b")

#: a word after "<Month> the <ordinal>" that leaves the ordinal a day: a function word, a pronoun or
#: a finite verb; any other lower-case word is the noun the ordinal counts ("In August the first toll
#: was collected": the first toll, not August 1st)
_DAY_THEN_WORD = re.compile(
    r"(?:and|or|but|nor|to|at|in|on|of|for|with|by|from|as|when|while|after|before|until|till|since|if|"
    r"so|then|than|that|which|who|where|a|an|the|this|these|those|his|her|its|their|our|my|your|"
    r"i|we|you|he|she|it|they|there|was|were|is|are|be|been|had|has|have|will|would|could|should|"
    r"may|might|must|can|did|does|do|not|also|only|just|too)$")
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z][a-z']*)\b")
#: a day number written just before the month ("On 12 March"): the month already has its day
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d,.])\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$")

_YEAR_AFTER = rf"(?:,?\s+(?:(?P<year>{YEAR})|(?P<sy>{SPOKEN_YEAR})))?"


@rule(rf"(?:(?:(?i:this\s+coming|this\s+past|this|last|next|coming)\s+)?(?P<wd>{WDAY}),?\s+)?(?P<mon>{MON_FULL})\s+(?:the\s+)?(?P<ord>{ORD_DAY})(?![-\w]){_YEAR_AFTER}",
      priority=3, trigger=T_MON)
def month_spoken_day(m: re.Match[str], text: str) -> Cand | None:
    """ "this coming Sunday, March eighth", "on January fifth, nineteen ninety-eight": a day."""
    return _day_cand(m, text)


@rule(rf"(?:(?P<wd>{WDAY}),?\s+)?the\s+(?P<ord>{ORD_DAY})\s+(?:day\s+)?of\s+(?P<mon>{MON_FULL}){_YEAR_AFTER}", _I,
      priority=3, trigger=T_MON)
def spoken_day_of_month(m: re.Match[str], text: str) -> Cand | None:
    """ "the fifth of January": a day (the month is matched capitalised only)."""
    if not m["mon"][0].isupper():
        return None
    return _day_cand(m, text)


def _ordinal_counts_a_noun(m: re.Match[str], text: str) -> bool:
    """ "On 12 March the first wheel turned", "In May the second bridge opened": the ordinal is no day
    when the month already has its day number before it, or when "the <ordinal>" goes on with a
    lower-case word that is no function word, pronoun or auxiliary (the noun it counts)."""
    if m["year"] or m["sy"]:
        return False
    if _DAY_NUMBER_BEFORE.search(text_before(text, m.start(), 8)):
        return True
    if not re.search(r"(?i)\bthe\s+\S+$", m.group(0)):
        return False
    after = _WORD_AFTER.match(text, m.end())
    return bool(after) and not _DAY_THEN_WORD.match(after["w"])


def _day_cand(m: re.Match[str], text: str) -> Cand | None:
    if not (m["year"] or m["sy"]) and _NOT_A_DAY_AFTER.match(text, m.end()):
        return None
    if _ordinal_counts_a_noun(m, text):
        return None
    mo, d = month_number(m["mon"]), spoken_day(m["ord"])
    if not d or not valid_day(2000, mo, d):
        return None
    y = _year_of(m)
    if y is not None:
        if not valid_day(y, mo, d):
            return None
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))
    if m["sy"]:
        return None  # a spoken number after the day that is no year
    wd = lx.WEEKDAYS.get(m["wd"].lower()) if m["wd"] else None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=wd))


@rule(rf"{MODP}(?P<mon>{MON_FULL}),?\s+(?:of\s+)?(?P<sy>{SPOKEN_YEAR})", priority=2,
      trigger=r"(?i:nineteen|eighteen|seventeen|thousand)")
def month_spoken_year(m: re.Match[str], text: str) -> Cand | None:
    """ "March of nineteen ninety-seven": the month of that year, one expression."""
    y = spoken_year(m["sy"])
    if y is None:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=y, month=month_number(m["mon"])), mod=timex_mod(m["mod"]))


@rule(rf"(?:(?P<the>the)\s+)?{MODP}(?P<season>{SEASON})\s+of\s+(?P<sy>{SPOKEN_YEAR})", _I, priority=2,
      trigger=r"(?i:nineteen|eighteen|seventeen|thousand)")
def season_spoken_year(m: re.Match[str], text: str) -> Cand | None:
    """ "the winter of nineteen ninety-four", as a broadcast transcript writes the year: that year's
    season, one expression (the season alone was read against the document date, the year apart)."""
    y = spoken_year(m["sy"])
    if y is None:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=y, season=lx.SEASONS[m["season"].lower()]), mod=timex_mod(m["mod"]))


@rule(rf"\b(?P<sy>two[-\s]+thousand[-\s]+(?:and[-\s]+)?(?:{_TEENS_W}|{_ONES_W}))(?![-\w])", _I, priority=2,
      trigger=r"(?i:thousand)")
def two_thousand_and(m: re.Match[str], text: str) -> Cand | None:
    """ "in two thousand one", "by two thousand and five": a year of the 2000s, read aloud. A count
    ("two thousand five hundred", "two thousand three people") is none."""
    if re.match(r"(?i)[-\s]+(?:hundred|thousand|million|billion|and\b|point\b)", text[m.end():m.end() + 10]) or \
            COUNT_AFTER.match(text[m.end():m.end() + 30]) or \
            re.match(r"^\s+(?!(?:was|is|has|as|its|this|his|does|sees|marks)\b)[a-z]+s\b", text[m.end():m.end() + 20]):
        return None
    if not re.search(r"(?i)\b(?:in|by|until|till|since|of|from|to|through|before|after|year|early|late|mid)\s+$",
                     text_before(text, m.start(), 16)):
        return None
    y = spoken_year(m["sy"])
    return None if y is None else Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=y))


@rule(rf"(?:the\s+)?{MODP}(?P<c>nineteen|eighteen)[-\s]+(?P<d>{'|'.join(_DECADES_N)})\b", _I, priority=2,
      trigger=r"(?i:nineteen|eighteen)")
def spoken_decade(m: re.Match[str], text: str) -> Cand | None:
    """ "the nineteen eighties", "the early nineteen nineties": a decade (TIMEX3 "198")."""
    dec = _CENTURY_N[m["c"].lower()] * 10 + _DECADES_N[m["d"].lower()]
    return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=dec), mod=timex_mod(m["mod"]))


_HOURS = cardinals(1, 12)
_LATE_PARTS = re.compile(r"(?i)afternoon|evening|night|tonight|p\.?m")


@rule(r"(?<![\w-])(?P<h>1[0-2]|0?[1-9]|" + spelled(1, 12) + r")\s+o['’]clock(?:\s+(?-i:" + lx.CLOCK_ZONES + r")\b|\s+local\s+time\b)?"
      r"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|this\s+(?:morning|afternoon|evening)|tonight))?",
      _I, priority=3, trigger=r"(?i:o['’]clock)")
def oclock(m: re.Match[str], text: str) -> Cand | None:
    """ "ten o'clock this morning", "at seven o'clock": a clock time on the day of the text; a part of
    day after it says which half of the day (TimeML writes the hour, "T10:00")."""
    w = m["h"].lower()
    h = _HOURS[w] if w in _HOURS else int(w)
    pod = m["pod"] or ""
    if _LATE_PARTS.search(pod) and h < 12:
        h += 12
    elif re.search(r"(?i)morning", pod) and h == 12:
        h = 0
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=f"{h:02d}:00", rel="bare")


_POD_AFTER = r"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|this\s+(?:morning|afternoon|evening)|tonight))?"


@rule(r"(?<![\w-])(?:(?P<q>(?:a\s+)?quarter)\s+(?P<dir>to|past|after)|(?P<half>half)\s+past)\s+"
      r"(?P<h>1[0-2]|0?[1-9]|" + spelled(1, 12) + r")(?![\w-])(?:\s+o['’]clock)?"
      r"(?:\s+(?P<last>last\s+night)|" + _POD_AFTER + r")",
      _I, priority=4, trigger=r"(?i:quarter|half)")
def quarter_or_half_past(m: re.Match[str], text: str) -> Cand | None:
    """ "at a quarter to nine", "half past six in the evening": a clock time read aloud (not a
    quarter of a year), on the day of the text as "eight o'clock" is. Only after a preposition of
    time or with a part of day, so "a quarter to nine percent" stays no time."""
    if not (m["pod"] or m["last"] or _CLOCK_PREP_BEFORE.search(text_before(text, m.start(), 12))):
        return None
    w = m["h"].lower()
    h = _HOURS[w] if w in _HOURS else int(w)
    mi = 30 if m["half"] else 15
    if m["dir"] and m["dir"].lower() == "to":
        h, mi = (h - 1) or 12, 45
    if (m["last"] or _LATE_PARTS.search(m["pod"] or "")) and h < 12:
        h += 12
    # "a quarter past ten last night": the evening before the text's day
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=-1 if m["last"] else 0, value=f"{h:02d}:{mi:02d}", rel="bare")


_CLOCK_PREP_BEFORE = re.compile(r"(?i)\b(?:at|by|until|till|from|around|about|before|after|since)\s+$")


@rule(r"(?i:\b(?:at|by|until|till|from|around|about|before|after|since)\s+)(?P<h>" + spelled(1, 12) + r")"
      r"\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b(?!['’-]|\s+(?:session|shift|class|service|show|edition|paper)s?\b)",
      _I, priority=3, trigger=r"(?i:\s(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))")
def spoken_hour_in_part_of_day(m: re.Match[str], text: str) -> Cand | None:
    """ "until two in the morning", "at three in the afternoon", "by eleven at night": an hour read
    aloud with the part of day that says which half of the clock (TimeML writes "T02:00"), as "at 2
    in the afternoon" is in figures; only after a preposition of time, so "two in the morning
    session" or "saw two in the morning and three at noon" (a count) stays no time. The preposition
    stays outside, as TimeML marks it."""
    h = _HOURS[m["h"].lower()]
    pod = m["pod"].lower()
    if pod.endswith("night") and h == 12:
        clock = "24:00"  # midnight, as TimeBank writes it
    elif pod.endswith("morning") or pod.endswith("night") and h < 6:
        clock = f"{h % 12:02d}:00"
    else:
        clock = f"{h % 12 + 12:02d}:00"
    return Cand(m.start("h"), m.end(), "dct", "TIME", unit="D", n=0, value=clock, rel="bare")


_MINUTE_WORDS = {"oh five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
                 "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "fifty-five": 55}
_MINUTES_W = (r"(?:oh[-\s]+five|(?:" + spelled(20, 50) + r")(?:[-\s]+five)?|ten|fifteen|forty[-\s]+five)")


@rule(rf"(?<![\w-])(?P<h>{spelled(1, 12)})(?:[-\s]+(?P<mi>{_MINUTES_W}))?"
      r"\s+(?P<ap>[ap]\.m\.|[AP]M\b|[AP]\.M\.)(?:\s+(?P<tz>(?i:eastern|central|mountain|pacific|local|gmt)(?:\s+(?i:standard\s+)?time)?))?",
      priority=3, trigger=r"(?i:[ap]\.?m\b)")
def spoken_ampm(m: re.Match[str], text: str) -> Cand | None:
    """ "four PM eastern time", "eight thirty a.m.": a clock time read aloud, on the day of the text."""
    h = _HOURS[m["h"].lower()] % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    mi = _MINUTE_WORDS.get(re.sub(r"[-\s]+", "-", m["mi"].lower()).replace("oh-five", "oh five"), 0) if m["mi"] else 0
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=0, value=f"{h:02d}:{mi:02d}", rel="bare")


__all__ = ["spoken_ampm", "month_spoken_day", "spoken_day_of_month", "month_spoken_year", "season_spoken_year", "two_thousand_and", "spoken_decade",
           "oclock", "quarter_or_half_past", "spoken_hour_in_part_of_day", "spoken_day", "spoken_year"]
