"""Rules for explicit calendar dates: ISO and numeric dates, month-day-year and day-month-year,
months and years said alone, ranges of years and of days.

The most certain family: what they find carries its own year (or is a bare month or year the
resolver places). Split out of the general rules so each family can be read on its own; the
families register in grammar/__init__'s order, which breaks ties between equal matches.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import (
    COUNT_AFTER, DAY, MODP, MON, MON_FULL, MONEY_BEFORE, STATISTIC_AFTER, T_MON, WDAY, WDAY_ANY, YEAR, day_number,
    month_number, numbers_a_part, plausible_year, text_after, text_before, timex_mod,
)
from explorer.temporal.grammar.registry import Cand, range_of, rule
from explorer.temporal.grammar.blocks import full_year_on_page
from explorer.temporal.normalize import Spec, valid_day


# -- explicit calendar dates --------------------------------------------------------------------


@rule(r"(?<![\d\-/])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?![\d\-])", priority=5, trigger=r"\d{4}-\d\d-")
def iso_date(m: re.Match[str], text: str) -> Cand | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not valid_day(y, mo, d):
        return None
    if m[4]:
        # "2019-05-14 06:42:10": a logged time keeps its seconds, as TimeML writes them
        clock = f"{m[4]}:{m[5]}" + (f":{m[6]}" if m[6] else "")
        return Cand(m.start(), m.end(), "abs", "TIME", Spec("D", year=y, month=mo, day=d, clock=clock))
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))


@rule(r"(?<![\d\-/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.]\d|\d)", priority=4, trigger=r"\d[/.]\d")
def numeric_date(m: re.Match[str], text: str) -> Cand | None:
    a, b, y = int(m[1]), int(m[3]), m[4]
    year = int(y) if len(y) == 4 else full_year_on_page(y, text)
    if m[2] == ".":
        mo, d = (a, b) if b > 12 else (b, a)  # 13.10.2015 is day.month.year
    else:
        mo, d = slashed_month_day(a, b, text, year, text_before(text, m.start(), 14))
    if not valid_day(year, mo, d) or numbers_a_part(text_before(text, m.start())):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=year, month=mo, day=d))


_DAY_FIRST_NUMERIC = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{2,4}\b")
_MONTH_FIRST_NUMERIC = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{2,4}\b")
#: a date written with dots ("12.01.2026") or dashes day first beyond doubt ("31-12-2025"): Europe's
#: ways of writing a day, which a US writer does not use
_DAY_FIRST_OTHER = re.compile(
    r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[89]|20)\d\d(?![\d.]\d|\d)"
    r"|(?<![\w-])(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])-(?:1[89]|20)\d\d(?![\d-])")
_DAY_MONTH_WORDS = re.compile(rf"(?<![\d/.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}")
_MONTH_DAY_WORDS = re.compile(rf"{MON}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])")
#: a day named as a holiday, not a writer's order of day and month: "the 4th of July parade"
_HOLIDAY_NAME = re.compile(r"(?i)\b4th\s+of\s+July\b")
#: what only a US writer's page says (each kind counts once for month first): a place given with its
#: state ("Boise, Idaho", "Richmond, Va."), and temperatures in Fahrenheit
_US_STATE = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
             "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
             "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
             "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
             "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|"
             "Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|"
             "Mo\\.|Mont\\.|Neb\\.|Nev\\.|N\\.[HJMYCD]\\.|Okla\\.|Ore\\.|Pa\\.|Tenn\\.|Va\\.|Vt\\.|Wash\\.|Wis\\.|Wyo\\.")
_US_CUES = (re.compile(rf"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s(?:{_US_STATE})(?=[\s,;:)]|$)"),
            re.compile(r"\bFahrenheit\b|°F\b"),
            # the US spellings ("color", "neighborhood", "center", "labor")
            re.compile(r"(?i)\b(?:color(?:s|ed|ful)?|favor(?:ite|s|ed)?|neighbor(?:s|hood|hoods|ing)?|honor(?:s|ed)?|"
                       r"behavior(?:s|al)?|center(?:s|ed)?|theater(?:s)?|labor)\b"))
#: what only a page of a writer who puts the day first says (each kind counts once for day first): an address
#: on a British, Irish, Australian, New Zealand, South African or Indian site ("www.example.co.uk/news"), a
#: price in pounds, and the British spellings ("colour", "neighbourhood", "centre", "organisation")
_DAY_FIRST_CUES = (
    re.compile(r"(?i)\b[a-z0-9-]+\.(?:(?:co|org|gov|ac|ltd|plc|me|net|nhs|police|sch)\.uk|uk|ie|(?:com?|org|gov|net)\.(?:au|nz|za|in))"
               r"(?=/|\b(?!\.[a-z]))"),
    re.compile(r"£\s?\d"),
    re.compile(r"(?i)\b(?:colour(?:s|ed|ful)?|favour(?:ite|s|ed)?|neighbour(?:s|hood|hoods|ing)?|honour(?:s|ed)?|behaviour(?:s|al)?|"
               r"centre(?:s|d)?|theatre(?:s)?|programme(?:s|d)?|labour|organis(?:ation|ations|e|ed|er|ers|ing)|"
               r"reali[s](?:e|ed|ing)|recognis(?:e|ed|ing)|criticis(?:e|ed|ing)|apologis(?:e|ed|ing)|whilst|tyres?|cheques?)\b"))
#: a slashed date whose two figures could both be the month ("03/04/2012")
_AMBIGUOUS_SLASHED = re.compile(r"(?<![\d/.-])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/(\d{4})(?![\d/])")
_ISO_DAY = re.compile(r"(?<![\d-])(\d{4})-(\d\d)-(\d\d)(?![\d-])")
_WORDS_DAY = re.compile(rf"(?<![\d/.])(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MON})|"
                        rf"(?P<m2>{MON})\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?),?\s+(?P<y>\d{{4}})\b")


@lru_cache(maxsize=8)
def numeric_order(text: str) -> str | None:
    """The order a text writes its slashed dates in, "day" (so its ambiguous "04/03/2026" is 4 March)
    or "month" (4 April), or None when nothing in it says (then month first is read, as the US writes).

    A writer keeps one order: a slashed date that can only be one ("31/12/2025", "12/31/2025"), or
    whose weekday fits only one reading ("Tuesday, 03/04/2012"), settles it, and so does the same
    day printed again beyond doubt ("05/06/2024" over "Filed 2024-06-05"). Failing those, a date
    written with dots or dashed day first ("12.01.2026", "31-12-2025") says the writer is not
    American; then the order of its dates in words ("1 April" against "April 1", a holiday's "4th
    of July" not counted), what only a US page says (a place with its state, a temperature in
    Fahrenheit, a US spelling) and what only a day-first writer's page says (a .co.uk address, a price in
    pounds, a British spelling) decide, and a tie says nothing."""
    day_first, month_first = bool(_DAY_FIRST_NUMERIC.search(text)), bool(_MONTH_FIRST_NUMERIC.search(text))
    if day_first != month_first:
        return "day" if day_first else "month"
    votes = {"day": 0, "month": 0}
    echoes: set[tuple[int, int, int]] | None = None
    for m in _AMBIGUOUS_SLASHED.finditer(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a == b:
            continue
        readings = {"month": (y, a, b), "day": (y, b, a)}
        named = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if named is not None:
            wd = lx.WEEKDAYS.get(named["wd"].rstrip(".").lower())
            fits = [k for k, (yy, mo, d) in readings.items() if valid_day(yy, mo, d) and calendar.weekday(yy, mo, d) == wd]
            if len(fits) == 1:
                votes[fits[0]] += 1
                continue
        if echoes is None:
            echoes = _days_beyond_doubt(text)
        seen = [k for k, day in readings.items() if day in echoes]
        if len(seen) == 1:
            votes[seen[0]] += 1
    if votes["day"] != votes["month"]:
        return max(votes, key=votes.__getitem__)
    if _DAY_FIRST_OTHER.search(text):
        return "day"
    in_words = len(_DAY_MONTH_WORDS.findall(text)) - len(_HOLIDAY_NAME.findall(text)) + sum(bool(cue.search(text)) for cue in _DAY_FIRST_CUES)
    us = len(_MONTH_DAY_WORDS.findall(text)) + sum(bool(cue.search(text)) for cue in _US_CUES)
    if in_words != us:
        return "day" if in_words > us else "month"
    return None


def _days_beyond_doubt(text: str) -> set[tuple[int, int, int]]:
    """The full days ``text`` prints in a form whose order is beyond doubt (ISO, or with the month's
    name), as (year, month, day)."""
    days = {(int(m[1]), int(m[2]), int(m[3])) for m in _ISO_DAY.finditer(text)}
    for m in _WORDS_DAY.finditer(text):
        days.add((int(m["y"]), month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])))
    return days


def _writes_day_first(text: str) -> bool:
    """Whether a text writes its dates day first, so that its ambiguous "04/03/2026" is 4 March
    (see :func:`numeric_order`)."""
    return numeric_order(text) == "day"


#: a weekday named right before a date: "Tuesday, 03/04/2012", "Tue 03/04/2012"
_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{WDAY_ANY}),?[ \t]*\Z")


def slashed_month_day(a: int, b: int, text: str, year: int | None = None, before: str = "") -> tuple[int, int]:
    """(month, day) of a slashed "a/b/year" in ``text``: month first, as the US writes it, unless
    that is impossible ("13/10/2015"), the weekday printed right before it (the end of ``before``)
    fits only the other reading ("Tuesday, 03/04/2012" is 3 April: 4 March 2012 was a Sunday), or the
    text writes its dates day first ("04/03/2026" beside "31/12/2025" or "1 April"; see :func:`numeric_order`)."""
    named = _WEEKDAY_BEFORE.search(before) if year is not None and a != b and a <= 12 and b <= 12 else None
    if named is not None:
        wd = lx.WEEKDAYS.get(named["wd"].rstrip(".").lower())
        fits = [(mo, d) for mo, d in ((a, b), (b, a)) if valid_day(year, mo, d) and calendar.weekday(year, mo, d) == wd]
        if len(fits) == 1:
            return fits[0]
    if a > 12 or b <= 12 and _writes_day_first(text):
        return b, a
    return a, b


# "17-08-2020", "1-26-2019": a page's stamp or an ordinance's date with dashes. Only with a four-digit
# year of this or the last century, so "3-1-2" scores, "1-800-555" numbers and "2-3-1" formations stay
# out. Day first unless impossible: the dashed form is the day-month-year stamp of news sites outside
# the US ("Updated: 29-03-2022 18:49 IST"); the US writes its month-first dates with slashes.
NUMERIC_DASH = r"(?<![\d\-/.–])(?P<da>\d{1,2})-(?P<db>\d{1,2})-(?P<dy>(?:1[89]|20)\d\d)(?![\d\-–]|\.\d)"
# "2017/09/07", "2017.09.07": year first, as East Asian pages and logs print it.
# With dots both parts have two digits: "2019.1.2" is a version number.
YEAR_FIRST = (r"(?<![\d\-/.])(?P<yy>(?:1[89]|20)\d\d)(?:/(?P<ym>\d{1,2})/(?P<yd>\d{1,2})|\.(?P<ym2>\d\d)\.(?P<yd2>\d\d))"
              r"(?![\d/]|\.\d)")


#: A dashed date whose order is beyond doubt: month first ("02-28-2026", as US forms and some US
#: sites print it) or day first ("28-02-2026").
_DASHED_MONTH_FIRST = re.compile(r"(?<![\w\-/.–])(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-(?:1[89]|20)\d\d(?![\d\-–]|\.\d)")
_DASHED_DAY_FIRST = re.compile(r"(?<![\w\-/.–])(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])-(?:1[89]|20)\d\d(?![\d\-–]|\.\d)")


def writes_dashes_month_first(text: str) -> bool:
    """Whether ``text`` writes its dashed dates month first: one of them can only be read so
    ("02-28-2026") and none only day first ("28-02-2026"). A writer keeps one order, so then its
    ambiguous "03-04-2026" is 4 March; else the dashed stamp is read day first, as pages outside the
    US print it."""
    return _DASHED_MONTH_FIRST.search(text) is not None and _DASHED_DAY_FIRST.search(text) is None


def numeric_day(m: re.Match[str], text: str = "") -> Spec | None:
    """The day of a NUMERIC_DASH or YEAR_FIRST match, None when there is no such day; a dashed one
    both of whose figures could be the month is read day first, unless ``text`` (the page it stands
    in) writes its dashed dates month first (:func:`writes_dashes_month_first`)."""
    if m["dy"]:
        a, b, y = int(m["da"]), int(m["db"]), int(m["dy"])
        d, mo = (b, a) if b > 12 or a <= 12 and text and writes_dashes_month_first(text) else (a, b)
    else:
        y, mo, d = int(m["yy"]), int(m["ym"] or m["ym2"]), int(m["yd"] or m["yd2"])
    return Spec("D", year=y, month=mo, day=d) if valid_day(y, mo, d) else None


@rule(rf"{NUMERIC_DASH}|{YEAR_FIRST}", priority=4, trigger=r"\d-\d{1,2}-[12]\d\d\d|[12]\d\d\d[/.]\d")
def numeric_date_dashed(m: re.Match[str], text: str) -> Cand | None:
    spec = numeric_day(m, text)
    if spec is None or numbers_a_part(text_before(text, m.start())):
        return None
    return Cand(m.start(), m.end(), "abs", spec=spec)


# a lower-case word right after "<Month> the <nth>" that no date is followed by: the ordinal is its noun's
_ORDINAL_BEFORE_NOUN = re.compile(
    r"[ \t]+(?!(?:and|or|at|to|from|until|till|in|on|when|for|of|with|by|against|after|before|as|the|this|next|last|"
    r"he|she|they|it|we|i|is|was|will|would|at)\b)[a-z]")


@rule(rf"(?:(?P<wd>{WDAY_ANY}),?\s+|(?P<this>[Tt]his)\s+)?{MODP}(?P<mon>{MON})(?:\s*|\s+the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR})(?P<ns>/\d{{1,2}}(?![\d/]))?(?:,[ \t]+(?P<twd>{WDAY}))?|(?=[^\d]|$))", priority=3, trigger=T_MON)
def month_day_year(m: re.Match[str], text: str) -> Cand | None:
    mo, d = month_number(m["mon"]), day_number(m["day"])
    if not m["year"] and re.search(r"(?i)\sthe\s", text[m.end("mon"):m.start("day")]) and _ORDINAL_BEFORE_NOUN.match(text, m.end()):
        return None  # spoken "March the 2nd" is a day; "in March the 3rd battalion left" an ordinal before its noun
    if m["year"]:
        y, end = new_style_year(m)
        if not valid_day(y, mo, d):
            return _impossible_day(m, y, mo)
        if m["twd"] and (lx.WEEKDAYS[m["twd"].lower()] != calendar.weekday(y, mo, d)
                         or not re.match(r"\s*(?:[,.;:)]|$)", text[end:end + 2])):
            end = m.end("year")  # "Feb. 25, 2009, Monday": the day's own weekday after it is part of it, any other is not
        return Cand(m.start(), end, "abs", spec=Spec("D", year=y, month=mo, day=d), mod=timex_mod(m["mod"]))
    if not valid_day(2000, mo, d):
        return None
    if not m["wd"] and m["mon"] in ("Jun", "Jan") and re.search(r"\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?\Z", text_before(text, m.start(), 24)) \
            and not re.search(rf"(?:{WDAY_ANY}|{MON})\s+\Z", text_before(text, m.start(), 14)):
        return None  # "Lester Koh Jia Jun 2": a given name, then a number
    if m["mon"].rstrip(".") in ("May", "March", "MAY", "MARCH") and re.match(r"^\s*(?:%|[-–]\d|\d*\s*(?:percent|people|of\b))", text[m.end():m.end() + 12]):
        return None
    wd = lx.WEEKDAYS.get(m["wd"].rstrip(".").lower()) if m["wd"] else None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=wd), mod=timex_mod(m["mod"]))


#: A timeline entry's stamp written year first, opening its line before the entry's colon or dash:
#: "2019, June: the two governments sign …", "2024, 3 April: Route changed …", "2023, summer – Shells
#: found …". One date, the month, day or season of that year (read as the year alone and a yearless
#: month, the entry gave two events, one of them on the wrong year's day).
@rule(rf"(?m)^[ \t]*(?:[-–•*][ \t]+)?(?P<year>{YEAR}),[ \t]+(?:(?P<day>{DAY})[ \t]+(?P<mon>{MON})|(?P<mon2>{MON})(?:[ \t]+(?P<day2>{DAY}))?"
      rf"|(?P<season>(?i:spring|summer|autumn|winter|fall)))(?=[ \t]*(?::|[-–—][ \t]|\.[ \t]))", priority=7, trigger=r"\d{4},")
def year_first_entry_stamp(m: re.Match[str], text: str) -> Cand | None:
    y = int(m["year"])
    start = m.start("year")
    if m["season"]:
        return Cand(start, m.end(), "abs", spec=Spec("S", year=y, season=lx.SEASONS[m["season"].lower()]))
    mo = month_number(m["mon"] or m["mon2"])
    day = m["day"] or m["day2"]
    if day is None:
        return Cand(start, m.end(), "abs", spec=Spec("M", year=y, month=mo))
    d = day_number(day)
    if not valid_day(y, mo, d):
        return None
    return Cand(start, m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))


#: a comma right before a day ("on the final day, 4 May"): the day in apposition to what is before it
_APPOSITION_BEFORE = re.compile(r",[ \t]+$")
#: a dateline's place opening its line before a yearless day ("LOWMOOR, 14 March —", "Kelton, Wales, 3 May (Coast
#: News) -"), and the dash or the agency's bracket after it: the story's day, however its month is spelt
_DATELINE_PLACE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]*(?:[ \t,]+[A-Z][\w.'’-]*){0,4},[ \t]*\Z")
_DATELINE_DASH_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:--|[-–—:])[ \t]")
#: the clause's end right after a day and its month: a full stop, a comma, a semicolon, a bracket
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)]|$)", re.MULTILINE)


@rule(rf"(?:(?P<wd>{WDAY_ANY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:(?<=(?:st|nd|rd|th)\s)day\s+of\s+|of\s+)?(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<year>{YEAR})(?P<ns>/\d{{1,2}}(?![\d/]))?)?", priority=3, trigger=T_MON)
def day_month_year(m: re.Match[str], text: str) -> Cand | None:
    mo, d = month_number(m["mon"]), day_number(m["day"])
    if numbers_a_part(text_before(text, m.start())) or re.search(r"[\d.,]\Z", text_before(text, m.start("day"))):
        return None
    if m["mon"].startswith(("May", "March", "MAY", "MARCH")) and not m["year"] and not re.match(r"(?i)\d+(st|nd|rd|th)", m["day"]) \
            and not m["wd"] and not re.search(r"(?:^|\n|[|·•—–])[ \t]*\Z", text_before(text, m.start())):
        # (alone on its line, or after a field's separator: "Jane Roe | 4 March", "News · 12 May", where no
        # "march" or "may" can be a verb)
        # "set for 12 May", "due 12 May", "until about 12 May": a preposition or a date's hedge
        if not re.search(r"(?i)\b(?:on|by|until|till|through|from|since|of|the|to|and|between|before|after|for|due|around|about)\s+$",
                         text_before(text, m.start())) \
                and not re.match(r"^\s*[-–]\s*\d", text[m.end():m.end() + 4]) \
                and not (_APPOSITION_BEFORE.search(text_before(text, m.start(), 4)) and m["mon"][1:2].islower()
                         and _CLAUSE_END_AFTER.match(text, m.end())) \
                and not (_DATELINE_PLACE_BEFORE.search(text_before(text, m.start(), 60)) and _DATELINE_DASH_AFTER.match(text, m.end())):
            # "5 may" is rarely a date without a preposition (but "(21 March - 21 June 1952)"); a day
            # set off by a comma and ending its clause is one in apposition ("won the title on the
            # final day, 4 May."), where the modal could not stand
            return None
    if m["year"]:
        y, end = new_style_year(m)
        if not valid_day(y, mo, d):
            return _impossible_day(m, y, mo)
        return Cand(m.start(), end, "abs", spec=Spec("D", year=y, month=mo, day=d))
    if not valid_day(2000, mo, d):
        return None
    wd = lx.WEEKDAYS.get(m["wd"].rstrip(".").lower()) if m["wd"] else None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=wd))


def new_style_year(m: re.Match[str]) -> tuple[int, int]:
    """The year of a date and where the date ends. A day of January to 24 March written before 1752 in
    England (and in its colonies) often carries both reckonings, "1 March 1666/7", "January 1664/5":
    the year by the Old Style that began on Lady Day, then the last figure(s) of the New Style year
    the timeline uses (January 1667 by ours). Only a second year that is the next one after the first
    is read so; any other slash ("1666/12") is left out of the date."""
    y = int(m["year"])
    ns = m["ns"]
    if ns and y < 1800 and str(y + 1).endswith(ns[1:]):
        return y + 1, m.end("ns")
    return y, m.end("year") if ns else m.end()


def _impossible_day(m: re.Match[str], y: int, mo: int) -> Cand | None:
    """"February 30, 2019": the month and year the writer gave, as a month (the day cannot be), so
    the words are not read as a bare "February" in another year plus "2019"."""
    if not 1 <= y <= 9999:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=y, month=mo))


@rule(rf"{MODP}(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})(?P<ns>/\d{{1,2}}(?![\d/]))?", priority=2, trigger=T_MON)
def month_year(m: re.Match[str], text: str) -> Cand | None:
    y, end = new_style_year(m)
    if re.match(r"^(?:\d|,\d)", text[end:end + 2]):
        return None
    return Cand(m.start(), end, "abs", spec=Spec("M", year=y, month=month_number(m["mon"])), mod=timex_mod(m["mod"]))


_MONTH_PREP = re.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|from|through|to|during|before|after|of|last|next|this|"
    r"that|early|late|between|and|or|mid|until|each|every|since|the\s+end\s+of|the\s+beginning\s+of|"
    r"the\s+middle\s+of|past|previous|coming)\s+|mid-|[-–]\s*)$"
)


#: a determiner before a capitalised "March"/"May" that modifies a noun: "the March accession", "a May
#: report" (the month of something, not the verb or a march)
_MONTH_ADJECTIVE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$")
_NOT_AFTER_A_MONTH = re.compile(
    r"^\s+(?:on|of|to|for|from|through|against|in|into|toward|towards|and|or|was|is|were|are|has|had|will|would|"
    r"could|should|be|madness|hare|day|queen|fly|flies)\b")


#: a possessive's "'s" and a month's measure after it, with at most one word before the noun: "'s
#: figures", "'s sharp rise", "'s retail sales", "'s meeting" (a statistic as :data:`STATISTIC_AFTER`
#: names it, or a change, a reading, a meeting, an issue)
_POSSESSIVE_MEASURE = re.compile(
    r"['’]s(?:" + STATISTIC_AFTER.pattern.removeprefix("(?i)") + r"|[ \t]+(?:[a-z]+[ \t]+)?(?:reading|readings|survey|poll|polls|"
    r"total|totals|level|levels|rise|fall|drop|decline|increase|gain|jump|slump|surge|meeting|session|deadline|issue|"
    r"edition|storms?|floods?|frosts?|rainfall|heatwave)\b)")


def _month_before_noun(word: str, text: str, end: int) -> bool:
    """ "the March accession": a capitalised month, then a lowercase word that is no preposition or verb."""
    return word[0].isupper() and word[1:2].islower() and bool(re.match(r"^\s+[a-z]{3,}\b", text[end:end + 20])) \
        and not _NOT_AFTER_A_MONTH.match(text[end:end + 20])


@rule(rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|past|coming|previous|following))\s+)?{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w|-(?!{MON}))", priority=1, trigger=T_MON)
def bare_month(m: re.Match[str], text: str) -> Cand | None:
    word = m["mon"]
    before = text_before(text, m.start())
    if m["rel"] and re.match(r"^\.?\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))", text[m.end():m.end() + 6]):
        return None  # "last Oct. 23", "last Sept. 23" (the full-name alternative stops before the
        # dot): the month-day is the expression, read by its tense
    strong = bool(m["rel"] or m["mod"] or _MONTH_PREP.search(before))
    # "for May or June 2011": the month coordinated with a dated month is a month too
    strong = strong or bool(re.match(rf"[ \t]+(?:and|or)[ \t]+{MON}[ \t]*(?:{YEAR}|{DAY}\b)", text[m.end():m.end() + 24]))
    # "May through July 2024", "March-June": the first end of a range of months is a month too
    strong = strong or bool(re.match(rf"[ \t]*(?:[-–—]|(?:to|through|thru|until|till)\b)[ \t]*(?:early[ \t]+|late[ \t]+|mid-?)?{MON}",
                                     text[m.end():m.end() + 24]))
    # "during April, May and June", "in March or May": a month listed with another month is a month
    strong = strong or bool(re.search(rf"{MON_FULL}[ \t]*(?:,|and|or)[ \t]*\Z", before))
    # "despite it being May.", "the index for May came in at 98": mid-sentence after a lowercase word
    # (not "Theresa May."), a capitalised month that ends a clause or is the subject of a past verb;
    # the modal is followed by neither, and after a determiner it is a name ("along the March.")
    strong = strong or bool(word in ("May", "March") and re.search(r"\b[a-z]+[ \t]+\Z", before)
                            and not _MONTH_ADJECTIVE.search(before) and re.match(
        r"(?:[ \t]*(?:[,;:!?)]|\.(?![ \t]*[a-z]))(?!\w)|[ \t]+(?:was|came|saw|brought|ended|began|marked|proved|turned|opened|closed)\b)",
        text[m.end():m.end() + 12]))
    # "May durable goods orders", "Economists expect March consumer prices to rise": a capitalised
    # month right before a statistic's name labels it (the modal and the verb take no such object);
    # not after a capitalised word ("Theresa May"), which makes it a name, nor in a title-case
    # headline ("Banks May Report Losses")
    strong = strong or bool(word in ("May", "March") and STATISTIC_AFTER.match(text, m.end())
                            and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 3])
                            and not re.search(r"\b[A-Z][a-z]+[ \t]+\Z", before))
    # "March's figures", "May's reading came in higher": a possessive month before a statistic or a
    # period's measure owns it, as "the March figures" labels it; not after a capitalised word
    # ("Theresa May's speech") and not before words a person owns ("May's government")
    strong = strong or bool(word in ("May", "March") and _POSSESSIVE_MEASURE.match(text, m.end())
                            and not re.search(r"\b[A-Z][a-z]+[ \t]+\Z", before))
    # "1870 – moved to the canal.\nMarch – lit the new furnace.": a month opening its line with a dash or
    # a colon after it labels a dated line of a chronology (the verb and the modal take no such mark)
    strong = strong or bool(re.fullmatch(r"[ \t*•#-]*", before[before.rfind("\n") + 1:])
                            and re.match(r"[ \t]*(?:[-–—]|:)[ \t]", text[m.end():m.end() + 4]))
    if word.lower().rstrip(".") in ("may", "march"):
        if not strong and not (_MONTH_ADJECTIVE.search(before) and _month_before_noun(word, text, m.end())):
            return None
        if re.match(r"^\s+(?:be|have|not|also|well|never|still|soon|only|yet|even|just|help|lead|want|need|face|get|see|seem|take|make|come|go|use|cause|try|become|find|give|say|do)\b", text[m.end():m.end() + 12]):
            return None
    elif not (m["rel"] or m["mod"] or re.search(r"(?i)\b(?:in|since|until|by|during|of|from|through|before|after|early|late)\s+$", before)) and re.match(r"^\s*[A-Z][a-z]", text[m.end():m.end() + 3]) and word[0].isupper() and word.lower() in ("june", "april", "august"):
        return None  # a first name: "April Smith"
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    if rel == "following":
        if not re.search(r"(?i)\bthe\s+$", before):
            return None  # "following June's vote" is no month of its own; "the following June" is
        rel = "next"  # the month after the time just told, as "the next May" is
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=month_number(word)), mod=timex_mod(m["mod"]), rel=rel)


@rule(rf"(?<![\w$€£#.,/-]){MODP}(?P<fy>(?i:fiscal(?:\s+year)?|FY|the\s+year(?:\s+of\s+(?:our|the)\s+Lord)?|calendar(?:\s+year)?)\s*)?(?P<year>{YEAR})(?!(?!\s*\n[ \t]*[-–][ \t])\s*[-–/]\s*\d)", priority=0, trigger=r"\d{4}")
def bare_year(m: re.Match[str], text: str) -> Cand | None:
    """A year alone ("in 2019", a chronicle's "in the year of our Lord 1104"); not the first year of a
    range ("2009-15"), but a year whose line is followed by a list's dashed entry ("- 2009" / "- 2015")
    is one of its own."""
    ys, ye = m.span("year")
    if not plausible_year(text, ys, ye, strong_context=bool(m["fy"] or m["mod"])):
        return None
    if re.match(r"^\s*(?:BC|B\.C\.|BCE|AD|A\.D\.|bce?\b|b\.c\.)", text[ye:ye + 6]):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["year"])), mod=timex_mod(m["mod"]))


@rule(r"(?<![\w$])(?P<approx>(?i:about|around|circa|c\.|ca\.|approximately|roughly))[ \t]+(?P<year>\d{4})"
      r"(?:[ \t]*(?P<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE)\b)?(?![\w%]|[.,:/-]\d|[ \t]*[-–][ \t]*\d)",
      priority=3, trigger=r"(?i:about|around|circa|c\.|ca\.|approximately|roughly)[ \t]+\d{4}")
def approximate_year(m: re.Match[str], text: str) -> Cand | None:
    """ "about 1860", "around 1200 BC", "circa 1450", "c. 1700": one expression, the year with its
    hedge (TIMEX3 mod APPROX), as the gold's writers mark it every time; read as a bare year, the hedge
    fell outside the span. Not a count ("about 1500 people": the number's neighbours say so)."""
    ys, ye = m.span("year")
    era = m["era"]
    if era is None and not plausible_year(text, ys, ye):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["year"]), bc=bool(era) and era.upper().startswith("B")),
                mod="APPROX")


#: the words that number a law, a ruling or a file by its count in a year ("Law 11/2020", "Case C-03/2017")
_NUMBERED_IN_A_YEAR = re.compile(r"(?i)(?:\b(?:law|act|decree|regulation|directive|resolution|order|case|ref|reg|file|"
                                 r"circular|notice|decision|opinion|report|bill|ordinance|statute)\.?|[A-Z]-|[/.])[ \t]*\Z")


@rule(r"(?<![\w/.,])(?P<mon>0[1-9]|1[0-2]|[1-9])/(?P<year>1[89]\d\d|20\d\d)(?![\w/.]\d|\d|/)", priority=3, trigger=r"\d/(?:1[89]|20)\d\d")
def numeric_month_year(m: re.Match[str], text: str) -> Cand | None:
    """ "03/2017 – 11/2020", "since 9/2019": a month and year in figures, as CVs, forms and card
    expiry dates write them; not a number of a law or a file counted within its year ("Law 11/2020")."""
    before = text_before(text, m.start(), 24)
    if numbers_a_part(before) or _NUMBERED_IN_A_YEAR.search(before):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["year"]), month=int(m["mon"])))


#: a year or a month and year that a range starts from: "2019", "Jan 2020", "03/2017", "'19"
_RANGE_START_BEFORE = re.compile(rf"(?:\b(?:1\d{{3}}|20\d\d)|\b\d{{1,2}}/(?:1\d{{3}}|20\d\d)|{MON}\.?\s+(?:1\d{{3}}|20\d\d))\s*\Z")


@rule(r"(?P<pre>(?:[-–—]|\b(?i:to|until|till))[ \t]*)(?P<w>(?i:present|now|date))\b", priority=2,
      trigger=r"(?i:[-–—]\s*(?:present|now|date)|\b(?:to|until|till)\s+(?:present|now|date))")
def present_ending_a_range(m: re.Match[str], text: str) -> Cand | None:
    """ "2019–present", "Jan 2020 - now", "2015 to date": a CV's or a biography's stretch still going,
    its end the present (PRESENT_REF); only after a year or a month and year, so "to date" alone
    (a duration's idiom) and "up to now" stay the other rules'."""
    if not _RANGE_START_BEFORE.search(text_before(text, m.start(), 24)):
        return None
    return Cand(m.start("w"), m.end("w"), "ref", value="PRESENT_REF")


# neither end inside a numeric date: "from 04/03/2026 to 31/12/2026" holds no "2026 to 31"
@rule(r"(?<![\w$#/])(?<!\d\.)(?P<a>1\d{3}|20\d{2})\s*(?:-|–|—|/|\s+to\s+)\s*(?P<b>1\d{3}|20\d{2}|\d{2})(?![\d%]|[/.]\d)", priority=6, trigger=r"\d{4}")
def year_range(m: re.Match[str], text: str) -> Cand | None:
    a, braw = int(m["a"]), m["b"]
    b = int(braw) if len(braw) == 4 else (a // 100) * 100 + int(braw)
    if len(braw) == 2 and b <= a:
        return None  # "2015-10" is a month, not a range
    if b <= a or b - a > 200 or numbers_a_part(text_before(text, m.start())) or MONEY_BEFORE.search(text_before(text, m.start())):
        return None
    if COUNT_AFTER.match(text_after(text, m.end())):
        return None
    first = Cand(m.start("a"), m.end("a"), "abs", spec=Spec("Y", year=a))
    second = Cand(m.start("b"), m.end("b"), "abs", spec=Spec("Y", year=b))
    return range_of(first, second)


# (no digit right before the first day: the "23" ending "1 November 2023 and 28 February 2024" is a year's)
@rule(rf"(?:(?P<wd1>{WDAY_ANY}),?\s+(?={DAY}\s*(?:[-–]|\bto\b)))?(?<![\d.,])(?P<d1>{DAY})\s*(?:(?:[-–]|\bto\b)\s*(?:(?P<wd2>{WDAY_ANY}),?\s+)?|(?:\band\b|&)\s*)(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?", priority=6, trigger=T_MON)
def day_day_month(m: re.Match[str], text: str) -> Cand | None:
    """ "3-5 May 2020", "14 to 16 November"; a listing's days with their weekdays, "Fri 14 – Sun 16
    November", "Thursday 13 to Saturday 15 November" (the first day, read apart, was a bare weekday);
    a list's "Tuesday 5 and Thursday 7 February" keeps its weekdays apart, as before."""
    if m["wd1"] and not m["wd2"]:
        return _days_of_one_month(m, m.start("d1"))
    if not m["wd1"] and _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "Update 4 - 17 November 2027": the 4 numbers the update; the date is 17 November
    return _days_of_one_month(m, m.start())


#: a numbered part of a page whose number a dash or a colon parts from a date ("Update 4 - 17 November",
#: "Stage 3 – 9 July", "Day 2 - 14 March"): the number is the label's, so no range starts there
_LABEL_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:{lx.alternatives(lx.NUMBERED_PART_LABELS)}|No\.?|Number)[ \t]+\Z", re.IGNORECASE)


@rule(rf"(?P<mon>{MON})\s*(?P<d1>{DAY})\s*(?:[-–]|\bto\b|\band\b|&)\s*(?P<d2>{DAY})(?![\d,.]\d)(?:,?\s+(?P<year>{YEAR}))?", priority=6, trigger=T_MON)
def month_day_day(m: re.Match[str], text: str) -> Cand | None:
    if re.search(r"(?i)and|&|to", text[m.end("d1"):m.start("d2")]) and not m["year"] and re.match(
            r"^\s+(?!(?:in|at|on|when|while|as|and|but|after|before|the|to|with|of|for|this|that)\b)[a-z]", text[m.end():m.end() + 12]):
        return None  # "May 3 and 4 others": a count, not a second day
    return _days_of_one_month(m, m.start())


def _days_of_one_month(m: re.Match[str], first_start: int) -> Cand | None:
    """The range from day ``d1`` (its expression starting at ``first_start``) to day ``d2`` of the month
    ``mon``, in ``year`` when written: "3-5 May 2020", "May 3 to 5". None when the second day does not
    come after the first or is none of that month's. WHY one helper: the day-first and month-first
    orders differ only in where the first end's expression starts."""
    mo, d1, d2 = month_number(m["mon"]), day_number(m["d1"]), day_number(m["d2"])
    y = int(m["year"]) if m["year"] else None
    if d2 <= d1 or not valid_day(2000 if y is None else y, mo, d2):  # (2000: a yearless 29 February may be)
        return None
    kind = "under" if y is None else "abs"
    first = Cand(first_start, m.end("d1"), kind, spec=Spec("D", year=y, month=mo, day=d1))
    second_start = m.start("wd2") if "wd2" in m.re.groupindex and m["wd2"] else m.start("d2")
    second = Cand(second_start, m.end(), kind, spec=Spec("D", year=y, month=mo, day=d2))
    return range_of(first, second)
