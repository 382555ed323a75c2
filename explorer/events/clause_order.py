"""Dates of happenings told in an "after" or "before" clause of a dated sentence.

"The board closed the gallery on 3 June after a flood destroyed the archive": the flood has no date
of its own, but the sentence orders it: it happened *before* the closing. Bounding it, like any
undated occurrence, by its dated neighbours placed it between the closing and the next dated
sentence, after the very happening it led to. Here the main clause's date is a bound on one side:
an "after" clause's happening ends there (its window opens at the story's last date before it, or
at the start of the main date's own granule when the story has none), a "before" clause's happening
begins there (its window closes at the story's next date, or at the end of the main date's granule).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.calendar import Day, calendar_day, civil, days_in_month, ordinal
from explorer.events.record import Event
from explorer.number_words import cardinals, spelled
from explorer.sentences import SentenceIndex

#: The derivation's mark of a happening told in an "after" (or "before") clause, set by the builder.
AFTER_MARK = "told in an after-clause"
BEFORE_MARK = "told in a before-clause"
FRAMED_MARK = "told in a clause under its sentence's date"
#: A happening told in an object "which" clause of a dated sentence (see ``which_clauses``): at its
#: main clause's time, as a framed one is.
WHICH_MARK = "told in a which-clause, at its main clause's time"

#: The subordinator opening the clause whose verb ends the text: "after a flood destroyed", "before
#: the builders started"; up to five words between it and the verb, none of them a clause break (not
#: "named after", "looked after": no order in time; nor "after which", whose act follows the main
#: clause's, see ``which_clauses``); or with the clause's subject set off by an apposition or an aside:
#: "two weeks after its largest customer, the bottler Fennick, cancelled", "a year after her father,
#: who had served since 1912, retired". (The two readings cannot both match one text: the plain one
#: holds no comma, the apposed one ends right after its second.)
_SUBORDINATOR = re.compile(
    r"(?<!named\s)(?<!called\s)(?<!looked\s)\b(after|before)\s+(?!which\b)"
    r"(?:(?:[^\s,;:.!?]+\s+){0,5}|(?:[^\s,;:.!?]+\s+){0,3}[^\s,;:.!?]+,\s+[^,;:.!?()]{3,70},\s+(?:had\s+)?)$",
    re.IGNORECASE)

#: A dated neighbour spanning more than this many days is background ("the 1990s"), not the story's
#: last or next date.
_STORY_SPAN_DAYS = 366


def subordinator(sentence_before_verb: str) -> tuple[str, int] | None:
    """("after" or "before", its offset) when the text up to a clause's verb opens with that word.

    Only the sentence up to the verb is read, so a word after the verb never counts; a comma or a
    full stop between the word and the verb means the word belongs to another clause.
    """
    m = _SUBORDINATOR.search(sentence_before_verb)
    return (m.group(1).lower(), m.start(1)) if m else None


def clause_mark(text: str, sentence_start: int, verb_start: int, date_spans: Sequence[tuple[int, int]]) -> str | None:
    """The derivation's mark for an undated happening whose verb starts at ``verb_start``: how its
    clause orders it against the sentence's main clause, or None when it is told in no such clause.

    A date that opens the sentence right before the clause ("Last April, after a sluice gate failed,
    Kestria blamed saboteurs") frames both happenings: the clause's happening took place then too.
    ``date_spans`` are the sentence's date expressions (document offsets).
    """
    found = subordinator(text[sentence_start:verb_start])
    if found is None:
        return None
    word, at = found
    at += sentence_start
    if any(end <= at and "," in text[end:at] and not text[end:at].strip(" ,")
           and len(text[sentence_start:start].split()) <= 1 for start, end in date_spans):  # "In May 2004, after"
        return FRAMED_MARK
    return AFTER_MARK if word == "after" else BEFORE_MARK


#: A length of time right before the subordinator: "became treasurer in 2016, a year after the fund
#: moved its accounts", "opened on 9 March, two weeks before the council approved …".
_MEASURE_BEFORE = re.compile(
    r"\b(?P<n>a|an|" + spelled(1, 12) + r"|\d{1,4})\s+"
    r"(?P<unit>day|week|month|year|decade)s?\s+$", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, **cardinals(1, 12)}


def _measured_shift(occurrence: Event, main: Event) -> tuple[date | Day, date | Day, str] | None:
    """The window of a happening told in a clause measured from the main clause's date ("a year after
    the fund moved its accounts", main clause in 2016: 2015), or None when no length is told. The main
    date's span moves by the length, so a year stays a year and a day a day."""
    at = occurrence.timex_start - occurrence.sentence_start
    found = subordinator(occurrence.sentence[:at])
    if found is None or main.begin is None or main.end is None:
        return None
    word, where = found
    m = _MEASURE_BEFORE.search(occurrence.sentence[:where])
    if m is None:
        return None
    n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    step = -n if word == "after" else n  # the clause's happening is that long before (after) the main one
    unit = m.group("unit").lower()
    begin, end = _shifted(main.begin, step, unit), _shifted(main.end, step, unit)
    if begin is None or end is None:
        return None
    if abs(begin.toordinal() - main.begin.toordinal()) < main.end.toordinal() - main.begin.toordinal():
        # "arrested in March 2023, two days after he announced": a step finer than the main date's
        # span tells no more than that span
        return main.begin, main.end, f"{m.group().strip()} {word}, within"
    return begin, end, f"{m.group().strip()} {word}"


def _shifted(day: date | Day, step: int, unit: str) -> date | Day | None:
    """``day`` moved by ``step`` units (a month or a year on the same day of the month, clipped)."""
    n = day.toordinal()
    if unit in ("day", "week"):
        return calendar_day(n + step * (7 if unit == "week" else 1))
    year, month, dom = civil(n)
    months = step * {"month": 1, "year": 12, "decade": 120}[unit]
    total = year * 12 + (month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    try:
        return calendar_day(ordinal(year, month, min(dom, days_in_month(year, month))))
    except ValueError:
        return None


def _story_date(event: Event) -> bool:
    """Whether a dated neighbour tells the story's time (not a span of years given as background)."""
    assert event.begin is not None and event.end is not None
    return event.end.toordinal() - event.begin.toordinal() <= _STORY_SPAN_DAYS


def bound_by_main_clause(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex) -> Event | None:
    """The occurrence's window set by the main clause of its sentence, or None when it is not told
    in an "after"/"before" clause or its sentence has no dated main clause.

    ``events`` are the dated and undated events near the occurrence, in text order. The main clause
    is the dated event of the same sentence told last before the clause ("closed … on 3 June after
    …"), or else first after it ("After …, the board closed … on 3 June").
    """
    framed = FRAMED_MARK in occurrence.derivation or WHICH_MARK in occurrence.derivation
    if AFTER_MARK in occurrence.derivation:
        after = True
    elif BEFORE_MARK in occurrence.derivation or framed:
        after = False
    else:
        return None
    here = sentences.index_at(occurrence.sentence_start)
    dated = [e for e in events if e.begin is not None and e.end is not None and e.certainty != "undated"]
    same = [e for e in dated if sentences.index_at(e.sentence_start) == here]
    earlier = [e for e in same if e.timex_start < occurrence.timex_start]
    later = [e for e in same if e.timex_start > occurrence.timex_start]
    main = earlier[-1] if earlier else (later[0] if later else None)
    if main is None or main.begin is None or main.end is None:
        return None
    if framed:
        return replace(occurrence, begin=main.begin, end=main.end, certainty="inferred",
                       derivation=f"{occurrence.derivation}; at its main clause's date {main.id}")
    measured = _measured_shift(occurrence, main)
    if measured is not None:
        begin, end, how = measured
        return replace(occurrence, begin=begin, end=end, certainty="inferred",
                       derivation=f"{occurrence.derivation}; {how} its main clause {main.id}")
    at = dated.index(main)
    if after:
        # the story's last date before the main clause's, unless the text jumps back or it is background
        story = [e for e in dated[:at] if _story_date(e)]
        opening = story[-1] if story and story[-1].begin is not None and story[-1].begin <= main.begin else None
        begin = opening.begin if opening is not None else main.begin
        assert begin is not None
        return replace(occurrence, begin=begin, end=main.end, certainty="inferred",
                       derivation=f"{occurrence.derivation}; ends at its main clause {main.id}"
                                  + (f", opens at {opening.id}" if opening is not None else ""))
    story = [e for e in dated[at + 1:] if _story_date(e)]
    closing = story[0] if story and story[0].end is not None and story[0].end >= main.begin else None
    end = closing.end if closing is not None else main.end
    assert end is not None
    return replace(occurrence, begin=main.begin, end=end, certainty="inferred",
                   derivation=f"{occurrence.derivation}; begins at its main clause {main.id}"
                              + (f", closes at {closing.id}" if closing is not None else ""))


#: A sentence that opens with a clause or phrase of its own, ended by a comma, before its main clause:
#: "After the ministry raised its offer on Monday, the union called off the strike on Wednesday",
#: "Before the treasurer resigned in August, the board had met twice".
_LEADING_CLAUSE = re.compile(r"^\W*(?:[A-Z][^—–\n]{0,80}?\s(?:—|–|--)\s+)?"  # after a dateline: "CITY, 3 May (Agency) — After …"
                             r"(?P<word>After|Before|Following)\s+(?P<body>[^,;:]*?),\s+(?=[A-Za-z])")
#: The leading clause tells something of its own (a determiner or a pronoun before the date), not
#: only a time that frames the main clause ("After 3 p.m. on Monday, the shop closed").
_OWN_SUBJECT = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|he|she|they|it|we)\b", re.IGNORECASE)


def in_leading_clause(event: Event) -> bool:
    """Whether the event's date sits in an "After …," or "Before …," clause opening its sentence,
    after words of that clause's own happening ("After the ministry raised its offer on Monday, …"):
    the date is that happening's, not the main clause's."""
    if not event.timex:
        return False
    m = _LEADING_CLAUSE.match(event.sentence)
    at = event.timex_start - event.sentence_start
    if m is None or not m.start("body") <= at < m.end("body"):
        return False
    return bool(_OWN_SUBJECT.search(event.sentence[m.start("body"):at]))


def after_clause_title(event: Event) -> str | None:
    """The title of the happening told in an "after" or "before" clause that holds the event's date,
    its verb before the date with no break between ("After the ministry raised its offer on Monday,
    …" → "The ministry raises its offer"; "…, after talks broke down on 30 January"), or None."""
    from explorer.events.after_clauses import iter_after_clauses

    at = event.timex_start - event.sentence_start
    sentence = event.sentence
    for found, title in iter_after_clauses(sentence, 0, len(sentence)):
        if found.trigger_end <= at and not re.search(r"[,;:()—–]", sentence[found.trigger_end:at]) \
                and subordinator(sentence[:found.trigger_start]) is not None:
            # the title runs on into the date ("The council approves the plan on 3 March", cut short at
            # "… on 3"): the date is the event's, not its title's
            return re.sub(r"(?:\s+(?:on|in|at|during|by|from))?\s+" + re.escape(event.timex.split()[0]) + r"\b.*$", "", title) or title
    return None
