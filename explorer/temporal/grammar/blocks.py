"""The grammar's building blocks: the word patterns rules are written in (months, days, years,
numbers, units, modifiers), the trigger words scanning starts from, and the neighbour checks that
tell a year from a count.
"""

from __future__ import annotations

import re

from explorer.number_words import spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.per_text import memo

# ----------------------------------------------------------------------------------------------
# Building blocks


def _cap_variants(words: object) -> str:
    """Month and weekday names only count capitalised (or in capitals): "may" is a verb."""
    out: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        out.add(w.capitalize())
        out.add(w.upper())
    return "|".join(sorted(out, key=len, reverse=True))


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in lx.MONTHS if len(m) <= 4 and m not in ("may", "june", "july")]
#: (the abbreviations are tried first, with their full stop: "Sept", in both lists, read as a full
#: name left its stop out, and "30th Sept. 1854" lost its day: the year no longer followed the month)
MON = rf"(?:(?:{_cap_variants(_ABBR_MONTHS)})(?:\.|\b)|(?:{_cap_variants(_FULL_MONTHS)})\b)"
MON_FULL = rf"(?:{_cap_variants(_FULL_MONTHS)})\b"
WDAY = rf"(?:{_cap_variants([w for w in lx.WEEKDAYS if len(w) > 4])})\b"
WDAY_ANY = rf"(?:(?:{_cap_variants([w for w in lx.WEEKDAYS if len(w) > 4])})|(?:{_cap_variants([w for w in lx.WEEKDAYS if len(w) <= 4])})\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1\d{3}|20\d{2}|2100)(?![\d%]|(?:st|nd|rd|th)\b)"
#: the weekend as posts shorten it ("wknd", "wkend"), and with the full word: every weekend rule reads these
WKND = r"(?:wknd|wkend)"
WEEKEND = rf"(?:weekend|{WKND})"
#: opening hours after a day: "Sat 10-4", "Mon-Fri 9-5:30", "Sunday 10am-4pm", "Thu 8.30 - 17.00". Two
#: hours joined by a dash with nothing dated after them (no month, no third number "10-4-2025"): a
#: shop's or a clinic's day with its times, never the date "10-4" (October 4) nor a day of the month
#: the weekday heads ("Friday 3 May")
_RANGE_HOUR = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?"
CLOCK_RANGE = (rf"{_RANGE_HOUR}[ \t]*(?:[ap]\.?m\b\.?)?[ \t]*[-–—][ \t]*{_RANGE_HOUR}(?:[ \t]*[ap]\.?m\b\.?)?"
               rf"(?![\d%]|[-–/.]\d|[ \t]*(?:of[ \t]+)?{MON})")
NUMW = lx.alternation([k for k in lx.NUMBERS if " " not in k and k not in ("a", "an")])
_TENS_W = r"(?:" + spelled(20, 90) + r")"
_ONES_W = r"(?:" + spelled(1, 9) + r")"
#: a quarter of a unit and three of them, before the units a quarter of is said of ("a quarter of an
#: hour", "a quarter-century", "three-quarters of an hour"); a bare "a quarter" is the three-month unit
_QUARTERS = r"(?:an?|one|three)[\s-]+quarters?(?:\s+of\s+an?)?(?=[\s-]+(?:hour|centur))"
NUM = rf"(?:{_QUARTERS}|(?:\d+|{NUMW}|an?)[\s-]+and[\s-]+a[\s-]+half|\d+\s+1/2|\d+(?:\.\d+)?|(?:an?|one|{NUMW})\s+(?:hundred|thousand)|{_TENS_W}\s+{_ONES_W}|(?:{NUMW})(?:-(?:{NUMW}))?|an?|(?:a\s+)?couple\s+of|a\s+couple|a\s+few|several|a\s+dozen|a\s+half|few|many|some)"
UNIT = r"(?:second|minute|hour|day|night|week(?!end)|month|quarter|year|decade|centur(?:y|ie))"
#: the kinds of day (or week, month) a count may be told in: "five working days", "ten (10) business days",
#: "30 calendar days", "three trading days": a count of that many units, whichever kind is counted
COUNTED_KIND = r"(?:business|calendar|working|trading)"
ORD = lx.alternation(lx.ORDINALS)
SEASON = r"(?:spring|summer|autumn|winter|fall)"
MODP = (
    r"(?:(?P<mod>(?i:early|late|mid|the\s+(?:beginning|start|end|middle|dawn|close|turn|latter\s+part)\s+of"
    r"|(?:toward|towards)\s+the\s+end\s+of|the\s+(?:early|late|mid)))(?:-|\s+|-\s*))?"
)
IGNORE_CASE = re.IGNORECASE

#: the figures of a period, reported once the period has ended: "results for the fourth quarter",
#: "data for October" before it, "fourth-quarter earnings", "October figures" after it
FIGURES = r"(?:results|earnings|profits?|net\s+income|loss(?:es)?|figures|data|numbers|statistics|report)"
_STATISTIC = r"(?:personal|consumer|producer|trade|unemployment|jobless|inflation|price|housing|retail|import|export)"
#: ... a month's statistic named by what it measures, the month before it as its label: "October
#: figures", "September durable goods orders", "September personal income", "the August trade
#: deficit", "the May unemployment rate", "April housing starts". Income, spending, prices, a deficit,
#: a rate or an index only with a word saying which statistic ("the September rate decision" is no
#: figure). The resolver reads the month as the one whose figures are out; the month rule reads a
#: capitalised "May" or "March" before one as the month, never the modal verb or a march
STATISTIC_AFTER = re.compile(
    rf"(?i)[ \t]+(?:(?:(?:sales|trade|jobs|employment|retail|housing|price|inflation|durable|goods|factory|"
    rf"industrial)[ \t]+){{0,2}}(?:{FIGURES}|sales|orders|output|production|payrolls|exports|imports|shipments)"
    rf"|{_STATISTIC}[ \t]+(?:income|spending|prices|deficit|surplus|rate|index|claims)|housing[ \t]+starts)\b")


def month_number(word: str) -> int:
    """The month (1–12) a month word or abbreviation names ("Sept." -> 9)."""
    return lx.MONTHS[word.rstrip(".").lower()]


def day_number(word: str) -> int:
    """The day of the month a day word tells, ordinal or not ("21st" -> 21)."""
    return int(re.sub(r"\D", "", word))


def timex_mod(word: str | None) -> str | None:
    """The TIMEX3 ``mod`` a modifier word tells ("early" -> START, "late" -> END), or None."""
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip("- "))
    for key in (w, w.replace("toward ", "").replace("towards ", "")):
        if key in lx.MODIFIERS:
            return lx.MODIFIERS[key]
    if "end" in w or "late" in w or "close" in w or "latter" in w:
        return "END"
    if "mid" in w or "middle" in w:
        return "MID"
    if w.startswith("the turn"):
        return None
    return "START"




# Words every match of a rule must contain. Scanning for these is cheap; the full pattern (with
# its optional prefixes tried at every position) then runs only in windows around them, which is
# what makes the tagger many times faster than trying every pattern at every character.
#: A month's first three letters where a month name (``MON``) starts: "Mayor", "Maria", "Marek", "Decision"
#: are no trigger (they made windows cover most of a text full of names); the match is still the three
#: letters, so the windows around real months are what they were.
T_MON = rf"(?={MON})(?:{lx.alternatives(lx.SHORT_MONTHS + tuple(m.upper() for m in lx.SHORT_MONTHS))})"
T_UNIT = r"(?i:second|minute|hour|day|night|week|month|quarter|year|decade|centur)"
T_WDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
#: shared by the rules about days, parts of days and periods (one scan serves them all)
T_PERIOD_WORDS = r"(?i:day|morning|afternoon|evening|night|week|month|quarter|year|spring|summer|autumn|winter|fall)"
#: clock times: am/pm, a colon before minutes, a zone or "hrs"
T_CLOCK = r"(?i:[ap]\.?m\b|:[0-5]\d|gmt|utc|hrs\b|hours\b)"


#: A figure right before "more than" or "less than": "£12,000 more than a year earlier", "9 per cent less
#: than a year before", "ten more than a year ago", "300 tonnes more than". The comparative is the figure's
#: (how much more than the earlier period's), not a hedge on the count of years, so the date is the
#: count alone ("a year earlier", the comparison's other period; "more than a year earlier" would be
#: the time of the clause, with nothing to say it is a comparison).
_FIGURE_COMPARED_BEFORE = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*|\b\d[\d,.]*|\b(?:" + spelled(1, 90) + r"|twice|thrice|(?:a\s+)?(?:hundred|thousand|million)))"
    r"(?:\s*(?:%|per\s*cent|percent|(?:million|billion|thousand|bn|m|k)\b))?(?:\s+[a-z]+s?){0,2}?\s+$", re.IGNORECASE)


def figure_compared_before(text: str, pos: int) -> bool:
    """Whether a figure ends right before ``pos`` (where "more than" or "less than" starts): see
    :data:`_FIGURE_COMPARED_BEFORE`."""
    return _FIGURE_COMPARED_BEFORE.search(text[max(0, pos - 40):pos]) is not None


def text_before(text: str, pos: int, n: int = 30) -> str:
    """The ``n`` characters before ``pos``: the context a rule checks before its match."""
    return text[max(0, pos - n) : pos]


def text_after(text: str, pos: int, n: int = 30) -> str:
    """The ``n`` characters after ``pos``: the context a rule checks after its match."""
    return text[pos : pos + n]


#: a word that numbers the parts of a text, a series or a place ("chapter 2045", "episode 2001", "bus
#: 2019", "clause 2031", "platform 1999"): the figure after it is that part's number, never a year
SERIES_WORDS = (
    r"no\.?", r"nos\.?", "number", "series", "issue", r"vol\.?", "volume", "page", r"pp?\.", r"art\.", "section",
    "code", r"ext\.?", "route", "flight", "model", "room", "chapter", r"chap\.", r"ch\.", "clause", "article", "item",
    "episode", r"ep\.", "bus", "verse", "paragraph", r"para\.", "platform", "gate", "exhibit", "appendix", "annex",
    "hymn", "psalm", "apartment", r"apt\.", "suite", "ticket", "invoice")
#: the words (or "#") as one pattern, the word boundary tried once before all the words (not once for
#: each: every number's neighbours are asked, and forty boundaries at each character cost the tagger 5%)
SERIES = re.compile(r"(?i)(?:#|\b(?:" + "|".join(SERIES_WORDS) + r"))\s*$")
#: no word of the series is longer than this (with its dot): a match starts at most this far before
#: the end of the text before the number, past its spaces
SERIES_LONGEST = 12


def numbers_a_part(before: str) -> bool:
    """Whether ``before`` (the text right before a number) ends with a word that numbers a part of a
    text, a series or a place (:data:`SERIES_WORDS`). Only its last words are searched: the match
    is anchored at the end, and starting it further back cannot succeed."""
    return SERIES.search(before, max(0, len(before.rstrip()) - SERIES_LONGEST)) is not None


MONEY_BEFORE = re.compile(r"[$€£¥]\s*$|\b(?:US|USD|EUR|Rs\.?)\s*$")
#: a counted unit or noun right after a number ("1500 km", "2000 soldiers"): a whole word, so a year
#: before a word that merely begins so ("2019 Milestones", "1998 Timesheets") stays a year
COUNT_AFTER = re.compile(
    r"(?i)^\s*(?:%|(?:percent|per\s*cent|millions?|billions?|thousands?|trillions?|dollars|euros|pounds|yen|"
    r"rials?|tomans?|kms?|kilomet[a-z]*|miles?|meters?|metres|feet|ft|kgs?|tons?|tonnes|barrels|people|"
    r"persons|troops|soldiers|men|women|fighters|members|votes|seats|deaths|casualties|units|"
    r"hours|minutes|times|pages|words|points|ad|bc|b\.c|a\.d)(?![a-z]))"
)
#: A sentence opened by a preposition of time, then a number and people doing something: a year, though
#: "1500 soldiers" elsewhere counts them ("sent in 1500 soldiers", "grew by 1900 people"): a count of
#: people never opens a sentence after "In" or "By"
_OPENS_WITH_YEAR_THEN_PEOPLE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:In|By|During|Until|Till|Since|After|Before|From)\s+$")
_PEOPLE_THEN_VERB = re.compile(
    r"\s+(?:people|persons|troops|soldiers|men|women|fighters|members)\s+[a-z]{2,}\b")
#: "the 1700 block of Main Street": a street address's block number, never a year
_BLOCK_AFTER = re.compile(r"(?i)^\s+blocks?\s+of\b")
#: "the index rose 8 to 1999", "slipped 3.5 points to 2010": the level a figure moved to after the
#: size of the move, never a year (not "from": "rose 8% from 2019" compares with that year)
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:rose|rise[sn]?|fell|falls?|gain(?:ed|s)?|lost|dropped|climbed|jumped|slipped|declined|added|"
    r"eased|advanced|increased|decreased|grew|slid|tumbled|soared|surged|sank|up|down|off|higher|lower)"
    r"\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]*\d(?:\s*(?:points?|pts?\.?|cents?))?"
    r",?\s+(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?$")
_ZONE_AFTER = re.compile(rf"^\s*(?:{lx.CLOCK_ZONES}\b|hrs\b|local\s+time\b)")
#: what a year's figures are called: "its 1988 results", "IBM's 1989 earnings" are that year's, never
#: a count of 1988 results (a count that large is written "1,988" in edited text); and what a year's
#: calendar is called: "2025 fixtures", "the 2026 timetables", "2024 schedules", a listing's title
#: whose year dates every day it lists
_REPORTED_AFTER = re.compile(
    r"(?i)^\s+(?:results|earnings|sales|profits|revenues|loss|losses|census|figures|accounts|elections|budgets|forecasts|"
    r"estimates|targets|dividends|shipments|exports|imports|statements|campaigns|championships|olympics|"
    r"fixtures|dates|schedules|timetables|calendars|listings)\b")
_YEAR_PREP = re.compile(
    r"(?i)(?:\b(?:in|since|by|from|until|till|through|throughout|to|during|before|after|of|around|"
    r"circa|c\.|early|late|mid|fiscal|year|years|and|or|between|for|the|spring|summer|autumn|fall|"
    r"winter|end|beginning|start|middle|decade|than|on|at|as|dated)\s+|mid-|[(,]\s*)$"
)


# a preposition of time, then a hedge: the number after it is a year, as after the preposition alone
_HEDGED_YEAR = re.compile(
    r"(?i)\b(?:in|since|until|till|from|before|after|during)\s+"  # not "to", "by": "cut to about 1200"
    # "since at least 1988 that", "until at least 2030 when": a lower bound hedges the year as "about" does
    r"(?:about|around|approximately|roughly|circa|c\.|ca\.|at\s+least)\s+$")
#: a hedge opening a sentence or a clause: "About 1120 the tower fell", "; around 1350 the monks
#: left". With no preposition the number may still be a count ("About 1200 were killed"), so only a
#: clause going on (``_CLAUSE_GOES_ON``) after it makes it a year
_HEDGE_OPENS_CLAUSE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:About|Around|Circa|about|around|circa)\s+$")
#: a hedge after a passive verb ("was built about 1899", "were painted around 1640 by"), after a
#: verb that takes no object ("born about 1819", "died circa 1700") or after "dated to": a passive
#: has no object to count, so the number after it says when (a count would follow a preposition:
#: "was cut to about 1200", "was sold for about 1500")
_HEDGE_AFTER_PASSIVE = re.compile(
    r"(?i)(?:\b(?:was|were|been|be|is|are)\s+(?:[a-z]+ly\s+)?(?!about\b|around\b|worth\b|home\b|[a-z]+ing\b)[a-z]{3,}"
    r"|\b(?:born|died|bapti[sz]ed|buried|dated\s+to|dating\s+(?:from|to))),?\s+"
    r"(?:about|around|approximately|roughly|circa|c\.|ca\.)\s+$")
# what may follow a hedged year: the clause's end or its next words, never a counted noun
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:BC|AD|the|a|an|when|and|but|until|till|to|he|she|they|it|we|his|her|their|its|"
    r"that|this|there|after|before|onwards?|or|on|in|by|as|while)\b(?!\s*\d)")  # not "from about 1500 to 900"
# a year at the start of a line (a list's bullet allowed), then a colon or dash and words: an entry
# of a chronology or a life's list ("1821: apprenticed to a printer", "- 1830 – moved to London")
_LIST_ENTRY_YEAR = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?$")
#: a line opening with a year and a capitalised word, as each line of a chronology does
#: (its first word may be one letter: "1832 A second wheel is added", "1840 I moved to Leeds")
_CHRONOLOGY_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•·][ \t]*)?\d{3,4}[ \t]+[A-Z](?:[a-z]|[ \t]+[a-z])")
_LIST_ENTRY_AFTER = re.compile(r"[ \t]*(?::|[-–—][ \t])[ \t]*[A-Za-z]")
#: nothing after a number but the end of its line: with nothing before it on the line either, a heading
_ALONE_ON_ITS_LINE = re.compile(r"[ \t]*(?:\r?\n|$)")


def plausible_year(text: str, start: int, end: int, strong_context: bool = False) -> bool:
    """Whether a bare four-digit number is a year, judged from its neighbours only."""
    y = int(text[start:end])
    before, after = text_before(text, start), text_after(text, end)
    if numbers_a_part(before) or MONEY_BEFORE.search(before):
        return False
    if re.search(r"(?i)\bmid-$", before) and not re.match(r"^(?:[.,]\d|[-/:]\d|\d|%)", after):
        return True  # "mid-2015"
    if re.search(r"[\d.,:/\-]\Z|\d[\s-]\Z", before) or re.match(r"^(?:[.,]\d|[-/:]\d|\d|%)", after):
        return False
    if re.match(r"^\s*[-–]\s*\d{3}[-\s]\d{4}", after):  # phone number
        return False
    if _BLOCK_AFTER.match(after) or _LEVEL_BEFORE.search(before):
        return False
    if _OPENS_WITH_YEAR_THEN_PEOPLE.search(before) and _PEOPLE_THEN_VERB.match(after) and 1000 <= y <= 2100:
        return True  # "In 1915 women took over the looms", "By 1900 people had left": no count opens so
    if COUNT_AFTER.match(after) or _ZONE_AFTER.match(after):
        return False  # "(1231 GMT)", "1400 local time": a clock, never a year
    if re.match(r"^\s*\)", after) and re.search(r"\(\s*$", before):
        return 1000 <= y <= 2100  # "the Gallipoli campaign (1915)": a year in parentheses
    if re.match(r"^\s*[\])]", after) and re.search(r"[\[(]\s*$", before):
        return False  # "[1191]": a reference number
    prep = bool(_YEAR_PREP.search(before))
    if (_HEDGED_YEAR.search(before) or (_HEDGE_OPENS_CLAUSE.search(before) or _HEDGE_AFTER_PASSIVE.search(before))
            and 600 <= y <= 2100) \
            and _CLAUSE_GOES_ON.match(after):
        # "until about 1190, when", "in around 1350 the": a preposition of time, then the hedge (not
        # "reduced to about 1200 soldiers", "by about 1500 men": a count)
        return True
    if _LIST_ENTRY_YEAR.search(before) and _LIST_ENTRY_AFTER.match(after):
        return True  # "1821: apprenticed to a printer": a year opening a line of a chronology
    if _LIST_ENTRY_YEAR.search(before) and _ALONE_ON_ITS_LINE.match(after) and 1000 <= y <= 2100:
        return True  # "1851" alone on its line: a heading, the year the paragraphs under it are told in
    if _LIST_ENTRY_YEAR.search(before) and re.match(r"[ \t]+[A-Z](?:[a-z]|[ \t]+[a-z])", after) and 600 <= y <= 2100 \
            and len(_CHRONOLOGY_LINE.findall(text)) >= 3:
        # "1136 Built by the abbot": a year opening a line, with no colon, in a text whose lines open
        # so again and again (a chronology); one such line alone may be a count ("1500 Troops ...")
        return True
    if re.search(r"(?i)\b(?:than|about|some|nearly|almost|over|under|only|approximately|least)\s+$", before):
        if not re.match(r"^\s*(?:BC|AD|bce?\b|b\.c\.|[.,;)]|$)", after):
            return False
    if re.match(r"^\s+[a-z]+s\b(?!://)", after) and not re.match(r"^\s+(?:was|has|is|as|its|this|his|saw|towards|goes|does|proves|seems|marks|comes|brings|sees|remains)\b", after):
        # "1500 soldiers": a count of things (but "1998 was", "2015 marks"; "https://" opens a link)
        if not prep or re.search(r"(?i)\b(?:than|about|some|over|of)\s+$", before):
            if not (1900 <= y <= 2100 and _REPORTED_AFTER.match(after)):
                return False
    if 1900 <= y <= 2100:
        return True
    return prep or strong_context


#: ``Cand.rel`` of a year written with two figures after an apostrophe ("'89", "the summer of '09"):
#: the resolver puts it in the century of the time the text is at (:func:`year_near`).
CLIPPED_YEAR = "clipped_year"
#: How far ahead of the time the text is at a two-figure year may lie ("by '30", told in 2024).
_CLIPPED_AHEAD = 10


def year_near(yy: int, reference: int) -> int:
    """The year ending in the two figures ``yy`` that a reader at ``reference`` means: the latest one no
    more than ten years ahead of it ("'89" told of the 1780s is 1789, told in 1998 it is 1989)."""
    year = reference + _CLIPPED_AHEAD
    return year - (year - yy) % 100


def full_year(yy: str) -> int:
    """A year written with two figures ("'14", "3.9.39"): the nearest century that does not put it far
    ahead of now, 2000s up to 30, else 1900s ("39" is 1939: a war diary's "3.9.39", not 2039)."""
    n = int(yy)
    return 2000 + n if n <= 30 else 1900 + n


#: A year written in full in running text ("June 1917", "in 2024"), not part of a longer number or
#: of a figure with decimals or thousands.
_FULL_YEAR = re.compile(r"(?<![\d.,/:-])(?:1[0-9]|20)\d\d(?![\d]|[.,]\d)")


@memo()
def _years_written(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(m[0]) for m in _FULL_YEAR.finditer(text)}))


def full_year_on_page(yy: str, text: str) -> int:
    """A two-figure year in a numeric date ("1.6.17") on a page that writes its years in full too:
    the century of the page's own year with those figures, when every year the page writes lies
    nearer that one than the pivot's guess ("Month and year: June 1917" over a war diary's "1.6.17"
    entries: 1917, not 2017). Otherwise, or when the page writes no such year, :func:`full_year`."""
    guess = full_year(yy)
    years = _years_written(text)
    own = [y for y in years if y % 100 == int(yy) and y != guess]
    if len(own) != 1 or guess in years:
        return guess
    return own[0] if all(abs(y - own[0]) < abs(y - guess) for y in years) else guess
