"""Rules for expressions relative to the document date or to the date just told: "now", "recently",
"today", "this week", "two years ago", "the next day".

They record the offset and what it counts from; the resolver supplies the reference. Split out of
the general rules by family.
"""

from __future__ import annotations

import re

from explorer.number_words import spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import IGNORE_CASE, MON, NUM, T_PERIOD_WORDS, T_UNIT, UNIT, WDAY, YEAR, figure_compared_before, text_before
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec, duration_value
from explorer.temporal.title_names import names_a_title


# -- relative to the document date --------------------------------------------------------------

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "the moment": "PRESENT_REF", "this time": "PRESENT_REF",
    "at this time": "PRESENT_REF", "so far": "PRESENT_REF", "to date": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "earlier": "PAST_REF", "in the past": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "in the future": "FUTURE_REF", "the recent past": "PAST_REF",
    "recent": "PAST_REF", "current": "PRESENT_REF", "as soon as possible": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    # "I met her the other day": a recent day the writer does not name, a vague past like "recently"
    "the other day": "PAST_REF",
}
_REF_OK = {"now", "right now", "currently", "nowadays", "at present", "presently", "these days", "recently",
           "lately", "the past", "the future", "the near future", "the recent past", "at this time", "current",
           "recent", "as soon as possible", "future quarters", "the near term", "the short term", "the other day"}

#: plural units an unsaid number of which may stretch back or ahead of the document's time
_SPAN_UNITS = r"(?:minutes|hours|days|weeks|months|quarters|years|decades|centuries)"


@rule(r"\b(?:(?:the\s+)?(?:recent|coming|upcoming)\s+(?P<u>" + _SPAN_UNITS + r")|the\s+(?P<u2>" + _SPAN_UNITS
      + r")\s+(?:ahead|to\s+come)|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s))(?P<u3>" + _SPAN_UNITS + r")\s+to\s+come)\b",
      IGNORE_CASE, priority=1, trigger=r"(?i:\b(?:recent|coming|upcoming|ahead|to\s+come)\b)")
def vague_span(m: re.Match[str], text: str) -> Cand | None:
    """ "in recent years", "in coming weeks", "the upcoming months", "in recent hours": a stretch of an
    unsaid number of units back or ahead of the document's time, which TimeML reads as a vague
    duration (PXY, PXW, PTXH) for every unit. "The weeks ahead", "in years to come" and the reports'
    "coming quarters" are a future reference (FUTURE_REF), as the tagger has read "the years ahead";
    the tagger used to list each of these per unit, and missed the others ("recent hours", "the
    upcoming months", "the decades ahead")."""
    word = (m["u"] or m["u2"] or m["u3"]).lower()
    if m["u2"] or m["u3"] or word == "quarters" and not re.search(r"(?i)\brecent\b", m[0]):
        return Cand(m.start(), m.end(), "ref", value="FUTURE_REF")
    unit = "century" if word == "centuries" else word[:-1]
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(None, lx.UNITS[unit][0]))


@rule(r"\b(?:the|these|those)\s+(?:past|previous|prior|preceding|next|following|ensuing|subsequent)\s+(?P<u>"
      + _SPAN_UNITS + r")\b(?![-'’])", IGNORE_CASE, priority=1, trigger=T_UNIT)
def ordered_vague_span(m: re.Match[str], text: str) -> Cand | None:
    """ "over the past weeks", "in the following days", "the previous months", "the next hours": the
    units next to a time (the document's or one the text told) with no count said, a vague duration
    as "the last weeks" and "the coming weeks" are (TimeML: PXW, PXD, PTXH). The grammar read the
    plural only after "last", "coming" and "recent", so "the past weeks" went untagged and "the past
    hours" kept only "the past"; the count is what "the past few weeks" adds, not the expression."""
    word = m["u"].lower()
    unit = "century" if word == "centuries" else word[:-1]
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(None, lx.UNITS[unit][0]))


#: the head of a date told after "recently": a month, a weekday, a year or a word for a near day
_NEAR_DATE_HEAD = rf"(?:{MON}|{WDAY}|{YEAR}|last|this|yesterday|today)"
#: "most recently[,] (in) last October": a date straight after the adverb (within 20 characters)
_MOST_RECENTLY_BEFORE = re.compile(r"(?i)\bmost\s+$")
_DATE_AFTER_MOST_RECENTLY = re.compile(rf",?\s+(?:(?:in|on|at|last|this)\s+)?{_NEAR_DATE_HEAD}")
#: "as recently as 1998", "as recently as a month ago", "as recently as three weeks ago": a date or
#: a count back from now after the second "as" (within 24 characters)
_AS_RECENTLY_BEFORE = re.compile(r"(?i)\bas\s+$")
_DATE_AFTER_AS_RECENTLY = re.compile(
    rf"(?i)\s+as\s+(?:(?:in|on|at|last|this|the)\s+)?(?:{_NEAR_DATE_HEAD}|\d|a\s|the\s|\w+\s+(?:days|weeks|months|years|decades)\b)")


def _recently_before_its_date(m: re.Match[str], text: str) -> bool:
    """Whether "recently" only says that the date told next is near ("most recently last October",
    "as recently as 1998"): that date is the expression, so the adverb is none of its own."""
    end = m.end()
    return bool(_MOST_RECENTLY_BEFORE.search(text_before(text, m.start(), 6))
                and _DATE_AFTER_MOST_RECENTLY.match(text, end, end + 20)
                or _AS_RECENTLY_BEFORE.search(text_before(text, m.start(), 4))
                and _DATE_AFTER_AS_RECENTLY.match(text, end, end + 24))


@rule(rf"\b(?:{lx.alternation(sorted(_REF_OK))})\b", IGNORE_CASE, priority=1)
def ref_word(m: re.Match[str], text: str) -> Cand | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    if w == "now" and re.match(r"^\s*(?:defunct|-)", text[m.end():m.end() + 9]):
        return None
    if w == "the other day" and re.search(r"(?i)\b(?:one|a|first)\s+day\b[^.;!?]{0,60}$", text_before(text, m.start(), 70)):
        return None  # "one day it rained, the other day it snowed": the second of two days
    if w.endswith(" term") and text.startswith("-", m.end()):
        return None  # "the short-term debt": an adjective, no time
    if w in ("now", "currently") and text.startswith(",", m.end()) and re.search(r"(?:^|[.!?]\s*|\n\s*|[\"“'`]{1,2}\s*)$", text_before(text, m.start(), 4)):
        # "Now, he says, ...": a sentence adverb set off by a comma frames the discourse rather
        # than pointing at the present (TimeML leaves it untagged); "For now," / "right now," stay
        return None
    if w == "the past" and re.match(r"^\s+(?:few|several|\d|" + spelled(2, 10) + r"|week|month|year|decade|day)", text[m.end():m.end() + 9], IGNORE_CASE):
        return None
    if w == "recently" and _recently_before_its_date(m, text):
        return None
    if w == "so far" and not re.search(r"(?i)\b(?:has|have|had)\b", text_before(text, m.start(), 80)):
        return None
    if w == "current" and (re.match(r"(?i)^[\s-]+(?:account|assets?|liabilit|events|affairs|flows?|year|quarter|month|week|period|"
                                    r"fiscal|season|session|term|issue|edition|price|dollars|law|laws|rules?|system|"
                                    r"model|version|contract|level|rate|policy|situation)", text[m.end():m.end() + 14])
                           or re.search(r"(?i)\b(?:then|electric|alternating|direct|ocean|jet)[\s-]+$", text_before(text, m.start(), 12))):
        return None  # "current account", "the then current price", "the current year" (handled as a year)
    if w == "current" and re.search(r"(?i)\b(?:my|your|its|our|their)\s+$", text_before(text, m.start(), 8)):
        return None  # "my current obsession", "its current source": what one has, not when
    if w == "at this time":
        return Cand(m.start() + 3, m.end(), "ref", value="PRESENT_REF")
    return Cand(m.start(), m.end(), "ref", value=_REFS[w])


@rule(r"\bat\s+(?P<t>the\s+time)\b(?!\s+(?:of|when|being|in\s+which)\b|[-\w])", IGNORE_CASE, priority=1, trigger=r"(?i:time)")
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
    if text[m.start()] != "A" or not _SENTENCE_START.search(text_before(text, m.start(), 4)) or re.match(r"\s*,", text[m.end():m.end() + 3]):
        return False
    rest = re.match(r"[^.!?\n]*", text[m.end():m.end() + 300])
    return rest is not None and "," in rest[0]


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
             "the day after tomorrow": 2}


#: what follows "today's" when it means the present age ("today's youth", "in today's fast-paced world"),
#: not the document's day; shared with the possessive typed without its apostrophe ("todays kids")
PRESENT_AGE_NOUN = re.compile(
    r"(?i)\s+(?:(?:modern|young|global|fast-paced|changing|competitive|digital|complex)\s+)?(?:world|youth|society|generation|young|children|kids|"
    r"teens|teenagers|students|standards|culture|economy|technology|consumers|families|workplace|age|times|"
    r"(?:[\w-]+\s+)?computers|people)\b")


#: "the managers of tomorrow", "the schools of today", "the heroes of yesterday": a kind of people or
#: things of an age (as "today's youth"), not of the document's day; the news of a day ("the events of
#: yesterday", "the results of today") stays that day
_OF_AN_AGE = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+){0,2}(?!(?:events|results|papers|newspapers|headlines|hours|talks|meetings|"
                        r"elections|games|matches|races|sessions|proceedings|votes|attacks|protests|reports|flights|trains|services|"
                        r"shows|classes|deliveries|editions|broadcasts|programs|programmes|hearings|rallies|strikes)\s)"
                        r"(?:[a-z-]{3,}s|people|children|men|women|world|youth)\s+of\s+$")


@rule(r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|yesterday|tomorrow|tonight)(?:'s)?\b", IGNORE_CASE, priority=2)
def day_word(m: re.Match[str], text: str) -> Cand | None:
    w = re.sub(r"\s+", " ", m[0].lower()).removesuffix("'s")
    end = m.end() - (2 if m[0].lower().endswith("'s") else 0)
    if w == "today" and m[0].lower().endswith("'s") and PRESENT_AGE_NOUN.match(text[end + 2:end + 32]):
        return None  # "today's youth", "in today's world": the present age, not the document's day
    if w in ("today", "tomorrow", "yesterday") and end == m.end() and _OF_AN_AGE.search(text_before(text, m.start(), 60)):
        return None  # "the managers of tomorrow": an age to come, not the day after the document's
    if names_a_title(text, m.start(), end):
        return None  # "This is VOA Today.", "World News Tonight": a paper's or programme's title
    if w == "tonight":
        return Cand(m.start(), end, "dct", "TIME", unit="D", n=0, value="NI")
    return Cand(m.start(), end, "dct", unit="D", n=_DAYWORDS[w])


_RELDIR = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
           "this past": -1, "this coming": 1, "the current": 0, "this current": 0}
UNIT_GRAN = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "DE", "century": "CE"}


# a preposition of extent before "the past <unit>": the words measure a stretch of time
_EXTENT_BEFORE = re.compile(r"(?i)\b(?:over|during|for|throughout|across|through)\s+the\s+$")


@rule(r"\b(?P<dir>last|this\s+past|this\s+coming|this|next|the\s+current|current|past|previous|coming)\s+(?P<unit>day|week|weekend|month|quarter|year|decade|century)(?![\w-])", IGNORE_CASE, priority=2, trigger=T_UNIT)
def this_unit(m: re.Match[str], text: str) -> Cand | None:
    d = re.sub(r"\s+", " ", m["dir"].lower())
    unit = UNIT_GRAN[m["unit"].lower()]
    if d == "this" and names_a_title(text, m.start(), m.end()):
        return None  # "ABC's This Week": a programme's title
    before = text_before(text, m.start())
    if re.search(r"\bThe\s+$", before) and d in ("next", "previous") or re.search(r"(?i)\bthe\s+$", before) and d == "previous":
        return None  # "The next year, ...", "the previous year": the year after/before the story's last date
    if d == "next" and unit in ("W", "M", "Y", "DE") and re.search(r"(?i)\bthe\s+$", before) \
            and not re.search(r"(?i)\b(?:for|over|during|within|in|throughout|through|into|of|across)\s+the\s+$", before):
        return None  # "dedicated the album to him the next year", "by the next month", "and the next week
        # the first flour went to market": the unit after the story's (or report's) last date, as
        # "the following year"; "for the next year", "over the next week" stay stretches
    the = re.search(r"(?i)\bthe\s+$", before)
    if the and d in ("past", "last") and unit in ("W", "M", "Q", "Y", "DE") and not re.match(r"^\s+(?:or\s+(?:so|two)|of)\b", text[m.end():m.end() + 8]) \
            and not (d == "past" and (_EXTENT_BEFORE.search(before) or _HOW_LONG_BEFORE.search(before, 0, the.start()))):
        # "in the past year", "over the last decade": news annotation (TBAQ) reads the period just
        # before the report as a date, like "last year"; "over the past year", "during the past
        # month" name the stretch up to now, a duration (TimeML's P1Y, as "the past two years" is P2Y);
        # so does "the past <unit>" as the object of a verb of how long ("has spent the past decade
        # rebuilding", "it took the past month to agree"); TBAQ keeps "for the last week" a date
        return Cand(m.start() - len(the[0]), m.end(), "dct", unit=unit, n=-1, value="the past",
                    anchored_span="past")
    final = re.search(r"(?i)\b(?:the|its|his|her|their|our|my|your)\s+$", before) if d == "last" and unit != "D" else None
    if final and re.match(r"\s+of\s+(?!(?:the\s+)?(?:past|last)\b)", text[m.end():m.end() + 16]) \
            and not (_EXTENT_BEFORE.search(before) or _HOW_LONG_BEFORE.search(before, 0, final.start())):
        return None  # "the last week of the campaign", "its last year of growth": the final one of an
        # event the text may never date, neither the stretch up to now nor the unit before this one;
        # "spent the last decade of his life" measures it, a duration as before
    if re.search(r"(?i)\b(?:the|a|its|his|her|their|our|of\s+the)\s+$", before) and d in ("past", "last", "next", "coming", "previous") and (unit != "D" or d == "past"):
        # "the past year", "the next year": a duration of one unit; of days only "the past day" is
        # one ("over the past day", as "the past hour"), "the last day" being mostly a final one
        return Cand(m.start() - len(re.search(r"(?i)the\s+$", before)[0]) if re.search(r"(?i)\bthe\s+$", before) else m.start(),
                    m.end(), "dur", "DURATION", value=duration_value(1, "D" if unit == "D" else ("W" if unit == "W" else unit)),
                    anchored_span={"past": "past", "last": "past", "previous": "past"}.get(d, "next"), unit=unit, n=1) if unit not in ("WE",) else None
    if d in ("past", "previous") and unit != "WE":
        return None
    if unit == "D" and d == "last" and re.search(r"(?i)\b(?:the|its|his|her|their|our|my|your)\s+$", before):
        return None  # "the last day of his visit", "his last day in office": a final day (``nth_day``), not yesterday
    if re.match(r"^\s+of\b", text[m.end():m.end() + 4]) and unit in ("week", "W"):
        return None
    if unit == "D" and d in ("this", "current", "next"):
        return None  # "next day" is the day after the one told: the anaphoric rule's
    if unit == "WE":
        rel = {"this past": "last", "past": "last", "previous": "last", "this coming": "coming",
               "current": "this", "the current": "this"}.get(d, d)
        return Cand(m.start(), m.end(), "dct", unit="WE", n=0, rel=rel)
    return Cand(m.start(), m.end(), "dct", unit=unit, n=_RELDIR[d])


#: "this year and", "the current quarter and": the unit an elliptical "next" after it counts on from
_THIS_UNIT_AND = re.compile(r"(?i)\b(?:this|the\s+current)\s+(?P<unit>week|month|quarter|year)\s+and\s+(?:(?:again|also)\s+)?$")


@rule(r"(?<![\w-])next\b(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:as\s+well|too|alike|both|respectively|but|while|because|according)\b)",
      IGNORE_CASE, priority=1, trigger=r"(?i:\band\s+(?:(?:again|also)\s+)?next\b)")
def elliptical_next(m: re.Match[str], text: str) -> Cand | None:
    """ "growth of 2 percent this year and next", "prices will rise this month and next, analysts
    said": "next" stands for the unit after the one just said, the next year (month) from the
    document's, as "next year" would be; read alone only "this year" was marked."""
    told = _THIS_UNIT_AND.search(text_before(text, m.start(), 40))
    if told is None:
        return None
    return Cand(m.start(), m.end(), "dct", unit=UNIT_GRAN[told["unit"].lower()], n=1)


#: the value of an offset cand for "the 12th of next month": that day of the month the offset reaches
DAY_OF_MONTH = "day of month "


@rule(rf"\bthe\s+(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?P<w>{lx.alternation(lx.ORDINALS)}))\s+of\s+"
      r"(?P<dir>last|this|next|the\s+current|the\s+coming|this\s+coming)\s+month\b", IGNORE_CASE, priority=3,
      trigger=T_UNIT)
def day_of_offset_month(m: re.Match[str], text: str) -> Cand | None:
    """ "the 12th of next month", "the first of this month", "on the 3rd of last month": a day of the
    month counted from the document's, one expression (TimeML marks the whole phrase, a day's value);
    read apart, the ordinal was left out and the month alone was tagged."""
    day = int(m["d"]) if m["d"] else lx.ORDINALS[m["w"].lower()]
    if day > 31:
        return None
    d = re.sub(r"\s+", " ", m["dir"].lower())
    n = {"last": -1, "this": 0, "the current": 0}.get(d, 1)
    return Cand(m.start(), m.end(), "dct", unit="M", n=n, value=f"{DAY_OF_MONTH}{day}")


#: the value of a weekday cand for "a week from Tuesday": the day that many units after that weekday
COUNTED_FROM_WEEKDAY = "counted from the weekday "
#: "set for", "scheduled for": what follows names the day fixed, not how long ("postponed for two
#: weeks" is how long, and stays out)
_SET_FOR = re.compile(r"(?i)\b(?:set|scheduled|slated|planned|rescheduled)\s+for\s+$")


@rule(rf"\b(?P<n>{NUM}|an?)\s+(?P<unit>day|week)s?\s+(?P<dir>from|ago)\s+(?P<wd>{WDAY})\b(?!['’])"
      # not the start of a dated day or of a range: "ten days from Friday 21 June to Sunday 30 June"
      rf"(?![ \t]*,?[ \t]*(?:the[ \t]+)?\d|[ \t]+(?:of[ \t]+)?{MON}|[ \t]+(?:to|until|till|through|thru|and)\b|[ \t]*[-–])", IGNORE_CASE, priority=4,
      trigger=r"(?i:(?:from|ago)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
def units_from_weekday(m: re.Match[str], text: str) -> Cand | None:
    """ "a week from Tuesday", "two weeks from Friday": one day, that many days or weeks after the
    weekday named (read apart, a duration and the weekday). American news counts back the same way:
    "arrived a week ago Wednesday", "two weeks ago Sunday" are that many days before the weekday
    (read apart, "a week ago" was a week and "Wednesday" the one just gone)."""
    before = text_before(text, m.start(), 30)
    if re.search(r"(?i)\b(?:for|over|lasting|lasts|lasted|run|runs|running|ran|of)\s+$", before) \
            and not _SET_FOR.search(before):
        return None  # "running for ten days from Friday": a stretch that starts on the day, no day of its own
    n = 1.0 if m["n"].lower() in ("a", "an") else lx.number_value(m["n"])
    wd = m["wd"].lower()
    if n is None or n > 52 or wd not in lx.WEEKDAYS:
        return None
    days = round(n * (7 if m["unit"].lower() == "week" else 1)) * (-1 if m["dir"].lower() == "ago" else 1)
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=lx.WEEKDAYS[wd]), value=f"{COUNTED_FROM_WEEKDAY}{days}")


#: a verb of how long (or "for") before a count: "wait 30 days before closing" is a stretch of time
#: a bare noun phrase or a clause after "before"/"after" ("a week after jury selection ended", "two
#: days after police said", "a month before voters go to the polls"): the event the stretch is
#: counted from, as after "the vote"; not an "-ing" form ("two days after signing", a date), nor a
#: word that ends the phrase ("two days after, the army...") or starts a time of its own
_EVENT_NOUN_AFTER = re.compile(r"[ \t]+(?![a-z]+ing\b|(?:that|then|this|which|when|and|or|but|midnight|noon)\b)[a-z]{3,}\b")
_HOW_LONG_BEFORE = re.compile(
    r"(?i)\b(?:for|wait|waits|waited|waiting|take|takes|took|taking|last|lasts|lasted|spend|spends|spent|stay|stays|"
    r"stayed|remain|remains|remained)\s+$")


def _approx_mod(words: str | None) -> str | None:
    """The TIMEX3 mod of an approximation before a count ("well over" is "over": MORE_THAN)."""
    if not words:
        return None
    w = re.sub(r"^(?:just|only|well|a little|a bit) (?=\S+)", "", re.sub(r"\s+", " ", words.lower()))
    return lx.APPROX_MODS.get(w)


#: the ``rel`` of a count before or after an event ("two days after the invasion", "a year after the
#: battle"): a duration in news (TBAQ marks "90 days" of "90 days after their issue" as P90D); in a
#: history the day that many units from the story's time, the event's (WikiWars dates "eight days
#: after <a siege>" from the siege's day), see ``PreviousOffsets._duration``
FROM_AN_EVENT = "counted from an event"
#: the value of an offset cand for "<n> years ago today": the day that many units before
ANNIVERSARY = "ago today"
#: the value of an offset cand for "<n> weeks from today": the day that many units ahead
FROM_TODAY = "from today"


#: "half a <unit>" counted in the next smaller unit, so the date keeps a year's or a month's precision
_HALF_IN_SMALLER = {"century": (50, "Y"), "decade": (5, "Y"), "year": (6, "M")}


_OFFSET = (rf"(?<![\w'’])(?:(?P<approx>(?:(?:just|only|well|a\s+little|a\s+bit)\s+)?(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|over|under|at\s+least|close\s+to)|just|only|barely)\s+)?(?P<halfpre>half[-\s]+(?=an?[-\s]))?(?P<n>{NUM})[-\s]+(?P<unit>{UNIT})s?(?P<andhalf>\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?(?P<dir>ago|back(?![ \t]+(?:to|into|in|from|home|of|on|onto|up|down|out)\b)|earlier|later|before|after|hence|from\s+now|from\s+today|previously|since)\b")
_OFFSET_RE = re.compile(_OFFSET, IGNORE_CASE)
@rule(_OFFSET, IGNORE_CASE, priority=4, trigger=T_UNIT)
def offset(m: re.Match[str], text: str) -> Cand | None:
    if m["approx"] and re.fullmatch(r"(?i)(?:more|less|fewer)\s+than", m["approx"]) \
            and figure_compared_before(text, m.start()):
        # "£12,000 more than a year earlier": the expression is the earlier period alone (see blocks)
        bare = _OFFSET_RE.match(text, m.start("halfpre") if m["halfpre"] else m.start("n"))
        return offset(bare, text) if bare is not None else None
    n = lx.number_value(m["n"])
    if m["andhalf"] and n is not None:
        n += 0.5  # "a year and a half ago", "two months and a half later": the half said after the unit
    if m["halfpre"] and n is not None:
        n *= 0.5  # "half an hour later", "half a day earlier": half the one unit (not "an hour later")
    unit_word = m["unit"].lower().replace("centurie", "century").replace("night", "day")
    unit = UNIT_GRAN.get(unit_word)
    if m["halfpre"] and unit_word in _HALF_IN_SMALLER:
        # "half a century later" is fifty years on (a year, not the century), "half a year" six months
        n, unit = _HALF_IN_SMALLER[unit_word]
    d = re.sub(r"\s+", " ", m["dir"].lower())
    if d == "back":
        d = "ago"  # "a couple of weeks back", "two years back": said for "ago" in talk and posts
    if unit is None and unit_word == "hour" and n is not None and n >= 24 and n % 24 == 0 and d in ("later", "earlier"):
        # "48 hours later", "72 hours earlier": whole days counted in hours, as clinical notes and
        # reports do; from a day told, a day (not a clock time that no clock before it anchors)
        unit, n = "D", n // 24
    if unit is None and unit_word in ("minute", "hour") and d in ("later", "earlier") and n is not None:
        # "declared an emergency 14 minutes later": a clock time counted from the last one the text
        # gave (a duration when it gave none; see ``Resolver._clock_offset``)
        mod = _approx_mod(m["approx"])
        return Cand(m.start(), m.end(), "prev", "TIME", unit="TM" if unit_word == "minute" else "TH",
                    n=(-n if d == "earlier" else n), mod=mod)
    if unit is None and unit_word in ("second", "minute", "hour") and d == "ago" and n is not None \
            and (unit_word != "hour" or n <= 12):
        # "a little over an hour ago", "about 40 minutes ago": with its hedge still a moment earlier
        # on the day of writing, as the bare "an hour ago" is (``hours_ago``), not a duration
        # with "ago" left over
        return Cand(m.start(), m.end(), "dct", unit="D", n=0, mod=_approx_mod(m["approx"]))
    if unit is None:
        return None
    if d in ("before", "after", "since") and (
            re.match(r"^\s+(?:the|a|an|his|her|its|their|he|she|it|they|this|that|[A-Z])", text[m.end():m.end() + 6])
            or _EVENT_NOUN_AFTER.match(text, m.end())
            or re.match(r"^\s+[a-z]+ing\b", text[m.end():m.end() + 20])
            and (d == "before" or _HOW_LONG_BEFORE.search(text_before(text, m.start(), 20)))):
        # "two weeks after the vote": a stretch from an event; so is "wait 30 days before closing" and
        # "held it for a week before moving" (how long; "two days after signing" alone is a date).
        # "deliberated over two days before reaching a verdict": the act an "-ing" form names after
        # "before" is still to come in the telling, so the date told last is no anchor for it (counted
        # back from the trial's opening, the verdict's "Thursday" after it landed a week early)
        # News annotation marks the count alone, a duration; a history dates it from its story's
        # time (see :data:`FROM_AN_EVENT`), so the count and its direction go with it
        how_long = _HOW_LONG_BEFORE.search(text_before(text, m.start(), 20)) is not None
        return Cand(m.start(), m.start("dir") - 1, "dur", "DURATION", value=duration_value(n, unit if unit != "DE" else "DE"),
                    unit=unit, n=None if n is None else (-n if d == "before" else n),
                    rel=FROM_AN_EVENT if d in ("before", "after") and not how_long and not m["approx"] else None)
    if d == "since":
        return None
    if d in ("later", "earlier") and re.match(r"[ \t]+than\b", text[m.end():m.end() + 8]):
        # "a year later than planned", "two months earlier than expected": the gap between two
        # times, a duration, not a date counted from the last one told
        return Cand(m.start(), m.start("dir") - 1, "dur", "DURATION", value=duration_value(n, unit),
                    mod=_approx_mod(m["approx"]))
    sign = -1 if d in ("ago", "earlier", "before", "previously") else 1
    kind = "dct" if d in ("ago", "hence", "from now", "from today") else "prev"
    mod = _approx_mod(m["approx"])
    if d == "from today" and n is not None and unit in ("D", "W", "M", "Y"):
        # "two weeks from today": the day that many units after the writer's today, one expression
        # (read apart, "two weeks" was a duration and "today" the day it counts from)
        return Cand(m.start(), m.end(), kind, unit=unit, n=n, mod=mod, value=FROM_TODAY)
    if n is None:
        return Cand(m.start(), m.end(), "ref", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    today = re.match(r"[ \t]+today\b", text[m.end():m.end() + 10]) if d == "ago" and unit in ("Y", "M", "W") else None
    if today is not None:
        # "A year ago today", "ten years ago today": an anniversary, the same day that many years
        # back (one day, as TimeML writes it), not a year and the writer's today apart
        return Cand(m.start(), m.end() + today.end(), kind, unit=unit, n=sign * n, mod=mod, value=ANNIVERSARY)
    return Cand(m.start(), m.end(), kind, unit=unit, n=sign * n, mod=mod, value="ago" if kind == "dct" else None)


@rule(r"(?<![\w'’-])(?:(?P<half>(?i:half\s+an?))\s+(?P<hu>(?i:century|decade|year))|(?P<units>(?i:years|months|weeks|days|decades|centuries)))\s+ago\b",
      priority=3, trigger=T_UNIT)
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
      r"eleventh|twelfth|\d{1,3}(?:st|nd|rd|th)|last|final)\s+(?:full\s+)?day\b(?![-\w])", IGNORE_CASE, priority=2, trigger=r"(?i:day)")
def nth_day(m: re.Match[str], text: str) -> Cand | None:
    """ "the second day of an offensive", "today is the eighth day of the blockade", "on his first
    day in office": a day counted within an event, which TimeML marks as a date: the day the text is
    at (the last date it told, in a history "the first day of the battle" after the battle's date;
    the document's when it told none). A possessive stays outside the span. "The last day of his
    visit", "her final day in office" count from the event's end the same way (not "yesterday")."""
    if re.match(rf"(?i)\s+of\s+(?:(?:the|this|that|next|last)\s+(?:week|month|year|quarter)\b|{MON}|{YEAR})", text[m.end():m.end() + 24]):
        return None  # "the first day of the month", "the last day of May": a calendar day, not a count
    start = m.start() if m["the"] else m.start("ord")
    return Cand(start, m.end(), "prev", unit="D", n=0)


@rule(r"\bthe\s+(?P<unit>weekend|week|month|year)\s+(?P<dir>after\s+next|before\s+last)\b", IGNORE_CASE, priority=3, trigger=T_PERIOD_WORDS)
def unit_after_next(m: re.Match[str], text: str) -> Cand | None:
    """ "the year after next", "the week before last": two units from the document's, said as one."""
    return Cand(m.start(), m.end(), "dct", unit=UNIT_GRAN[m["unit"].lower()], n=2 if m["dir"].lower().startswith("after") else -2)


@rule(r"\b(?P<det>the\s+(?:next|following|ensuing|subsequent|previous|preceding|same|prior)|that\s+same|that|the\s+(?:day|night|morning|afternoon|evening|week|month|year)\s+(?:before|after)|"
      # "Next morning we sailed", "next day the rain stopped": without its article still the day
      # after the one told; English says "tomorrow", never "next day", of the day after the page's
      r"(?<![\w-])(?P<bare>[Nn]ext)(?=\s+(?:day|morning|afternoon|evening|night)\b(?![-'’]|\s+of\b)))\s*(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|quarter|year|decade|century|spring|summer|autumn|winter|fall)?\b", IGNORE_CASE, priority=2, trigger=r"(?i:day|morning|afternoon|evening|night|week|month|quarter|year|decade|century|spring|summer|autumn|winter|fall)")
def anaphoric(m: re.Match[str], text: str) -> Cand | None:
    c = _anaphoric(m, text)
    if c is not None and c.start == m.start() and re.sub(r"\s+", " ", m["det"].lower()) in ("that", "that same"):
        adverb = re.search(r"(?i)\b(?:earlier|later)\s+$", text_before(text, m.start(), 9))
        if adverb:
            # "later that year", "Earlier that day": TimeML's extent keeps the adverb, as in "earlier
            # this month" (the value is the year's, the day's)
            c.start -= len(adverb[0])
    return c


#: a date just told, then a comma or a dash: what follows restates it ("Nov. 3, the day before ...")
_DATE_IN_APPOSITION = re.compile(rf"(?:\b\d{{1,4}}|{WDAY}|{MON})[ \t]*(?:,|[-–—])[ \t]*$")
#: an event after "the day before/after": a determiner, a possessive, a name or a bare noun ("the
#: day after the election", "the day before Obama's speech", "the day after police arrived")
_EVENT_AFTER = re.compile(r"[ \t]*(?:(?:the|a|an|his|her|its|their)\b|[A-Z]|(?![a-z]+ing\b)[a-z]{3,}\b)")


#: the ``rel`` of "the same month last year": the day, week or month just named, a year before it
SAME_A_YEAR_BACK = "same, a year back"


@rule(r"\bthe\s+same\s+(?P<unit>day|week|month)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|"
      r"the\s+(?:previous|prior|preceding)\s+year)\b", IGNORE_CASE, priority=3, trigger=T_PERIOD_WORDS)
def same_unit_a_year_back(m: re.Match[str], text: str) -> Cand | None:
    """ "exports rose from the same month last year", "the same week a year earlier": the month (week,
    day) just named, a year before it; one expression, as TimeML marks "the same quarter last year",
    not "the same month" (the month just named) and then "last year"."""
    return Cand(m.start(), m.end(), "prev", unit=UNIT_GRAN[m["unit"].lower()], n=0, rel=SAME_A_YEAR_BACK)


#: the ``rel`` of "the same quarter of 1997": the period just named, in the year said (its ``value``)
SAME_IN_YEAR = "same, in the year said"


@rule(rf"\bthe\s+(?:same|(?P<alike>corresponding|comparable|like|similar))\s+(?P<unit>day|week|month|quarter|half|period)\s+(?:of|in)\s+(?P<y>{YEAR})\b(?![-/–]\d|['’]s)",
      IGNORE_CASE, priority=3, trigger=r"(?i:(?:same|corresponding|comparable|like|similar)\s+(?:day|week|month|quarter|half|period))")
def same_unit_in_a_year(m: re.Match[str], text: str) -> Cand | None:
    """ "from $48.6 million in the same quarter of 1997", "the same period in 1996": the quarter (month,
    period) just named, in the year said; one expression, not "the same quarter" and then a year.
    Reports say it with "corresponding", "comparable" or "like" as well ("the corresponding quarter
    of 1988"); only of a report's periods, so "a similar day in 1990" stays a day and a year."""
    if m["alike"] and m["unit"].lower() in ("day", "week"):
        return None
    unit = {"half": "H", "period": "P"}.get(m["unit"].lower()) or UNIT_GRAN[m["unit"].lower()]
    return Cand(m.start(), m.end(), "prev", unit=unit, n=0, rel=SAME_IN_YEAR, value=m["y"])


#: the ``rel`` of "later in the day", "earlier in the week": the day or week the story is in
IN_THE_UNIT_TOLD = "in the unit told"


@rule(r"\b(?:earlier|later)\s+in\s+the\s+(?P<unit>day|week)(?!'s|’s|\s+of\b|[-\w])", IGNORE_CASE, priority=2, trigger=T_PERIOD_WORDS)
def earlier_in_the_day(m: re.Match[str], text: str) -> Cand | None:
    """ "later in the day", "earlier in the week": the day or week the story or report is in, as
    "later that day" is, and marked whole as that is (TimeBank once marks "the day" alone, which
    still overlaps). The month and year forms are rules_bare.in_the_unit's, kept to histories."""
    return Cand(m.start(), m.end(), "prev", unit=UNIT_GRAN[m["unit"].lower()], n=0, rel=IN_THE_UNIT_TOLD)


def _anaphoric(m: re.Match[str], text: str) -> Cand | None:
    # "the ensuing week", "the subsequent year": the one after the time just told, as "the following"
    det = re.sub(r"\s+", " ", m["det"].lower()).replace("ensuing", "following").replace("subsequent", "following")
    if m["bare"]:
        det = "the next"
    unit_word = (m["unit"] or "").lower()
    if det.startswith("the ") and det.split()[1] in ("day", "night", "morning", "afternoon", "evening", "week", "month", "year"):
        if unit_word:
            return None
        n = -1 if det.endswith("before") else 1
        pod = lx.PARTS_OF_DAY.get(det.split()[1])
        if pod and re.match(r"\s*(?:(?:the|a|an|his|her|its|their|this|that)\b|[A-Z\d])", text[m.end():m.end() + 5]):
            return None  # "sold in the afternoon after the auction": an event's, and "the afternoon" is its own
        if pod:
            # "the night before", "the morning after": that part of the day before (after) the one told
            return Cand(m.start(), m.end(), "prev", "TIME", unit="D", n=n, value=pod)
        if _DATE_IN_APPOSITION.search(text_before(text, m.start(), 30)) and _EVENT_AFTER.match(text, m.end()):
            # "last seen Nov. 3, the day before the warrant was issued", "on 2 October 1950 - the day
            # after the army crossed the border": the date just told, named again by the event it
            # precedes (follows), not a day before (after) it
            n = 0
        return Cand(m.start(), m.end(), "prev", unit=UNIT_GRAN[det.split()[1]], n=n)
    if not unit_word:
        return None
    if det == "that" and unit_word in ("week", "month", "day") and re.match(r"^\s+(?:of|he|she|they|it|was)\b", text[m.end():m.end() + 6]):
        pass
    after = text[m.end():m.end() + 12]
    if det in ("the next", "the following", "the previous", "the prior", "the preceding") and re.match(r"^\s*of\b", after):
        return None  # "the next year of his term" counts within another period ("the prior year's loss" is the year)
    pod = lx.PARTS_OF_DAY.get(unit_word)
    if unit_word in ("spring", "summer", "autumn", "winter", "fall"):
        if unit_word == "fall" and re.match(r"^\s+of\b", after):
            return None
        n = 0 if det in ("that", "the same", "that same") else (1 if det in ("the next", "the following") else -1)
        return Cand(m.start(), m.end(), "prev", unit="S", n=n, value=lx.SEASONS[unit_word])
    n = 0 if det in ("that", "the same", "that same") else (1 if det in ("the next", "the following") else -1)
    if pod:
        return Cand(m.start(), m.end(), "prev", "TIME", unit="D", n=n, value=pod)
    return Cand(m.start(), m.end(), "prev", unit=UNIT_GRAN[unit_word], n=n)
