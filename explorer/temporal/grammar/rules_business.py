"""Rules for business periods, spoken years and holidays: fiscal years and quarters, "the year
ended", "full year", "the end of the month", years said in words, named holidays.

Results news and spoken text name periods their own way; these rules read those forms. Split out of
the general rules by family.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.number_words import cardinals, spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import IGNORE_CASE, MON, YEAR, month_number, text_before
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_posts import is_post
from explorer.temporal.lunar_feasts import NAMES as FEAST_NAMES, feast_key
from explorer.temporal.normalize import HOLIDAY_WEEK, Spec


# -- business periods, spoken years, holidays ---------------------------------------------------


#: where a possessive stands in place of "the" before a company's period ("its latest quarter", "the
#: bank's fiscal year", "their current fiscal year"): the period is the one "the" would name, and
#: TimeML leaves the owner out of the span, as it does in "its [third quarter]"
POSSESSIVE_BEFORE = r"(?:(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|(?<=\b[Oo]ur\s)|(?<=\w['’]s\s)|(?<=\w['’]\s))"

#: a quarter named ("third-quarter", "the fourth quarter", "the second fiscal quarter")
_QUARTER_JUST_NAMED = re.compile(r"(?i)\b(?:first|second|third|fourth|[1-4]Q|Q[1-4])(?:[\s-]+fiscal)?[\s-]+quarter\b")


@rule(r"\b(?:(?:the|that)\s+(?:(?P<ago>(?:comparable\s+)?(?:year-earlier|year-ago|prior-year|previous-year)|same|(?P<alike>corresponding|comparable|like|similar)(?=\s+(?:quarter|period)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)))\s+)?"
      r"|(?P<lyq>last\s+year's)\s+|" + POSSESSIVE_BEFORE + r"(?=(?:latest|most\s+recent|just-ended|just\s+ended|current|fiscal)\s))"
      r"(?:(?:latest|most\s+recent|recent|just-ended|just\s+ended|current|fiscal)\s+)*(?P<u>quarter|period)\b"
      r"(?:\s+(?P<back>(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year))\b)?(?!\s+of\b)", IGNORE_CASE, priority=1, trigger=r"(?i:quarter|period)")
def business_quarter(m: re.Match[str], text: str) -> Cand | None:
    """Earnings reports say "the quarter" for the last completed quarter before the report, and
    "the quarter a year ago", "the corresponding period last year" (or "of last year", as agencies
    write it), "last year's quarter" for the
    same quarter a year before it: TimeML marks the period with the words that move it back. "The
    quarter ended Sept. 30" is the quarter too (the date it ended is an expression of its own)."""
    back = bool(m["back"] or m["lyq"] or (m["ago"] and "same" not in m["ago"].lower()))
    if m["u"].lower() == "period" and not back and not m["ago"] and not re.search(r"(?i)latest|recent|quarter", m[0]) \
            and not _QUARTER_JUST_NAMED.search(text, max(0, m.start() - 200), m.start()):
        # a bare "the period" is that of a quarter named just before it ("its third-quarter net income
        # rose ... Sales in the period increased"); with none, it is no date
        return None
    if m["lyq"] and m["back"]:
        return None
    if not re.search(r"(?i)\b(?:quarter|earnings|profit|loss|revenue|sales|net\s+income|share)", text[max(0, m.start() - 400):m.end() + 200]):
        return None
    ends = _QUARTER_ENDING.match(text, m.end()) if m["u"].lower() == "quarter" and not back and not m["ago"] else None
    if ends is not None:
        # "a loss for the quarter ending Dec. 31", told in October: the quarter its last day names,
        # not the last one completed; its year as "the fourth quarter" would have it
        return Cand(m.start(), m.end(), "under", spec=Spec("Q", quarter=(month_number(ends["mon"] or ends["mon2"]) + 2) // 3),
                    rel="quarter")
    return Cand(m.start(), m.end(), "dct", unit="Q", n=-5 if back else -1, value="quarter")


#: the day a quarter ends, said after it: "the quarter ended Sept. 30", "the quarter ending Dec. 31";
#: or only its month: "the quarter ending in June", "the quarter that ended in March"
_QUARTER_ENDING = re.compile(rf"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:(?:on\s+)?(?P<mon>{MON})\s*(?:[12]\d|3[01]|0?[1-9])\b"
                             rf"|in\s+(?P<mon2>{MON})\b)")


#: the value of "the 1988 period": a report's period named by its year, which the resolver reads as
#: the quarter just reported when there is one (``ComparedPeriods._year_period``)
YEAR_PERIOD = "the year's period"


@rule(rf"\bthe\s+(?:(?:comparable|corresponding|same|like|similar|year-earlier|year-ago)\s+)?(?P<year>{YEAR})\s+(?:(?:fiscal|calendar)\s+)?(?P<u>period|quarter)\b(?!\s+of\b|[-\w])", IGNORE_CASE, priority=2, trigger=r"(?i:period|quarter)")
def year_period(m: re.Match[str], text: str) -> Cand | None:
    """ "compared with a loss in the 1988 period": reports name the period they compare with by its
    year; TimeML marks the phrase, its value the year, or the quarter just reported in that year.
    "The comparable 1988 period", "the corresponding 1988 period" and "the 1988 quarter" say the same
    (read apart, only the year was marked); a quarter is a report's only where the text speaks of
    results ("the 1988 quarter" of a budget or a school term is the year's words and a noun)."""
    if m["u"].lower() == "quarter" and not re.search(
            r"(?i)\b(?:quarter|earnings|profit|loss|revenue|sales|net\s+income|share)",
            text[max(0, m.start() - 400):m.start()] + text[m.end():m.end() + 200]):
        return None
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["year"])), value=YEAR_PERIOD)


@rule(r"\b(?:year-earlier|year-ago|year-before|prior-year|previous-year)\b", IGNORE_CASE, priority=0, trigger=r"(?i:year-|-year)")
def year_ago_adjective(m: re.Match[str], text: str) -> Cand | None:
    """ "a year-earlier loss", "the year-ago results", "prior-year sales": the same period a year
    before the report."""
    return Cand(m.start(), m.end(), "dct", unit="Y", n=-1, value="ago")


@rule(r"\b(?:(?P<the>the)\s+)?(?P<q>full|whole|entire|current|current\s+(?:fiscal|financial|calendar)|this\s+(?:fiscal|financial)|(?<=the\s)(?:fiscal|financial)|" + POSSESSIVE_BEFORE + r"(?:fiscal|financial))\s+year\b(?!\s+(?:that|which)\b|\s+(?:ended|ends|ending|to|through|beginning|starting|begins|starts)\s+(?:on\s+|in\s+)?(?:(?-i:[A-Z])|\d|(?:last|next|this)\b))", IGNORE_CASE, priority=2, trigger=r"(?i:year)")
def current_year(m: re.Match[str], text: str) -> Cand | None:
    """ "the current year", "the full year", "the fiscal year", "this financial year": the report's year
    (a company's year said with "this" is the one the report is in, as "this year" is). Not a year given
    by its end ("the fiscal year ended March 31", "the year to June": that date's rule reads it); a
    year that "ended badly" is still the year.

    "The whole year" and "the entire year" say what "the full year" says ("growth of 8 percent for
    the whole year") and went untagged. Less a report's words than "full", they are also said of a
    year just told ("In 1995 the drought lasted the whole year"): the year the text is at, the
    report's when it told none. "The whole year round" is a habit, and "the entire year of 1998"
    leaves the year to the number after it."""
    if m["q"].lower() in ("whole", "entire"):
        if re.match(r"[-\s]+round\b|\s+of\s+\d", text[m.end():m.end() + 9]):
            return None
        return Cand(m.start(), m.end(), "prev", unit="Y", n=0)
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0)


@rule(rf"\b(?:the\s+)?full[-\s]+(?:fiscal[-\s]+)?year[ \t]+(?P<y>{YEAR})(?![\d,.]\d|[-–%])", IGNORE_CASE, priority=3, trigger=r"(?i:full)")
def full_year(m: re.Match[str], text: str) -> Cand | None:
    """ "full year 2021 guidance", "Full-Year 2020 Results": the year named, one expression (not the
    current year and then a year)."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["y"])))


@rule(rf"(?<![\w$€£#.,/–-])(?P<y>{YEAR})[ \t]+(?:fiscal|financial|calendar|tax|model)[ \t]+year\b(?![-\w])", IGNORE_CASE,
      priority=3, trigger=r"(?i:(?:fiscal|financial|calendar|tax|model)[ \t]+year)")
def year_before_fiscal_year(m: re.Match[str], text: str) -> Cand | None:
    """ "its 1989 fiscal year", "the 2024 tax year", "the 1988 model year": the year named, one
    expression, as "fiscal 1989" and "fiscal year 1989" are (read apart it was the year and then a
    one-year duration, "year" P1Y)."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=int(m["y"])))


@rule(r"\b(?P<det>(?:the\s+)?(?:latest|last|previous|prior|past|most\s+recent|just[-\s]ended|just[-\s]completed|"
      r"preceding|next|coming|following|new)|last|next)\s+(?:fiscal|financial|calendar)\s+year\b"
      r"(?!\s+(?:ended|ending|to|through|that|which|beginning|starting|begins|starts)\b)", IGNORE_CASE, priority=3,
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


#: a part of a unit the text is in, said as "the end of the month", "at week's end", "month-end",
#: "mid-week", "midyear", "by decade's end", "the close of the month": the same kind in every
#: spelling and for every unit from the week to the century (the year's own phrasings with "the" are
#: ``year_end``'s). Not a week "-end" (a weekend), nor "the end of the week before" (another week).
#: A quarter is not among them: a report's quarter is the last one completed when told in the past
#: ("debt at the end of the quarter was ..."), which the business-quarter rules read.
_PART_UNIT = r"(?P<unit>week|month|year|decade|century)"
#: a half or a part said of it is that part too (TimeML has no month's or decade's half: the period
#: with its mod), "the second half of the month", "the early part of the next decade"; a year's half
#: is ``half``'s (``2024-H2``)
_PART_WORD = (r"(?P<part>end|beginning|start|middle|close|turn"
              r"|(?:first|second|last|latter|later|early|final|closing|opening)\s+(?:half|part))")
_PART_MOD = {"end": "END", "close": "END", "middle": "MID", "mid": "MID"}
_PART_GRAN = {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
#: "the next decade", "the previous month": one after or before the one the text is in
_PART_STEP = r"the\s+(?:(?P<after>next|following|coming)|(?P<before>previous|preceding))\s+"


def _part_mod(part: str) -> str:
    """START, MID or END for a part word: "end", "the latter half", "the early part"."""
    first = part.split()[0]
    if " " in part:
        return "START" if first in ("first", "early", "opening") else "END"
    return _PART_MOD.get(first, "START")


@rule(r"\b(?:the\s+" + _PART_WORD + r"\s+of\s+(?:the\s+|" + _PART_STEP + r")" + _PART_UNIT
      + r"|(?P<this>(?:this|that)\s+)?(?P<unit2>week|month|year|decade|century)['’]s\s+(?P<part2>end|close|start)"
      + r"|(?P<unit3>month|decade)[- ]end(?![- ](?:results?|figures?|bonus|dividend|audit|report|statements?)\b)"
      + r"|(?P<part4>mid)-?(?P<unit4>week|month|year|decade|century))\b(?![-\w]|\s+(?:before|after|of)\b)",
      IGNORE_CASE, priority=3, trigger=r"(?i:week|month|year|decade|century)")
def unit_part(m: re.Match[str], text: str) -> Cand | None:
    """That part of the week, month, year, decade or century the text is in (the document's
    in news, the story's in a history): "by the end of the month", "at week's end", "month-end
    figures", "mid-week", "by midyear". A year's end said with "the" is ``year_end``'s (the report's
    year); "the end of the week before" names another week and is left alone."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    part = re.sub(r"\s+", " ", (m["part"] or m["part2"] or m["part4"] or "end").lower())
    step = 1 if m["after"] else -1 if m["before"] else 0
    if unit == "year" and (m["part"] or m["part2"]) and not step:
        return None  # "the end of the year", "year's end": year_end reads them against the report
    if " " in part and "half" in part and unit == "year":
        return None  # "the first half of next year": a calendar half, ``half``'s
    if step and part == "turn":
        return None  # "the turn of the next century": the rule below reads the turn of this one only
    if step:
        return Cand(m.start(), m.end(), "prev", unit=_PART_GRAN[unit], n=step, mod=_part_mod(part))
    if part == "turn":
        # "the turn of the century" is the boundary nearest the time the text is in, which may lie
        # ahead (told in 1898, the years from 1900): the opening of the century that starts nearest,
        # the one half a century on; only a decade or a century has a turn
        if unit not in ("decade", "century"):
            return None
        return Cand(m.start(), m.end(), "prev", unit=_PART_GRAN[unit], n=0.5, mod="START")
    return Cand(m.start(), m.end(), "prev", unit=_PART_GRAN[unit], n=0, mod=_part_mod(part))


@rule(r"\b(?:(?:the\s+)?(?:fiscal\s+|calendar\s+)?year[- ]end|year's\s+end|the\s+(?P<part>end|beginning|start|middle)\s+of\s+(?:the|this)\s+year)\b", IGNORE_CASE, priority=3, trigger=r"(?i:year)")
def year_end(m: re.Match[str], text: str) -> Cand | None:
    """ "by year-end", "the end of the year", "year's end": the end of the year the report is in."""
    if m["part"] and m["part"].lower() != "end":
        return Cand(m.start(), m.end(), "dct", unit="Y", n=0, mod="MID" if m["part"].lower() == "middle" else "START")
    if re.match(r"^[\s-]+(?:results?|figures?|bonus|dividend|audit|report|statements?)\b", text[m.end():m.end() + 12], IGNORE_CASE):
        return None
    if re.search(r"(?i)\bsince\s+$", text_before(text, m.start(), 8)):
        # "The index has gained 9 percent since year-end": a point the change is counted from lies
        # behind, so the end is last year's (read as this year's, it was an end still to come)
        return Cand(m.start(), m.end(), "dct", unit="Y", n=-1, mod="END")
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0, mod="END")


@rule(r"\b(?P<prep>(?i:for|of|during|through|throughout))\s+(?P<y>(?i:the)\s+year)\b(?![-\w]|\s+(?:ended|ending|earlier|ago|before|after|of\b(?!\s+\$)|in\s+which|when|that|to\s+(?:[A-Z]|\d|date\b|today\b|tomorrow\b|yesterday\b|next\b|last\b|this\b|the\s+end\b)|he|she|they|it|in\s+question|two|nineteen|\d|[A-Z]))",
      priority=1, trigger=r"(?i:year)")
def the_year(m: re.Match[str], text: str) -> Cand | None:
    """ "For the year, volume was flat", "a high for the year", "the first nine months of the
    year": the year the text is in (the report's in news, the story's in a history). A year "to" a date
    ("the year to March") is ``year_ended``'s; before a verb ("expects earnings for the year to fall")
    it is still the report's year."""
    return Cand(m.start("y"), m.end(), "dct", unit="Y", n=0)


#: a verb that opens or closes a period: "to end off the week", "stocks ended the week higher", "kicked
#: off the month with a win", "closed out the year"
_OPENS_OR_CLOSES = (r"(?:end|ends|ended|ending|start|starts|started|starting|begin|begins|began|beginning|finish|"
                    r"finishes|finished|finishing|(?:kick(?:s|ed|ing)?|round(?:s|ed|ing)?)\s+off|"
                    r"(?:close[sd]?|closing|see|sees|saw|seeing)\s+out|wrap(?:s|ped|ping)?\s+up)(?:\s+off)?")


@rule(r"\b" + _OPENS_OR_CLOSES + r"\s+(?P<the>the\s+(?P<unit>week|month|year))\b"
      r"(?![-\w'’]|\s+(?:before|after|of|ended|ending|that|when|in\s+which|to\s+\w+\s+\d)\b)",
      IGNORE_CASE, priority=1, trigger=r"(?i:week|month|year)")
def period_opened_or_closed(m: re.Match[str], text: str) -> Cand | None:
    """ "enjoying some tarts to end off the week!", "stocks ended the week higher", "we closed out the
    year with a win": the period a verb opens or closes is the one the text is in (the report's or
    the post's in news, the story's in a history), as "the end of the week" is."""
    unit = m["unit"].lower()
    if unit == "year":
        return Cand(m.start("the"), m.end(), "dct", unit="Y", n=0)  # as ``the_year`` reads "for the year"
    return Cand(m.start("the"), m.end(), "prev", unit=_PART_GRAN[unit], n=0)


@rule(r"(?:\b[Tt]he\s+(?:[Ff]iscal\s+|[Ff]inancial\s+)?|" + POSSESSIVE_BEFORE + r"(?:fiscal|financial)\s+)year(?=\s+(?:ended|ending|that\s+ended|that\s+ends|to)\s+(?:on\s+|in\s+)?(?:[A-Z]|\d|(?:today|tomorrow|yesterday|next|last|this)\b))", priority=2, trigger=r"(?i:year)")
def year_ended(m: re.Match[str], text: str) -> Cand | None:
    """ "the year ended March 31": a twelve-month period named by its last day (TimeML: P1Y). Opening
    a sentence too ("The fiscal year ending June 30 will show a loss"): the pattern is case-sensitive
    for the capital of the month after it, and read only a lower-case "the", so such a year went
    untagged."""
    return Cand(m.start(), m.end(), "dur", "DURATION", value="P1Y")


_TENS = cardinals(10, 20)
_SPOKEN_ONES = r"(?:" + spelled(1, 9) + r")"
_SPOKEN_TENS = r"(?:" + spelled(10, 90) + r")"


#: the value of "the new year": the year just begun, or the one about to begin late in the year
NEW_YEAR = "new year"


@rule(r"(?<![\w'’])(?:the|this)\s+new\s+year\b(?!['’]s|[-\s]+(?:eve|day|holidays?|celebrations?|part(?:y|ies)|festival|"
      r"resolutions?|message|address|honours?|sales?|break|recess)\b)", priority=2, trigger=r"new\s+year")
def the_new_year(m: re.Match[str], text: str) -> Cand | None:
    """ "since the new year", "in the new year": the year as a whole (TimeML values it as the year), not
    the holiday, which is capitalised and has its own rule ("New Year's Day")."""
    return Cand(m.start(), m.end(), "dct", unit="Y", n=0, value=NEW_YEAR)


@rule(rf"\b(?P<c>nineteen|eighteen|seventeen)[-\s]+(?P<t>{_SPOKEN_TENS})(?:[-\s]+(?P<o>{_SPOKEN_ONES}))?\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<o2>{_SPOKEN_ONES}|ten))?\b(?![-\s]+(?:{_SPOKEN_ONES}|{_SPOKEN_TENS}|hundred)\b)", IGNORE_CASE, priority=2, trigger=r"(?i:nineteen|eighteen|seventeen|thousand)")
def spoken_year(m: re.Match[str], text: str) -> Cand | None:
    if m["c"]:
        y = _TENS[m["c"].lower()] * 100 + int(lx.NUMBERS[m["t"].lower()]) + (int(lx.NUMBERS[m["o"].lower()]) if m["o"] else 0)
    else:
        if not m[0].lower().startswith("the year") and not re.search(r"(?i)\b(?:in|by|until|since|of)\s+$", text_before(text, m.start())):
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
             "groundhog day": (2, 2), "canada day": (7, 1), "anzac day": (4, 25),
             # the quarter days, saints' days and nights of the British and Irish calendar that
             # parish histories, diaries and town calendars date by ("laid on Lady Day 1870")
             "lady day": (3, 25), "midsummer day": (6, 24), "midsummer's day": (6, 24), "michaelmas": (9, 29),
             "michaelmas day": (9, 29), "martinmas": (11, 11), "candlemas": (2, 2), "lammas": (8, 1),
             "all saints' day": (11, 1), "all souls' day": (11, 2), "st stephen's day": (12, 26),
             "st. stephen's day": (12, 26), "st george's day": (4, 23), "st. george's day": (4, 23),
             "st andrew's day": (11, 30), "st. andrew's day": (11, 30), "st david's day": (3, 1),
             "st. david's day": (3, 1), "burns night": (1, 25), "bonfire night": (11, 5),
             "guy fawkes night": (11, 5), "hogmanay": (12, 31),
             # the fixed feasts a church's calendar or a parish magazine names with them
             "epiphany": (1, 6), "the epiphany": (1, 6), "twelfth night": (1, 5)}
#: fixed holidays whose names are plain words in lower case ("a lady day out", "the bonfire night
#: before", "lammas growth"): read only when capitalised
_CAPITALISED_ONLY = {"st patrick's day", "juneteenth", "groundhog day", "canada day", "anzac day", "remembrance day",
                     "lady day", "midsummer day", "midsummer's day", "lammas", "candlemas", "martinmas", "burns night",
                     "bonfire night", "hogmanay", "all saints' day", "all souls' day", "epiphany", "the epiphany",
                     "twelfth night"}
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
            "trinity sunday": "trinitysunday", "whitsun": "pentecost", "shrove tuesday": "shrovetuesday",
            "pancake day": "shrovetuesday", "mothering sunday": "motheringsunday",
            # and the Sundays a preaching calendar names: Easter Day, the Sunday after it, the one
            # two weeks before it, the first of Advent
            "easter day": "easter", "low sunday": "easter@7", "passion sunday": "easter@-14",
            "advent sunday": "adventsunday",
            # the Sunday of the two minutes' silence, the second in November (Remembrance Day is the 11th)
            "remembrance sunday": "nth:11:6:2"}


#: the word that makes a weekday a feast's name ("Easter Sunday", "Shrove Tuesday", "Black Friday"),
#: right before the weekday: a clock time after the name is on the feast, not on the weekday gone by
FEAST_BEFORE_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(
    {re.escape(" ".join(k.split()[:-1]).title()) for k in _MOVABLE if k.split()[-1] in lx.WEEKDAYS and len(k.split()) > 1},
    key=len, reverse=True)) + r")\s+$")


#: movable holidays a post may type in lower case ("easter sunday", "black friday", "labor day" are
#: read there), but for those that are as often plain words: "have a good friday", "a prayer of
#: thanksgiving", "on election day" in a story about any vote
_NOT_TYPED_LOWER = {"good friday", "thanksgiving", "thanksgiving day", "election day", "pentecost", "ascension day",
                    "holy saturday", "holy thursday", "trinity sunday", "whitsunday"}


def _holiday_names() -> str:
    fixed = lx.alternation(_HOLIDAYS)
    movable = lx.alternation(" ".join(w.capitalize() for w in k.split()) for k in _MOVABLE)
    return rf"(?:(?i:{fixed})|{movable}|{FEAST_NAMES}|(?:ELECTION|THANKSGIVING|EASTER)(?:\s+DAY)?)"


def _holiday_pattern(names: str) -> str:
    """A holiday rule's pattern around the alternation ``names``: an offset ("the day before") or a
    direction ("last") before it, a year, "weekend" or "week" after it."""
    return (rf"\b(?:(?P<off>(?i:the\s+(?P<ou>day|week)\s+(?P<dir>before|after)))\s+|(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+)?"
            rf"(?P<name>{names})(?![\w'])(?:,?\s+(?P<year>{YEAR})|(?P<we>\s+(?i:holiday\s+)?weekend)\b|(?P<wk>[ \t]+week)(?![-\w'’]))?")


_HOLIDAY_TRIGGER = (
    r"(?i:christmas|new\s+year|valentine|halloween|independence|boxing|may\s+day|bastille|fourth|july|veteran|armistice|thanksgiving|election|easter|good\s+friday|memorial|labor|luther|president|columbus|mother|father|patrick|remembrance|juneteenth|groundhog|canada\s+day|anzac|black\s+friday|cyber\s+monday|"
    r"ash\s+wednesday|palm\s+sunday|maundy|holy\s+(?:thursday|saturday)|ascension|pentecost|whit|trinity\s+sunday|"
    r"epiphany|twelfth\s+night|low\s+sunday|passion\s+sunday|advent\s+sunday|"
    r"lady\s+day|midsummer|michaelmas|martinmas|candlemas|lammas|all\s+s(?:aint|oul)s|st\.?\s+(?:stephen|george|andrew|david)|"
    r"burns\s+night|bonfire\s+night|guy\s+fawkes|hogmanay|shrove|pancake\s+day|mothering|"
    r"lunar\s+new|chinese\s+new|diwali|deepavali|divali|ramad|ramaz|\beid\b|rosh\s+hash|yom\s+kippur|hanuk|chanuk|passover|pesach)")


# Things a holiday's name describes rather than dates ("Christmas tree", "Halloween costume"); its
# shopping, gifts, season and mood still point at the day
HOLIDAY_THING = re.compile(
    r"(?i)[ \t]+(?:trees?|lights|decorations?|ornaments?|cards?|carols?|songs?|music|movies?|films?|jumpers?|"
    r"sweaters?|costumes?|candy|cakes?|puddings?|stockings?|wreaths?|"
    # events named after the holiday and held on days around it, not on it ("the Christmas fair")
    r"fairs?|fayres?|markets?|bazaars?|fetes?|parties|party|concerts?|pantomimes?|pantos?|plays?|nativity)\b")


_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+(?:the\s+)?$")


@rule(_holiday_pattern(_holiday_names()), priority=2, trigger=_HOLIDAY_TRIGGER)
def holiday(m: re.Match[str], text: str) -> Cand | None:
    """Holidays are dates: fixed ones like a month-day, movable ones by their calendar rule, both
    read against the document date like a month-day when the year is not said. "Labor Day weekend"
    is one expression (TimeML marks the phrase); it keeps the holiday's day as its value."""
    name = re.sub(r"\s+", " ", m["name"]).lower()
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    start = m.start() if rel or m["off"] else m.start("name")
    # "the day after Thanksgiving", "the day before Christmas Eve": the day next to the holiday, one
    # expression (read apart, "the day after" counted from the date told before it)
    shift = 0 if not m["off"] else (1 if m["dir"].lower() == "after" else -1)
    week = bool(m["wk"]) or bool(m["ou"]) and m["ou"].lower() == "week"  # "the week before Christmas": a week
    if shift and (m["we"] or m["year"] is None and _EVERY_BEFORE.search(text_before(text, m.start(), 12))):
        return None
    if m["wk"] and (shift or rel or m["year"]):
        return None  # "the day after Christmas week", "last Easter week": left to the parts
    if week and shift:
        shift *= 7  # "the week before Christmas": the ISO week before the holiday's
    if name in _HOLIDAYS:
        mo, d = _HOLIDAYS[name]
        if week:
            # "Christmas week", "Thanksgiving week": the ISO week the holiday falls in (TimeML: 2000-W52)
            return Cand(start, m.end(), "under", spec=Spec("D"),
                        value=f"HOLIDAY:md:{mo}:{d}" + (f"@{shift}" if shift else "") + HOLIDAY_WEEK)
        if shift:
            moved = date(2001, mo, d) + timedelta(days=shift)  # a common year: no fixed holiday is on Feb 28
            mo, d = moved.month, moved.day
        if not m["year"] and not rel and HOLIDAY_THING.match(text, m.end()):
            return None  # "a Christmas tree", "Halloween costumes": things, not the day
        if name == "may day" and not m["name"][0].isupper():
            return None
        if m["year"]:
            return Cand(start, m.end(), "abs", spec=Spec("D", year=int(m["year"]), month=mo, day=d))
        every = None if rel else _EVERY_BEFORE.search(text_before(text, start, 12))
        if every is not None:
            # "the family gathers every Christmas", "each Fourth of July": the day in every year, a
            # recurrence (as "every Sunday" is), not this year's or last year's
            return Cand(start - len(every[0]), m.end(), "set", "SET", value=f"XXXX-{mo:02d}-{d:02d}")
        if name in _CAPITALISED_ONLY and not m["name"].split()[-1][0].isupper():
            return None
        if name == "christmas" and re.search(r"\bFather\s+$", text_before(text, m.start("name"), 8)):
            return None  # "a visit from Father Christmas": a figure, not the day
        return Cand(start, m.end(), "under", spec=Spec("D", month=mo, day=d), rel=rel)
    key = _MOVABLE.get(name) or feast_key(name)
    if key is None or shift and "@" in key:
        return None  # "the day after Low Sunday": a day counted from a day counted from Easter is left alone
    if name == "election day" and re.search(r"(?i)\b(?:an?|its|their|his|her|every|each|on\s+an?)\s+$", text_before(text, m.start(), 12)):
        return None  # "on a general election day": not a named date
    if re.match(r"^[\s-]+(?:Island|Rising|Offensive|Parade|Uprising|War)\b", text[m.end():m.end() + 12]):
        # "the Easter Rising", "the Yom Kippur War": a name made with the day's, no date
        return None
    year = int(m["year"]) if m["year"] else None
    every = None if rel or year or m["we"] else _EVERY_BEFORE.search(text_before(text, start, 12))
    if every is not None:
        # "every Easter", "each Thanksgiving": a movable feast in every year, a yearly SET (its day
        # moves, so no month or day can be written for all of them)
        return Cand(start - len(every[0]), m.end("name"), "set", "SET", value="P1Y")
    the = re.search(r"(?i)\bthe\s+$", text[max(0, start - 5):start]) if m["we"] and not rel else None
    if the:
        start = max(0, start - 5) + the.start()  # "the Labor Day weekend"
    return Cand(start, m.end("year") if m["year"] else m.end("we") if m["we"] else m.end("wk") if m["wk"] else m.end("name"), "abs" if year else "under",
                spec=Spec("D", year=year), value="HOLIDAY:" + key + (f"@{shift}" if shift else "") + (HOLIDAY_WEEK if week else ""),
                rel=rel)


#: a season of the church's year and the day its Sundays are counted from, with the offset (in days)
#: of its first counted Sunday: "the second Sunday of Advent" is a week after Advent Sunday, "the
#: third Sunday of Lent" five weeks before Easter, "the fourth Sunday after Trinity" four weeks after
#: Trinity Sunday; "of Easter" counts Easter Day as the first, "after Easter" the Sunday after it
_CHURCH_SEASONS = {"of advent": ("adventsunday", 0), "in advent": ("adventsunday", 0), "of lent": ("easter", -42),
                   "in lent": ("easter", -42), "of easter": ("easter", 0), "after easter": ("easter", 7),
                   "after trinity": ("trinitysunday", 7), "after pentecost": ("pentecost", 7)}


@rule(rf"\b(?:the\s+)?(?P<n>{'|'.join(k for k in lx.ORDINALS if lx.ORDINALS[k] > 0)})\s+Sunday\s+"
      r"(?P<season>(?:of|in)\s+Advent|(?:of|in)\s+Lent|(?:of|after)\s+Easter|after\s+(?:Trinity|Pentecost))\b",
      IGNORE_CASE, priority=2, trigger=r"(?i:advent|lent|easter|trinity|pentecost)")
def counted_sunday(m: re.Match[str], text: str) -> Cand | None:
    """ "The Second Sunday of Advent", "the third Sunday of Lent", "the fourth Sunday after Trinity":
    a preaching calendar's Sundays, each a day counted from its season's feast (read as "Sunday" alone
    it was the Sunday next to the page's date)."""
    if not m["season"].split()[-1][0].isupper():
        return None  # "the first Sunday of lent money": only the season's name, capitalised
    key, first = _CHURCH_SEASONS[re.sub(r"\s+", " ", m["season"]).lower()]
    days = first + 7 * (lx.ORDINALS[m["n"].lower()] - 1)
    return Cand(m.start(), m.end(), "under", spec=Spec("D"), value=f"HOLIDAY:{key}" + (f"@{days}" if days else ""))


#: the lower-case names :func:`post_movable_holiday` reads
_TYPED_LOWER = lx.alternation(set(_MOVABLE) - _NOT_TYPED_LOWER)


@rule(_holiday_pattern(_TYPED_LOWER), priority=2, trigger=_HOLIDAY_TRIGGER)
def post_movable_holiday(m: re.Match[str], text: str) -> Cand | None:
    """ "easter sunday brunch!", "black friday deals": a movable holiday typed in lower case, read as
    :func:`holiday` reads it, in posts only (prose capitalises a holiday's name; in lower case the
    words are plain ones more often than not)."""
    return holiday(m, text)


post_movable_holiday.applies_to = is_post  # type: ignore[attr-defined]


@rule(r"(?<![\w@#/.-])(?:(?P<day>EOD|COB|EOB|eod)|(?P<week>EOW|eow)|(?P<month>EOM|eom))(?![\w@/-])", priority=2,
      trigger=r"(?i:eo[dwm]|cob|eob)")
def office_end_of_period(m: re.Match[str], text: str) -> Cand | None:
    """ "send it by EOD", "done COB", "due EOW": office chat's end of the day, week or month it is
    written in. TimeML values the period the end belongs to (with ``END``), as it values "by the end
    of the week". "COB" and "EOB" count only in capitals ("a corn cob"); none counts inside a handle,
    a hashtag or an address ("@eod_news", "/eom/")."""
    if m["day"]:
        return Cand(m.start(), m.end(), "dct", unit="D", n=0, mod="END")
    return Cand(m.start(), m.end(), "prev", unit="W" if m["week"] else "M", n=0, mod="END")
