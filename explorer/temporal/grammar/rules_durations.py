"""Rules for durations and sets: "three weeks", "a fortnight", "for years", "every Tuesday",
"weekly".

These are not points in time: they produce TimeML DURATION and SET values. Split out of the
general rules by family.
"""

from __future__ import annotations

import re

from explorer.number_words import spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import COUNTED_KIND, DAY, IGNORE_CASE, MON_FULL, NUM, T_UNIT, UNIT, day_number, figure_compared_before, month_number, text_before
from explorer.temporal.grammar.match_play import is_match_period
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_relative import UNIT_GRAN
from explorer.temporal.normalize import duration_value, valid_day


# -- durations and sets -------------------------------------------------------------------------


_HALF_OF = {"decade": "P5Y", "century": "P50Y"}
#: a participle that "over" spreads across a stretch ("paid over five years"), not one of lasting, and
#: "took place over four days" (the hearing held on each of them)
_SPREAD_OVER = re.compile(r"(?i)\b(?:(?!(?:lasted|waited|delayed|stayed|remained|lived|served|ruled|continued|persisted|dragged|"
                          r"jailed|imprisoned|detained|held|needed|required)\b)(?:[a-z]{2,}ed|paid|repaid|spread|split|built)"
                          r"(?:\s+(?:in|out|up|off|back|down))?|(?:took|take|takes|taking|taken)\s+place)\s+$")
#: a preposition that makes what follows a stretch of time: "for some months", "within some weeks"
_STRETCH_BEFORE = re.compile(r"(?i)\b(?:for|within|after)\s+$")

#: "will one day run the firm", "hopes to one day open a shop", "he one day follow": "one day" before
#: the verb it modifies is "some day", a time to come the text does not give, no stretch of a day
#: (TimeML leaves it as it leaves "someday"); after a verb ("lasted one day", "cut to one day") it counts
_SOMEDAY_BEFORE = re.compile(r"(?i)(?:\b(?:will|would|could|can|may|might|should|must|shall|to)|[\w][’']ll|\b(?:he|she|they|we|i|you))"
                             r"\s+(?:(?:not|also|still|even|yet|really|surely)\s+)?$")
_SOMEDAY_AFTER = re.compile(r"(?i)\s+(?!(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|later|earlier|after|before|ago|"
                            r"early|late|a\s+week|per|each|every|off|out|old|long|instead|rather|only|than|from|because|when|while|if|as|so|"
                            r"plus|less|more|longer|shorter|ahead|behind|into|over|under|after|during|until|till)\b)[a-z]{2,}\b")

#: a copula before an age said as a predicate: "she's 16 days old", "he was nineteen years old",
#: "im 20 years old", "when he turned 30 years old" (an adverb such as "only" may stand between)
_AGE_COPULA = re.compile(r"(?i)(?:\b(?:is|was|are|were|am|im|be|been|being|turn(?:s|ed|ing)?|bec[oa]mes?)|[\w][’'](?:s|re|m))"
                         r"\s+(?:(?:only|just|barely|still|now|already|almost|nearly|about|around)\s+)?$")


def _told_age(m: re.Match[str], text: str) -> bool:
    """Whether the age is said of someone after a copula with its words apart ("she is 16 days old"):
    the WikiWars and tweets annotators mark that as a duration, "old" included (4 of 4 in their
    readable parts), while an age before a noun ("a 6-year-old boy"), in an apposition ("The suspect,
    37 years old,") or compared ("200 years older") stays unmarked, as TimeBank's ages are."""
    return (m["long"].strip().lower() == "old" and "-" not in m["hy"] + m["long"] and not m["the"]
            and _AGE_COPULA.search(text_before(text, m.start(), 24)) is not None)


@rule(rf"(?<![\w'’])(?:(?P<approx>about|around|nearly|almost|roughly|approximately|the\s+(?:better|best)\s+part\s+of|(?:no|not)\s+(?:more|less)\s+than|more\s+than|less\s+than|at\s+least|up\s+to|over|some|close\s+to|just\s+over|just\s+under)\s+)?(?:(?P<the>the|these|those)\s+(?:(?P<dir>past|last|next|first|coming|upcoming|previous|prior|following|ensuing|subsequent|intervening|final|latest|remaining|recent|preceding|(?:comparable\s+)?(?:year-earlier|year-ago|year-before|prior-year))\s+)?)?(?P<n>{NUM})(?:\s+(?:to|or|-)\s+(?P<n2>{NUM})|(?<=\d)[-–](?P<n3>\d{{1,3}})(?=[-\s])|\s+or\s+(?P<orm>more|longer|fewer|less))?(?P<hy>[-\s]+)(?:(?:more|additional|extra|further|single|full|whole|entire|straight|consecutive|successive|solid|{COUNTED_KIND})\s+)?(?P<unit>{UNIT})s?(?P<andhalf>\s+and\s+(?:a\s+half|an?\s+quarter|(?P<q3>three)\s+quarters)(?!\s+of\b))?(?P<long>[-\s]+(?:long|old|older|younger))?(?![\w-])", IGNORE_CASE, priority=2, trigger=T_UNIT)
def duration(m: re.Match[str], text: str) -> Cand | None:
    unit_word = m["unit"].lower().replace("centurie", "century")
    if unit_word == "night":
        unit_word = "day"
    code = lx.UNITS[unit_word][0]
    nword = m["n"].lower()
    if nword[:1].isdigit() and re.search(r"\d[:.]$", text[max(0, m.start("n") - 2):m.start("n")]):
        return None  # "00:00  Night Service": the minutes of a clock, no count of nights
    if nword == "a" and unit_word == "second" and not re.match(r"^\s*(?:[,.;:)]|$|or\b|and\b|of\b|later\b|ago\b|earlier\b|before\b|after\b)", text[m.end():m.end() + 8]):
        return None  # "a second offensive": the ordinal, not one second
    if m["approx"] and re.fullmatch(r"(?i)(?:more|less)\s+than", m["approx"]) and figure_compared_before(text, m.start()) \
            and re.match(r"(?i)\s+(?:earlier|before|ago|later|previously)\b", text[m.end():m.end() + 12]):
        return None  # "£12,000 more than a year earlier": the figure's comparison, and the earlier period (rules_relative)
    if nword in ("a", "an") and not m["the"] and not m["approx"]:
        # "a year" alone is mostly "per year" or "a year earlier" (handled elsewhere)
        if re.search(r"(?i)(?:times|\d|\$|%|million|billion|cents?)\s*$", text_before(text, m.start(), 12)):
            return None
        if re.search(r"(?<![\w'’])(?:\d[\d,.]*|" + spelled(2, 10) + r"|dozens?|hundreds?|several|few)"
                     r"\s+(?:\w+\s+)?(?!(?:was|is|has|this|his|its|as|us|yes|always|perhaps|years|months|weeks|days)\b)"
                     r"[a-z]{2,}s(?:\s+of\s+(?:[a-z]+\s+)?[a-z]{2,})?\s*$", text_before(text, m.start(), 56)):
            # "four flights a week", "700 seats a week", "300 tons of coal a day": a rate, no stretch of
            # time; TimeML makes the period a set (as "twice a week")
            return Cand(m.start(), m.end(), "set", "SET", value=duration_value(1, code))
    if (nword == "one" and unit_word == "day" and m[0].lower() == "one day" and _SOMEDAY_BEFORE.search(text_before(text, m.start(), 24))
            and _SOMEDAY_AFTER.match(text, m.end())):
        return None  # "she will one day run the firm": some day to come, no stretch of one day
    plural = text[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if nword in ("a", "an") and plural:
        return None  # "a decades-long feud", "a months-long siege": the article is the noun's, no count of one
    if not m["the"] and (nword == "some" and not (plural and _STRETCH_BEFORE.search(text_before(text, m.start(), 12)))
                         or nword == "many" and (not plural or m["hy"].startswith("-"))):
        # "some years" reads as "some of the years", but not after a preposition of a stretch ("in
        # talks for some months", "after some weeks of talks"); "many years" is a stretch of years
        return None
    if re.search(r"(?i)\b(?:no\.?|#)\s*$", text_before(text, m.start())):
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
        # "a minute and a half", "an hour and a quarter", "a year and three quarters"
        n += 0.5 if m["andhalf"].rstrip().endswith("half") else 0.75 if m["q3"] else 0.25
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
        # "the prior two years" looks back as "the previous" does, "the upcoming two weeks" ahead as "the
        # coming"; "the ensuing (subsequent, intervening) three days" are counted from a time the text told
        anch = "past" if m["dir"].lower() in ("past", "last", "previous", "prior", "recent", "preceding") \
            else "next" if m["dir"].lower() in ("next", "coming", "upcoming", "remaining") else None
    end = m.end()
    start = m.start()
    half = re.search(r"(?i)(?<![\w-])half\s+$", text_before(text, start, 8))
    if half and nword in ("a", "an") and not m["approx"] and unit_word in _HALF_OF:
        # "half a century": fifty years (the shorter units are the informal rules' "half an hour")
        return Cand(start - len(half[0]), end, "dur", "DURATION", value=_HALF_OF[unit_word])
    if m["approx"] and m["the"] and m["approx"].lower() == "over":
        # "over the past two years": "over" is the preposition of a period, not "more than"
        start, mod = m.start("the"), None
    elif m["approx"] and m["approx"].lower() == "over" and _SPREAD_OVER.search(text_before(text, start, 24)):
        # "can be used over three years", "evolved over several years": after a participle "over"
        # spreads the act across the stretch (TimeML leaves the preposition out); after a verb of
        # lasting ("lasted over a week", "waited over an hour") it is "more than" and stays
        start, mod = m.start("n"), None
    period = re.match(r"[ \t]+period\b", text[end:end + 10]) if m["hy"].startswith("-") and not m["long"] else None
    article = re.search(r"(?i)\b(?:an?|the)\s+$", text_before(text, start, 5)) if period and not m["the"] and not m["approx"] else None
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
    if m["long"] and m["long"].strip(" -\n").lower() in ("old", "older", "younger") and not _told_age(m, text):
        return None  # "a 6-year-old", "200 years older": an age, which TimeML does not mark
    if m["n"][0].isupper() and m["unit"][0].isupper() and re.match(r"(?:[’']s?)?[ \t]+(?:War|Wars)\b", text[end:end + 16]):
        return None  # "the Six-Day War", "the Thirty Years' War": a name, TimeML marks no duration in it
    if m["orm"]:
        # "three or more years", "two or fewer days": at least (at most) the count, one duration
        mod = "EQUAL_OR_MORE" if m["orm"].lower() in ("more", "longer") else "EQUAL_OR_LESS"
    return Cand(start, end, "dur", "DURATION", value=value, mod=mod, anchored_span=anch,
                unit=UNIT_GRAN.get(unit_word) if unit_word not in ("hour", "minute", "second") else None, n=n)


#: "ago" after a count of units given as two ("two or three years ago"): a date, see :func:`or_two_ago`
_OR_AGO = re.compile(r"[ \t]+ago\b", re.IGNORECASE)


@rule(rf"(?<![\w'’])(?P<n>{NUM})\s+or\s+(?P<n2>{NUM})[-\s]+(?P<u1>{UNIT})s?\s+ago\b"
      rf"|(?<![\w'’])(?P<a>an?|one)\s+(?P<u3>{UNIT})\s+or\s+two\s+ago\b", IGNORE_CASE, priority=4, trigger=T_UNIT)
def or_two_ago(m: re.Match[str], text: str) -> Cand | None:
    """ "a day or two ago", "two or three years ago": a time back from the document date by the first
    count, as "two years ago" is (TimeML writes "a week or so ago" as the week's day back, and "a
    month or two" as its first count); one expression, not a duration with "ago" left over."""
    if m["a"]:
        n: float | None = 1
        unit_word = m["u3"].lower()
    else:
        n, n2 = lx.number_value(m["n"]), lx.number_value(m["n2"])
        unit_word = m["u1"].lower()
        if n is None or n2 is None or n >= n2:
            return None
    unit_word = unit_word.replace("centurie", "century").replace("night", "day")
    unit = UNIT_GRAN.get(unit_word)
    if unit is None or n is None:
        return None
    return Cand(m.start(), m.end(), "dct", unit=unit, n=-n, value="ago")


#: "in a year or two": a vague time ahead of the writer's, which TimeML writes FUTURE_REF (a counted
#: "in two weeks" is a duration)
@rule(rf"(?<=\b[Ii]n\s)(?P<a>an?|one)\s+(?P<u>{UNIT})\s+or\s+two\b(?!\s+(?:ago|earlier|later|before|after)\b)",
      priority=4, trigger=T_UNIT)
def in_a_unit_or_two(m: re.Match[str], text: str) -> Cand | None:
    """ "in a year or two", "in a week or two": some time ahead, not one year; TimeML (the readable
    TimeBank) writes it FUTURE_REF."""
    if UNIT_GRAN.get(m["u"].lower()) is None:
        return None
    return Cand(m.start(), m.end(), "ref", value="FUTURE_REF")


#: "later" or "earlier" after "a fortnight": a date counted from the story's last one (not "later than")
_FORTNIGHT_DIRECTION = re.compile(r"[ \t]+(?:or[ \t]+so[ \t]+)?(?P<dir>later|earlier)\b(?![ \t]+than\b)", re.IGNORECASE)


@rule(r"(?<![\w'’])(?:(?P<approx>about|around|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|over)\s+)?"
      r"(?:(?P<the>the)\s+(?P<dir>past|last|next|coming|previous|following)\s+|(?P<n>an?|" + spelled(1, 6) + r"|\d{1,2})\s+)"
      r"fortnights?\b", IGNORE_CASE, priority=2, trigger=r"(?i:fortnight)")
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
    said_from = None if m["the"] else _FORTNIGHT_DIRECTION.match(text, m.end())
    if said_from is not None:
        # "A fortnight later, the roofers came back", "a fortnight earlier": a day counted from the
        # last one the story told, as "a week later" is (``rules_relative.offset``), not a stretch
        sign = -1 if said_from["dir"].lower() == "earlier" else 1
        return Cand(m.start(), said_from.end(), "prev", unit="W", n=sign * 2 * n, mod=mod)
    start = m.start("the") if m["approx"] and m["the"] and m["approx"].lower() == "over" else m.start()
    return Cand(start, m.end(), "dur", "DURATION", value=duration_value(2 * n, "W"), mod=None if start != m.start() else mod,
                anchored_span=anch, unit="W", n=2 * n)


@rule(r"\b(?:(?P<det>for|over|in|within|took|take|takes|taking|lasted|lasts|lasting|spent|spend|spending|"
      # a wait is a stretch too: "many have waited decades for this", "patients wait months"
      r"wait|waits|waited|waiting|"
      # "last" as a verb, after a modal or "to": "the war could last weeks", "expected to last months"
      r"(?<=could\s)last|(?<=would\s)last|(?<=might\s)last|(?<=should\s)last|(?<=will\s)last|(?<=\bmay\s)last|"
      r"(?<=\bcan\s)last|(?<=\bto\s)last)\s+)(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b", IGNORE_CASE, priority=1, trigger=T_UNIT)
def vague_duration(m: re.Match[str], text: str) -> Cand | None:
    """ "for years", "lasted weeks", "within days": a stretch of an unsaid number of units (PXY, PXW).
    After "in" only at a clause's end ("the first time in years."), as "in days to come" and "in
    months of rain" are no stretch; "within" always makes one, also before "of" or the clause it
    opens ("died within weeks of his capture", "within days was repulsed"): 5 of 5 such readable
    TimeML cases are marked, while the news tagger used to read them only before a comma or stop."""
    u = m["unit"].lower().rstrip("s").replace("centurie", "century")
    code = lx.UNITS[u][0]
    if m["det"].lower() == "in" and not re.match(r"^\s*[,.]", text[m.end():m.end() + 2]):
        return None
    return Cand(m.start("unit"), m.end(), "dur", "DURATION", value=duration_value(None, code if code != "DE" else "DE"))


@rule(r"\b(?i:within|inside)\s+(?P<the>(?i:the))\s+(?P<u>(?i:hour|minute))\b(?![-'’]|\s+(?:of|since|after|before|when)\b)",
      priority=2, trigger=T_UNIT)
def within_the_hour(m: re.Match[str], text: str) -> Cand | None:
    """ "names will be released within the hour": a stretch of one hour from now, a duration (TimeML
    marks "the hour"); "within the hour of his arrival" names another hour and is left alone."""
    return Cand(m.start("the"), m.end(), "dur", "DURATION", value=duration_value(1, lx.UNITS[m["u"].lower()][0]))


@rule(r"\b(?:for|over|took|take|takes|taking|lasted|lasts|lasting|spent|spend|spending|"
      r"(?<=could\s)last|(?<=would\s)last|(?<=might\s)last|(?<=will\s)last|(?<=\bto\s)last)\s+"
      r"(?:years|months|weeks|days|decades|hours|minutes),?\s+(?:or(?:\s+even|\s+perhaps|\s+possibly)?|if\s+not|and\s+even|rather\s+than|not)\s+"
      r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)\b", IGNORE_CASE, priority=1, trigger=T_UNIT)
def vague_duration_second(m: re.Match[str], text: str) -> Cand | None:
    """ "for days, if not weeks", "lasting hours or even days": the second vague span is one too (the
    first is read by the rule above)."""
    u = m["unit"].lower().rstrip("s").replace("centurie", "century")
    return Cand(m.start("unit"), m.end(), "dur", "DURATION", value=duration_value(None, lx.UNITS[u][0]))


#: what before a plural unit makes it part of another phrase, not a count left unsaid: an article or
#: a possessive ("the years after the war"), a count or a quantifier ("two days later", "many years
#: later", "a few weeks before"), an adjective of order ("the first days after", "recent weeks")
_PHRASE_BEFORE_UNITS = re.compile(
    r"(?i)(?:\b(?:the|these|those|a|an|its|his|her|their|our|my|your|few|several|many|some|numerous|countless|"
    r"both|all|of|recent|coming|past|last|next|following|previous|early|first|final|same|other|such|more|"
    r"additional|extra|dozen|dozens|hundreds|thousands|" + spelled(1, 20) + r")|\d)[\s-]+$")


@rule(r"(?<![\w'’-])(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)\s+(?P<dir>later|earlier)\b(?![-\w])",
      IGNORE_CASE, priority=1, trigger=T_UNIT)
def vague_units_later(m: re.Match[str], text: str) -> Cand | None:
    """ "Hours later, the rebels withdrew", "weeks earlier, the plan had been approved": a time after
    (before) the one just told by a plural unit with no count, marked whole and valued as "a few days
    later" is (FUTURE_REF, PAST_REF; ``rules_relative.offset``). After an article, a count or a
    quantifier the unit is another phrase's ("two days later", "many years later"); "weeks later
    than planned" is a gap, no time. (The same units before "before"/"after" an event, "signed weeks
    before the election", were tried as durations and left: the readable news marks them only now
    and then.)"""
    if _PHRASE_BEFORE_UNITS.search(text_before(text, m.start(), 24)) or re.match(r"[ \t]+than\b", text[m.end():m.end() + 8]):
        return None
    return Cand(m.start(), m.end(), "ref", value="FUTURE_REF" if m["dir"].lower() == "later" else "PAST_REF")


_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
         "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
         "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "annual": "P1Y", "weekly-": "P1W"}


#: what follows an adverb of frequency that ends its clause: "meets monthly.", "paid weekly in cash"
_ADVERB_END = re.compile(r"(?i)\s*(?:[.,;:!?)]|$|\s(?:in|at|on|for|by|from|since|until|through|and|or|to|during|with|except)\b)")


@rule(r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|semi-?annually)\b", IGNORE_CASE, priority=1)
def set_adverb(m: re.Match[str], text: str) -> Cand | None:
    w = m[0].lower()
    if w in ("daily", "weekly", "monthly") and re.match(r"^\s+[A-Z]", text[m.end():m.end() + 3]) or re.match(r"^\s+(?:newspaper|magazine|paper|news)\b", text[m.end():m.end() + 12]):
        return None  # "the pro-Hizbullah Lebanese daily Al-Akhbar"
    if re.search(r"(?i)\bthe\s+(?:[\w-]+\s+){0,3}$", text_before(text, m.start(), 40)) and w in ("daily", "weekly", "monthly") \
            and not _ADVERB_END.match(text[m.end():m.end() + 12]):
        return None  # "the daily tally", "the party weekly" (but "The board meets monthly." is the adverb)
    if re.search(r"(?i)(?:\d\s*%|\bper\s*cent|\bpercent|\bpoints?)\s+$", text_before(text, m.start(), 16)):
        return None  # "rise 8.5% annually": a rate of growth, which TimeBank leaves unmarked, no recurrence
    return Cand(m.start(), m.end(), "set", "SET", value=_SETS.get(w.replace("-", ""), "P1Y"))


_COUNTED_SET_UNITS = {"hourly": ("PT", "H"), "daily": ("P", "D"), "weekly": ("P", "W"), "monthly": ("P", "M"), "yearly": ("P", "Y")}


@rule(r"(?<![\w-])(?P<n>\d{1,2}|two|three|four|five|six|eight|twelve|twenty-four)-(?P<u>hourly|daily|weekly|monthly|yearly)\b",
      IGNORE_CASE, priority=2, trigger=r"(?i:-(?:hourly|daily|weekly|monthly|yearly)\b)")
def counted_set_adverb(m: re.Match[str], text: str) -> Cand | None:
    """ "four-hourly observations", "6-monthly reviews", "two-weekly visits": a clinic's or a plan's
    recurrence every that many units (PT4H, P6M), not an hourly one with a number before it."""
    n = lx.number_value(m["n"])
    if n is None or n < 2:
        return None
    prefix, unit = _COUNTED_SET_UNITS[m["u"].lower()]
    return Cand(m.start(), m.end(), "set", "SET", value=f"{prefix}{int(n)}{unit}")


_DAY_ORDINAL_WORDS = "|".join(sorted((w for w, n in lx.ORDINALS.items() if n > 0), key=len, reverse=True))


@rule(rf"(?i:\bthe\s+(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?P<w>{_DAY_ORDINAL_WORDS}))\s+(?:day\s+)?of\s+(?:every|each|the)\s+month)\b",
      priority=3, trigger=r"(?i:of\s+(?:every|each|the)\s+month)")
def day_of_every_month(m: re.Match[str], text: str) -> Cand | None:
    """ "the 15th of every month", "the first of each month": a day of every month, as a lease, a
    payroll or a club's notice sets it (``XXXX-XX-15``); read apart it was "every month" alone. "of
    the month" counts only after "on"/"by" and a verb of a rule ("is due on the 1st of the month")."""
    words = re.sub(r"\s+", " ", m[0].lower())
    if words.endswith("of the month") and not re.search(r"(?i)\b(?:is|are|falls?|due|paid|payable|each|every)\b[^.;:]{0,30}\b(?:on|by)\s+$",
                                                      text_before(text, m.start(), 50)):
        return None  # "on the 12th of the month": a day of the month told (another rule's)
    day = int(m["d"]) if m["d"] else lx.ORDINALS[m["w"].lower()]
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-XX-{day:02d}")


#: the day said after a month in a set: "every May 3", "each July 4th" (not a year, a clock or a figure)
_DAY_AFTER_MONTH = re.compile(rf"[ \t]+(?P<d>{DAY})\b(?![,.]?\d|[ \t]*(?:%|per\b|:|[ap]\.?m\b))")


def _every_month(m: re.Match[str], text: str) -> Cand:
    """ "every August"; with its day, "every 16 August", "each May 3", that day of every year
    (``XXXX-08-16``, as TimeML and the readable gold write it): the day was read as part of the span
    but left out of the value, a set of months."""
    month = month_number(m["mon"])
    end, day = m.end(), None
    if m["n"] and m["n"].isdigit():
        day = int(m["n"])
    else:
        after = _DAY_AFTER_MONTH.match(text, m.end())
        if after is not None:
            day, end = day_number(after["d"]), after.end()
    if day is not None and valid_day(2000, month, day):  # a leap year: "every 29 February" is a set too
        return Cand(m.start(), end, "set", "SET", value=f"XXXX-{month:02d}-{day:02d}")
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-{month:02d}")


#: how often, right before "a <period>": "twice a year", "three times a winter" (part of the set)
_FREQUENCY_BEFORE = re.compile(r"(?i)(?:\b(?:once|twice|three\s+times|\w+\s+times))\s+$")


@rule(rf"\b(?:every|each|per|a)\s+(?:(?P<alt>other|second|alternate)\s+(?=(?:week|month|year|day|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))?(?:(?P<n>{NUM})\s+)?(?:(?P<pod>morning|afternoon|evening|night)s?(?=\W|$)|(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<season>spring|summer|autumn|winter|fall)|(?P<mon>{MON_FULL}))(?![\w-])", IGNORE_CASE, priority=3, trigger=r"(?i:(?:every|each|per|once|twice|times)\s)")
def set_every(m: re.Match[str], text: str) -> Cand | None:
    """ "every Tuesday", "each spring", "twice a year", "every three months"; "every other Tuesday",
    "every second week" skip one in two (a weekday keeps its value, a unit doubles)."""
    det = m[0].split()[0].lower()
    if m["alt"] and (det != "every" or m["n"]):  # "each other week" is no set
        return None
    if m["pod"]:
        if det not in ("every", "each") or m["n"]:
            return None
        # "every morning": that part of every day, written in full as TIMEX3 writes a set of days
        return Cand(m.start(), m.end(), "set", "SET", value="XXXX-XX-XXT" + lx.PARTS_OF_DAY[m["pod"].lower()])
    per_period = det == "per" and not m["n"] and (m["unit"] or "").lower() in ("day", "week", "month", "year")
    if det == "per" and not m["n"] and (m["unit"] or "").lower() in ("hour", "minute") \
            and re.search(r"(?i)(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s*(?:dollars|euros|pounds|cents|pence))\s*$", text_before(text, m.start(), 24)):
        per_period = True  # a wage or a fee, "$22 per hour": every hour (a speed, "60 miles per hour", is no set)
    if det in ("a", "per") and not per_period and not re.search(r"(?i)(?:times|once|twice|\d|\$|%|million|billion|cents?|dollars|rials|tons|barrels)\s*$", text_before(text, m.start(), 14)):
        return None
    if det == "each" and re.match(r"^\s+(?:other|of)\b", text[m.end():m.end() + 5]):
        return None
    if m["wd"]:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()] + 1}")
    if m["season"]:
        if m["season"].lower() == "fall" and (det not in ("every", "each") or re.match(
                r"(?i)\s+(?:of|in|on|from|to|by|off|into|short|below|behind|back)\b", text[m.end():m.end() + 8])):
            return None  # "each fall in prices", "every fall of the index": the noun, not the season
        start = m.start()
        if det in ("a", "per"):
            # "three times a winter": the frequency words are the set's, as in "twice a year" below
            fm = _FREQUENCY_BEFORE.search(text_before(text, m.start(), 20))
            if fm is None:
                return None
            start -= len(fm[0])
        return Cand(start, m.end(), "set", "SET", value=f"XXXX-{lx.SEASONS[m['season'].lower()]}")
    if m["mon"]:
        return _every_month(m, text)
    n = lx.number_value(m["n"]) if m["n"] else 1
    if m["alt"]:
        n = 2
    unit = m["unit"].lower()
    if unit == "fortnight":  # "every fortnight", "each fortnight": two weeks, not in the unit table
        unit, n = "week", 2 * n
    unit = unit.replace("night", "day")
    start = m.start()
    if det in ("a", "per"):
        # "twice a year": the frequency words are part of the set
        fm = _FREQUENCY_BEFORE.search(text_before(text, m.start(), 20))
        if fm is None and not per_period:
            return None
        start = m.start() - len(fm[0]) if fm else m.start()
    return Cand(start, m.end(), "set", "SET", value=duration_value(n, lx.UNITS[unit][0]))
