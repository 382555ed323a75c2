"""The general rules: calendar dates, periods (decades, centuries, seasons, quarters), expressions
relative to the document date, weekdays and clock times, durations and sets, business periods,
spoken years and holidays.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import MON_FULL, NUM, T_PERIOD_WORDS, UNIT, YEAR, _I, _T_UNIT, _before, _month
from explorer.temporal.grammar.match_play import is_match_period
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_periods import half
from explorer.temporal.grammar.rules_relative import _UNIT_GRAN
from explorer.temporal.normalize import Spec, duration_value


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


@rule(r"\b(?:(?P<the>the)\s+)?(?P<q>full|current|current\s+fiscal|current\s+calendar|(?<=the\s)fiscal)\s+year\b(?!\s+(?:ended|ending|to|through|that|which|beginning|starting|begins|starts)\b)", _I, priority=2, trigger=r"(?i:year)")
def current_year(m: re.Match[str], text: str) -> Cand | None:
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
