"""Rules for years with an era: "264 BC", "146 B.C.", "AD 9", "April 480 BC", "autumn of 481 BC",
"the 470s BC", "264-241 BC", and the bare "in 216" of a history that counts its years BC.

TimeML writes a year before 1 with a "BC" prefix (``BC0264``, ``BC0480-04``, ``BC047``); the
tagger turns those values into calendar days with :func:`explorer.temporal.normalize.bc_span`.
"""

from __future__ import annotations

import bisect
import functools
import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import DAY, MODP, MON, Cand, day_number, month_number, plausible_year, range_of, rule, timex_mod
from explorer.temporal.grammar.blocks import COUNT_AFTER
from explorer.temporal.normalize import Spec, valid_day

#: the era after a year; "before Christ" also in lower case ("264 bc", "44 bce", "146 b.c."), as
#: informal and older texts write it; "ad" and "ce" here only in capitals, since in lower case they
#: are words ("an ad", "ce que") more often than eras (see ``lower_case_era`` for where they are not)
_BC_LOWER = r"bce|bc|b\.c\.(?:e\.)?"
ERA = rf"(?P<era>BCE|BC|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.|{_BC_LOWER})(?![\w])"
_T_ERA = r"\b(?:BCE?|B\.C|AD|A\.D|CE|C\.E|bce?|b\.c)\b"
#: what a bare year must not have after it to be read as one in a BC history: an era of its own
_NO_ERA_AFTER = r"(?![\w%]|[.,:/-]\d|\s*(?:BCE?|B\.C|AD|A\.D|CE|bce?|b\.c)\b)"


def _bc(era: str) -> bool:
    return era.upper().startswith("B")


@rule(rf"(?<![\w$])(?:(?P<ad>AD|A\.D\.)\s*(?P<y0>\d{{1,4}})(?![\w.,]\d|\d|[a-z]|\s*(?:BC|B\.C|bc|b\.c))|(?<![\d,.])(?P<y>\d{{1,4}}|\d{{1,2}},\d{{3}})\s*{ERA})",
      priority=2, trigger=_T_ERA)
def era_year(m: re.Match[str], text: str) -> Cand | None:
    """ "264 BC", "146 B.C.", "500 BCE", "9 AD", "AD 9", "1066 CE"; prehistory writes its years with a
    thousands comma ("9,500 BC", "10,000 B.C.E."), and only before the era (a year after Christ
    with a comma, "2,000 AD", is a count)."""
    if m["y"] and "," in m["y"] and (not _bc(m["era"]) or re.match(r"\s+[a-z]{3,}s\b(?<!was)", text[m.end():m.end() + 20])):
        return None  # "2,000 AD", "10,000 BC residents" (British Columbia's): counts
    y = int((m["y0"] or m["y"]).replace(",", ""))
    if y == 0:
        return None
    bc = bool(m["era"]) and _bc(m["era"])
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=y, bc=bc))


#: a lower-case "ad" or "ce" is an era only where a word could not be: after a preposition of time
#: and a year before 1500 ("around 120 ad", "in 43 ce"), ending its phrase (a stop, a comma, or a
#: word that starts the next: "in 120 ad and", not "in 800 ad spots")
_LOWER_AD = (r"\b(?:[Ii]n|by|around|about|circa|c\.|ca\.|until|till|from|since|after|before|year|of)\s+"
             r"(?P<y>[1-9]\d{0,2}|1[0-4]\d\d)\s?(?P<era>ad|ce)"
             r"(?=\s*(?:[.,;:)!?\]]|$)|\s+(?:and|or|to|until|when|while|the|a|an|by|in|on|at|with|after|before|under|"
             r"he|she|it|they|its|his|their|was|were|is)\b)")


@rule(_LOWER_AD, priority=2, trigger=r"\d\s?(?:ad|ce)\b")
def lower_case_era(m: re.Match[str], text: str) -> Cand | None:
    """ "built around 120 ad", "founded in 43 ce": a year after Christ written in lower case."""
    return Cand(m.start("y"), m.end("era"), "abs", spec=Spec("Y", year=int(m["y"]), bc=False))

@rule(rf"{MODP}(?P<mon>{MON})\s+(?:of\s+)?(?P<y>\d{{1,4}})\s*{ERA}", priority=3, trigger=_T_ERA)
def era_month(m: re.Match[str], text: str) -> Cand | None:
    """ "April 480 BC"."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["y"]), month=month_number(m["mon"]), bc=_bc(m["era"])),
                mod=timex_mod(m["mod"]))


@rule(rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<mon1>{MON})|(?P<mon2>{MON})\s*(?P<d2>{DAY})),?\s+"
      rf"(?:(?P<y>\d{{1,4}})\s*{ERA}|(?P<ad>AD|A\.D\.)\s*(?P<y0>\d{{1,4}})(?![\w.,]\d|\d|[a-z]))",
      priority=4, trigger=_T_ERA)
def era_day(m: re.Match[str], text: str) -> Cand | None:
    """ "15 March 44 BC", "March 15, 44 BC", and the era before the year as a history of the empire
    writes it: "21 July AD 365"."""
    d, mo = (day_number(m["d1"]), month_number(m["mon1"])) if m["d1"] else (day_number(m["d2"]), month_number(m["mon2"]))
    if not 1 <= d <= 31:
        return None
    y = int(m["y"] or m["y0"])
    if y == 0:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d, bc=bool(m["era"]) and _bc(m["era"])))


@rule(rf"(?:the\s+)?{MODP}(?P<season>(?i:spring|summer|autumn|winter|fall))\s+(?:of\s+)?(?P<y>\d{{1,4}})\s*{ERA}",
      priority=3, trigger=_T_ERA)
def era_season(m: re.Match[str], text: str) -> Cand | None:
    """ "autumn of 481 BC", "the spring of 480 BC"."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(m["y"]), season=lx.SEASONS[m["season"].lower()],
                                                     bc=_bc(m["era"])), mod=timex_mod(m["mod"]))


@rule(rf"(?:the\s+)?{MODP}(?P<dec>\d{{1,3}})0'?s\s*{ERA}", priority=3, trigger=_T_ERA)
def era_decade(m: re.Match[str], text: str) -> Cand | None:
    """ "the 470s BC" (value BC047: the years 479-470 BC)."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=int(m["dec"]), bc=_bc(m["era"])), mod=timex_mod(m["mod"]))


@rule(rf"(?<![\w$.,])(?P<a>\d{{1,4}})\s*(?:-|–|—|\bto\b|\band\b|\buntil\b)\s*(?P<b>\d{{1,4}})\s*{ERA}", priority=6, trigger=_T_ERA)
def era_range(m: re.Match[str], text: str) -> Cand | None:
    """ "264-241 BC", "between 264 and 241 BC", "AD 14 to 37": both ends in the era, each its own TIMEX3."""
    a, b = int(m["a"]), int(m["b"])
    bc = _bc(m["era"])
    if a == 0 or b == 0 or (a <= b if bc else a >= b):
        return None  # BC years count down, AD years up
    first = Cand(m.start("a"), m.end("a"), "abs", spec=Spec("Y", year=a, bc=bc))
    second = Cand(m.start("b"), m.end(), "abs", spec=Spec("Y", year=b, bc=bc))
    return range_of(first, second)


# -- a bare year in a history told BC -------------------------------------------------------------

_ERA_MARK = re.compile(r"(?<![\w$])(\d{1,4})\s*(BCE|BC|B\.C\.|AD|A\.D\.|CE|bce|bc|b\.c\.)(?![\w])|\b(AD|A\.D\.)\s*(\d{1,4})\b")
_BARE_PREP = re.compile(
    r"(?i)\b(?:in|by|of|until|till|since|from|to|after|before|and|around|circa|c\.|ca\.|the\s+rest\s+of|"
    r"spring|summer|autumn|winter|year|early|late|mid)\s+$")


@functools.lru_cache(maxsize=16)
def _era_marks(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, bool], ...]]:
    """Offsets of the text's era-marked years and, for each, (year, is BC)."""
    pos: list[int] = []
    marks: list[tuple[int, bool]] = []
    for m in _ERA_MARK.finditer(text):
        if m[1]:
            pos.append(m.start())
            marks.append((int(m[1]), _bc(m[2])))
        else:
            pos.append(m.start())
            marks.append((int(m[4]), False))
    return tuple(pos), tuple(marks)


@rule(r"(?<![\w$€£#.,/:-])(?P<y>[1-9]\d{1,2})" + _NO_ERA_AFTER, priority=0,
      trigger=_T_ERA)
def year_in_bc_story(m: re.Match[str], text: str) -> Cand | None:
    """ "In 218 BC Hannibal crossed the Alps; in 216 he won at Cannae": once a history counts its
    years BC, a bare year after a preposition is one of them. Only near an earlier BC year (within
    a century of it), so counts ("in 300 ships") and other numbers stay out."""
    pos, marks = _era_marks(text)
    if not pos or not _BARE_PREP.search(text, max(0, m.start() - 14), m.start()):
        return None
    i = bisect.bisect_right(pos, m.start()) - 1
    if i < 0:
        return None
    y = int(m["y"])
    bc = _story_era(text, m.start(), y)
    if bc is None:
        return None
    if not plausible_year(text, m.start("y"), m.end("y"), strong_context=True):
        return None
    return Cand(m.start("y"), m.end("y"), "abs", spec=Spec("Y", year=y, bc=bc))


year_in_bc_story.reads_on = True  # type: ignore[attr-defined]  # scanned from the first era mark on


def _story_era(text: str, at: int, y: int) -> bool | None:
    """Whether a bare year ``y`` at ``at`` is BC (True) or AD (False) in a history that marks its
    era, by the nearest era-marked year before it: BC within a century of it ("in 216" after
    "218 BC"), AD from a century before it to four after ("begun in 181" after "around A.D. 50",
    as a history of the empire runs on); None when no marked year is near enough."""
    pos, marks = _era_marks(text)
    i = bisect.bisect_right(pos, at) - 1
    if i < 0 or at - pos[i] > 4000:
        return None
    year, bc = marks[i]
    if bc:
        return True if abs(y - year) <= 100 else None
    return False if year - 100 <= y <= year + 400 and y < 1000 else None


@rule(rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<mon1>{MON})|(?P<mon2>{MON})\s*(?P<d2>{DAY}),)\s+(?P<y>[1-9]\d{{1,2}})"
      + _NO_ERA_AFTER, priority=3, trigger=_T_ERA)
def day_in_era_story(m: re.Match[str], text: str) -> Cand | None:
    """ "An earthquake on 21 July 365 damaged the town": in a history that marks its era, a day and
    month with a year of two or three digits is a date of that era (a four-digit year is read by
    the general rules)."""
    y = int(m["y"])
    bc = _story_era(text, m.start(), y)
    if bc is None:
        return None
    d, mo = (day_number(m["d1"]), month_number(m["mon1"])) if m["d1"] else (day_number(m["d2"]), month_number(m["mon2"]))
    if not valid_day(2000, mo, d):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=y, month=mo, day=d, bc=bc))


day_in_era_story.reads_on = True  # type: ignore[attr-defined]

#: what may follow the year of "21 July 365" with no era in the text: the end of the phrase (a stop,
#: a comma, a bracket) or a word that opens the next one; "21 July 365 people" is a count, and so is
#: "on June 3, 250 were held" (no verb may follow), "on June 3, 250 to 300"
_PHRASE_ENDS = re.compile(
    r"\s*(?:[.;:)!?\]]|,(?!\s*\d)|$)|\s+(?:and|or|until|when|while|the|a|an|by|in|on|at|with|after|before|"
    r"he|she|it|they|its|his|her|their)\b(?!\s*\d)")


@rule(rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<mon1>{MON})|(?P<mon2>{MON})\s*(?P<d2>{DAY}),)\s+(?P<y>[1-9]\d\d)"
      + _NO_ERA_AFTER, priority=3, trigger=r"[A-Za-z.,]\s+[1-9]\d\d\b")
def day_with_short_year(m: re.Match[str], text: str) -> Cand | None:
    """ "On 21 July 365, an earthquake struck": a day and a month with three digits that end the
    phrase are a date of the first millennium in any text, era mark or not; with a noun after them
    ("21 July 365 people") the digits are a count."""
    if not _PHRASE_ENDS.match(text, m.end()):
        return None
    d, mo = (day_number(m["d1"]), month_number(m["mon1"])) if m["d1"] else (day_number(m["d2"]), month_number(m["mon2"]))
    if not valid_day(2000, mo, d):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=int(m["y"]), month=mo, day=d))


# -- an unmarked year of three digits in a history ---------------------------------------------

#: what follows a number that counts something ("in 732 soldiers", "in 180 dead", "in 500 ml")
_COUNTED_AFTER = re.compile(
    r"(?i)^(?:\s*(?:[-–]|to|and|or|of|out\s+of|x|by)\s*\d|\s+(?:dead|wounded|killed|injured|missing|captured|"
    r"prisoners|casualties|strong|men|people|m|cm|mm|km|ml|l|g|mg|kg|lb|lbs|oz|hp|mph|kph|kw|mw|gb|mb|kb|ha|bp)\b|"
    r"\s+(?!(?:was|has|is|as|its|this|his|thus|has|always|perhaps|towards|afterwards|whereas|besides|was)\b)[a-z]+s\b)")


@rule(r"(?<![\w-])(?P<prep>in|In|until|Until|till|since|Since|after|After|before|Before|circa|c\.|ca\.|By)\s+"
      r"(?P<y>[1-9]\d\d)" + _NO_ERA_AFTER, priority=-1,
      trigger=r"(?i:(?:in|until|till|since|after|before|circa|c\.|ca\.|by)\s+[1-9]\d\d\b)")
def short_year(m: re.Match[str], text: str) -> Cand | None:
    """ "stopped the invasion in 732 near Tours", "Until 843 the empire stayed whole": a year of
    three digits with no era, right after a preposition of time and with no count or unit after it.
    The resolver keeps it only in a narrative passage (``rel="short_year"``): in news such a number
    is a count or an address far more often than a year."""
    before = text[max(0, m.start() - 16):m.start("y")]
    if m["prep"] == "By" and not re.search(r"(?:^|[.!?]\s+|\n\s*)By\s+$", before):
        return None  # "By 800 Charlemagne ruled" opens a sentence; "grew by 300" is a count
    if re.search(r"(?i)(?:\d|\bone|\bresult(?:s|ed|ing)?|\bup|\bdown|\bincrease|\bdecrease|\brise|\bfall)\s+in\s+$", before):
        return None  # "one in 200", "resulted in 180 dead", "a rise in 300": a count
    if _COUNTED_AFTER.match(text[m.end():m.end() + 30]) or COUNT_AFTER.match(text[m.end():m.end() + 30]):
        return None
    if m["prep"][0].isupper() and re.search(r"(?:^|[.!?]\s+|\n\s*)$", text[max(0, m.start() - 4):m.start()]) \
            and _CLAUSE_AFTER_YEAR.match(text, m.end()):
        # "In 991 the monks fled", "Until 843, the empire ...": a sentence opened by a preposition of
        # time and a number, then its clause: a year in any passage (an address or a count reads
        # "In 204 Main Street", "In 300 cases")
        return Cand(m.start("y"), m.end("y"), "abs", spec=Spec("Y", year=int(m["y"])))
    return Cand(m.start("y"), m.end("y"), "abs", spec=Spec("Y", year=int(m["y"])), rel="short_year")


#: what opens the clause after a sentence-opening "In 991": a comma or a determiner
_CLAUSE_AFTER_YEAR = re.compile(r"(?:,|\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s)")


__all__ = ["era_year", "era_month", "era_day", "era_season", "era_decade", "era_range", "year_in_bc_story", "day_in_era_story", "day_with_short_year", "short_year", "lower_case_era"]
