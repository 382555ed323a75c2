"""Rules for calendar dates as people type them in posts, messages and notes: a month or a day of
a month in lower case or glued to its number ("exam in Jun", "dec 25th", "26nov 2015"), a day and
month in figures without the year ("on 3/14"), a day of the month alone ("back on the 21st"), years
and decades written short ("the 90s", "summer '14", "2k16"), and the holidays typed short or
without their capitals ("xmas", "NYE", "valentines day", "happy mothers day").

They sit apart from the general date rules because each reads a form those rules leave out on
purpose (a lowercase "may" or "march" is a word in an article), and so each counts only where a date
is the one reading.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import MON, MON_FULL, YEAR, Cand, month_number, rule, text_before
from explorer.temporal.grammar.blocks import CLIPPED_YEAR
from explorer.temporal.grammar.rules_business import HOLIDAY_THING
from explorer.temporal.grammar.rules_informal_days import T_INFORMAL, weekday_number
from explorer.temporal.normalize import Spec, valid_day

@rule(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<the>the\s+)?(?:x-?mas|xmas)(?:\s+(?P<day>day|eve))?\b", re.IGNORECASE, priority=2, trigger=T_INFORMAL)
def xmas(m: re.Match[str], text: str) -> Cand | None:
    """ "xmas", "xmas eve", "last xmas": Christmas typed short, picked like the full name."""
    if not m["day"] and HOLIDAY_THING.match(text, m.end()):
        return None  # "xmas treats", "XMAS TREE": things, not the day
    d = 24 if (m["day"] or "").lower() == "eve" else 25
    rel = m["rel"].lower() if m["rel"] and not m["the"] else None
    start = m.start() if rel else m.start("the") if m["the"] else m.start() if not m["rel"] else m.start("the")
    return Cand(start, m.end(), "under", spec=Spec("D", month=12, day=d), rel=rel)


@rule(r"(?<![\w/])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
      r"(?:uary|ruary|ch|il|e|y|ust|tember|ember|ober)?\b(?:[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d)\b(?![\d%]))?",
      re.IGNORECASE, priority=2, trigger=r"(?i:\d(?:st|nd|rd|th)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
def glued_day_month(m: re.Match[str], text: str) -> Cand | None:
    """ "26nov 2015", "5dec", "1stJan": a day typed against its month, without the space."""
    word = m[0][m.start("mon") - m.start():m.end("mon") - m.start()].lower()
    full = text[m.start("mon"):m.end()].split()[0].rstrip(",").lower()
    if full != word and full not in lx.MONTHS:
        return None  # "5marks": not a month
    mo = lx.MONTHS[word if word in lx.MONTHS else word[:3]]
    d = int(m["d"])
    if not valid_day(int(m["y"]) if m["y"] else 2000, mo, d):
        return None
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=int(m["y"]), month=mo, day=d))
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


_LOWER_MONTHS = r"(?:january|february|april|june|july|september|october|november|december)"
_SHORT_MONTHS = r"(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)"


#: "til", "thru" and "b4" are how posts type "till", "through" and "before"; after "until" and its
#: spellings, or "since", a month in lower case is one even where it is also a word ("til march")
_TIL = r"until|till?|since|thru|through|before|b4|after"
#: the prepositions added for posts, after which only a lower-case month is read ("b4 jan", not the
#: name in "After Jan Rask wrote")
_TYPED_SHORT_PREPS = {"til", "thru", "through", "before", "b4", "after"}


@rule(rf"\b(?P<pre>(?i:last|next|this|in|by|{_TIL}|from|early|late|mid)[ -]+)?(?:(?P<full>{_LOWER_MONTHS})|(?P<short>(?i:{_SHORT_MONTHS}))"
      rf"|(?P<word>march|august))\b(?:,?[ ]+(?P<year>(?:1[89]|20)\d\d)\b)?(?![-.\s]*\d|['’.])",
      priority=0, trigger=r"(?i:jan|feb|apr|jun|jul|aug|sep|oct|nov|dec|march)")
def informal_month(m: re.Match[str], text: str) -> Cand | None:
    """ "cepatlah november", "exam in Jun", "til dec": a month typed in lower case, or shortened
    without its full stop after a preposition ("may", "march" and "august" stay words, but for
    "march" and "august" after "until", "til" or "since")."""
    pre = (m["pre"] or "").strip(" -").lower()
    if m["word"] and not re.fullmatch(r"until|till?|since", pre):
        return None
    if pre in _TYPED_SHORT_PREPS and not (m["full"] or m["short"] or m["word"]).islower():
        return None  # "After Jan Rask wrote": after these a month counts as posts type it, in lower case
    if m["short"] and not pre and not m["year"]:
        return None  # "the jun kit": a short form alone is no month (with its year it is: "jan 2017")
    rel = pre if pre in ("last", "next", "this") else None
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(pre)
    start = m.start() if rel or mod else m.start("full") if m["full"] else m.start("short") if m["short"] else m.start("word")
    word = (m["full"] or m["short"] or m["word"]).lower()
    if m["year"]:
        return Cand(start, m.end(), "abs", spec=Spec("M", year=int(m["year"]), month=lx.MONTHS[word]), mod=mod)
    return Cand(start, m.end(), "under", spec=Spec("M", month=lx.MONTHS[word]), rel=rel, mod=mod)


_LC_MONTH = r"(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|april|june|july|september|october|november|december)"
_ORD_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<suf>st|nd|rd|th)?"


@rule(rf"\b(?:(?P<mon>{_LC_MONTH}|may|march|august)\.?[ \t]+{_ORD_DAY}|(?:(?P<the>(?i:the))[ \t]+)?{_ORD_DAY.replace('?P<d>', '?P<d2>').replace('?P<suf>', '?P<suf2>')}"
      rf"[ \t]+(?:of[ \t]+)?(?P<mon2>{_LC_MONTH}|may|march|august))\b(?:,?[ \t]+(?P<y>(?:19|20)\d\d)\b)?(?![\d%:.,]\d|[ \t]*%)",
      priority=1, trigger=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d|"
                          r"\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
def lowercase_month_day(m: re.Match[str], text: str) -> Cand | None:
    """ "on dec 25th", "25th dec", "jan 1st": a day of a month typed in lower case. "may", "march"
    and "august" are words too: they count only with an ordinal ending ("may 5th")."""
    word = (m["mon"] or m["mon2"])
    if not word.islower():
        return None  # capitalised months are the general rules'
    suffix = m["suf"] if m["mon"] else m["suf2"]
    if word in ("may", "march", "august") and not suffix:
        return None  # "we may 5 times", "march 10 miles"
    d = int(m["d"] or m["d2"])
    mo = lx.MONTHS[word if word in lx.MONTHS else word[:3]]
    if not valid_day(int(m["y"]) if m["y"] else 2000, mo, d):
        return None
    if m["the"] and not m["suf2"]:
        return None  # "the 4 may": a count before a verb
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=int(m["y"]), month=mo, day=d))
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d))


@rule(rf"\b(?:(?P<the>(?i:the)\s+month\s+of)|(?P<this>(?i:this)))\s+(?P<mon>{MON_FULL})(?:,?\s+(?P<y>{YEAR}))?",
      priority=3, trigger=r"(?i:month\s+of|this\s+[a-z]+\s+\d{4})")
def month_phrase(m: re.Match[str], text: str) -> Cand | None:
    """ "the month of April", "this August 2013": the words that name the month are part of it
    (TimeML's extent); the value is the month's."""
    mo = month_number(m["mon"])
    if m["this"] and not m["y"]:
        return None  # "this August": the general rule reads it, with its "this"
    if m["y"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=int(m["y"]), month=mo))
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=mo))


@rule(r"(?:(?P<the>\b(?i:the))\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?<![\w.,$])(?P<q>['‘’])?(?P<d>[3-9])0(?P<q2>['’])?s\b",
      priority=2, trigger=r"(?<![\w.,$])['‘’]?[3-9]0['’]?s\b")
def short_decade(m: re.Match[str], text: str) -> Cand | None:
    """ "the 90s", "90's music", "the ‘80s", "early 70s": a decade of the 1900s written short."""
    if not (m["the"] or m["q"] or m["q2"] or m["mod"]):
        return None  # "scored in the 90s" has its "the"; a bare "80s" may be a count or a speed
    if re.search(r"(?i)\b(?:my|his|her|their|your|our|its)\s+(?:(?:early|late|mid)[\s-]+)?$", text_before(text, m.start("d") - (1 if m["q"] else 0), 24)):
        return None  # "in his early 30s": an age
    if not (m["q"] or m["q2"]) and _TEMPERATURE.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)):
        return None  # "highs in the 90s", "temperatures into the 80s": degrees, no decade
    start = m.start("the") if m["the"] else m.start("mod") if m["mod"] else m.start()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())
    return Cand(start, m.end(), "abs", spec=Spec("DE", decade=190 + int(m["d"])), mod=mod)


#: words of a weather report near "the 90s" that make it a temperature
#: (not "high" or "low" alone: "rates will stay high into the 90s" is the decade)
_TEMPERATURE = re.compile(r"(?i)\b(?:temperatures?|degrees|highs|lows|thermometers?|mercury|fahrenheit|celsius)\b|°")


_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


@rule(r"\b(?:(?:(?i:the)[ \t]+)?(?P<season>(?i:spring|summer|autumn|fall|winter))(?:[ \t]+(?i:of))?|(?P<mon>" + MON_FULL + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
      r"|(?P<cls>(?i:class\s+of)))[ \t]+['‘’](?P<y>\d\d)\b(?!['’]?s)",
      priority=3, trigger=r"[ \t]['‘’]\d\d\b")
def apostrophe_year(m: re.Match[str], text: str) -> Cand | None:
    """ "summer '14", "the summer of '69", "Dec '14", "class of '14": a year written with its century
    left out (2000s up to 30, else 1900s, until the resolver knows the time the text is at:
    :func:`~explorer.temporal.grammar.blocks.year_near`)."""
    yy = int(m["y"])
    year = 2000 + yy if yy <= 30 else 1900 + yy
    if m["season"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("S", year=year, season=_SEASON_CODE[m["season"].lower()]), rel=CLIPPED_YEAR)
    if m["mon"]:
        return Cand(m.start(), m.end(), "abs", spec=Spec("M", year=year, month=month_number(m["mon"])), rel=CLIPPED_YEAR)
    return Cand(m.start("y") - 1, m.end(), "abs", spec=Spec("Y", year=year), rel=CLIPPED_YEAR)


#: one scan (on lower case) for the holidays as typed, shared by the rules below
T_HOLIDAY_TYPED = r"(?i:nye|valentines?\s+day|new\s+(?:years?|yrs?)\s+(?:eve|day)|(?:mother|mom|mum|father|dad)[s'’]*\s+day)"


#: lower-case "nye" is New Year's Eve only where a day is meant: "on nye", "this nye", "nye party";
#: after any other word it may be a name written small ("bill nye")
_NYE_SMALL_BEFORE = re.compile(r"(?i)(?:^|[.!?:;,(]|\b(?:on|for|this|last|next|happy|at|till?|until|since|after|before|of|from|by|over))\s*$")
_NYE_SMALL_AFTER = re.compile(r"(?i)\s+(?:party|parties|plans?|countdown|fireworks|celebrations?|dinner|drinks|outfit|bash|night)\b")


@rule(r"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?:(?P<nye>NYE|nye)|(?P<val>(?i:valentines|valentine)\s+(?i:day))|(?P<ny>(?i:new\s+years?|new\s+yrs?)\s+(?P<nyd>(?i:eve|day))))\b",
      priority=2, trigger=T_HOLIDAY_TYPED)
def informal_holiday(m: re.Match[str], text: str) -> Cand | None:
    """ "NYE" (New Year's Eve), "valentines day", "new years eve" typed without the apostrophe."""
    rel = m["rel"].lower() if m["rel"] else None
    if m["nye"] == "nye" and not rel and not _NYE_SMALL_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
            and not _NYE_SMALL_AFTER.match(text, m.end()):
        return None
    if m["ny"]:
        mo, d = (12, 31) if m["nyd"].lower() == "eve" else (1, 1)
    else:
        mo, d = (12, 31) if m["nye"] else (2, 14)
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d), rel=rel)


# -- a day and month in figures, without the year ("3/14", "14/3") --------------------------------
# Without its year "3/4" is as often a fraction, a score or a rating as a day, so it counts only
# where a day is meant: after a preposition or verb that takes one ("on 3/14", "ends 3/31", "til
# 4/2"), after a weekday ("Sat 3/12"), as the second end of a range ("3/14-3/16"), or before a
# clock time ("3/14 7pm").
_SLASH_DAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|by|till?|until|thru|through|due|ends?|ending|from|before|after|starting|starts?|since|"
    r"dated?|deadline|opens?|closes?|released?|out|happening|held|(?:mon|tues|wed(?:nes)?|thurs|fri|satur|sun)day|"
    r"mon|tues?|weds?|thur?s?|thu|fri|sat|sun)\.?,?|[(\[]|\d{1,2}/\d{1,2}\s*(?:-|–|to|and|&|,))\s*$")
_SLASH_WEEKDAY = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thur?s?|thu|fri|sat|sun)\.?,?[ \t]*$")
_SLASH_AFTER = re.compile(
    r"(?i)[ \t]*(?:(?:,|@|at\b)?[ \t]*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*[ap]\.?m\b|\((?:mon|tue|wed|thu|fri|sat|sun)|[-–][ \t]*\d{1,2}/\d)")
_SLASH_NOT_AFTER = re.compile(r"(?i)(?:[/.:,]?\d|\s*%|\s*(?:of|th|st|nd|rd|cups?|tsp|tbsp|inch(?:es)?|miles?|lbs?|oz|kg|km|ml)\b)")
_DAY_FIRST = re.compile(r"(?<![\w/.$])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])")


@rule(r"(?<![\w/.$€£:+])(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])(?![\w/]|[.,]\d)",
      priority=1, trigger=r"/\d")
def slash_day_month(m: re.Match[str], text: str) -> Cand | None:
    """ "exam on 3/14", "bday on 14/3", "Sat 3/12": a day and month written in figures without
    the year. Month first unless it cannot be ("14/3"), or unless the same text writes another day
    first ("25/12 ... on 3/4")."""
    a, b = int(m["a"]), int(m["b"])
    if _SLASH_NOT_AFTER.match(text, m.end()):
        return None
    before = text_before(text, m.start(), 24)
    if re.search(r"[\d.]\s*[-–]\s*$", before) and not re.search(r"\d/\d{1,2}\s*[-–]\s*$", before):
        return None  # "2-3/4": a whole and a fraction
    if not (_SLASH_DAY_BEFORE.search(before) or _SLASH_AFTER.match(text, m.end())) or m[0] == "24/7":
        return None  # "open 24/7": all the time
    if a > 12 or b <= 12 and _DAY_FIRST.search(text):
        a, b = b, a  # day first
    mo, d = a, b
    if mo > 12 or not valid_day(2000, mo, d):
        return None
    wd = _SLASH_WEEKDAY.search(before)
    start = m.start()
    spec = Spec("D", month=mo, day=d)
    if wd:
        start = m.start() - (len(before) - wd.start())
        spec = spec.with_(weekday=weekday_number(re.sub(r"[^a-z]", "", wd[0].lower())))
    return Cand(start, m.end(), "under", spec=spec)


_HOLIDAY_TYPED = {"mothers": "mothers", "mother's": "mothers", "moms": "mothers", "mums": "mothers",
                  "fathers": "fathers", "father's": "fathers", "dads": "fathers"}


@rule(r"\b(?P<who>mothers|mother's|mother’s|moms|mums|fathers|father's|father’s|dads)\s+day\b(?![-'’])",
      priority=2, trigger=T_HOLIDAY_TYPED)
def lowercase_parents_day(m: re.Match[str], text: str) -> Cand | None:
    """ "happy mothers day", "fathers day brunch": the holiday typed in lower case or without its
    apostrophe (the capitalised names are the general rule's), on its calendar rule."""
    key = _HOLIDAY_TYPED[m["who"].lower().replace("’", "'")]
    return Cand(m.start(), m.end(), "under", spec=Spec("D"), value="HOLIDAY:" + key)


#: a past verb right after a bare ordinal day: a regular "-ed" past (not the participles that rank or
#: count a noun, "the 3rd seeded player", "the 2nd hundred") or a common irregular one that is no noun
#: an ordinal counts ("set", "cut", "hit", "left" are left out: "on the 5th set", "the 2nd left")
_PAST_VERB_AFTER_A_DAY = (
    r"|[ \t]+(?!(?:ranked|seeded|placed|rated|listed|numbered|based|hundred|red|bed|shed|sled)\b)[a-z]{2,}ed\b"
    r"|[ \t]+(?:brought|saw|came|went|began|fell|rose|sent|took|made|met|found|broke|blew|drove|ran|gave|got|grew|"
    r"lay|lost|won|kept|held|told|wrote|spoke|sank|struck|stood|caught|bought|paid|swept|tore|froze|did)\b")


@rule(r"(?i:\b(?:on|by|till?|until|before|after|from|since|thru|through|(?P<pod>(?:the\s+)?(?:night|morning|afternoon|evening))\s+of)\s+)(?P<the>(?i:the)\s+)(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
      rf"(?=[ \t]*(?:[.,;:!?)~]|$|\n|[ \t]+(?i:at|and|or|to|then|from|for|@|till?|until|onwards?|hopefully|{lx.CHAT_INTERJECTION})\b|[ \t]*[^\w\s'’&/%$]"
      # or the clause goes on with its verb or a conjunction: "the meeting on the 12th will decide",
      # "paid on the 1st is late", "back on the 3rd when school starts" (a noun after it, "the 5th
      # floor", "the 2nd try", is what the ordinal counts)
      r"|[ \t]+(?:will|won't|would|is|isn't|was|wasn't|are|aren't|were|has|had|could|should|can|might|must|shall|"
      r"but|so|because|cos|when|while|if|unless)\b"
      # or a fronted "On the 9th" is followed by its clause's subject: a pronoun or a determiner,
      # which can never be the noun an ordinal counts ("On the 9th we sighted land", "On the 14th
      # the wind backed", "by the 3rd a reply had come")
      r"|[ \t]+(?:we|I|he|she|they|it|you|the|a|an|his|her|their|our|its|my)\b"
      # or the clause's past verb follows a subject that stands before the day: "A squall on the 7th
      # brought rain", "a cable sent on the 28th reached the office" (see _PAST_VERB_AFTER_A_DAY)
      + _PAST_VERB_AFTER_A_DAY + r"))",
      priority=1, trigger=r"(?i:the\s+\d{1,2}(?:st|nd|rd|th)\b)")
def ordinal_day_alone(m: re.Match[str], text: str) -> Cand | None:
    """ "back on the 21st", "paid by the 5th!": a day of the month named without its month (the
    month of the reference or the one next to it, as the tense points). Only after a preposition
    of time (or "the night of") and where the phrase ends or its clause's verb or subject follows:
    "on the 5th floor", "on the 2nd try" are no days."""
    d = int(m["d"])
    if re.match(r"[ \t]*,[ \t]*(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)", text[m.end():m.end() + 16]):
        return None  # "on the 3rd, 4th and 5th of May": a list the grammar's list rules read
    shared = _RANGE_MONTH_AFTER.match(text, m.end())
    if shared:  # "from the 13th to the 19th of October 1950": the month (and year) said once for both
        mo = month_number(shared["mon"])
        if not valid_day(int(shared["y"]) if shared["y"] else 2000, mo, d):
            return None
        if shared["y"]:
            return Cand(m.start("the"), m.end(), "abs", spec=Spec("D", year=int(shared["y"]), month=mo, day=d))
        return Cand(m.start("the"), m.end(), "under", spec=Spec("D", month=mo, day=d))
    named = _same_day_named_before(text, m.start(), d)
    if named is not None:
        # "an assault on 20 September ... the onslaught on the 20th": the day just named, in its year
        return Cand(m.start("the"), m.end(), "under", spec=Spec("D", month=named[2], day=d),
                    list_head=Cand(named[0], named[1], "under", spec=Spec("D", month=named[2], day=d)))
    if m["pod"]:
        # "a storm on the night of the 27th destroyed ...": the part of that day, one time as "the night
        # of 27 September" is
        pod = _PART_OF_DAY_CODES[m["pod"].split()[-1].lower()]
        return Cand(m.start("pod"), m.end(), "under", "TIME", spec=Spec("D", day=d, part_of_day=pod))
    return Cand(m.start("the"), m.end(), "under", spec=Spec("D", day=d))


#: the TIMEX3 codes of the parts of a day a bare day may be said with ("the night of the 27th")
_PART_OF_DAY_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@rule(r"(?m:^[ \t]*)(?P<the>[Tt]he[ \t]+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
      r"(?=[ \t]*(?:\.[ \t]*(?:[A-Z]|$)|(?(the)(?::|[—–]|-[ \t])[ \t]*(?:[A-Za-z]|$))))",
      priority=1, trigger=r"(?im:^[ \t]*(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th))")
def ordinal_day_heading(m: re.Match[str], text: str) -> Cand | None:
    """ "The 12th. Heavy weather all day.", "The 3rd: rain again", "2nd. Wind freshening.": a
    journal's or a log's entry opened by its bare day of the month, the month being the one the
    entries before told (read by ``month_just_told``); only at a line's start and set off by a full
    stop, a colon or a dash, so "The 5th Battalion" or "The 2nd was better" stays what it is.
    Without "the" only a full stop sets it off, and only after a month named above it ("March 1st.
    Weighed anchor ... 2nd. Wind freshening."): a results list's "1st: the Harriers" is no day."""
    if not m["the"] and _MONTH_NAMED.search(text, max(0, m.start() - _MONTH_NAMED_WITHIN), m.start()) is None:
        return None
    return Cand(m.start("the") if m["the"] else m.start("d"), m.end(), "under", spec=Spec("D", day=int(m["d"])))


#: a month's name (capitalised, in full or shortened) and how far above a journal's bare day it may stand
_MONTH_NAMED = re.compile(MON)
_MONTH_NAMED_WITHIN = 1500


@rule(r"(?i:\b(?:the\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\.?\s+(?:instant|inst|ultimo|ulto|ult|proximo|proxo|prox))\b\.?",
      priority=5, trigger=r"(?i:\d(?:st|nd|rd|th)?\.?\s+(?:inst|ult|prox))")
def letter_month_day(m: re.Match[str], text: str) -> Cand | None:
    """ "your favour of the 4th inst.", "the 28th ult.", "the 20th prox.": a letter's day of this month,
    the last or the next; read here as a day of the month, put in its month by ``letter_months``."""
    if not re.search(r"(?i)\d(?:st|nd|rd|th)|\.\Z", m[0]):
        return None  # "5 instant noodles": a day is written as an ordinal, or the word cut short
    return Cand(m.start(), m.end(), "under", spec=Spec("D", day=int(m["d"])))


def _same_day_named_before(text: str, start: int, day: int) -> tuple[int, int, int] | None:
    """The nearest date before ``start`` in its paragraph (at most 400 characters back) that names
    the same day of the month with a month ("20 September", "Sept. 20th"): its start, end and month."""
    base = max(0, start - 400)
    window = text[base:start]
    cut = window.rfind("\n\n") + 1
    base, window = base + cut, window[cut:]
    pattern = re.compile(rf"\b(?:0?{day}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<a>{MON})|(?P<b>{MON})\.?[ \t]+0?{day}(?:st|nd|rd|th)?)(?!\d)")
    found = list(pattern.finditer(window))
    if not found:
        return None
    f = found[-1]
    return base + f.start(), base + f.end(), month_number(f["a"] or f["b"])


_RANGE_MONTH_AFTER = re.compile(
    rf"[ \t]*(?:-|–|to|and|&|or)[ \t]*(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    rf"(?P<mon>{MON})(?:,?[ \t]+(?P<y>{YEAR}))?")


@rule(r"(?<![\w#@$])2[kK](?P<yy>[0-4]\d)\b", priority=2, trigger=r"2[kK][0-4]\d")
def two_k_year(m: re.Match[str], text: str) -> Cand | None:
    """ "2k16", "#2K15": the year 2016 as posts write it."""
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=2000 + int(m["yy"])))


__all__ = ["xmas", "glued_day_month", "informal_month", "lowercase_month_day", "month_phrase", "short_decade",
           "apostrophe_year", "informal_holiday", "slash_day_month", "lowercase_parents_day", "ordinal_day_alone", "letter_month_day",
           "two_k_year"]
