"""Words the grammar is built from, in one place so the regexes and the normaliser agree.

Each table maps a surface form (lower case) to the value the normaliser needs, so adding a spelling
("Sept.", "autumn") is one line here and never a change to a pattern.
"""

from __future__ import annotations

import re

from explorer.calendar import MONTH_NAMES as FULL_MONTHS
from explorer.number_words import CARDINALS

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]
):
    for _n in _names:
        WEEKDAYS[_n] = _i

#: the weekdays spelled out, capitalised, Monday first as ``date.weekday()`` counts (the months,
#: ``FULL_MONTHS``, come from the calendar, which the timeline's labels read too)
FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def alternatives(names: tuple[str, ...], without: tuple[str, ...] = ()) -> str:
    """``names`` as a bare regex alternation ("January|February|…"), to sit beside other words in a
    pattern's group; ``without`` leaves out names a pattern cannot take (the month "May", which is
    also a modal verb)."""
    return "|".join(name for name in names if name not in without)


#: the same as regex groups: the one place the patterns that want only the full names (not "Mon",
#: "Sept.") take them from
WEEKDAY_NAMES = f"(?:{alternatives(FULL_WEEKDAYS)})"
MONTH_NAMES = f"(?:{alternatives(FULL_MONTHS)})"
#: their three-letter forms, capitalised ("Jan", "Sep", "Mon"), which a pattern follows with
#: ``[a-z]*`` to take the full name too
SHORT_MONTHS = tuple(name[:3] for name in FULL_MONTHS)
SHORT_WEEKDAYS = tuple(name[:3] for name in FULL_WEEKDAYS)
#: a month's or a weekday's name in any of its forms ("May", "Sept", "thurs"), as one regex alternation
DAY_AND_MONTH_WORDS = alternatives(tuple(sorted({*MONTHS, *WEEKDAYS}, key=lambda w: (-len(w), w))))
#: nouns that number a part of a page or a run before a date: "Update 4 - 17 November", "Stage 3 – 9
#: July", "Day 2, Monday", "Report 3 – 9 May"; the number is the label's, not a day of the date
NUMBERED_PART_LABELS = ("Update", "Bulletin", "Report", "Dispatch", "Briefing", "Day", "Stage", "Leg", "Week",
                        "Issue", "Part", "Chapter", "Episode", "Round", "Entry", "Item", "Phase", "Section")

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

#: the head nouns of place and building names ("<Name> Street", "<Name> Harbour", "the <Name> Hall"):
#: a capitalised calendar word right before one of them is the first word of a name, no date
NAME_HEADS = (
    "street", "st", "road", "rd", "lane", "avenue", "ave", "drive", "way", "place", "square", "close",
    "crescent", "terrace", "row", "walk", "harbor", "harbour", "bay", "island", "islands", "isle", "beach",
    "creek", "river", "lake", "hill", "hills", "valley", "park", "garden", "gardens", "hall", "palace",
    "house", "market", "bridge", "station", "school", "college", "club", "stone", "point", "cove", "falls",
    "church", "chapel", "theatre", "theater", "centre", "center", "mall", "field", "fields", "ground",
    "farm", "wood", "woods", "mill", "tower", "inn", "hotel", "cottage", "court", "quay", "wharf",
)

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, **CARDINALS, "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5,
    "a half": 0.5, "dozen": 12, "a dozen": 12,
}
# Quantities that say "some number" without one: TIMEX3 writes them as X ("PXY").
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "recent", "the past few", "couple of"}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

# Unit word -> TIMEX3 duration letter and its size in days (for arithmetic and spans).
UNITS: dict[str, tuple[str, float]] = {
    "second": ("TS", 1 / 86400), "minute": ("TM", 1 / 1440), "hour": ("TH", 1 / 24),
    "day": ("D", 1), "night": ("D", 1), "week": ("W", 7), "weekend": ("WE", 2), "month": ("M", 30.44),
    "quarter": ("Q", 91.3), "year": ("Y", 365.25), "decade": ("DE", 3652.5),
    "century": ("CE", 36525), "centurie": ("CE", 36525),
}
TIME_UNITS = {"second", "minute", "hour"}

#: Time-zone abbreviations written after a clock time ("14:30 GMT", "22:00 CET"), as a regex group, and
#: the US zones as agencies spell them out ("9 p.m. Eastern time", "6:30 a.m. Pacific Standard Time")
CLOCK_ZONES = (r"(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST"
               r"|(?:Eastern|Central|Mountain|Pacific|Atlantic)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime)")

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

# Words before an expression that change which part of it is meant (TIMEX3 mod).
MODIFIERS: dict[str, str] = {
    "early": "START", "the early": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the dawn of": "START", "the first days of": "START",
    "late": "END", "the late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "toward the end of": "END", "towards the end of": "END", "by the end of": "END",
    "the latter part of": "END", "the last days of": "END", "mid": "MID", "mid-": "MID",
    "the middle of": "MID", "middle of": "MID", "the mid": "MID", "the mid-": "MID",
    "the height of": "MID",
}
APPROX_WORDS = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "more than",
                "less than", "at least", "over", "under", "up to", "circa", "c.")
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "c.": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
}


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so "sept" wins over "sep"."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_SCALES = {"hundred": 100, "thousand": 1000}


def number_value(word: str) -> float | None:
    """A quantity word or numeral as a number; None for vague quantities ("several")."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    half = re.fullmatch(r"(.+?)[ -](?:and[ -]a[ -]half|1/2)", w)  # "two and a half", "three-and-a-half"
    if half:
        whole = 1 if half[1] in ("a", "an") else number_value(half[1])
        return None if whole is None else whole + 0.5  # "two and a half", "2 1/2"
    if w.replace(".", "", 1).isdigit():
        return float(w)
    quarters = re.fullmatch(r"(a|an|one|three)[ -]quarters?(?: of an?)?", w)
    if quarters:
        return 0.75 if quarters[1] == "three" else 0.25  # "a quarter of an hour", "three-quarters of a century"
    if w in NUMBERS:
        return NUMBERS[w]
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[1] in _SCALES:
        n = 1 if parts[0] in ("a", "an", "one") else NUMBERS.get(parts[0])
        return None if n is None else n * _SCALES[parts[1]]  # "a hundred", "two thousand"
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]  # "twenty-four"
    return None


#: the words a post closes a clause with where formal text puts a full stop ("back on the 21st lol",
#: "due fri omg", "I run everyday haha"): a time word before one has nothing after it that it could
#: count or name, so the rules that wait for a clause's end to read a short form take these as an end.
#: Letters held for emphasis are part of the spelling ("lolll", "hahaha", "yaaay", "ughhh").
CHAT_INTERJECTION = r"(?:lol+|lmao+|omg+|(?:ha){2,}h?|(?:he){2,}|ya+y+|ug+h+|pl[sz]|thx|tho|btw|x(?:o?x)*o?|wo+ho+|ye+s{2,})"


#: past participles that do not end in "-ed", for the present passive of a clause of time ("when the
#: case is heard in May", "once the deal is signed", "if the bill is passed") and for an aside that dates a
#: noun ("The oldest bell, cast in 1611, was tuned"): English's closed class
IRREGULAR_PARTICIPLE = (
    r"(?:heard|held|made|given|taken|paid|sold|built|done|known|seen|sent|set|put|run|met|won|lost|"
    r"found|brought|bought|cut|shut|read|written|chosen|drawn|shown|told|struck|begun|spent|kept|left|"
    r"cast|laid|led|rung|sung|sunk|hung|spun|dug|caught|taught|fought|bound|broken|driven|ridden|stolen|"
    r"frozen|woven|sewn|sown|grown|thrown|flown|worn|torn|sworn|slain|beaten|shot)")
