"""The general rules: calendar dates, periods (decades, centuries, seasons, quarters), expressions
relative to the document date, weekdays and clock times, durations and sets, business periods,
spoken years and holidays.
"""

from __future__ import annotations

import calendar
import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import (
    DAY, MODP, MON, MON_FULL, NUM, ORD, SEASON, T_CLOCK, T_PERIOD_WORDS, UNIT, WDAY, WDAY_ANY, YEAR,
    _COUNT_AFTER, _I, _MONEY_BEFORE, _SERIES, _T_MON, _T_UNIT, _T_WDAY, _after, _before, _day, _mod,
    _month, _plausible_year,
)
from explorer.temporal.grammar.match_play import is_match_period
from explorer.temporal.grammar.registry import Cand, range_of, rule
from explorer.temporal.normalize import Spec, duration_value, valid_day

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
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if m[2] == ".":
        a, b = b, a  # 13.10.2015 is day.month.year
    mo, d = (b, a) if a > 12 else (a, b)  # 10/13/2015 month first unless impossible
    if not valid_day(year, mo, d) or _SERIES.search(_before(text, m.start())):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=year, month=mo, day=d))


# "17-08-2020", "1-26-2019": a page's stamp or an ordinance's date with dashes. Only with a four-digit
# year of this or the last century, so "3-1-2" scores, "1-800-555" numbers and "2-3-1" formations stay
# out. Day first unless impossible: the dashed form is the day-month-year stamp of news sites outside
# the US ("Updated: 29-03-2022 18:49 IST"); the US writes its month-first dates with slashes.
NUMERIC_DASH = r"(?<![\d\-/.–])(?P<da>\d{1,2})-(?P<db>\d{1,2})-(?P<dy>(?:1[89]|20)\d\d)(?![\d\-–]|\.\d)"
# "2017/09/07", "2017.09.07": year first, as East Asian pages and logs print it.
# With dots both parts have two digits: "2019.1.2" is a version number.
YEAR_FIRST = (r"(?<![\d\-/.])(?P<yy>(?:1[89]|20)\d\d)(?:/(?P<ym>\d{1,2})/(?P<yd>\d{1,2})|\.(?P<ym2>\d\d)\.(?P<yd2>\d\d))"
              r"(?![\d/]|\.\d)")


def numeric_day(m: re.Match[str]) -> Spec | None:
    """The day of a NUMERIC_DASH or YEAR_FIRST match, None when there is no such day."""
    if m["dy"]:
        a, b, y = int(m["da"]), int(m["db"]), int(m["dy"])
        d, mo = (b, a) if b > 12 else (a, b)
    else:
        y, mo, d = int(m["yy"]), int(m["ym"] or m["ym2"]), int(m["yd"] or m["yd2"])
    return Spec("D", year=y, month=mo, day=d) if valid_day(y, mo, d) else None


@rule(rf"{NUMERIC_DASH}|{YEAR_FIRST}", priority=4, trigger=r"\d-\d{1,2}-[12]\d\d\d|[12]\d\d\d[/.]\d")
def numeric_date_dashed(m: re.Match[str], text: str) -> Cand | None:
    spec = numeric_day(m)
    if spec is None or _SERIES.search(_before(text, m.start())):
        return None
    return Cand(m.start(), m.end(), "abs", spec=spec)


# a lower-case word right after "<Month> the <nth>" that no date is followed by: the ordinal is its noun's
_ORDINAL_BEFORE_NOUN = re.compile(
    r"[ \t]+(?!(?:and|or|at|to|from|until|till|in|on|when|for|of|with|by|against|after|before|as|the|this|next|last|"
    r"he|she|they|it|we|i|is|was|will|would|at)\b)[a-z]")


@rule(rf"(?:(?P<wd>{WDAY_ANY}),?\s+|(?P<this>[Tt]his)\s+)?{MODP}(?P<mon>{MON})(?:\s*|\s+the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b))(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR})(?:,[ \t]+(?P<twd>{WDAY}))?|(?=[^\d]|$))", priority=3, trigger=_T_MON)
def month_day_year(m: re.Match[str], text: str) -> Cand | None:
    mo, d = _month(m["mon"]), _day(m["day"])
    if not m["year"] and re.search(r"(?i)\sthe\s", text[m.end("mon"):m.start("day")]) and _ORDINAL_BEFORE_NOUN.match(text, m.end()):
        return None  # spoken "March the 2nd" is a day; "in March the 3rd battalion left" an ordinal before its noun
    if m["year"]:
        y = int(m["year"])
        if not valid_day(y, mo, d):
            return _impossible_day(m, y, mo)
        end = m.end()
        if m["twd"] and (lx.WEEKDAYS[m["twd"].lower()] != calendar.weekday(y, mo, d)
                         or not re.match(r"\s*(?:[,.;:)]|$)", text[end:end + 2])):
            end = m.end("year")  # "Feb. 25, 2009, Monday": the day's own weekday after it is part of it, any other is not
        return Cand(m.start(), end, "abs", spec=Spec("D", year=y, month=mo, day=d), mod=_mod(m["mod"]))
    if not valid_day(2000, mo, d):
        return None
    if not m["wd"] and m["mon"] in ("Jun", "Jan") and re.search(r"\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?\Z", _before(text, m.start(), 24)) \
            and not re.search(rf"(?:{WDAY_ANY}|{MON})\s+\Z", _before(text, m.start(), 14)):
        return None  # "Lester Koh Jia Jun 2": a given name, then a number
    if m["mon"].rstrip(".") in ("May", "March", "MAY", "MARCH") and re.match(r"^\s*(?:%|[-–]\d|\d*\s*(?:percent|people|of\b))", text[m.end():m.end() + 12]):
        return None
    wd = lx.WEEKDAYS.get(m["wd"].rstrip(".").lower()) if m["wd"] else None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=wd), mod=_mod(m["mod"]))


@rule(rf"(?:(?P<wd>{WDAY_ANY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?", priority=3, trigger=_T_MON)
def day_month_year(m: re.Match[str], text: str) -> Cand | None:
    mo, d = _month(m["mon"]), _day(m["day"])
    if _SERIES.search(_before(text, m.start())) or re.search(r"[\d.,]\Z", _before(text, m.start("day"))):
        return None
    if m["mon"].startswith(("May", "March", "MAY", "MARCH")) and not m["year"] and not re.match(r"(?i)\d+(st|nd|rd|th)", m["day"]) \
            and not m["wd"] and not re.search(r"(?:^|\n)[ \t]*\Z", _before(text, m.start())):
        # "set for 12 May", "due 12 May", "until about 12 May": a preposition or a date's hedge
        if not re.search(r"(?i)\b(?:on|by|until|till|through|from|since|of|the|to|and|before|after|for|due|around|about)\s+$",
                         _before(text, m.start())) \
                and not re.match(r"^\s*[-–]\s*\d", text[m.end():m.end() + 4]):
            return None  # "5 may" is rarely a date without a preposition (but "(21 March - 21 June 1952)")
    if m["year"]:
        y = int(m["year"])
        if not valid_day(y, mo, d):
            return _impossible_day(m, y, mo)
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d))
    if not valid_day(2000, mo, d):
        return None
    wd = lx.WEEKDAYS.get(m["wd"].rstrip(".").lower()) if m["wd"] else None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d, weekday=wd))


def _impossible_day(m: re.Match[str], y: int, mo: int) -> Cand | None:
    """"February 30, 2019": the month and year the writer gave, as a month (the day cannot be), so
    the words are not read as a bare "February" in another year plus "2019"."""
    if not 1 <= y <= 9999:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=y, month=mo))


@rule(rf"{MODP}(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})", priority=2, trigger=_T_MON)
def month_year(m: re.Match[str], text: str) -> Cand | None:
    if re.match(r"^(?:\d|,\d)", text[m.end():m.end() + 2]):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["year"]), month=_month(m["mon"])), mod=_mod(m["mod"]))


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


def _month_before_noun(word: str, text: str, end: int) -> bool:
    """ "the March accession": a capitalised month, then a lowercase word that is no preposition or verb."""
    return word[0].isupper() and word[1:2].islower() and bool(re.match(r"^\s+[a-z]{3,}\b", text[end:end + 20])) \
        and not _NOT_AFTER_A_MONTH.match(text[end:end + 20])


@rule(rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|past|coming|previous|following))\s+)?{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w|-(?!{MON}))", priority=1, trigger=_T_MON)
def bare_month(m: re.Match[str], text: str) -> Cand | None:
    word = m["mon"]
    before = _before(text, m.start())
    if m["rel"] and re.match(r"^\.?\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))", text[m.end():m.end() + 6]):
        return None  # "last Oct. 23", "last Sept. 23" (the full-name alternative stops before the
        # dot): the month-day is the expression, read by its tense
    strong = bool(m["rel"] or m["mod"] or _MONTH_PREP.search(before))
    # "for May or June 2011": the month coordinated with a dated month is a month too
    strong = strong or bool(re.match(rf"[ \t]+(?:and|or)[ \t]+{MON}[ \t]*(?:{YEAR}|{DAY}\b)", text[m.end():m.end() + 24]))
    # "despite it being May.", "the index for May came in at 98": mid-sentence after a lowercase word
    # (not "Theresa May."), a capitalised month that ends a clause or is the subject of a past verb;
    # the modal is followed by neither, and after a determiner it is a name ("along the March.")
    strong = strong or bool(word in ("May", "March") and re.search(r"\b[a-z]+[ \t]+\Z", before)
                            and not _MONTH_ADJECTIVE.search(before) and re.match(
        r"(?:[ \t]*(?:[,;:!?)]|\.(?![ \t]*[a-z]))(?!\w)|[ \t]+(?:was|came|saw|brought|ended|began|marked|proved|turned|opened|closed)\b)",
        text[m.end():m.end() + 12]))
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
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=_month(word)), mod=_mod(m["mod"]), rel=rel)


@rule(rf"(?<![\w$€£#.,/-]){MODP}(?P<fy>(?i:fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?)\s*)?(?P<year>{YEAR})(?!\s*[-–/]\s*\d)", priority=0, trigger=r"\d{4}")
def bare_year(m: re.Match[str], text: str) -> Cand | None:
    ys, ye = m.span("year")
    if not _plausible_year(text, ys, ye, strong_context=bool(m["fy"] or m["mod"])):
        return None
    if re.match(r"^\s*(?:BC|B\.C\.|BCE|AD|A\.D\.)", text[ye:ye + 6]):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["year"])), mod=_mod(m["mod"]))


@rule(r"(?<![\w$#])(?P<a>1\d{3}|20\d{2})\s*(?:-|–|—|/|\s+to\s+)\s*(?P<b>1\d{3}|20\d{2}|\d{2})(?![\d%])", priority=6, trigger=r"\d{4}")
def year_range(m: re.Match[str], text: str) -> Cand | None:
    a, braw = int(m["a"]), m["b"]
    b = int(braw) if len(braw) == 4 else (a // 100) * 100 + int(braw)
    if len(braw) == 2 and b <= a:
        return None  # "2015-10" is a month, not a range
    if b <= a or b - a > 200 or _SERIES.search(_before(text, m.start())) or _MONEY_BEFORE.search(_before(text, m.start())):
        return None
    if _COUNT_AFTER.match(_after(text, m.end())):
        return None
    first = Cand(m.start("a"), m.end("a"), "abs", spec=Spec("Y", year=a))
    second = Cand(m.start("b"), m.end("b"), "abs", spec=Spec("Y", year=b))
    return range_of(first, second)


@rule(rf"(?P<d1>{DAY})\s*(?:[-–]|\bto\b|\band\b|&)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?", priority=6, trigger=_T_MON)
def day_day_month(m: re.Match[str], text: str) -> Cand | None:
    mo, d1, d2 = _month(m["mon"]), _day(m["d1"]), _day(m["d2"])
    if d2 <= d1 or not valid_day(2000, mo, d2):
        return None
    kind = "abs" if m["year"] else "under"
    y = int(m["year"]) if m["year"] else None
    first = Cand(m.start("d1"), m.end("d1"), kind, spec=Spec("D", year=y, month=mo, day=d1))
    second = Cand(m.start("d2"), m.end(), kind, spec=Spec("D", year=y, month=mo, day=d2))
    return range_of(first, second)


@rule(rf"(?P<mon>{MON})\s*(?P<d1>{DAY})\s*(?:[-–]|\bto\b|\band\b|&)\s*(?P<d2>{DAY})(?![\d,.]\d)(?:,?\s+(?P<year>{YEAR}))?", priority=6, trigger=_T_MON)
def month_day_day(m: re.Match[str], text: str) -> Cand | None:
    mo, d1, d2 = _month(m["mon"]), _day(m["d1"]), _day(m["d2"])
    if d2 <= d1 or not valid_day(2000, mo, d2):
        return None
    if re.search(r"(?i)and|&|to", text[m.end("d1"):m.start("d2")]) and not m["year"] and re.match(
            r"^\s+(?!(?:in|at|on|when|while|as|and|but|after|before|the|to|with|of|for|this|that)\b)[a-z]", text[m.end():m.end() + 12]):
        return None  # "May 3 and 4 others": a count, not a second day
    kind = "abs" if m["year"] else "under"
    y = int(m["year"]) if m["year"] else None
    first = Cand(m.start(), m.end("d1"), kind, spec=Spec("D", year=y, month=mo, day=d1))
    second = Cand(m.start("d2"), m.end(), kind, spec=Spec("D", year=y, month=mo, day=d2))
    return range_of(first, second)


# -- decades, centuries, seasons, quarters ------------------------------------------------------

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


_POSSESSED = re.compile(
    r"(?i)\s+(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|fiscal|quarter|half|budget|results|earnings|"
    r"elections?|season|campaign|levels?|total|figures?|record|crash|summit|census|sales|profit|loss|deficit|"
    r"output|revenue|harvest|drought|war|games|olympics|model)\b")


@rule(rf"(?:(?P<the>the)\s+)?{MODP}(?:(?P<dec>1\d\d|20\d)0'?s|'(?P<short>\d)0s|(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b", _I, priority=2, trigger=r"\d0\'?s\b|(?i:ties\b)")
def decade(m: re.Match[str], text: str) -> Cand | None:
    if m["dec"] and m[0].endswith("'s") and not (m["the"] or m["mod"]) and _POSSESSED.match(text, m.end()):
        # "1990's first quarter", "1988's drought": a year's, not the decade
        return Cand(m.start(), m.end() - 2, "abs", spec=Spec("Y", year=int(m["dec"]) * 10))
    if m["dec"]:
        s = m[0]
        if re.search(r"\d00'?s$", s) and not re.search(r"\d000'?s$", s):
            c = int(m["dec"]) // 10
            return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=c), mod=_mod(m["mod"]))
        return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=int(m["dec"])), mod=_mod(m["mod"]))
    if m["word"] and not (m["the"] or m["mod"]):
        return None  # "in her forties" is an age
    d = int(m["short"]) if m["short"] else _DECADE_WORDS[m["word"].lower()]
    return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=190 + d), mod=_mod(m["mod"]))


#: a possessive pronoun or "a"/"another" before a low ordinal century noun: "the club enters its
#: second century", "a second century of service" count an institution's own hundred years; the
#: adjective ("a second-century fort", "its 12th-century walls") is the calendar's
_OWN_CENTURY_BEFORE = re.compile(r"(?i)\b(?:its|their|our|his|her|your|my|a|another)\s+$")
#: ... said as a noun: what follows ends the phrase or opens the next one ("its second century of
#: service", "its first century as a school"); before a noun ("a 21st century economy") it is the
#: calendar's adjective
_OWN_CENTURY_AFTER = re.compile(r"(?i)\s*(?:[.,;:!?)]|$|(?:of|as|in|on|at|and|next|this|since|with|for|to|was|is|will|"
                                r"has|had|began|begins|ended|ends|starts|started)\b)")


@rule(rf"(?:the\s+)?{MODP}(?<![\w-])(?P<n>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century(?:\s+(?P<era>BCE|BC|AD|B\.C\.(?:E\.)?|A\.D\.|CE|C\.E\.)(?![\w]))?", _I, priority=2, trigger=r"(?i:centur)")
def century(m: re.Match[str], text: str) -> Cand | None:
    w = m["n"].lower()
    n = lx.ORDINALS.get(w) or (int(re.sub(r"\D", "", w)) if re.sub(r"\D", "", w) else 0)
    if n <= 0 or n > 99:
        return None
    if not m["era"] and not m["mod"] and n <= 4 and not m[0].lower().startswith("the") \
            and _OWN_CENTURY_BEFORE.search(_before(text, m.start(), 40)) and _OWN_CENTURY_AFTER.match(text, m.end()):
        # "the club enters its second century": a hundred years counted from its founding, no
        # calendar century
        return Cand(m.start(), m.end(), "dur", "DURATION", value="P100Y")
    bc = bool(m["era"] and m["era"].upper().startswith("B"))
    if bc:
        return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=n - 1, bc=True), value=f"BC{n - 1:02d}")
    return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=n - 1), mod=_mod(m["mod"]))


_CENTURY_ORD = rf"(?:{ORD}|\d{{1,2}}(?:st|nd|rd|th))"


@rule(rf"(?:the\s+)?(?<![\w-])(?P<a>{_CENTURY_ORD})\s*(?:-|–|\bto\b|\band\b|\bor\b|\bthrough\b)\s*(?:the\s+)?(?P<b>{_CENTURY_ORD})[-\s]+centuries"
      rf"(?:\s+(?P<era>BCE|BC|AD|B\.C\.(?:E\.)?|A\.D\.|CE|C\.E\.)(?![\w]))?", _I, priority=3, trigger=r"(?i:centur)")
def century_range(m: re.Match[str], text: str) -> Cand | None:
    """ "the 2nd to 4th centuries", "the 12th and 13th centuries", "the 5th-3rd centuries BC": the
    plural noun and the era belong to both ordinals, so each end is a century of its own (TimeML marks
    the two ends apart); an ordinal alone would otherwise be read as a day of the month."""
    ends = []
    for g in ("a", "b"):
        w = m[g].lower()
        n = lx.ORDINALS.get(w) or (int(re.sub(r"\D", "", w)) if re.sub(r"\D", "", w) else 0)
        if n <= 0 or n > 99:
            return None
        ends.append(n)
    bc = bool(m["era"] and m["era"].upper().startswith("B"))
    if ends[0] == ends[1] or (ends[0] < ends[1]) == bc:
        return None  # BC centuries count down, the others up
    first = Cand(m.start(), m.end("a"), "abs", spec=Spec("CE", century=ends[0] - 1, bc=bc),
                 value=f"BC{ends[0] - 1:02d}" if bc else None)
    second = Cand(m.start("b"), m.end(), "abs", spec=Spec("CE", century=ends[1] - 1, bc=bc),
                  value=f"BC{ends[1] - 1:02d}" if bc else None)
    return range_of(first, second)


#: what a season's name can name instead of the season
_SEASON_THING = re.compile(r"(?i)[ \t]+(?:Olympics?|Paralympics?|Games|water|rolls?|onions?|chickens?)\b")


@rule(rf"(?:(?P<the>the|this|last|next|that|this\s+past|past|coming)\s+)?{MODP}(?P<season>{SEASON})(?:(?:\s+of)?\s+(?P<year>{YEAR})|\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year)?(?![\w-])", _I, priority=2, trigger=r"(?i:spring|summer|autumn|winter|fall)")
def season(m: re.Match[str], text: str) -> Cand | None:
    s = lx.SEASONS[m["season"].lower()]
    det = (m["the"] or "").lower()
    if m["season"].lower() == "fall" and not (det or m["year"] or m["mod"]):
        return None  # "prices fall"
    if m["season"].lower() == "fall" and re.match(r"^\s+(?:of|from)\s+(?!\d)", text[m.end():m.end() + 8]) and not m["year"]:
        return None  # "the fall of Baghdad"
    # "hues of Spring", "from Spring's florals": a capitalised season after a preposition, with no
    # name going on after it ("Winter Park", "Operation Winter Storm" stay names)
    cap_after_prep = m["season"][0].isupper() and bool(re.search(
        r"(?i)\b(?:of|from|with|in|during|until|till|since|through|for)\s+$", _before(text, m.start(), 8))) and not re.match(
        r"(?:'s|’s)?\s+[A-Z]", text[m.end():m.end() + 4])
    if m["season"][0].isupper() and not (det or m["year"]) and m.start() > 0 and text[m.start() - 1] not in "\n\"“(":
        if not re.search(r"[.!?]\s+$", _before(text, m.start(), 3)) and not cap_after_prep:
            return None  # "Operation Winter"
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(m["year"]), season=s), mod=_mod(m["mod"]))
    if not m["mod"] and det in ("", "the") and _SEASON_THING.match(text, m.end()):
        return None  # "the Summer Olympics", "the spring water": an event's or a thing's name, no season
    bare_lower = m["season"].islower() and m["season"] != "fall" and (re.search(
        r"(?i)\b(?:in|of|during|by|until|till|since|through|throughout|before|after|last|next|this|that|the)\s+$", _before(text, m.start(), 12))
        or re.match(r"^[\s-]+(?:offensives?|counter-?offensives?|campaigns?|months|season|fighting)\b", text[m.end():m.end() + 20]) or not re.match(r"^[\s-]+(?:of\s+(?!\d)|[a-z]+(?:ed|ing)?\b(?<!\bwas)(?<!\bis)(?<!\bhad)(?<!\bwill)(?<!\band)(?<!\bor))", text[m.end():m.end() + 16]))
    if not (det or m["mod"] or bare_lower or cap_after_prep or re.search(r"(?i)\b(?:in|during|by|until|since|through|throughout|and|or)\s+$", _before(text, m.start()))):
        return None  # "spring" alone only when nothing makes it a noun's modifier ("summer camp")
    if bare_lower and re.search(r"(?i)\b(?:a|an|hot|mineral|box|coil|leaf|indian)\s+$", _before(text, m.start(), 10)):
        return None  # "a spring", "hot spring", "Indian summer"
    rel = det if det in ("this", "last", "next", "past", "coming", "this past") else None
    if det == "that":
        rel = "that_year"  # "that winter": the winter of the year just named
    if m["rel2"]:
        rel = m["rel2"].lower()
    return Cand(m.start(), m.end(), "under", spec=Spec("S", season=s), mod=_mod(m["mod"]), rel=rel)


@rule(rf"(?:the\s+)?(?P<season>winter)\s+(?:of\s+)?(?P<a>{YEAR})\s*[-–/]\s*(?P<b>\d{{2}}|{YEAR})(?![\d%])", _I, priority=7, trigger=r"(?i:spring|summer|autumn|winter|fall)")
def winter_of_years(m: re.Match[str], text: str) -> Cand | None:
    """ "the winter of 2011-12": the winter that starts in the first year (TimeML 2011-WI)."""
    a, b = int(m["a"]), int(m["b"][-2:])
    if b != (a + 1) % 100:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=a, season="WI"))


@rule(rf"(?P<year0>{YEAR})\s+(?P<season>spring|summer|autumn|winter)\b", _I, priority=2)
def year_season(m: re.Match[str], text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(m["year0"]), season=lx.SEASONS[m["season"].lower()]))


_QN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule(rf"(?:(?P<det>(?:the\s+)?(?P<y0>{YEAR})|the|this|that|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+(?:previous|prior|preceding)\s+year's|the\s+year-earlier|the\s+year-ago|the\s+same)\s+)?(?:(?:fiscal|calendar)[-\s]+)?(?:(?<![\w-])|(?<=fiscal-))(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter(?!s)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<ry>this|last|next)\s+year)|[ \t]+(?:fiscal[ \t]+)?(?P<y3>{YEAR})(?![\d,.]\d|[-–%]))?", _I, priority=3, trigger=r"(?i:quarter)")
def quarter(m: re.Match[str], text: str) -> Cand | None:
    q = _QN[m["q"].lower()]
    if m["y3"]:
        # "fourth quarter 2020 net income", "Third Quarter 2021 Earnings Call": the results' and
        # releases' way of writing "the fourth quarter of 2020", one expression
        return Cand(m.start(), m.end(), "abs", spec=Spec("Q", year=int(m["y3"]), quarter=q))
    if m["year"] or m["y0"]:
        # "the third quarter of 1988", and the reports' "the 1988 third quarter": one expression (but
        # "the 1988 third-quarter loss": the article belongs to the noun)
        start = m.start()
        if m["y0"] and "-" in text[m.end("q"):m.end()] and re.match(r"^\s+[a-z]", text[m.end():m.end() + 3]):
            start = m.start("y0")
        return Cand(start, m.end(), "abs", spec=Spec("Q", year=int(m["year"] or m["y0"]), quarter=q))
    det = (m["det"] or "").lower()
    if not m["ry"] and "year" not in det and not re.search(r"(?i)fiscal|calendar", m[0]) and is_match_period(text, m.start(), m.end()):
        return None  # "25 points in the decisive fourth quarter": a part of the game, no calendar quarter
    start = m.start()
    if det in ("the", "this", "that") and "-" in text[m.end("q"):m.end()] and re.match(r"^\s+[a-z]", text[m.end():m.end() + 3]):
        # "the third-quarter profit": the article belongs to the noun the quarter modifies
        start = m.start("q")
        if "fiscal" in text[m.start():m.start("q")].lower():
            start = m.start() + len(m["det"]) + 1
    rel = None
    if m["ry"] or "year" in det:
        w = (m["ry"] or det).lower()
        rel = "year-1" if any(k in w for k in ("last", "earlier", "ago", "previous", "prior", "preceding")) \
            else "year+1" if "next" in w else "year0"
    return Cand(start, m.end(), "under", spec=Spec("Q", quarter=q), rel=rel or "quarter")


@rule(rf"\bthe\s+(?P<mon>(?i:march|june|september|sept\.?|december))[ \t]+(?P<u>(?i:quarter|half))(?!s|[-\w])(?:\s+of\s+(?P<year>{YEAR}))?",
      priority=4, trigger=r"(?i:quarter|half)")
def month_named_period(m: re.Match[str], text: str) -> Cand | None:
    """ "the June quarter", "the September quarter of 2024", "the December half": the calendar quarter
    or half that ends in that month, as results written where the fiscal year is not the calendar's
    name them (a month that ends no calendar quarter names a fiscal one, and is left to the month)."""
    month = _month(m["mon"])
    if m["u"].lower() == "half":
        if month not in (6, 12):
            return None
        spec = Spec("H", half=month // 6)
    else:
        spec = Spec("Q", quarter=month // 3)
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=spec.with_(year=int(m["year"])))
    return Cand(m.start(), m.end(), "under", spec=spec, rel="quarter")


@rule(rf"(?<![\w$.,/-])(?P<q>[1-4])Q(?:[ \t]*(?P<y>{YEAR})|(?P<yy>\d\d))?(?![\w-])", priority=3, trigger=r"[1-4]Q")
def quarter_code_number_first(m: re.Match[str], text: str) -> Cand | None:
    """ "Intel's Rough 1Q", "4Q 2023", "2Q98": business news writes the quarter's number first."""
    q = int(m["q"])
    if m["y"] or m["yy"]:
        year = int(m["y"]) if m["y"] else _short_year(int(m["yy"]))
        return Cand(m.start(), m.end(), "abs", spec=Spec("Q", year=year, quarter=q))
    return Cand(m.start(), m.end(), "under", spec=Spec("Q", quarter=q), rel="quarter")


def _short_year(yy: int) -> int:
    """A two-figure year of a quarter code: this century below 50, the last one above."""
    return 2000 + yy if yy < 50 else 1900 + yy


@rule(rf"(?<!\w)(?:(?P<k1>[QH])(?P<q1>[1-4])(?:\s*|\s+of\s+(?:[Ff]iscal\s+|FY\s*)?)(?P<y1>{YEAR}|'\d\d)|(?P<y2>{YEAR})\s*[-/]?\s*(?P<k2>[QH])(?P<q2>[1-4]))\b", priority=3, trigger=r"[QH][1-4]")
def quarter_code(m: re.Match[str], text: str) -> Cand | None:
    """ "Q1 2019", "2018-Q3", "Q2 of Fiscal 2023", and the halves written the same way ("H1 2018",
    "2019 H2")."""
    q = int(m["q1"] or m["q2"])
    y = m["y1"] or m["y2"]
    year = 2000 + int(y[1:]) if y.startswith("'") else int(y)
    if (m["k1"] or m["k2"]) == "H":
        return Cand(m.start(), m.end(), "abs", spec=Spec("H", year=year, half=q)) if q <= 2 else None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Q", year=year, quarter=q))


#: what a quarter's figures are called: a bare "Q3" counts as the quarter only near such words
#: (elsewhere it is a question's number, "Q3. Name the capital", or a car, "the Audi Q3")
_QUARTER_FIGURES = re.compile(
    r"(?i)\b(?:revenues?|sales|earnings|profits?|results|income|loss(?:es)?|margins?|guidance|EPS|"
    r"shipments|deliveries|orders|bookings|growth|GDP|fiscal|quarters?|quarterly|dividends?|forecasts?|"
    r"outlook|estimates?|analysts?|shares?|investors?|reported|posted)\b")


@rule(r"(?<![\w$.,/-])Q(?P<q>[1-4])(?![\w-]|\.\s|\s*[:)]|\s+(?:of\s+)?(?:[Ff]iscal\s+|FY\s*)?(?:\d|'\d))", priority=2, trigger=r"Q[1-4]")
def quarter_code_bare(m: re.Match[str], text: str) -> Cand | None:
    """ "Q3 revenue", "In Q1, sales fell": a quarter code with no year names a quarter of the year
    the report speaks of, in finance writing only (see :data:`_QUARTER_FIGURES`)."""
    if re.search(r"(?:\bAudi|\bquestion|\bno\.?)\s*$", _before(text, m.start(), 12), re.IGNORECASE):
        return None
    near = _before(text, m.start(), 100) + " " + text[m.end():m.end() + 100]
    if not _QUARTER_FIGURES.search(near):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("Q", quarter=int(m["q"])), rel="quarter")


@rule(rf"(?:the\s+)?(?<![\w-])(?P<h>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?:(?P<year>{YEAR})|(?P<ry>this|last|next)\s+year|the\s+year)", _I, priority=3, trigger=r"(?i:half)")
def half(m: re.Match[str], text: str) -> Cand | None:
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("H", year=int(m["year"]), half=h))
    ry = (m["ry"] or "").lower()
    return Cand(m.start(), m.end(), "under", spec=Spec("H", half=h), rel="year-1" if ry == "last" else "year+1" if ry == "next" else "year0")


#: what a text says of a period's figures: a yearless "first half" there is half of a year
_PERIOD_FIGURES = re.compile(
    r"(?i)\b(?:profits?|sales|revenues?|earnings|results|(?:net\s+)?income|loss(?:es)?|growth|output|orders|exports|"
    r"imports|inflation|prices|dividends?|margins?|turnover|demand|economy|gdp|fiscal|quarter|deficit)\b")
#: ... and what it says of a game, whose halves are no dates
_GAME_WORDS = re.compile(
    r"(?i)\b(?:match|game|goals?|scored|scoring|kick-?off|minutes?|half-?time|innings|referee|penalty|whistle|"
    r"striker|midfield|pitch|team|side|points)\b")


@rule(r"(?:(?P<det>the|its|their|this|that|(?P<ago>(?i:the\s+year-(?:earlier|ago))))\s+)?(?<![\w-])(?P<h>(?i:first|second|1st|2nd|latter))(?P<hy>[-\s]+)(?i:half)\b(?![-\w]|\s+(?:of|an?|dozen)\b)",
      priority=2, trigger=r"(?i:half)")
def yearless_half(m: re.Match[str], text: str) -> Cand | None:
    """ "profit rose in the first half", "first-half revenue": half of the year the text is in (the
    report's, or the story's), where the text talks of a period's figures and not of a game."""
    around = text[max(0, m.start() - 160):m.end() + 160]
    if not _PERIOD_FIGURES.search(around) or _GAME_WORDS.search(around):
        return None
    if m["h"][0].isupper() and not m["det"] and m["hy"] == " " and not re.search(r"(?:^|[.!?]\s+|\n\s*)$", _before(text, m.start(), 4)):
        return None  # "Second Half Fund": a name
    start = m.start()
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["ago"]:
        # "the year-earlier first half": the same half a year before, one expression as "the
        # year-ago third quarter" is
        return Cand(start, m.end(), "under", spec=Spec("H", half=h), rel="year-1")
    if m["det"] and (m["det"].lower() not in ("the", "this", "that") or m["hy"].startswith("-")):
        start = m.start("h")  # "its first-half profit": the determiner belongs to the noun
    return Cand(start, m.end(), "under", spec=Spec("H", half=h), rel="quarter")


# -- relative to the document date --------------------------------------------------------------

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "the moment": "PRESENT_REF", "this time": "PRESENT_REF",
    "at this time": "PRESENT_REF", "so far": "PRESENT_REF", "to date": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "earlier": "PAST_REF", "in the past": "PAST_REF", "once": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF", "recent days": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "in the future": "FUTURE_REF", "the coming years": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF", "coming years": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming days": "FUTURE_REF",
    "the years ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF", "the recent past": "PAST_REF",
    "recent": "PAST_REF", "current": "PRESENT_REF", "as soon as possible": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "the coming quarters": "FUTURE_REF", "future quarters": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the days ahead": "FUTURE_REF",
    # "in recent decades", "over recent centuries", "in the coming decades": the long spans of science
    # and history writing, vague durations like "recent years"
    "recent decades": "PAST_REF", "recent centuries": "PAST_REF", "coming decades": "FUTURE_REF",
    "the coming decades": "FUTURE_REF",
    # "I met her the other day": a recent day the writer does not name, a vague past like "recently"
    "the other day": "PAST_REF",
}
_REF_OK = {"now", "right now", "currently", "nowadays", "at present", "presently", "these days", "recently",
           "lately", "the past", "the future", "the near future", "the recent past",
           "the coming years", "the coming months", "the coming weeks", "the coming days", "recent years",
           "recent months", "recent weeks", "recent days", "coming years", "coming months", "coming weeks",
           "coming days", "the years ahead", "the months ahead", "at this time", "current", "recent",
           "as soon as possible", "coming quarters", "the coming quarters", "future quarters",
           "the near term", "the short term", "the weeks ahead", "the days ahead", "recent decades",
           "recent centuries", "coming decades", "the coming decades", "the other day"}


@rule(rf"\b(?:{lx.alternation(sorted(_REF_OK))})\b", _I, priority=1)
def ref_word(m: re.Match[str], text: str) -> Cand | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    if w == "now" and re.match(r"^\s*(?:defunct|-)", text[m.end():m.end() + 9]):
        return None
    if w == "the other day" and re.search(r"(?i)\b(?:one|a|first)\s+day\b[^.;!?]{0,60}$", _before(text, m.start(), 70)):
        return None  # "one day it rained, the other day it snowed": the second of two days
    if w.endswith(" term") and text.startswith("-", m.end()):
        return None  # "the short-term debt": an adjective, no time
    if w in ("now", "currently") and text.startswith(",", m.end()) and re.search(r"(?:^|[.!?]\s*|\n\s*|[\"“'`]{1,2}\s*)$", _before(text, m.start(), 4)):
        # "Now, he says, ...": a sentence adverb set off by a comma frames the discourse rather
        # than pointing at the present (TimeML leaves it untagged); "For now," / "right now," stay
        return None
    if w == "the past" and re.match(r"^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)", text[m.end():m.end() + 9], _I):
        return None
    if w == "recently" and re.search(r"(?i)\bmost\s+$", _before(text, m.start(), 6)) and re.match(
            rf"^,?\s+(?:(?:in|on|at|last|this)\s+)?(?:{MON}|{WDAY}|{YEAR}|last|this|yesterday|today)", text[m.end():m.end() + 20]):
        return None  # "most recently last October": the date that follows is the expression
    if w == "so far" and not re.search(r"(?i)\b(?:has|have|had)\b", _before(text, m.start(), 80)):
        return None
    um = re.fullmatch(r"(?:the )?(?:recent|coming) (year|month|week|day|decade|centur)(?:s|ies)", w)
    if um:
        # TimeML reads "in recent years" / "in coming weeks" as a vague duration (PXY)
        return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(None, lx.UNITS[um[1].replace("centur", "century")][0]))
    if w == "current" and (re.match(r"(?i)^[\s-]+(?:account|assets?|liabilit|events|affairs|flows?|year|quarter|month|week|period|"
                                    r"fiscal|season|session|term|issue|edition|price|dollars|law|laws|rules?|system|"
                                    r"model|version|contract|level|rate|policy|situation)", text[m.end():m.end() + 14])
                           or re.search(r"(?i)\b(?:then|electric|alternating|direct|ocean|jet)[\s-]+$", _before(text, m.start(), 12))):
        return None  # "current account", "the then current price", "the current year" (handled as a year)
    if w == "current" and re.search(r"(?i)\b(?:my|your|its|our|their)\s+$", _before(text, m.start(), 8)):
        return None  # "my current obsession", "its current source": what one has, not when
    if w == "at this time":
        return Cand(m.start() + 3, m.end(), "ref", value="PRESENT_REF")
    return Cand(m.start(), m.end(), "ref", value=_REFS[w])


@rule(r"\bat\s+(?P<t>the\s+time)\b(?!\s+(?:of|when|being|in\s+which)\b|[-\w])", _I, priority=1, trigger=r"(?i:time)")
def at_the_time(m: re.Match[str], text: str) -> Cand | None:
    """ "At the time, the firm had 40 staff", "saying at the time he would withdraw": a time already
    past, named by what the text just told (TimeML marks "the time" PAST_REF); "at the time of the
    attack" is the attack's time, and no expression of its own."""
    if _opens_a_clause(m, text):
        return None
    return Cand(m.start("t"), m.end(), "ref", value="PAST_REF", rel="the time")


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s*|\n\s*|[\"“'`]{1,2}\s*)$")


def _opens_a_clause(m: re.Match[str], text: str) -> bool:
    """ "At the time the mine was sold, it employed 300 people": opening a sentence with no comma
    after it but one later before the sentence ends, "at the time" is the conjunction "when" and
    its clause the time meant (TimeML marks nothing); "At the time, ..." and a sentence with no
    comma ("At the time the mine employed 300 people.") keep the adverb."""
    if text[m.start()] != "A" or not _SENTENCE_START.search(_before(text, m.start(), 4)) or re.match(r"\s*,", text[m.end():m.end() + 3]):
        return False
    rest = re.match(r"[^.!?\n]*", text[m.end():m.end() + 300])
    return rest is not None and "," in rest[0]


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
             "the day after tomorrow": 2}


@rule(r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|yesterday|tomorrow|tonight)(?:'s)?\b", _I, priority=2)
def day_word(m: re.Match[str], text: str) -> Cand | None:
    w = re.sub(r"\s+", " ", m[0].lower()).removesuffix("'s")
    end = m.end() - (2 if m[0].lower().endswith("'s") else 0)
    if w == "today" and m[0].lower().endswith("'s") and re.match(
            r"(?i)\s+(?:(?:modern|young|global|fast-paced|changing|competitive|digital|complex)\s+)?(?:world|youth|society|generation|young|children|kids|"
            r"teens|teenagers|students|standards|culture|economy|technology|consumers|families|workplace|age|times|"
            r"(?:[\w-]+\s+)?computers|people)\b", text[end + 2:end + 32]):
        return None  # "today's youth", "in today's world": the present age, not the document's day
    if w == "tonight":
        return Cand(m.start(), end, "dct", "TIME", unit="D", n=0, value="NI")
    return Cand(m.start(), end, "dct", unit="D", n=_DAYWORDS[w])


_RELDIR = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
           "this past": -1, "this coming": 1, "the current": 0, "this current": 0}
_UNIT_GRAN = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "DE", "century": "CE"}


# a preposition of extent before "the past <unit>": the words measure a stretch of time
_EXTENT_BEFORE = re.compile(r"(?i)\b(?:over|during|for|throughout|across|through)\s+the\s+$")


@rule(r"\b(?P<dir>last|this\s+past|this\s+coming|this|next|the\s+current|current|past|previous|coming)\s+(?P<unit>day|week|weekend|month|quarter|year|decade|century)(?![\w-])", _I, priority=2, trigger=_T_UNIT)
def this_unit(m: re.Match[str], text: str) -> Cand | None:
    d = re.sub(r"\s+", " ", m["dir"].lower())
    unit = _UNIT_GRAN[m["unit"].lower()]
    before = _before(text, m.start())
    if re.search(r"\bThe\s+$", before) and d in ("next", "previous") or re.search(r"(?i)\bthe\s+$", before) and d == "previous":
        return None  # "The next year, ...", "the previous year": the year after/before the story's last date
    if d == "next" and unit in ("W", "M", "Y", "DE") and re.search(r"(?i)\bthe\s+$", before) \
            and not re.search(r"(?i)\b(?:for|over|during|within|in|throughout|through|into|of|across)\s+the\s+$", before):
        return None  # "dedicated the album to him the next year", "by the next month", "and the next week
        # the first flour went to market": the unit after the story's (or report's) last date, as
        # "the following year"; "for the next year", "over the next week" stay stretches
    the = re.search(r"(?i)\bthe\s+$", before)
    if the and d in ("past", "last") and unit in ("W", "M", "Q", "Y", "DE") and not re.match(r"^\s+(?:or\s+(?:so|two)|of)\b", text[m.end():m.end() + 8]) \
            and not (d == "past" and _EXTENT_BEFORE.search(before)):
        # "in the past year", "over the last decade": news annotation (TBAQ) reads the period just
        # before the report as a date, like "last year"; "over the past year", "during the past
        # month" name the stretch up to now, a duration (TimeML's P1Y, as "the past two years" is P2Y)
        return Cand(m.start() - len(the[0]), m.end(), "dct", unit=unit, n=-1, value="the past",
                    anchored_span="past")
    if re.search(r"(?i)\b(?:the|a|its|his|her|their|our|of\s+the)\s+$", before) and d in ("past", "last", "next", "coming", "previous") and unit != "D":
        # "the past year", "the next year": a duration of one unit
        return Cand(m.start() - len(re.search(r"(?i)the\s+$", before)[0]) if re.search(r"(?i)\bthe\s+$", before) else m.start(),
                    m.end(), "dur", "DURATION", value=duration_value(1, "D" if unit == "D" else ("W" if unit == "W" else unit)),
                    anchored_span={"past": "past", "last": "past", "previous": "past"}.get(d, "next"), unit=unit, n=1) if unit not in ("WE",) else None
    if d in ("past", "previous") and unit != "WE":
        return None
    if re.match(r"^\s+of\b", text[m.end():m.end() + 4]) and unit in ("week", "W"):
        return None
    if unit == "D" and d in ("this", "current"):
        return None
    if unit == "WE":
        rel = {"this past": "last", "past": "last", "previous": "last", "this coming": "coming",
               "current": "this", "the current": "this"}.get(d, d)
        return Cand(m.start(), m.end(), "dct", unit="WE", n=0, rel=rel)
    return Cand(m.start(), m.end(), "dct", unit=unit, n=_RELDIR[d])


#: a verb of how long (or "for") before a count: "wait 30 days before closing" is a stretch of time
_HOW_LONG_BEFORE = re.compile(
    r"(?i)\b(?:for|wait|waits|waited|waiting|take|takes|took|taking|last|lasts|lasted|spend|spends|spent|stay|stays|"
    r"stayed|remain|remains|remained)\s+$")


def _approx_mod(words: str | None) -> str | None:
    """The TIMEX3 mod of an approximation before a count ("well over" is "over": MORE_THAN)."""
    if not words:
        return None
    w = re.sub(r"^(?:just|only|well|a little|a bit) (?=\S+)", "", re.sub(r"\s+", " ", words.lower()))
    return lx.APPROX_MODS.get(w)


#: the value of an offset cand for "<n> years ago today": the day that many units before
ANNIVERSARY = "ago today"


@rule(rf"(?<![\w'’])(?:(?P<approx>(?:(?:just|only|well|a\s+little|a\s+bit)\s+)?(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|over|under|at\s+least|close\s+to)|just|only|barely)\s+)?(?P<n>{NUM})[-\s]+(?P<unit>{UNIT})s?\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|before|after|hence|from\s+now|previously|since)\b", _I, priority=4, trigger=_T_UNIT)
def offset(m: re.Match[str], text: str) -> Cand | None:
    n = lx.number_value(m["n"])
    unit_word = m["unit"].lower().replace("centurie", "century").replace("night", "day")
    unit = _UNIT_GRAN.get(unit_word)
    d = re.sub(r"\s+", " ", m["dir"].lower())
    if unit is None and unit_word in ("minute", "hour") and d in ("later", "earlier") and n is not None:
        # "declared an emergency 14 minutes later": a clock time counted from the last one the text
        # gave (a duration when it gave none; see ``Resolver._clock_offset``)
        mod = _approx_mod(m["approx"])
        return Cand(m.start(), m.end(), "prev", "TIME", unit="TM" if unit_word == "minute" else "TH",
                    n=(-n if d == "earlier" else n), mod=mod)
    if unit is None:
        return None
    if d in ("before", "after", "since") and (
            re.match(r"^\s+(?:the|a|an|his|her|its|their|he|she|it|they|this|that|[A-Z])", text[m.end():m.end() + 6])
            or re.match(r"^\s+[a-z]+ing\b", text[m.end():m.end() + 20]) and _HOW_LONG_BEFORE.search(_before(text, m.start(), 20))):
        # "two weeks after the vote": a stretch from an event; so is "wait 30 days before closing" and
        # "held it for a week before moving" (how long; "two days after signing" alone is a date)
        return Cand(m.start(), m.start("dir") - 1, "dur", "DURATION", value=duration_value(n, unit if unit != "DE" else "DE"))
    if d == "since":
        return None
    if d in ("later", "earlier") and re.match(r"[ \t]+than\b", text[m.end():m.end() + 8]):
        # "a year later than planned", "two months earlier than expected": the gap between two
        # times, a duration, not a date counted from the last one told
        return Cand(m.start(), m.start("dir") - 1, "dur", "DURATION", value=duration_value(n, unit),
                    mod=_approx_mod(m["approx"]))
    sign = -1 if d in ("ago", "earlier", "before", "previously") else 1
    kind = "dct" if d in ("ago", "hence", "from now") else "prev"
    mod = _approx_mod(m["approx"])
    if n is None:
        return Cand(m.start(), m.end(), "ref", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    today = re.match(r"[ \t]+today\b", text[m.end():m.end() + 10]) if d == "ago" and unit in ("Y", "M", "W") else None
    if today is not None:
        # "A year ago today", "ten years ago today": an anniversary, the same day that many years
        # back (one day, as TimeML writes it), not a year and the writer's today apart
        return Cand(m.start(), m.end() + today.end(), kind, unit=unit, n=sign * n, mod=mod, value=ANNIVERSARY)
    return Cand(m.start(), m.end(), kind, unit=unit, n=sign * n, mod=mod, value="ago" if kind == "dct" else None)


@rule(r"(?<![\w'’-])(?:(?P<half>(?i:half\s+an?))\s+(?P<hu>(?i:century|decade|year))|(?P<units>(?i:years|months|weeks|days|decades|centuries)))\s+ago\b",
      priority=3, trigger=_T_UNIT)
def uncounted_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "years ago", "just months ago", "centuries ago": an uncounted stretch back, a past the
    guidelines write PAST_REF (the counted "two years ago" is :func:`offset`'s); "half a century
    ago" is counted: fifty years before the document date, at the year's granularity."""
    if m["half"]:
        n = {"century": 50, "decade": 5, "year": 0.5}[m["hu"].lower()]
        if n < 1:
            return Cand(m.start(), m.end(), "dct", unit="M", n=-6, value="ago")
        return Cand(m.start(), m.end(), "dct", unit="Y", n=-n, value="ago")
    return Cand(m.start(), m.end(), "ref", value="PAST_REF")


@rule(r"\b(?:(?P<the>the)|its|his|her|their|our|my|your)\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
      r"eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(?:full\s+)?day\b(?![-\w])", _I, priority=2, trigger=r"(?i:day)")
def nth_day(m: re.Match[str], text: str) -> Cand | None:
    """ "the second day of an offensive", "today is the eighth day of the blockade", "on his first
    day in office": a day counted within an event, which TimeML marks as a date: the day the text is
    at (the last date it told, in a history "the first day of the battle" after the battle's date;
    the document's when it told none). A possessive stays outside the span."""
    if re.match(rf"(?i)\s+of\s+(?:(?:the|this|that|next|last)\s+(?:week|month|year|quarter)\b|{MON}|{YEAR})", text[m.end():m.end() + 24]):
        return None  # "the first day of the month", "the last day of May": a calendar day, not a count
    start = m.start() if m["the"] else m.start("ord")
    return Cand(start, m.end(), "prev", unit="D", n=0)


@rule(r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>after\s+next|before\s+last)\b", _I, priority=3, trigger=T_PERIOD_WORDS)
def unit_after_next(m: re.Match[str], text: str) -> Cand | None:
    """ "the year after next", "the week before last": two units from the document's, said as one."""
    return Cand(m.start(), m.end(), "dct", unit=_UNIT_GRAN[m["unit"].lower()], n=2 if m["dir"].lower().startswith("after") else -2)


@rule(r"\b(?P<det>the\s+(?:next|following|previous|preceding|same|prior)|that\s+same|that|the\s+(?:day|week|month|year)\s+(?:before|after))\s*(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|quarter|year|spring|summer|autumn|winter|fall)?\b", _I, priority=2, trigger=T_PERIOD_WORDS)
def anaphoric(m: re.Match[str], text: str) -> Cand | None:
    c = _anaphoric(m, text)
    if c is not None and c.start == m.start() and re.sub(r"\s+", " ", m["det"].lower()) in ("that", "that same"):
        adverb = re.search(r"(?i)\b(?:earlier|later)\s+$", _before(text, m.start(), 9))
        if adverb:
            # "later that year", "Earlier that day": TimeML's extent keeps the adverb, as in "earlier
            # this month" (the value is the year's, the day's)
            c.start -= len(adverb[0])
    return c


def _anaphoric(m: re.Match[str], text: str) -> Cand | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit_word = (m["unit"] or "").lower()
    if det.startswith("the ") and det.split()[1] in ("day", "week", "month", "year"):
        if unit_word:
            return None
        unit = _UNIT_GRAN[det.split()[1]]
        return Cand(m.start(), m.end(), "prev", unit=unit, n=-1 if det.endswith("before") else 1)
    if not unit_word:
        return None
    if det == "that" and unit_word in ("week", "month", "day") and re.match(r"^\s+(?:of|he|she|they|it|was)\b", text[m.end():m.end() + 6]):
        pass
    after = text[m.end():m.end() + 12]
    if det in ("the next", "the following", "the previous", "the prior", "the preceding") and re.match(r"^\s*(?:of|'s)\b", after):
        return None
    pod = lx.PARTS_OF_DAY.get(unit_word)
    if unit_word in ("spring", "summer", "autumn", "winter", "fall"):
        if unit_word == "fall" and re.match(r"^\s+of\b", after):
            return None
        n = 0 if det in ("that", "the same", "that same") else (1 if det in ("the next", "the following") else -1)
        return Cand(m.start(), m.end(), "prev", unit="S", n=n, value=lx.SEASONS[unit_word])
    n = 0 if det in ("that", "the same", "that same") else (1 if det in ("the next", "the following") else -1)
    if pod:
        return Cand(m.start(), m.end(), "prev", "TIME", unit="D", n=n, value=pod)
    return Cand(m.start(), m.end(), "prev", unit=_UNIT_GRAN[unit_word], n=n)


# -- weekdays, parts of days, clock times -------------------------------------------------------


@rule(rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|previous|past|that)\s+)?(?P<wd>{WDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!,?(?:[ \t]+|[ \t]*\n(?![ \t]*\d{{1,2}}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m|[AP]\.?M)|[ \t]*\d{{1,2}}[:.]\d\d))(?:{MON}|\d(?![\d,]*,\d{{3}})))", _I, priority=1, trigger=_T_WDAY)
def weekday(m: re.Match[str], text: str) -> Cand | None:
    if not m["wd"][0].isupper():
        return None
    if m.start("wd") > 0 and text[m.start("wd") - 1].isalpha():
        return None  # "#WineWednesday", "SuperSunday": a name made with the day's name, no date
    if not m["rel"] and not m["pod"] and _PAPER_AFTER.match(text, m.end()):
        return None  # "the Sunday Times", "the Mail on Sunday" is no day either (handled by the "on")
    wd = lx.WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    if rel == "that" and not (_THAT_DAY_BEFORE.search(_before(text, m.start(), 30)) or _THAT_DAY_AFTER.match(text, m.end())):
        # "said that Friday was a holiday": "that" opens a clause; only "on that Friday", "the Hawks
        # that Friday," is the day of the week just told
        return Cand(m.start("wd"), m.end(), "under", spec=Spec("D", weekday=wd), rel=None)
    # "Friday night": news annotation (TBAQ) keeps just the day about as often as it writes the part
    # of day (TNI/TEV/TMO), so the part of day is dropped
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=wd), rel=rel)


#: a newspaper or a programme named after its day ("the Sunday Times", "Sunday Telegraph")
_PAPER_AFTER = re.compile(r"[ \t]+(?:Times(?![ \t]+Mirror)|Telegraph|Mirror|Express|Herald|Tribune|Observer|Independent|Mail|Sport|Post|Star)\b")
#: "that Friday" is the Friday of the week just told after a preposition or before a clause's end
_THAT_DAY_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|from|before|after|during|since)\s+$")
_THAT_DAY_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:morning|afternoon|evening|night)\b)")


@rule(rf"(?:(?P<day0>{DAY})\s+)?{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s*(?P<day>{DAY}))?\s+of\s+(?:that|the\s+same)\s+year\b", priority=3, trigger=_T_MON)
def month_of_that_year(m: re.Match[str], text: str) -> Cand | None:
    """ "October of that year", "July 25 of the same year", "3 May of that year": the year of the
    story's last date."""
    mo = _month(m["mon"])
    if m["day0"] and m["day"]:
        return None
    if m["day"] or m["day0"]:
        d = _day(m["day"] or m["day0"])
        if not valid_day(2000, mo, d):
            return None
        return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d), rel="that_year")
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=mo), mod=_mod(m["mod"]), rel="that_year")


# "That December, the state set up a fund", "in that same March": the month of the year just named,
# as "that winter" is. Only where "that" cannot be a conjunction: at a sentence's or clause's start
# or after a preposition ("said that March sales rose" is no date).
@rule(rf"(?<![^\s(])(?P<that>[Tt]hat\s+(?:same\s+|very\s+)?){MODP}(?P<mon>{MON_FULL})(?!\s*\d)", priority=3, trigger=_T_MON)
def that_month(m: re.Match[str], text: str) -> Cand | None:
    before = _before(text, m.start(), 24)
    if not re.search(r"(?i)(?:^|[.;:!?,—–(]\s*|\b(?:in|during|by|until|till|through|throughout|from|since|of|before|after)\s+)$",
                     before) or re.match(r"\s*(?:'s|’s)?\s+(?:sales|figures|numbers|issue|edition|results|data|report|\d)", text[m.end():m.end() + 12]):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=_month(m["mon"])), mod=_mod(m["mod"]), rel="that_year")


@rule(rf"{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", priority=3, trigger=_T_MON)
def month_rel_year(m: re.Match[str], text: str) -> Cand | None:
    rel = {"last": "year-1", "next": "year+1"}.get(m["rel"].lower(), "year0")
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=_month(m["mon"])), mod=_mod(m["mod"]), rel=rel)


@rule(rf"(?:(?P<mon>{MON})\s*(?P<day>{DAY})|(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON})),?\s+(?P<rel>last|this|next)\s+year\b(?!['’])",
      priority=4, trigger=_T_MON)
def day_rel_year(m: re.Match[str], text: str) -> Cand | None:
    """ "Aug. 14 last year", "14 August next year": one day, its year said by the words after it (as
    "June last year" is one month); without this the day kept its value but lost the words, and a
    day written before its month lost the day to "August last year"."""
    mo, d = _month(m["mon"] or m["mon2"]), _day(m["day"] or m["day2"])
    if not valid_day(2000, mo, d) or m["day2"] and re.search(r"(?:[\d.,]|\d\s*(?:[-–]|to|and|or|through)\s*)\Z", _before(text, m.start())):
        return None  # a list or a range's second end ("5-9 May last year") is read with its first
    rel = {"last": "year-1", "next": "year+1"}.get(m["rel"].lower(), "year0")
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d), rel=rel)


@rule(r"\b(?:(?P<det>the|this\s+coming|this\s+past|this|last|next|that|over\s+the|coming|past|a)\s+)?(?:long\s+|(?:long\s+)?(?:bank\s+)?holiday\s+)?weekend\b", _I, priority=1, trigger=r"(?i:weekend)")
def weekend(m: re.Match[str], text: str) -> Cand | None:
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    start = m.start() + (5 if det.startswith("over") else 0)
    if not det or det == "a" and not re.search(r"(?i)long\s+weekend$", m[0]):
        return None  # "a weekend of talks" is no particular weekend; "a long weekend" is the coming or last one
    if det == "a":
        det = "the"
    if det == "that":
        return Cand(start, m.end(), "prev", unit="WE", n=0)
    # which weekend is decided against the document date's weekday (and the tense, for "the"/"this")
    rel = {"over the": "the", "this past": "last", "past": "last", "this coming": "coming"}.get(det, det)
    return Cand(start, m.end(), "dct", unit="WE", n=0, rel=rel)


@rule(r"\b(?P<det>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>morning|afternoon|evening|night)\b", _I, priority=3, trigger=r"(?i:morning|afternoon|evening|night)")
def part_of_day(m: re.Match[str], text: str) -> Cand | None:
    det = m["det"].lower().split()[-1]
    n = -1 if det in ("yesterday", "last") else 1 if det == "tomorrow" else 0
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=lx.PARTS_OF_DAY[m["pod"].lower()])


@rule(rf"(?:(?P<approx>about|around|at\s+about|approximately)\s+)?(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\+?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)(?:\s+(?P<tz>EST|EDT|GMT|UTC|CST|PST|local\s+time))?(?:[ \t]+(?:on[ \t]+)?(?P<wd>{WDAY}|today|yesterday|tomorrow|tmrw?|tmw|tdy)\b(?!,?[ \t]+(?:the[ \t]+)?(?:\d|{MON}))|,?\s+(?:on\s+)?(?P<mon>{MON})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?", priority=3, trigger=T_CLOCK)
def clock_time(m: re.Match[str], text: str) -> Cand | None:
    h = int(m["h"])
    if h > 12 or h == 0:
        return None
    pm = m["ap"].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    clock = f"{h:02d}:{m['mi'] or '00'}" + (f":{m['sec']}" if m["sec"] else "")  # "10:30:34 a.m."
    start = m.start("h") if m["approx"] and m["approx"].lower().startswith("at") else m.start()
    # "5 p.m. on Nov. 6", "6 a.m. on Thursday": two phrases, two expressions as TimeML marks them;
    # the clock still reads its day from the date after it ("5 p.m. EST, Nov. 6" is one)
    day_at = m.start("mon") if m["mon"] else m.start("wd") if m["wd"] else m.end()
    end = m.end()
    if re.search(r"(?i)\bon\s+$", text[m.end("ap"):day_at]):
        end = m.end("tz") if m["tz"] else m.end("ap")
    if m["mon"]:
        mo, d = _month(m["mon"]), _day(m["day"])
        if valid_day(int(m["year"]) if m["year"] else 2000, mo, d):
            if m["year"]:
                return Cand(start, end, "abs", "TIME", spec=Spec("D", year=int(m["year"]), month=mo, day=d, clock=clock))
            return Cand(start, end, "under", "TIME", spec=Spec("D", month=mo, day=d, clock=clock))
        return None
    wd = (m["wd"] or "").lower()
    if wd in lx.WEEKDAYS:
        return Cand(start, end, "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[wd], clock=clock))
    later = re.match(rf"[ \t]*\([^()\n]{{1,24}}\)[ \t]*,?[ \t]*(?:on[ \t]+)?(?P<wd>{WDAY})\b(?!,?[ \t]+(?:the[ \t]+)?(?:\d|{MON}))",
                     text[m.end():m.end() + 48])
    if later and not wd:
        # "at 10:35 a.m. (0735 GMT) Friday": the day after the other zone's time is the clock's day
        # (the weekday is an expression of its own)
        return Cand(start, m.end(), "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[later["wd"].lower()], clock=clock))
    # "6 am tmrw", "4pm tdy": the informal day words as well
    n = {"yesterday": -1, "tomorrow": 1, "tmr": 1, "tmrw": 1, "tmw": 1}.get(wd, 0)
    return Cand(start, m.end(), "dct", "TIME", unit="D", n=n, value=clock)


@rule(r"\b(?:noon|midnight|mid-?day)\b(?:\s+(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow))?", _I, priority=2)
def noon(m: re.Match[str], text: str) -> Cand | None:
    clock = "24:00" if m[0].lower().startswith("midnight") else "12:00"
    if re.search(r"(?i)\bhigh\s+$", _before(text, m.start(), 6)) or re.match(r"(?i)\s*(?:mass|oil|sun|blue|hour)\b", text[m.end():m.end() + 6]):
        return None  # "High Noon", "the midnight sun", "midnight blue": no time of any day
    wd = (m["wd"] or "").lower()
    if wd in lx.WEEKDAYS:
        # "noon on Saturday": the time alone, on that Saturday (the weekday is an expression of its own)
        end = m.start() + len(re.match(r"(?i)noon|midnight|mid-?day", m[0])[0]) if re.search(r"(?i)\son\s", m[0]) else m.end()
        return Cand(m.start(), end, "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[wd], clock=clock))
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n={"yesterday": -1, "tomorrow": 1}.get(wd, 0), value=clock)


# -- durations and sets -------------------------------------------------------------------------


_HALF_OF = {"decade": "P5Y", "century": "P50Y"}


@rule(rf"(?<![\w'’])(?:(?P<approx>about|around|nearly|almost|roughly|approximately|the\s+(?:better|best)\s+part\s+of|(?:no|not)\s+(?:more|less)\s+than|more\s+than|less\s+than|at\s+least|up\s+to|over|some|close\s+to|just\s+over|just\s+under)\s+)?(?:(?P<the>the|these|those)\s+(?:(?P<dir>past|last|next|first|coming|previous|following|final|latest|remaining|recent|preceding|(?:comparable\s+)?(?:year-earlier|year-ago|year-before|prior-year))\s+)?)?(?P<n>{NUM})(?:\s+(?:to|or|-)\s+(?P<n2>{NUM})|(?<=\d)[-–](?P<n3>\d{{1,3}})(?=[-\s])|\s+or\s+(?P<orm>more|longer|fewer|less))?(?P<hy>[-\s]+)(?:(?:more|additional|extra|further|single|full|whole|entire|straight|consecutive|successive|solid)\s+)?(?P<unit>{UNIT})s?(?P<andhalf>\s+and\s+a\s+half)?(?P<long>[-\s]+(?:long|old|older|younger))?(?![\w-])", _I, priority=2, trigger=_T_UNIT)
def duration(m: re.Match[str], text: str) -> Cand | None:
    unit_word = m["unit"].lower().replace("centurie", "century")
    if unit_word == "night":
        unit_word = "day"
    code = lx.UNITS[unit_word][0]
    nword = m["n"].lower()
    if nword == "a" and unit_word == "second" and not re.match(r"^\s*(?:[,.;:)]|$|or\b|and\b|of\b|later\b|ago\b|earlier\b|before\b|after\b)", text[m.end():m.end() + 8]):
        return None  # "a second offensive": the ordinal, not one second
    if nword in ("a", "an") and not m["the"] and not m["approx"]:
        # "a year" alone is mostly "per year" or "a year earlier" (handled elsewhere)
        if re.search(r"(?i)(?:times|\d|\$|%|million|billion|cents?)\s*$", _before(text, m.start(), 12)):
            return None
        if re.search(r"(?<![\w'’])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|few)"
                     r"\s+(?:\w+\s+)?(?!(?:was|is|has|this|his|its|as|us|yes|always|perhaps|years|months|weeks|days)\b)"
                     r"[a-z]{2,}s(?:\s+of\s+(?:[a-z]+\s+)?[a-z]{2,})?\s*$", _before(text, m.start(), 56)):
            # "four flights a week", "700 seats a week", "300 tons of coal a day": a rate, no stretch of
            # time; TimeML makes the period a set (as "twice a week")
            return Cand(m.start(), m.end(), "set", "SET", value=duration_value(1, code))
    plural = text[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if not m["the"] and (nword == "some" or nword == "many" and (not plural or m["hy"].startswith("-"))):
        return None  # "some years" reads as "some of the years"; "many years" is a stretch of years
    if re.search(r"(?i)\b(?:no\.?|#)\s*$", _before(text, m.start())):
        return None
    if re.fullmatch(r"\d{4}", m["n"]):
        return None  # "the 1988 quarter": a year, not 1988 quarters
    if re.search(r"\d[,.]\Z", text[max(0, m.start("n") - 2):m.start("n")]):
        return None  # "for 12,000 years": the tail of a longer number, not "000 years"
    n = lx.number_value(m["n"])
    if m["n2"]:
        n2 = lx.number_value(m["n2"])
        if n is None or n2 is None:
            return None
    if n is not None and n > 10000:
        return None
    if n is not None and m["andhalf"]:
        n += 0.5  # "a minute and a half"
    if unit_word == "quarter" and nword not in lx.VAGUE_NUMBERS and (
            m["hy"].startswith("-") or re.match(r"(?i)^\s+of\s+(?:the|its|his|her|their|our|your|my|a|an|all|this|that|"
                                                r"these|those|them|it|us|[\d$])\b", text[m.end():m.end() + 12])):
        return None  # "three-quarters of its food": a fraction ("two quarters of losses" are periods)
    if unit_word == "quarter" and is_match_period(text, m.start(), m.end()):
        return None  # "scored only 26 points over the next two quarters": the game's, not six months
    if m["n3"] and (n is None or int(m["n3"]) <= n):
        return None  # "3-1 years" is no range of counts
    value = duration_value(None if m["n2"] or m["n3"] else n, code)  # "4-6 months": a vague count, as "4 to 6 months"
    mod = lx.APPROX_MODS.get(re.sub(r"\s+", " ", m["approx"].lower())) if m["approx"] else None
    anch = None
    if m["dir"]:
        anch = "past" if m["dir"].lower() in ("past", "last", "previous", "recent", "preceding") else "next" if m["dir"].lower() in ("next", "coming", "remaining") else None
    end = m.end()
    start = m.start()
    half = re.search(r"(?i)(?<![\w-])half\s+$", _before(text, start, 8))
    if half and nword in ("a", "an") and not m["approx"] and unit_word in _HALF_OF:
        # "half a century": fifty years (the shorter units are the informal rules' "half an hour")
        return Cand(start - len(half[0]), end, "dur", "DURATION", value=_HALF_OF[unit_word])
    if m["approx"] and m["the"] and m["approx"].lower() == "over":
        # "over the past two years": "over" is the preposition of a period, not "more than"
        start, mod = m.start("the"), None
    period = re.match(r"[ \t]+period\b", text[end:end + 10]) if m["hy"].startswith("-") and not m["long"] else None
    article = re.search(r"(?i)\b(?:an?|the)\s+$", _before(text, start, 5)) if period and not m["the"] and not m["approx"] else None
    if period and (article or m["the"]):
        # "over a three-year period": the period is the stretch of time itself, and TimeML marks it
        # with its article (a duration, as the count alone would be); "the extra seven-day period"
        # keeps just the count
        end += period.end()
        if article:
            start -= len(article[0])
    elif m["the"] and not m["dir"] and (m["hy"].startswith("-") or m["long"]):
        # "the two-year contract": the article belongs to the noun the duration modifies
        start = m.start("n")
    if m["long"] and m["long"].strip(" -\n").lower() in ("old", "older", "younger"):
        return None  # "a 6-year-old", "200 years older": an age, which TimeML does not mark
    if m["n"][0].isupper() and m["unit"][0].isupper() and re.match(r"(?:[’']s?)?[ \t]+(?:War|Wars)\b", text[end:end + 16]):
        return None  # "the Six-Day War", "the Thirty Years' War": a name, TimeML marks no duration in it
    if m["orm"]:
        # "three or more years", "two or fewer days": at least (at most) the count, one duration
        mod = "EQUAL_OR_MORE" if m["orm"].lower() in ("more", "longer") else "EQUAL_OR_LESS"
    return Cand(start, end, "dur", "DURATION", value=value, mod=mod, anchored_span=anch,
                unit=_UNIT_GRAN.get(unit_word) if unit_word not in ("hour", "minute", "second") else None, n=n)


@rule(r"(?<![\w'’])(?:(?P<approx>about|around|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|over)\s+)?"
      r"(?:(?P<the>the)\s+(?P<dir>past|last|next|coming|previous|following)\s+|(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+)"
      r"fortnights?\b", _I, priority=2, trigger=r"(?i:fortnight)")
def fortnight(m: re.Match[str], text: str) -> Cand | None:
    """ "a fortnight", "the past fortnight", "three fortnights": two weeks to each, a duration
    (British and Commonwealth news count in them; the unit table has no two-week unit)."""
    n = 1.0 if m["the"] else lx.number_value(m["n"])
    if n is None:
        return None
    mod = lx.APPROX_MODS.get(re.sub(r"\s+", " ", m["approx"].lower())) if m["approx"] else None
    anch = None
    if m["dir"]:
        anch = "past" if m["dir"].lower() in ("past", "last", "previous") else "next" if m["dir"].lower() in ("next", "coming") else None
    start = m.start("the") if m["approx"] and m["the"] and m["approx"].lower() == "over" else m.start()
    return Cand(start, m.end(), "dur", "DURATION", value=duration_value(2 * n, "W"), mod=None if start != m.start() else mod,
                anchored_span=anch, unit="W", n=2 * n)


@rule(r"\b(?:(?P<det>for|over|in|within|took|take|takes|taking|lasted|lasts|lasting|spent|spend|spending)\s+)(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b", _I, priority=1, trigger=_T_UNIT)
def vague_duration(m: re.Match[str], text: str) -> Cand | None:
    u = m["unit"].lower().rstrip("s").replace("centurie", "century")
    code = lx.UNITS[u][0]
    if m["det"].lower() in ("in", "within") and not re.match(r"^\s*[,.]", text[m.end():m.end() + 2]):
        return None
    return Cand(m.start("unit"), m.end(), "dur", "DURATION", value=duration_value(None, code if code != "DE" else "DE"))


@rule(r"\b(?:for|over|took|take|takes|taking|lasted|lasts|lasting|spent|spend|spending)\s+"
      r"(?:years|months|weeks|days|decades|hours|minutes),?\s+(?:or(?:\s+even|\s+perhaps|\s+possibly)?|if\s+not|and\s+even)\s+"
      r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b", _I, priority=1, trigger=_T_UNIT)
def vague_duration_second(m: re.Match[str], text: str) -> Cand | None:
    """ "for days, if not weeks", "lasting hours or even days": the second vague span is one too (the
    first is read by the rule above)."""
    u = m["unit"].lower().rstrip("s").replace("centurie", "century")
    return Cand(m.start("unit"), m.end(), "dur", "DURATION", value=duration_value(None, lx.UNITS[u][0]))


_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
         "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
         "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "annual": "P1Y", "weekly-": "P1W"}


#: what follows an adverb of frequency that ends its clause: "meets monthly.", "paid weekly in cash"
_ADVERB_END = re.compile(r"(?i)\s*(?:[.,;:!?)]|$|\s(?:in|at|on|for|by|from|since|until|through|and|or|to|during|with|except)\b)")


@rule(r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|semi-?annually)\b", _I, priority=1)
def set_adverb(m: re.Match[str], text: str) -> Cand | None:
    w = m[0].lower()
    if w in ("daily", "weekly", "monthly") and re.match(r"^\s+[A-Z]", text[m.end():m.end() + 3]) or re.match(r"^\s+(?:newspaper|magazine|paper|news)\b", text[m.end():m.end() + 12]):
        return None  # "the pro-Hizbullah Lebanese daily Al-Akhbar"
    if re.search(r"(?i)\bthe\s+(?:[\w-]+\s+){0,3}$", _before(text, m.start(), 40)) and w in ("daily", "weekly", "monthly") \
            and not _ADVERB_END.match(text[m.end():m.end() + 12]):
        return None  # "the daily tally", "the party weekly" (but "The board meets monthly." is the adverb)
    if re.search(r"(?i)(?:\d\s*%|\bper\s*cent|\bpercent|\bpoints?)\s+$", _before(text, m.start(), 16)):
        return None  # "rise 8.5% annually": a rate of growth, which TimeBank leaves unmarked, no recurrence
    return Cand(m.start(), m.end(), "set", "SET", value=_SETS.get(w.replace("-", ""), "P1Y"))


@rule(rf"\b(?:every|each|per|a)\s+(?:(?P<n>{NUM})\s+)?(?:(?P<pod>morning|afternoon|evening|night)s?(?=\W|$)|(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<season>spring|summer|autumn|winter|fall)|(?P<mon>{MON_FULL}))(?![\w-])", _I, priority=3, trigger=r"(?i:(?:every|each|per|once|twice|times)\s)")
def set_every(m: re.Match[str], text: str) -> Cand | None:
    det = m[0].split()[0].lower()
    if m["pod"]:
        if det not in ("every", "each") or m["n"]:
            return None
        # "every morning": that part of every day, written in full as TIMEX3 writes a set of days
        return Cand(m.start(), m.end(), "set", "SET", value="XXXX-XX-XXT" + lx.PARTS_OF_DAY[m["pod"].lower()])
    per_period = det == "per" and not m["n"] and (m["unit"] or "").lower() in ("day", "week", "month", "year")
    if det == "per" and not m["n"] and (m["unit"] or "").lower() in ("hour", "minute") \
            and re.search(r"(?i)(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s*(?:dollars|euros|pounds|cents|pence))\s*$", _before(text, m.start(), 24)):
        per_period = True  # a wage or a fee, "$22 per hour": every hour (a speed, "60 miles per hour", is no set)
    if det in ("a", "per") and not per_period and not re.search(r"(?i)(?:times|once|twice|\d|\$|%|million|billion|cents?|dollars|rials|tons|barrels)\s*$", _before(text, m.start(), 14)):
        return None
    if det == "each" and re.match(r"^\s+(?:other|of)\b", text[m.end():m.end() + 5]):
        return None
    if m["wd"]:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()] + 1}")
    if m["season"]:
        if m["season"].lower() == "fall" and (det not in ("every", "each") or re.match(
                r"(?i)\s+(?:of|in|on|from|to|by|off|into|short|below|behind|back)\b", text[m.end():m.end() + 8])):
            return None  # "each fall in prices", "every fall of the index": the noun, not the season
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-{lx.SEASONS[m['season'].lower()]}")
    if m["mon"]:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-{_month(m['mon']):02d}")
    n = lx.number_value(m["n"]) if m["n"] else 1
    unit = m["unit"].lower()
    if unit == "fortnight":  # "every fortnight", "each fortnight": two weeks, not in the unit table
        unit, n = "week", 2 * n
    unit = unit.replace("night", "day")
    start = m.start()
    if det in ("a", "per"):
        # "twice a year": the frequency words are part of the set
        fm = re.search(r"(?i)(?:\b(?:once|twice|three\s+times|\w+\s+times))\s+$", _before(text, m.start(), 20))
        if fm is None and not per_period:
            return None
        start = m.start() - len(fm[0]) if fm else m.start()
    return Cand(start, m.end(), "set", "SET", value=duration_value(n, lx.UNITS[unit][0]))


# -- business periods, spoken years, holidays ---------------------------------------------------


@rule(r"\b(?:(?:the|that)\s+(?:(?P<ago>(?:comparable\s+)?(?:year-earlier|year-ago|prior-year|previous-year)|same|(?P<alike>corresponding|comparable)(?=\s+(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)))\s+)?"
      r"|(?P<lyq>last\s+year's)\s+)(?:(?:latest|most\s+recent|recent|just-ended|just\s+ended|current|fiscal)\s+)*(?P<u>quarter|period)\b"
      r"(?:\s+(?P<back>a\s+year\s+(?:ago|earlier)|last\s+year)\b)?(?!\s+of\b)", _I, priority=1, trigger=r"(?i:quarter|period)")
def business_quarter(m: re.Match[str], text: str) -> Cand | None:
    """Earnings reports say "the quarter" for the last completed quarter before the report, and
    "the quarter a year ago", "the corresponding period last year", "last year's quarter" for the
    same quarter a year before it: TimeML marks the period with the words that move it back. "The
    quarter ended Sept. 30" is the quarter too (the date it ended is an expression of its own)."""
    back = bool(m["back"] or m["lyq"] or (m["ago"] and "same" not in m["ago"].lower()))
    if m["u"].lower() == "period" and not back and not m["ago"] and not re.search(r"(?i)latest|recent|quarter", m[0]):
        return None
    if m["lyq"] and m["back"]:
        return None
    if not re.search(r"(?i)\b(?:quarter|earnings|profit|loss|revenue|sales|net\s+income|share)", text[max(0, m.start() - 400):m.end() + 200]):
        return None
    return Cand(m.start(), m.end(), "dct", unit="Q", n=-5 if back else -1, value="quarter")


@rule(rf"\bthe\s+(?P<year>{YEAR})\s+(?:(?:fiscal|calendar)\s+)?period\b(?!\s+of\b)", _I, priority=2, trigger=r"(?i:period)")
def year_period(m: re.Match[str], text: str) -> Cand | None:
    """ "compared with a loss in the 1988 period": reports name the period they compare with by its
    year; TimeML marks the phrase, its value the year (the quarter it means is not said)."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["year"])))


@rule(r"\b(?:year-earlier|year-ago|year-before|prior-year|previous-year)\b", _I, priority=0, trigger=r"(?i:year-|-year)")
def year_ago_adjective(m: re.Match[str], text: str) -> Cand | None:
    """ "a year-earlier loss", "the year-ago results", "prior-year sales": the same period a year
    before the report."""
    return Cand(m.start(), m.end(), "dct", unit="Y", n=-1, value="ago")


@rule(r"\b(?:(?P<the>the)\s+)?(?P<q>full|current|current\s+fiscal|current\s+calendar|(?<=the\s)fiscal)\s+year\b(?!\s+(?:that|which)\b|\s+(?:ended|ends|ending|to|through|beginning|starting|begins|starts)\s+(?:on\s+|in\s+)?(?:(?-i:[A-Z])|\d|(?:last|next|this)\b))", _I, priority=2, trigger=r"(?i:year)")
def current_year(m: re.Match[str], text: str) -> Cand | None:
    """ "the current year", "the full year", "the fiscal year": the report's year. Not a year given
    by its end ("the fiscal year ended March 31", "the year to June": that date's rule reads it); a
    year that "ended badly" is still the year."""
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0)


@rule(rf"\b(?:the\s+)?full[-\s]+(?:fiscal[-\s]+)?year[ \t]+(?P<y>{YEAR})(?![\d,.]\d|[-–%])", _I, priority=3, trigger=r"(?i:full)")
def full_year(m: re.Match[str], text: str) -> Cand | None:
    """ "full year 2021 guidance", "Full-Year 2020 Results": the year named, one expression (not the
    current year and then a year)."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["y"])))


@rule(r"\b(?P<det>(?:the\s+)?(?:latest|last|previous|prior|past|most\s+recent|just[-\s]ended|just[-\s]completed|"
      r"preceding|next|coming|following|new)|last|next)\s+(?:fiscal|financial|calendar)\s+year\b"
      r"(?!\s+(?:ended|ending|to|through|that|which|beginning|starting|begins|starts)\b)", _I, priority=3,
      trigger=r"(?i:fiscal|financial|calendar)")
def fiscal_year_rel(m: re.Match[str], text: str) -> Cand | None:
    """ "the latest fiscal year", "last fiscal year", "the coming financial year": the company's year
    before or after the report's (as TimeML writes it, a calendar year: 1988 for a report in 1989)."""
    det = re.sub(r"[-\s]+", " ", m["det"].lower()).removeprefix("the ")
    n = 1 if det in ("next", "coming", "following", "new") else -1
    if det in ("following", "previous", "prior", "preceding"):
        # "the following fiscal year", "the previous fiscal year": counted from the year just named
        return Cand(m.start(), m.end(), "prev", unit="Y", n=n)
    return Cand(m.start(), m.end(), "dct", unit="Y", n=n)


@rule(r"\b(?:the\s+(?P<part>end|beginning|start|middle)\s+of\s+the\s+month|month's\s+end|(?P<this>this|that)\s+month's\s+end)\b", _I, priority=3, trigger=T_PERIOD_WORDS)
def month_part(m: re.Match[str], text: str) -> Cand | None:
    """ "by the end of the month", "by month's end": that part of the month the text is in (the
    document's in news, the story's in a history)."""
    part = (m["part"] or "end").lower()
    mod = {"end": "END", "middle": "MID"}.get(part, "START")
    return Cand(m.start(), m.end(), "prev", unit="M", n=0, mod=mod)


@rule(r"\b(?:the\s+(?P<part>end|beginning|start|middle)\s+of\s+the\s+week|week's\s+end)\b(?!\s+(?:before|after|of)\b)", _I,
      priority=3, trigger=T_PERIOD_WORDS)
def week_part(m: re.Match[str], text: str) -> Cand | None:
    """ "by the end of the week", "at week's end": that part of the week the text is in, as for a
    month ("the end of the week before" names another week: left alone)."""
    part = (m["part"] or "end").lower()
    mod = {"end": "END", "middle": "MID"}.get(part, "START")
    return Cand(m.start(), m.end(), "prev", unit="W", n=0, mod=mod)


@rule(r"\bthe\s+(?P<part>end|beginning|start|middle|close)\s+of\s+the\s+(?P<unit>decade|century)\b", _I, priority=3,
      trigger=r"(?i:decade|century)")
def decade_part(m: re.Match[str], text: str) -> Cand | None:
    """ "by the end of the decade", "at the start of the century": that part of the decade or century
    the text is in (the report's in news, the story's in a history)."""
    part = m["part"].lower()
    mod = {"end": "END", "close": "END", "middle": "MID"}.get(part, "START")
    return Cand(m.start(), m.end(), "prev", unit="DE" if m["unit"].lower() == "decade" else "CE", n=0, mod=mod)


@rule(r"\b(?:(?:the\s+)?(?:fiscal\s+|calendar\s+)?year[- ]end|year's\s+end|the\s+(?P<part>end|beginning|start|middle)\s+of\s+(?:the|this)\s+year)\b", _I, priority=3, trigger=r"(?i:year)")
def year_end(m: re.Match[str], text: str) -> Cand | None:
    if m["part"] and m["part"].lower() != "end":
        return Cand(m.start(), m.end(), "dct", unit="Y", n=0, mod="MID" if m["part"].lower() == "middle" else "START")
    if re.match(r"^[\s-]+(?:results?|figures?|bonus|dividend|audit|report|statements?)\b", text[m.end():m.end() + 12], _I):
        return None
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0, mod="END")


@rule(r"\b(?P<prep>(?i:for|of|during|through|throughout))\s+(?P<y>(?i:the)\s+year)\b(?![-\w]|\s+(?:ended|ending|earlier|ago|before|after|of\b(?!\s+\$)|in\s+which|when|that|to|he|she|they|it|in\s+question|two|nineteen|\d|[A-Z]))",
      priority=1, trigger=r"(?i:year)")
def the_year(m: re.Match[str], text: str) -> Cand | None:
    """ "For the year, volume was flat", "a high for the year", "the first nine months of the
    year": the year the text is in (the report's in news, the story's in a history)."""
    return Cand(m.start("y"), m.end(), "dct", unit="Y", n=0)


@rule(r"\bthe\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|that\s+ended|that\s+ends|to)\s+(?:on\s+)?(?:[A-Z]|\d|(?:today|tomorrow|yesterday|next|last|this)\b))", priority=2, trigger=r"(?i:year)")
def year_ended(m: re.Match[str], text: str) -> Cand | None:
    """ "the year ended March 31": a twelve-month period named by its last day (TimeML: P1Y)."""
    return Cand(m.start(), m.end(), "dur", "DURATION", value="P1Y")


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_SPOKEN_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_TENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


#: the value of "the new year": the year just begun, or the one about to begin late in the year
NEW_YEAR = "new year"


@rule(r"(?<![\w'’])(?:the|this)\s+new\s+year\b(?!['’]s|[-\s]+(?:eve|day|holidays?|celebrations?|part(?:y|ies)|festival|"
      r"resolutions?|message|address|honours?|sales?|break|recess)\b)", priority=2, trigger=r"new\s+year")
def the_new_year(m: re.Match[str], text: str) -> Cand | None:
    """ "since the new year", "in the new year": the year as a whole (TimeML values it as the year), not
    the holiday, which is capitalised and has its own rule ("New Year's Day")."""
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0, value=NEW_YEAR)


@rule(rf"\b(?P<c>nineteen|eighteen|seventeen)[-\s]+(?P<t>{_SPOKEN_TENS})(?:[-\s]+(?P<o>{_SPOKEN_ONES}))?\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<o2>{_SPOKEN_ONES}|ten))?\b(?![-\s]+(?:{_SPOKEN_ONES}|{_SPOKEN_TENS}|hundred)\b)", _I, priority=2, trigger=r"(?i:nineteen|eighteen|seventeen|thousand)")
def spoken_year(m: re.Match[str], text: str) -> Cand | None:
    if m["c"]:
        y = _TENS[m["c"].lower()] * 100 + int(lx.NUMBERS[m["t"].lower()]) + (int(lx.NUMBERS[m["o"].lower()]) if m["o"] else 0)
    else:
        if not m[0].lower().startswith("the year") and not re.search(r"(?i)\b(?:in|by|until|since|of)\s+$", _before(text, m.start())):
            return None
        y = 2000 + (int(lx.NUMBERS[m["o2"].lower()]) if m["o2"] else 0)
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=y))


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
             "halloween": (10, 31), "independence day": (7, 4), "boxing day": (12, 26),
             "may day": (5, 1), "bastille day": (7, 14), "the fourth of july": (7, 4),
             "fourth of july": (7, 4), "july fourth": (7, 4), "veterans day": (11, 11),
             "veterans' day": (11, 11), "armistice day": (11, 11), "new year's": (1, 1),
             "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "st patrick's day": (3, 17),
             "st. valentine's day": (2, 14), "remembrance day": (11, 11), "juneteenth": (6, 19),
             "groundhog day": (2, 2), "canada day": (7, 1), "anzac day": (4, 25)}
# Holidays whose date moves (computed per year in normalize.MOVABLE_HOLIDAYS); named with a capital
_MOVABLE = {"thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving", "election day": "election",
            "easter sunday": "easter", "easter": "easter", "good friday": "goodfriday",
            "easter monday": "eastermonday", "memorial day": "memorial", "labor day": "labor",
            "martin luther king day": "mlk", "martin luther king jr. day": "mlk",
            "martin luther king, jr. day": "mlk", "presidents' day": "presidents",
            "presidents day": "presidents", "columbus day": "columbus", "mother's day": "mothers",
            "father's day": "fathers", "black friday": "blackfriday", "cyber monday": "cybermonday",
            # the feasts counted from Easter ("Corpus Christi" is left out: in news it is the city)
            "ash wednesday": "ashwednesday", "palm sunday": "palmsunday", "maundy thursday": "maundythursday",
            "holy thursday": "maundythursday", "holy saturday": "holysaturday", "ascension day": "ascension",
            "ascension thursday": "ascension", "pentecost": "pentecost", "pentecost sunday": "pentecost",
            "whit sunday": "pentecost", "whitsunday": "pentecost", "whit monday": "whitmonday",
            "trinity sunday": "trinitysunday"}


def _holiday_names() -> str:
    fixed = lx.alternation(_HOLIDAYS)
    movable = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted((" ".join(w.capitalize() for w in k.split()) for k in _MOVABLE), key=len, reverse=True))
    return rf"(?:(?i:{fixed})|{movable}|(?:ELECTION|THANKSGIVING|EASTER)(?:\s+DAY)?)"


# Things a holiday's name describes rather than dates ("Christmas tree", "Halloween costume"); its
# shopping, gifts, season and mood still point at the day
_HOLIDAY_THING = re.compile(
    r"(?i)[ \t]+(?:trees?|lights|decorations?|ornaments?|cards?|carols?|songs?|music|movies?|films?|jumpers?|"
    r"sweaters?|costumes?|candy|cakes?|puddings?|stockings?|wreaths?|"
    # events named after the holiday and held on days around it, not on it ("the Christmas fair")
    r"fairs?|fayres?|markets?|bazaars?|fetes?|parties|party|concerts?|pantomimes?|pantos?|plays?|nativity)\b")


@rule(rf"\b(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+)?(?P<name>{_holiday_names()})(?![\w'])(?:,?\s+(?P<year>{YEAR})|(?P<we>\s+(?i:holiday\s+)?weekend)\b)?",
      priority=2, trigger=r"(?i:christmas|new\s+year|valentine|halloween|independence|boxing|may\s+day|bastille|fourth|july|veteran|armistice|thanksgiving|election|easter|good\s+friday|memorial|labor|luther|president|columbus|mother|father|patrick|remembrance|juneteenth|groundhog|canada\s+day|anzac|black\s+friday|cyber\s+monday|"
               r"ash\s+wednesday|palm\s+sunday|maundy|holy\s+(?:thursday|saturday)|ascension|pentecost|whit|trinity\s+sunday)")
def holiday(m: re.Match[str], text: str) -> Cand | None:
    """Holidays are dates: fixed ones like a month-day, movable ones by their calendar rule, both
    read against the document date like a month-day when the year is not said. "Labor Day weekend"
    is one expression (TimeML marks the phrase); it keeps the holiday's day as its value."""
    name = re.sub(r"\s+", " ", m["name"]).lower()
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    start = m.start() if rel else m.start("name")
    if name in _HOLIDAYS:
        mo, d = _HOLIDAYS[name]
        if not m["year"] and not rel and _HOLIDAY_THING.match(text, m.end()):
            return None  # "a Christmas tree", "Halloween costumes": things, not the day
        if name == "may day" and not m["name"][0].isupper():
            return None
        if m["year"]:
            return Cand(start, m.end(), "abs", spec=Spec("D", year=int(m["year"]), month=mo, day=d))
        if name in ("st patrick's day", "juneteenth", "groundhog day", "canada day", "anzac day", "remembrance day") \
                and not m["name"][0].isupper():
            return None
        return Cand(start, m.end(), "under", spec=Spec("D", month=mo, day=d), rel=rel)
    key = _MOVABLE.get(name)
    if key is None:
        return None
    if name == "election day" and re.search(r"(?i)\b(?:an?|its|their|his|her|every|each|on\s+an?)\s+$", _before(text, m.start(), 12)):
        return None  # "on a general election day": not a named date
    if re.match(r"^[\s-]+(?:Island|Rising|Offensive|Parade|Uprising)\b", text[m.end():m.end() + 12]):
        return None
    year = int(m["year"]) if m["year"] else None
    the = re.search(r"(?i)\bthe\s+$", text[max(0, start - 5):start]) if m["we"] and not rel else None
    if the:
        start = max(0, start - 5) + the.start()  # "the Labor Day weekend"
    return Cand(start, m.end("year") if m["year"] else m.end("we") if m["we"] else m.end("name"), "abs" if year else "under",
                spec=Spec("D", year=year), value="HOLIDAY:" + key, rel=rel)
