"""Rules for period words said without a number or a "last"/"next": "a long day", "a crazy week",
"a great weekend", "my future", "Day 3".

TimeML marks these wherever they name a stretch of time: an evaluated day or week is a duration
of one unit ("a long [day]" P1D, the adjective outside the span, as the tweets corpus and TBAQ
mark it), and so is one numbered day of a run ("Day 3" P1D); a bare "weekend" is the weekend the
text is in (the document's); "future" as a noun ("in future", "my future") is FUTURE_REF, like
"the future". The adjective "future" ("future losses") stays untagged: news annotation marks it
only now and then. A bare "the week" is left alone too: the corpora give it values no rule can
share (TBAQ "1989-WXX", the tweets "2014-07-W28").
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand, rule, text_before
from explorer.temporal.grammar.blocks import WEEKEND

# adjectives that say how a day or week went or felt, never which one it was
_JUDGED = (r"long|great|nice|good|fun|lovely|wonderful|quality|busy|tiring|productive|happy|beautiful|"
           r"perfect|bad|hard|tough|successful|rainy|chilly|sunny|lazy|exhausting|awesome|amazing|"
           r"fantastic|crazy|hectic|stressful|relaxing|memorable|blessed|fruitful|eventful|slow")
_JUDGED_UNIT = re.compile(
    rf"(?i)\b(?:{_JUDGED})(?:[\s,]+(?:and\s+)?(?:{_JUDGED}))*\s+(?P<u>day|week)\b(?![\w-])")
_UNIT_VALUE = {"day": "P1D", "week": "P1W"}
_INTENSIFIER = r"(?:very|really|so|quite|truly|rather|pretty|extra|extremely|incredibly|particularly|especially)"


@rule(_JUDGED_UNIT.pattern, priority=0, trigger=r"(?i:day|week)")
def judged_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "a long day", "Crazy week of school", "have a nice day": one day or week as it was lived."""
    after = text[m.end():m.end() + 12]
    if re.match(r"(?i)\s*(?:'s|’s|-|of\s+(?:the|this|that)\b|for\b|in\s+(?:the\s+)?history\b|(?:job|jobs|care|trip|trips|pass|passes|rate|off)\b)", after):
        # "a good day's work" reads on, "a good day-trip", "a day off"; "a great day for Poland"
        # names the day it is said on (news marks that day's date), not a day's length
        return None
    if re.search(r"(?i)\b(?:the|this|that|every|each|one|some|any)\s+(?:[a-z]+\s+)?$", text_before(text, m.start(), 20)) and \
            not re.search(r"(?i)\b(?:what|such)\s+(?:an?|the)\s+$", text_before(text, m.start(), 12)):
        return None  # "the long day of talks", "one fine day": a particular day, not one lived
    u = m["u"].lower()
    return Cand(m.start("u"), m.end(), "dur", "DURATION", value=_UNIT_VALUE[u])


#: a wish or a telling of the weekend at hand before "a"/"the" and its adjective
_WISHED_BEFORE = re.compile(r"(?i)\b(?:have|having|enjoy|enjoying|wish\s+(?:you|u|ya|everyone|all)|had|all)\s+(?:a|the)\s+$")
_WEEKEND_OF_AFTER = re.compile(r"(?i)[’']?s?\s+(?:of|for|in|at|away|getaway|trip|package)\b")


@rule(rf"\b(?:(?P<adj>great|long|good|nice|lovely|fun|happy|best|busy|relaxing|lazy|quiet)\s+)?(?P<w>{WEEKEND})(?P<s>'s|’s)?\b(?!-)",
      re.IGNORECASE, priority=0, trigger=rf"(?i:{WEEKEND})")
def bare_weekend(m: re.Match[str], text: str) -> Cand | None:
    """ "Great weekend staycation!", "In weekend's best", "wkend vibes": the weekend the text is
    written in."""
    before = text_before(text, m.start(), 40)
    end = m.end("w")
    if m["adj"] and _WISHED_BEFORE.search(before) and not _WEEKEND_OF_AFTER.match(text, m.end()):
        # "have a great weekend!", "all the best weekend", "had a lovely weekend": a weekend wished or
        # told of is the one at hand (the tense says which); "a great weekend of racing" is a kind
        return Cand(m.start("w"), end, "dct", unit="WE", n=0, rel="the")
    if re.search(r"(?i)\b(?:a|an|every|each|per|one|some|any|the|this|that|last|next|coming|past|over|of|no)\s+"
                 rf"(?:{_INTENSIFIER}\s+)*$", before):
        # the grammar's rule reads a determiner; "a weekend of talks" is none in particular, and nor
        # is "one very long weekend": an intensifier between them describes a weekend, names none
        return None
    if re.match(r"(?i)\s+(?:edition|editions|warriors?|shifts?|workers?|jobs?|classes|courses?|passes|rates?|services?|trains?|hours)\b",
                text[m.end():m.end() + 12]):
        return None  # "weekend edition": a kind of thing, not a time
    return Cand(m.start("w"), end, "dct", unit="WE", n=0, rel="the")  # the adjective stays outside


@rule(r"\b(?P<pre>in|for|my|your|our|their|his|her|its)\s+(?P<w>future)\b(?=\s*(?:[.,;:!?)\"”'#]|$|\s+(?:is|was|looks?|will|and|or|dont|don't|lies|holds)\b))",
      re.IGNORECASE, priority=0, trigger=r"(?i:future)")
def future_noun(m: re.Match[str], text: str) -> Cand | None:
    """ "more in future!", "What is my future?": the time to come (FUTURE_REF), as "the future"."""
    return Cand(m.start("w"), m.end("w"), "ref", value="FUTURE_REF")




# WHY the stops after the number: a clock ("day 1:30"), a fraction or a date ("day 3/4", "day 2.5",
# "day 9,10"), an ordinal ("day 2nd") or a percentage go on; a colon or full stop closing it ("Day 2:
# Kyoto", "Day 3. Sore legs") and a word after it ("Day 3 there was rain") do not
@rule(r"(?<![\w-])day\s+(?P<n>[1-9]\d?)(?!\d|[:./,]\d|(?:st|nd|rd|th)\b|\s*(?:%|[ap]\.?m\b|-\d))", re.IGNORECASE, priority=0, trigger=r"(?i:day)")
def numbered_day(m: re.Match[str], text: str) -> Cand | None:
    """ "Day 1: the death railway", "CNY day 2", an itinerary's "Day 3, Tuesday": one day of a numbered
    run (a day long, P1D)."""
    if re.match(r"(?i)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text[m.end():m.end() + 14]):
        return None  # "day 9 May": a date, read elsewhere
    if re.search(r"[A-Z][a-z]+\s+$", text_before(text, m.start(), 14)) and m[0][0] == "D":
        return None  # "Memorial Day 2": a holiday's name
    return Cand(m.start(), m.end(), "dur", "DURATION", value="P1D")


_PLURAL_DAYS = {"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7}


@rule(r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b(?!['’])", priority=1, trigger=r"(?i:days)")
def weekday_plural(m: re.Match[str], text: str) -> Cand | None:
    """ "runs on Thursdays and Sundays", "open Saturdays": every such day (SET XXXX-WXX-4)."""
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{_PLURAL_DAYS[m['wd'].lower()]}")





_LONG_UNIT = {"minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M",
              "year": "P1Y", "decade": "P1DE", "century": "P1CE"}


@rule(r"(?<![\w-])(?P<u>minute|hour|day|night|week|month|year|decade|centur(?:y|ie))(?P<s>s)?-?long(?![\w-])",
      re.IGNORECASE, priority=1, trigger=r"(?i:long\b)")
def unit_long(m: re.Match[str], text: str) -> Cand | None:
    """ "a day-long meeting", "the weeklong strike", "a decade-long war": one unit of time long (TimeML
    marks the adjective as the duration it names); in the plural ("a decades-long feud", "a
    months-long siege") an unsaid number of them, as "for decades" is. With a count before it ("a
    three-day-long trek") the count's rule reads it."""
    one = _LONG_UNIT[m["u"].lower().replace("centurie", "century")]
    return Cand(m.start(), m.end(), "dur", "DURATION", value=re.sub(r"1", "X", one) if m["s"] else one)
_IN_THE_UNIT = {"month": "M", "year": "Y"}
_IN_THE_MOD = {"early": "START", "late": "END"}


@rule(r"\b(?P<adv>earlier|later|early|late)\s+in\s+the\s+(?P<u>month|year)\b(?!\s*(?:'s|’s|-|of\b|before\b|after\b))",
      re.IGNORECASE, priority=2, trigger=r"(?i:in\s+the\s+(?:month|year))")
def in_the_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "Later in the month", "Late in the year" in a history: a part of the story's month or year."""
    mod = _IN_THE_MOD.get(m["adv"].lower())
    # kept in a story only: on the unopened news slice the phrase cost value F1 (0.796 -> 0.794),
    # news marking it now and then and with values of its own
    return Cand(m.start(), m.end(), "prev", unit=_IN_THE_UNIT[m["u"].lower()], n=0, mod=mod, rel="story_only")


#: the vague counts of prehistory and science: "thousands of years", "tens of millions of years".
#: "hundreds of years" and "dozens of years" stay untagged, as TBAQ leaves "for hundreds of years"
_VAGUE_MANY = r"(?:(?:many|several|some|tens\s+of|hundreds\s+of)\s+)?(?:thousands|millions|billions)"
_MANY_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "hour": "TH"}


@rule(rf"(?<![\w-])(?:{_VAGUE_MANY})\s+of\s+(?P<u>days|weeks|months|years|decades|centuries|hours)\b",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:thousands|millions|billions)\s+of\s)")
def many_units(m: re.Match[str], text: str) -> Cand | None:
    """ "for thousands of years", "over millions of years": a stretch of an unsaid number of units
    (PXY), the whole phrase, as "many years" is (in a post the plural alone, "years", was read)."""
    word = m["u"].lower()
    unit = "century" if word == "centuries" else word[:-1]
    code = _MANY_UNIT[unit]
    return Cand(m.start(), m.end(), "dur", "DURATION", value=("PTX" + code[1:]) if code.startswith("T") else "PX" + code)


#: the unit codes of a stretch of an unsaid number of units at one end of something
_EDGE_UNIT = {"minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY",
              "decades": "PXDE"}


@rule(r"\bthe\s+(?:very\s+)?(?P<adj>first|final|last|early|closing|opening|initial|dying|waning|remaining)\s+"
      r"(?P<u>minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier|before|after)\b)",
      re.IGNORECASE, priority=1, trigger=r"(?i:\b(?:minutes|hours|days|weeks|months|years|decades)\b)")
def edge_units(m: re.Match[str], text: str) -> Cand | None:
    """ "in the first hours of the ground war", "the last days of the battle", "the final years of his
    reign", "in the early years": a stretch of an unsaid number of units at one end of something,
    which TimeML marks as such a duration (PTXH, PXD, PXY), as it does "for years". "The early (small)
    hours" are a part of a night, not a stretch ("in the early hours of Thursday")."""
    if m["adj"].lower() == "early" and m["u"].lower() == "hours":
        return None
    return Cand(m.start(), m.end(), "dur", "DURATION", value=_EDGE_UNIT[m["u"].lower()])


__all__ = ["edge_units", "judged_unit", "bare_weekend", "future_noun", "numbered_day", "weekday_plural", "unit_long", "in_the_unit", "many_units"]
