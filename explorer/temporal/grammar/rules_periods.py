"""Rules for periods longer than a day: decades, centuries, seasons, quarters and halves.

They read the period's name and its year if said ("the third quarter of 2017", "the 1960s", "winter
2019"); the resolver dates a yearless one. Split out of the general rules by family.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import IGNORE_CASE, MODP, MON, ORD, SEASON, YEAR, month_number, text_before, timex_mod
from explorer.temporal.grammar.match_play import is_match_period
from explorer.temporal.grammar.registry import Cand, range_of, rule
from explorer.temporal.normalize import Spec


# -- decades, centuries, seasons, quarters ------------------------------------------------------

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


_POSSESSED = re.compile(
    r"(?i)\s+(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|fiscal|quarter|half|budget|results|earnings|"
    r"elections?|season|campaign|levels?|total|figures?|record|crash|summit|census|sales|profit|loss|deficit|"
    r"output|revenue|harvest|drought|war|games|olympics|model)\b")


@rule(rf"(?:(?P<the>the)\s+)?{MODP}(?:(?P<dec>1\d\d|20\d)0'?s|'(?P<short>\d)0s|(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b", IGNORE_CASE, priority=2, trigger=r"\d0\'?s\b|(?i:ties\b)")
def decade(m: re.Match[str], text: str) -> Cand | None:
    if m["dec"] and m[0].endswith("'s") and not (m["the"] or m["mod"]) and _POSSESSED.match(text, m.end()):
        # "1990's first quarter", "1988's drought": a year's, not the decade
        return Cand(m.start(), m.end() - 2, "abs", spec=Spec("Y", year=int(m["dec"]) * 10))
    if m["dec"]:
        s = m[0]
        if re.search(r"\d00'?s$", s) and not re.search(r"\d000'?s$", s):
            c = int(m["dec"]) // 10
            return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=c), mod=timex_mod(m["mod"]))
        return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=int(m["dec"])), mod=timex_mod(m["mod"]))
    if m["word"] and not (m["the"] or m["mod"]):
        return None  # "in her forties" is an age
    d = int(m["short"]) if m["short"] else _DECADE_WORDS[m["word"].lower()]
    return Cand(m.start(), m.end(), "abs", spec=Spec("DE", decade=190 + d), mod=timex_mod(m["mod"]))


#: a possessive pronoun or "a"/"another" before a low ordinal century noun: "the club enters its
#: second century", "a second century of service" count an institution's own hundred years; the
#: adjective ("a second-century fort", "its 12th-century walls") is the calendar's
_OWN_CENTURY_BEFORE = re.compile(r"(?i)\b(?:its|their|our|his|her|your|my|a|another)\s+$")
#: ... said as a noun: what follows ends the phrase or opens the next one ("its second century of
#: service", "its first century as a school"); before a noun ("a 21st century economy") it is the
#: calendar's adjective
_OWN_CENTURY_AFTER = re.compile(r"(?i)\s*(?:[.,;:!?)]|$|(?:of|as|in|on|at|and|next|this|since|with|for|to|was|is|will|"
                                r"has|had|began|begins|ended|ends|starts|started)\b)")


@rule(rf"(?:the\s+)?(?:(?P<comp>later|earlier)\s+)?{MODP}(?<![\w-])(?P<n>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century(?:\s+(?P<era>BCE|BC|AD|B\.C\.(?:E\.)?|A\.D\.|CE|C\.E\.)(?![\w]))?", IGNORE_CASE, priority=2, trigger=r"(?i:centur)")
def century(m: re.Match[str], text: str) -> Cand | None:
    w = m["n"].lower()
    n = lx.ORDINALS.get(w) or (int(re.sub(r"\D", "", w)) if re.sub(r"\D", "", w) else 0)
    if n <= 0 or n > 99:
        return None
    if not m["era"] and not m["mod"] and n <= 4 and not m[0].lower().startswith("the") \
            and _OWN_CENTURY_BEFORE.search(text_before(text, m.start(), 40)) and _OWN_CENTURY_AFTER.match(text, m.end()):
        # "the club enters its second century": a hundred years counted from its founding, no
        # calendar century
        return Cand(m.start(), m.end(), "dur", "DURATION", value="P100Y")
    bc = bool(m["era"] and m["era"].upper().startswith("B"))
    if bc:
        return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=n - 1, bc=True), value=f"BC{n - 1:02d}")
    # "the later 13th century", "the earlier fifth century": a history's comparative is its last or
    # first part, as "late" and "early" are
    mod = timex_mod(m["mod"]) or {"later": "END", "earlier": "START"}.get((m["comp"] or "").lower())
    # (the turn of a century is the boundary at its hundreds, 1900 for the 20th's: no count's choice)
    turn = bool(m["mod"] and "turn" in m["mod"].lower()) \
        or re.search(r"(?i)\bturn\s+of\s+(?:the\s+)?$", text_before(text, m.start(), 20)) is not None
    return Cand(m.start(), m.end(), "abs", spec=Spec("CE", century=n - 1, ordinal_century=not turn), mod=mod)


_CENTURY_ORD = rf"(?:{ORD}|\d{{1,2}}(?:st|nd|rd|th))"


@rule(rf"(?:the\s+)?(?<![\w-])(?P<a>{_CENTURY_ORD})\s*(?:-|–|\bto\b|\band\b|\bor\b|\bthrough\b)\s*(?:the\s+)?(?P<b>{_CENTURY_ORD})[-\s]+centur(?:ies|y)"
      rf"(?:\s+(?P<era>BCE|BC|AD|B\.C\.(?:E\.)?|A\.D\.|CE|C\.E\.)(?![\w]))?", IGNORE_CASE, priority=3, trigger=r"(?i:centur)")
def century_range(m: re.Match[str], text: str) -> Cand | None:
    """ "the 2nd to 4th centuries", "the 12th and 13th centuries", "the 5th-3rd centuries BC": the
    plural noun and the era belong to both ordinals, so each end is a century of its own (TimeML marks
    the two ends apart); an ordinal alone would otherwise be read as a day of the month. A label or a
    catalogue says the noun once in the singular ("Roman, 1st–2nd century AD", "3rd to 4th century"):
    two centuries too, the first of which was lost."""
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
    first = Cand(m.start(), m.end("a"), "abs", spec=Spec("CE", century=ends[0] - 1, bc=bc, ordinal_century=not bc),
                 value=f"BC{ends[0] - 1:02d}" if bc else None)
    second = Cand(m.start("b"), m.end(), "abs", spec=Spec("CE", century=ends[1] - 1, bc=bc, ordinal_century=not bc),
                  value=f"BC{ends[1] - 1:02d}" if bc else None)
    return range_of(first, second)


#: what a season's name can name instead of the season
SEASON_THING = re.compile(r"(?i)[ \t]+(?:Olympics?|Paralympics?|Games|water|rolls?|onions?|chickens?|equinox(?:es)?|solstices?)\b")
#: a campaign a season names ("the German Spring Offensive", "a spring offensive", "Meade's fall
#: campaign"): histories mark the season in it, the time the campaign was fought
SEASON_CAMPAIGN = re.compile(r"(?i)[ \t-]+(?:offensives?|counter-?offensives?|campaigns?|fighting)\b")


#: The words a season's "the fall" follows, as a time: "in the fall", "by the fall", "through the fall", "the
#: rest of the fall"; after any other word ("heard the fall", "behind the fall") "fall" is the noun.
_SEASON_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|during|by|until|till|through|throughout|since|before|into|over|for|from|of|early|late|that)\s+(?:the\s+)?$")


@rule(rf"(?:(?P<the>the|this|last|next|that|this\s+past|past|coming)\s+)?{MODP}(?P<season>{SEASON})(?:(?:\s+of)?\s+(?P<year>{YEAR})|\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year)?(?![\w-])", IGNORE_CASE, priority=2, trigger=r"(?i:spring|summer|autumn|winter|fall)")
def season(m: re.Match[str], text: str) -> Cand | None:
    s = lx.SEASONS[m["season"].lower()]
    det = (m["the"] or "").lower()
    campaign_m = None if m["year"] else SEASON_CAMPAIGN.match(text, m.end())
    if campaign_m is not None and m["season"].lower() == "fall" and campaign_m[0].strip(" -").lower() == "fighting":
        campaign_m = None  # "the men who fall fighting": a verb
    campaign = campaign_m is not None
    year_of = re.match(rf"\s+(?:of|in)\s+(?P<y>{YEAR})", text[campaign_m.end():campaign_m.end() + 12]) if campaign_m else None
    if year_of:
        # "the Spring Offensive of 1918": the campaign's year is its season's
        return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(year_of["y"]), season=s), mod=timex_mod(m["mod"]))
    paired = re.search(r"(?i)\b(?:spring|summer|winter|autumn)\s+(?:and|or|to|through|into)\s+$", text_before(text, m.start(), 24)) \
        and not re.match(r"(?i)\s+(?:in|by|to|from|back|off|below|short|sharply|further|again|apart|behind|into|on|under)\b", text[m.end():m.end() + 10])
    if m["season"].lower() == "fall" and not (det or m["year"] or m["mod"] or campaign or paired):
        return None  # "prices fall" ("the summer and fall": a season beside another stays one)
    if m["season"].lower() == "fall" and re.match(r"^\s+(?:of|from)\s+(?!\d)", text[m.end():m.end() + 8]) and not m["year"]:
        return None  # "the fall of Baghdad"
    if m["season"].lower() == "fall" and det == "the" and not (m["year"] or m["mod"] or m["rel2"] or paired) \
            and not _SEASON_PREPOSITION_BEFORE.search(text_before(text, m.start(), 24)):
        return None  # "Hesketh heard the fall", "gas gathered behind the fall": a noun, where "in the fall" is the season
    # "hues of Spring", "from Spring's florals": a capitalised season after a preposition, with no
    # name going on after it ("Winter Park", "Operation Winter Storm" stay names)
    cap_after_prep = m["season"][0].isupper() and bool(re.search(
        r"(?i)\b(?:of|from|with|in|during|until|till|since|through|for)\s+$", text_before(text, m.start(), 8))) and not re.match(
        r"(?:'s|’s)?\s+[A-Z]", text[m.end():m.end() + 4])
    if m["season"][0].isupper() and not (det or m["year"]) and m.start() > 0 and text[m.start() - 1] not in "\n\"“(":
        if not re.search(r"[.!?]\s+$", text_before(text, m.start(), 3)) and not cap_after_prep and not campaign:
            return None  # "Operation Winter"
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(m["year"]), season=s), mod=timex_mod(m["mod"]))
    if not m["mod"] and det in ("", "the") and SEASON_THING.match(text, m.end()):
        return None  # "the Summer Olympics", "the spring water": an event's or a thing's name, no season
    bare_lower = m["season"].islower() and m["season"] != "fall" and (re.search(
        r"(?i)\b(?:in|of|during|by|until|till|since|through|throughout|before|after|last|next|this|that|the)\s+$", text_before(text, m.start(), 12))
        or re.match(r"^[\s-]+(?:offensives?|counter-?offensives?|campaigns?|months|season|fighting)\b", text[m.end():m.end() + 20]) or not re.match(r"^[\s-]+(?:of\s+(?!\d)|[a-z]+(?:ed|ing)?\b(?<!\bwas)(?<!\bis)(?<!\bhad)(?<!\bwill)(?<!\band)(?<!\bor))", text[m.end():m.end() + 16]))
    # a season alone on its line, the heading of a calendar's or a notebook's part ("Spring" over
    # "The equinox falls on 20 March"): the season the lines under it tell of
    heading = not (det or m["mod"]) and (m.start() == 0 or text[m.start() - 1] == "\n") \
        and re.match(r"[ \t]*:?[ \t]*(?:\n|$)", text[m.end():m.end() + 6]) is not None
    if not (det or m["mod"] or bare_lower or cap_after_prep or campaign or heading or re.search(r"(?i)\b(?:in|during|by|until|since|through|throughout|and|or)\s+$", text_before(text, m.start()))):
        return None  # "spring" alone only when nothing makes it a noun's modifier ("summer camp")
    if bare_lower and not campaign and re.search(r"(?i)\b(?:a|an|hot|mineral|box|coil|leaf|indian)\s+$", text_before(text, m.start(), 10)):
        return None  # "a spring", "hot spring", "Indian summer"
    rel = det if det in ("this", "last", "next", "past", "coming", "this past") else None
    if det == "that":
        rel = "that_year"  # "that winter": the winter of the year just named
    if m["rel2"]:
        # "the spring of last year" is that year's spring (as "the first half of last year" is its
        # half), not the last spring before the page: told in November, "last spring" is this year's
        rel = {"last": "year-1", "next": "year+1"}.get(m["rel2"].lower(), "year0")
    # "the Winter Counteroffensive": the article is the campaign's, not the season's
    start = m.start("season") if campaign and det == "the" and not m["mod"] else m.start()
    return Cand(start, m.end(), "under", spec=Spec("S", season=s), mod=timex_mod(m["mod"]), rel=rel)


@rule(rf"(?:the\s+)?(?P<season>winter)\s+(?:of\s+)?(?P<a>{YEAR})\s*[-–/]\s*(?P<b>\d{{2}}|{YEAR})(?![\d%])", IGNORE_CASE, priority=7, trigger=r"(?i:spring|summer|autumn|winter|fall)")
def winter_of_years(m: re.Match[str], text: str) -> Cand | None:
    """ "the winter of 2011-12": the winter that starts in the first year (TimeML 2011-WI)."""
    a, b = int(m["a"]), int(m["b"][-2:])
    if b != (a + 1) % 100:
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=a, season="WI"))


@rule(rf"(?P<year0>{YEAR})\s+(?P<season>spring|summer|autumn|winter)\b", IGNORE_CASE, priority=2)
def year_season(m: re.Match[str], text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=int(m["year0"]), season=lx.SEASONS[m["season"].lower()]))


_QN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule(rf"(?:(?P<det>(?:the\s+)?(?P<y0>{YEAR})|the|this|that|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+(?:previous|prior|preceding)\s+year's|the\s+year-earlier|the\s+year-ago|the\s+same)\s+)?(?:(?:fiscal|calendar)[-\s]+)?(?:(?<![\w-])|(?<=fiscal-))(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter(?!s)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<ry>this|last|next)\s+year)|[ \t]+(?:fiscal[ \t]+)?(?P<y3>{YEAR})(?![\d,.]\d|[-–%]))?", IGNORE_CASE, priority=3, trigger=r"(?i:quarter)")
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


@rule(rf"\b(?i:the)\s+(?P<m1>{MON})\s*[-–/]\s*(?P<m2>{MON})\s+(?i:quarter|period)\b"
      rf"(?:\s+(?i:of)\s+(?P<year>{YEAR})|[ \t]+(?P<y3>{YEAR}))?(?![-\w])", priority=3, trigger=r"(?i:quarter|period)")
def months_of_a_quarter(m: re.Match[str], text: str) -> Cand | None:
    """ "the April-June quarter", "the July-September period of 2002", "the January-June period":
    reports (wire copy especially) name a quarter or a half by its first and last months; one
    expression, the quarter (the half), not two months. Months that make no calendar quarter or half
    ("the March-May period") are left to be read as months."""
    first, last = month_number(m["m1"]), month_number(m["m2"])
    year = m["year"] or m["y3"]
    if first in (1, 4, 7, 10) and last == first + 2:
        spec = Spec("Q", quarter=(first + 2) // 3)
    elif first in (1, 7) and last == first + 5:
        spec = Spec("H", half=1 if first == 1 else 2)
        if not year:
            return None  # a half with no year is read by the half rules' own words, not guessed here
    else:
        return None
    if year:
        return Cand(m.start(), m.end(), "abs", spec=spec.with_(year=int(year)))
    return Cand(m.start(), m.end(), "under", spec=spec, rel="quarter")


@rule(rf"\bthe\s+(?P<o>{ORD}|last|final)\s+month\s+of\s+(?:(?P<ry>this|last|next)\s+year|the\s+year|(?P<year>{YEAR}))"
      r"(?![-\w]|['’]s)", IGNORE_CASE, priority=3, trigger=r"(?i:month\s+of)")
def month_of_a_year(m: re.Match[str], text: str) -> Cand | None:
    """ "the first month of this year", "the last month of 1998", "the third month of the year": that
    month of the year named, one expression (as "the first quarter of this year" is), not a month
    long stretch and a year."""
    word = m["o"].lower()
    month = 12 if word in ("last", "final") else lx.ORDINALS.get(word, 0)
    if not 1 <= month <= 12:
        return None
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["year"]), month=month))
    rel = {"last": "year-1", "next": "year+1"}.get((m["ry"] or "").lower(), "year0")
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=month), rel=rel)

@rule(rf"\bthe\s+(?P<mon>(?i:march|june|september|sept\.?|december))[ \t]+(?P<u>(?i:quarter|half))(?!s|[-\w])(?:\s+of\s+(?P<year>{YEAR}))?",
      priority=4, trigger=r"(?i:quarter|half)")
def month_named_period(m: re.Match[str], text: str) -> Cand | None:
    """ "the June quarter", "the September quarter of 2024", "the December half": the calendar quarter
    or half that ends in that month, as results written where the fiscal year is not the calendar's
    name them (a month that ends no calendar quarter names a fiscal one, and is left to the month)."""
    month = month_number(m["mon"])
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


_FY_YEAR = r"(?:{YEAR}|['’]?\d\d(?!\d))".format(YEAR=YEAR)


@rule(rf"(?<!\w)(?:(?P<k1>[QH])(?P<q1>[1-4])(?:\s*|\s+of\s+(?:[Ff]iscal\s+|FY\s*)?)(?P<y1>{YEAR}|'\d\d)"
      rf"|(?P<k3>[QH])(?P<q3>[1-4])\s*(?:of\s+)?FY\s*(?P<y3>{_FY_YEAR})|FY\s*(?P<y4>{_FY_YEAR})\s*[-/]?\s*(?P<k4>[QH])(?P<q4>[1-4])"
      rf"|(?P<y2>{YEAR})\s*[-/]?\s*(?P<k2>[QH])(?P<q2>[1-4]))\b", priority=3, trigger=r"[QH][1-4]")
def quarter_code(m: re.Match[str], text: str) -> Cand | None:
    """ "Q1 2019", "2018-Q3", "Q2 of Fiscal 2023", the fiscal labels "Q3 FY25" and "FY2024 Q1" (valued
    with the year the label names, as "the third quarter of fiscal 2025" is), and the halves written
    the same way ("H1 2018", "2019 H2", "H2 FY24")."""
    q = int(m["q1"] or m["q2"] or m["q3"] or m["q4"])
    y = (m["y1"] or m["y2"] or m["y3"] or m["y4"]).lstrip("'’")
    year = int(y) if len(y) == 4 else _short_year(int(y))
    if (m["k1"] or m["k2"] or m["k3"] or m["k4"]) == "H":
        return Cand(m.start(), m.end(), "abs", spec=Spec("H", year=year, half=q)) if q <= 2 else None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Q", year=year, quarter=q))


#: what a quarter's figures are called: a bare "Q3" counts as the quarter only near such words
#: (elsewhere it is a question's number, "Q3. Name the capital", or a car, "the Audi Q3")
_QUARTER_FIGURES = re.compile(
    r"(?i)\b(?:revenues?|sales|earnings|profits?|results|income|loss(?:es)?|margins?|guidance|EPS|"
    r"shipments|deliveries|orders|bookings|growth|GDP|fiscal|quarters?|quarterly|dividends?|forecasts?|"
    r"outlook|estimates?|analysts?|shares?|investors?|reported|posted)\b")


@rule(r"(?<![\w$.,/-])Q(?P<q>[1-4])(?![\w-]|\s*[:)]|\s+(?:of\s+)?(?:[Ff]iscal\s+|FY\s*)?(?:\d|'\d))", priority=2, trigger=r"Q[1-4]")
def quarter_code_bare(m: re.Match[str], text: str) -> Cand | None:
    """ "Q3 revenue", "In Q1, sales fell": a quarter code with no year names a quarter of the year
    the report speaks of, in finance writing only (see :data:`_QUARTER_FIGURES`). Before a full stop
    it is a question's number ("Q3. Name the capital") unless a preposition of time leads to it, as
    at the end of a sentence: "compared with £21 million in Q2."."""
    if re.search(r"(?:\bAudi|\bquestion|\bno\.?)\s*$", text_before(text, m.start(), 12), re.IGNORECASE):
        return None
    if re.match(r"\.\s", text[m.end():m.end() + 2]) \
            and not re.search(r"(?i)\b(?:in|for|during|from|by|since|until|than|to|over|before|after)\s+$", text_before(text, m.start(), 12)):
        return None
    near = text_before(text, m.start(), 100) + " " + text[m.end():m.end() + 100]
    if not _QUARTER_FIGURES.search(near):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("Q", quarter=int(m["q"])), rel="quarter")


@rule(rf"(?:the\s+)?(?<![\w-])(?P<h>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?:(?:(?i:calendar|fiscal)\s+)?(?P<year>{YEAR})|(?P<ry>this|last|next)\s+year|the\s+(?:(?P<step>next|following|previous|preceding)\s+)?year)", IGNORE_CASE, priority=3, trigger=r"(?i:half)")
def half(m: re.Match[str], text: str) -> Cand | None:
    """ "the second half of 2008", "the first half of next year", "the latter half of the following
    year": a calendar half (``2008-H2``); "the following year" counts from the year the text is in.
    "the first half of calendar 2025" (a report with a fiscal year) and "of fiscal 2025" (labelled by
    the fiscal year, as TimeBank labels a fiscal quarter) are that year's half too."""
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("H", year=int(m["year"]), half=h))
    ry = (m["ry"] or "").lower()
    step = (m["step"] or "").lower()
    back, on = ry == "last" or step in ("previous", "preceding"), ry == "next" or step in ("next", "following")
    return Cand(m.start(), m.end(), "under", spec=Spec("H", half=h), rel="year-1" if back else "year+1" if on else "year0")


@rule(rf"(?<![\w'’-])(?:(?P<y>{YEAR})|(?P<det>(?i:the|this|last|next|the\s+(?:previous|prior|preceding|following|next|current)))"
      r"\s+(?:(?i:fiscal|calendar)\s+)?(?i:year))['’]s\s+(?:(?i:fiscal|calendar)\s+)?"
      r"(?:(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[-\s]+(?i:quarter)|(?P<h>(?i:first|second|1st|2nd|latter))[-\s]+(?i:half))"
      r"(?![-\w])", priority=4, trigger=r"(?i:quarter|half)")
def possessed_year_part(m: re.Match[str], text: str) -> Cand | None:
    """ "1990's first quarter", "the year's second half", "next year's first half", "the fiscal
    year's third quarter": a quarter or half owned by a year is one expression, the year's part
    (``1990-Q1``), not a year and a yearless part. A year named is that year's; "this", "last",
    "next" count from the writer's year; a bare "the year's" is the year the text is in, as a
    yearless "the second half" is."""
    if m["q"]:
        spec = Spec("Q", quarter=_QN[m["q"].lower()])
    else:
        spec = Spec("H", half=1 if m["h"].lower() in ("first", "1st") else 2)
    if m["y"]:
        if re.search(r"(?i)\bthe\s+$", text_before(text, m.start(), 5)):
            return None  # "the 1990's ...": the decade, written with an apostrophe
        return Cand(m.start(), m.end(), "abs", spec=spec.with_(year=int(m["y"])))
    det = re.sub(r"\s+", " ", m["det"].lower())
    back = det in ("last", "the previous", "the prior", "the preceding")
    on = det in ("next", "the following", "the next")
    rel = "year-1" if back else "year+1" if on else "year0" if det in ("this", "the current") else "quarter"
    return Cand(m.start(), m.end(), "under", spec=spec, rel=rel)


#: what a text says of a period's figures: a yearless "first half" there is half of a year
_PERIOD_FIGURES = re.compile(
    r"(?i)\b(?:profits?|sales|revenues?|earnings|results|(?:net\s+)?income|loss(?:es)?|growth|output|orders|exports|"
    r"imports|inflation|prices|dividends?|margins?|turnover|demand|economy|gdp|fiscal|quarter|deficit)\b")
#: ... and what it says of a game, whose halves are no dates
_GAME_WORDS = re.compile(
    r"(?i)\b(?:match|game|goals?|scored|scoring|kick-?off|minutes?|half-?time|innings|referee|penalty|whistle|"
    r"striker|midfield|pitch|team|side|points)\b")


@rule(r"(?:(?P<det>the|its|their|this|that|(?P<ago>(?i:the\s+year-(?:earlier|ago)))|(?:(?i:the)\s+)?(?P<y0>" + YEAR + r")(?:\s+(?i:fiscal))?)\s+)?(?:(?P<fiscal>(?i:fiscal))\s+)?(?<![\w-])(?P<h>(?i:first|second|1st|2nd|latter))(?P<hy>[-\s]+)(?i:half)\b(?![-\w]|\s+(?:of|an?|dozen)\b)",
      priority=2, trigger=r"(?i:half)")
def yearless_half(m: re.Match[str], text: str) -> Cand | None:
    """ "profit rose in the first half", "first-half revenue": half of the year the text is in (the
    report's, or the story's), where the text talks of a period's figures and not of a game."""
    around = text[max(0, m.start() - 160):m.end() + 160]
    if not _PERIOD_FIGURES.search(around) or _GAME_WORDS.search(around):
        return None
    if m["h"][0].isupper() and not m["det"] and m["hy"] == " " and not re.search(r"(?:^|[.!?]\s+|\n\s*)$", text_before(text, m.start(), 4)):
        return None  # "Second Half Fund": a name
    start = m.start()
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["y0"] and not m["hy"].startswith("-"):
        # "profit rose in the 2002 first half": the reports' way of writing "the first half of 2002", one
        # expression, as "the 1988 third quarter" is
        return Cand(start, m.end(), "abs", spec=Spec("H", year=int(m["y0"]), half=h))
    if m["y0"]:
        start = m.start("h")  # "the 2002 first-half profit": the year and article belong to the noun
    if m["ago"]:
        # "the year-earlier first half": the same half a year before, one expression as "the
        # year-ago third quarter" is
        return Cand(start, m.end(), "under", spec=Spec("H", half=h), rel="year-1")
    if m["det"] and (m["det"].lower() not in ("the", "this", "that") or m["hy"].startswith("-")):
        start = m.start("h")  # "its first-half profit": the determiner belongs to the noun
    return Cand(start, m.end(), "under", spec=Spec("H", half=h), rel="quarter")
