"""An act told at an age of the one whose life a page tells: "At sixteen she went into service".

Biographies, obituaries, profiles and saints' lives date many acts by the subject's age and not by the
calendar: "At sixteen she went into service", "at the age of 31 he opened a shop", "when she was
twelve", "on her sixty-fifth birthday". TimeML tags no such phrase, so the tagger gives no date, and the
act took the story's last date (the birth year, as the timeline showed it) or none. A reader adds the
age to the birth year the page gave. Here, once the events are built, an act with no calendar date of
its own whose sentence tells such an age, and whose title opens with the name of the one born (the
titles have named a "she" or a "he" by then), is dated in that year: a year's window, "inferred" (the
birthday falls somewhere in it), or the very day on a birthday when the birth's day is known.

Only one life per page: the first birth told with a year. A page that tells several births ("their
daughter Helena was born in 1929") dates only the acts titled with the first one's name. Only general
English; nothing here knows a name, a place or a date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.events.record import Event
from explorer.number_words import CARDINALS
from explorer.temporal.lexicon import ORDINALS, number_value
from explorer.temporal.normalize import Spec, span_of, value_of

#: A number of years as a writer gives an age: digits, or a cardinal with its unit ("thirty-one").
_TENS = "|".join(w for w, n in CARDINALS.items() if n >= 20)
_UNITS = "|".join(w for w, n in CARDINALS.items() if n < 10)
_COUNT = rf"(?:\d{{1,3}}|(?:{_TENS})(?:-(?:{_UNITS}))?|{'|'.join(w for w, n in CARDINALS.items() if n < 20)})"
#: "At sixteen she …", "aged 31, he …", "at the age of twelve", "at just 19": an age and then the end
#: of the phrase (a comma, a subject, a clause word), never a count of things ("at 16 Main Street", "at
#: 40 degrees", "at 3 p.m.", "at 31%").
_AT_AGE = re.compile(
    rf"\b(?:[Aa]t|[Aa]ged)\s+(?:the\s+age\s+of\s+|just\s+|only\s+)?(?P<n>{_COUNT})\b"
    r"(?=\s*[,;]|\s*\.(?!\d)|\s+(?:he|she|I|they|we|and|when|after|before|his|her)\b)")
#: "when she was twelve", "when he was only 19".
_WHEN_WAS = re.compile(rf"\b[Ww]hen\s+(?:he|she|I)\s+was\s+(?:just\s+|only\s+|barely\s+)?(?P<n>{_COUNT})\b(?!\s*(?:%|per|miles|feet|metres|kilometres))")
#: "on her sixty-fifth birthday", "on his 80th birthday".
_ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?:{_TENS})-(?:{'|'.join(w for w, n in ORDINALS.items() if 0 < n < 10)})|" \
           rf"{'|'.join(w for w, n in ORDINALS.items() if 0 < n <= 20 or n == 30)}|(?:forti|fifti|sixti|seventi|eighti|nineti)eth)"
_BIRTHDAY = re.compile(rf"\bon\s+(?:his|her|my)\s+(?P<n>{_ORDINAL})\s+birthday\b")
#: A birth's title: "Maria Kowalczyk is born in a village near …".
_BORN = re.compile(r"^(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+is\s+born\b")
_TEN_ORDINALS = {"forti": 40, "fifti": 50, "sixti": 60, "seventi": 70, "eighti": 80, "nineti": 90}
#: A year in the sentence: its acts are dated by the calendar, not by an age.
_A_YEAR = re.compile(r"\b1\d{3}\b|\b20\d{2}\b")
#: The pronouns a life's acts are told with before the titles name them.
_PRONOUNS = frozenset(("He", "She", "I"))
#: No one is told of at an age past this.
_OLDEST = 115


def _years(word: str) -> int | None:
    """The count ``word`` spells or writes: "16", "sixteen", "thirty-one" (the tagger's
    ``number_value``), "65th", "sixty-fifth"."""
    low = word.lower()
    ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", low)
    if ordinal:
        return int(ordinal.group(1))
    if ORDINALS.get(low, 0) > 0:
        return ORDINALS[low]
    if low.endswith("eth") and low[:-3] in _TEN_ORDINALS:
        return _TEN_ORDINALS[low[:-3]]
    tens, _, unit = low.partition("-")
    if tens in CARDINALS and ORDINALS.get(unit, 0) > 0:
        return CARDINALS[tens] + ORDINALS[unit]  # "sixty-fifth"
    n = number_value(low)
    return int(n) if n is not None and n >= 1 and n == int(n) else None


def _age_told(sentence: str, at: int = 0) -> tuple[int, bool] | None:
    """The age ``sentence`` tells the act at offset ``at`` at, and whether it is a birthday's (the very
    day), or None. Of several ages, the first after the act's word is its own ("She played the organ
    at nine and gave her first recital at fourteen": the recital's is fourteen), else the last before."""
    birthday = _BIRTHDAY.search(sentence)
    if birthday:
        n = _years(birthday.group("n"))
        return (n, True) if n else None
    ages = sorted([*_AT_AGE.finditer(sentence), *_WHEN_WAS.finditer(sentence)], key=lambda m: m.start())
    found = next((m for m in ages if m.start() >= at), ages[-1] if ages else None)
    if found is None:
        return None
    n = _years(found.group("n"))
    return (n, False) if n else None


def _the_life(events: list[Event]) -> tuple[list[str], date, bool] | None:
    """The name words and the birth date of the first birth told with a calendar date, and whether
    that date is a day (not a month's or a year's start), or None."""
    for event in sorted(events, key=lambda e: e.timex_start):
        born = _BORN.match(event.title)
        if born and event.certainty == "exact" and isinstance(event.begin, date) and event.timex:
            return born.group("name").split(), event.begin, event.begin == event.end
    return None


def dated_by_age(events: list[Event]) -> list[Event]:
    """``events`` with each act told at an age of the page's one life dated in that year (see the
    module's notes); the rest unchanged."""
    life = _the_life(events)
    if life is None:
        return events
    names, born, a_day = life
    # (a "she" or a "he" is the life's until the page tells another birth: "their daughter was born …")
    births = sorted(e.sentence_start for e in events if " is born" in e.title)
    others_from = births[1] if len(births) > 1 else None
    out = []
    for event in events:
        # (an act with a time of its own, "four years later", or in a sentence that gives a year keeps
        # it: "he ran away to sea at fourteen, but the records show … finished his training four years later")
        # (a weekday with no page date to count from, "died on Tuesday at the age of 66", dates nothing:
        # the age does)
        told = None if event.certainty == "exact" or event.timex and event.certainty != "undated" \
            or _A_YEAR.search(event.sentence) \
            else _age_told(event.sentence, event.timex_start - event.sentence_start)
        first = event.title.split()[:1]
        pronoun = bool(first) and first[0] in _PRONOUNS and (others_from is None or event.sentence_start < others_from)
        if told is None or not first or first[0] not in names and not pronoun or not 0 < told[0] <= _OLDEST:
            out.append(event)
            continue
        years, birthday = told
        year = born.year + years
        if birthday and a_day:
            try:
                begin = end = born.replace(year=year)
            except ValueError:  # (born on 29 February)
                begin = end = date(year, 3, 1)
        else:
            begin, end = date(year, 1, 1), date(year, 12, 31)
        out.append(replace(event, begin=begin, end=end, certainty="inferred",
                           derivation=f"{event.derivation}; at the age of {years}, from the birth in {born.year}"))
    return _steps_after_an_age(out)


#: A step of years or to the next year or season, as the tagger anchors it on the date told before:
#: "Three years later", "the following spring", "the next year".
_YEARS_LATER = re.compile(rf"(?i)^(?P<n>{_COUNT})\s+years?\s+later$")
_NEXT_SEASON = re.compile(r"(?i)^the\s+(?:following|next)\s+(?P<what>year|spring|summer|autumn|fall|winter)$")
#: A season's code, as the tagger writes it (its months are the tagger's too: ``normalize.span_of``).
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _steps_after_an_age(events: list[Event]) -> list[Event]:
    """``events`` with the steps told after an act dated by an age counted from that act's year: "At
    sixteen she went into service. Three years later she married …, and their first son was born the
    following spring" (the tagger had counted from the last calendar date, the birth). A date of the
    calendar told after it ends the run."""
    order = sorted(range(len(events)), key=lambda i: (events[i].sentence_start, events[i].timex_start))
    out = list(events)
    year: int | None = None
    for i in order:
        event = events[i]
        if "at the age of" in event.derivation and isinstance(event.begin, date):
            year = event.begin.year
            continue
        if year is None or not event.timex:
            continue
        if event.derivation.startswith("explicit"):
            year = None
            continue
        if not event.derivation.startswith("anchored on previous date"):
            continue
        step = _YEARS_LATER.match(event.timex.strip())
        season = _NEXT_SEASON.match(event.timex.strip())
        if step and _years(step.group("n")):
            year += _years(step.group("n"))
            value, begin, end = str(year), date(year, 1, 1), date(year, 12, 31)
        elif season and season.group("what").lower() == "year":
            year += 1
            value, begin, end = str(year), date(year, 1, 1), date(year, 12, 31)
        elif season:
            year += 1
            spec = Spec("S", year=year, season=_SEASONS[season.group("what").lower()])
            span = span_of(spec)
            assert span is not None
            value, (begin, end) = value_of(spec), span
        else:
            year = None
            continue
        out[i] = replace(event, value=value, begin=begin, end=end,
                         derivation=f"{event.derivation}; counted instead from the act dated by an age")
    return out
