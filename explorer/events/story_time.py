"""The story's current time in a history: what an undated happening told after a date is dated by.

A history (an article with no date of its own that tells its story by explicit years: "In 1561 a
fleet blockaded the port. The duchy appealed to the Emperor, who sent a mediator. The talks broke
down, and the admiral bombarded the harbour.") tells most of its happenings in sentences with no
date of their own; a reader places each at the story's current time, the last date told before it,
until the text gives the next one. News is not read so: a news story jumps between the day it
reports and its background, so this applies only where the document gives no date of its own and
dates its story by several explicit years.

The time carried is never finer than the text supports: a happening told after "On 3 March they
occupied the university" took place in March, not on the 3rd, and one told after "in 1561" in 1561;
only one told in the very next sentence, with no word of time passing ("On 3 March the wall slid away.
Sixty-one people died."), takes the day itself (``day_just_told``).
The carry stops at the end of the paragraph after the dated one: a new section or a paragraph that
opens without a date may have moved the story on; one that opens "After the war", "Years later" has.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Iterable, Sequence

from explorer.calendar import Day, calendar_day, civil, days_in_month, ordinal
from explorer.events.day_just_told import told_in_the_next_sentence
from explorer.events.record import Event
from explorer.sentences import SentenceIndex

#: An explicit year in an event's expression: four digits, or a year before the common era.
_YEAR = re.compile(r"\b\d{3,4}\b|\bB\.?C\.?(?:E\.?)?\b|\bA\.?D\.?\b")
#: A phrase opening a paragraph that moves the story past something it names without a date ("After the
#: war the council decided …", "Years later …", "In time …"): the reader no longer stands at the last
#: time told, so the paragraph's acts are not carried there.
MOVES_ON = re.compile(r"(?:After|Following|Once|Eventually|Ultimately|In\s+time|In\s+the\s+end|"
                      r"(?:Years|Decades|Generations|Months)\s+later)\b")
#: How many distinct explicit years make a document's story one told by years (a history).
_HISTORY_YEARS = 3
#: A window longer than this (days) is no current time to carry ("the 1920s", "1914-1918").
_CARRY_SPAN_DAYS = 366


def is_history(doc_date: date | None, events: Sequence[Event]) -> bool:
    """Whether a document tells a history: it has no date of its own and its dated events name at
    least :data:`_HISTORY_YEARS` distinct years explicitly ("In 1412", "418 BC")."""
    if doc_date is not None:
        return False
    years = {civil(_ordinal(e.begin))[0] for e in events
             if e.begin is not None and e.timex and e.certainty == "exact" and _YEAR.search(e.timex)}
    return len(years) >= _HISTORY_YEARS


def _prose_paragraphs(text: str) -> list[tuple[int, int, int]]:
    """The spans of the text's prose lines with their numbers; a heading (a short line with no full
    stop) takes a number of its own, so the paragraphs on either side of it are not neighbours."""
    spans = []
    at = 0
    number = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if len(stripped) > 80 or stripped.endswith((".", "!", "?", '"', "”", ")")):
                spans.append((at, at + len(line), number))
            number += 1
        at += len(line) + 1
    return spans


def story_paragraphs(text: str, sentences: SentenceIndex) -> list[int]:
    """For each sentence, the number of its prose paragraph (-1 for a heading): consecutive numbers are
    paragraphs told one after the other with no heading between."""
    spans = _prose_paragraphs(text)
    out = []
    p = 0
    for sentence in sentences.sentences:
        while p < len(spans) and spans[p][1] <= sentence.start:
            p += 1
        out.append(spans[p][2] if p < len(spans) and spans[p][0] <= sentence.start < spans[p][1] else -1)
    return out


def told_after_a_date(i: int, dated: Iterable[int], paragraph_of: Sequence[int]) -> bool:
    """Whether sentence ``i`` follows a dated sentence of its own paragraph or of the prose paragraph
    right before it (no heading between): the story's time runs there."""
    here = paragraph_of[i]
    if here < 0:
        return False
    return any(j < i and paragraph_of[j] in (here, here - 1) for j in dated)


def first_dated_of_paragraphs(dated: Iterable[int], paragraph_of: Sequence[int]) -> dict[int, int]:
    """For each paragraph number (-1: headings), its first dated sentence: what
    :func:`told_after_first_date` reads instead of every dated sentence of the text for each sentence
    (a 2 MB history: 10 million comparisons)."""
    first: dict[int, int] = {}
    for j in dated:
        p = paragraph_of[j]
        if j < first.get(p, j + 1):
            first[p] = j
    return first


def told_after_first_date(i: int, first: dict[int, int], paragraph_of: Sequence[int]) -> bool:
    """:func:`told_after_a_date`, given ``first_dated_of_paragraphs(dated, paragraph_of)``."""
    here = paragraph_of[i]
    if here < 0:
        return False
    return first.get(here, i) < i or first.get(here - 1, i) < i


#: A battle or a siege named as a noun: "the Battle of Ormsund", "the Second Battle of the Reeds", "the
#: Siege of Tyle". Capitalised: a name, not "the battle of wills".
_NAMED_BATTLE = re.compile(r"\b(?:Battles?|Siege|Sack|Relief)\s+of\s+(?:the\s+)?(?-i:[A-Z])")


def names_a_battle(sentence: str) -> bool:
    """Whether a sentence names a battle or a siege: in a history, the act told with it is a happening a
    reader lists whether or not a date is near ("Tarrant defeated the rebels at the Battle of the
    Reeds")."""
    return bool(_NAMED_BATTLE.search(sentence))


def _ordinal(day: date | Day) -> int:
    return day.ordinal if isinstance(day, Day) else day.toordinal()


def _carried_window(event: Event) -> tuple[date | Day, date | Day] | None:
    """The current time ``event``'s date sets, at no finer precision than a month; None when it is
    too long to be a current time."""
    assert event.begin is not None
    first = _ordinal(event.begin)
    last = _ordinal(event.end) if event.end is not None else first
    if last - first > _CARRY_SPAN_DAYS:
        return None
    if last - first < 27:  # a day or a week: the story moved on within its month, not on that day
        year, month, _ = civil(last)
        last = ordinal(year, month, days_in_month(year, month))
    return calendar_day(first), calendar_day(last)


def carry_story_time(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex,
                     paragraph_of: Sequence[int], text: str | None = None) -> Event:
    """``occurrence`` dated by the story's current time: the last dated event told before it in its
    paragraph or the prose paragraph before (unchanged when there is none, or it spans years). An act
    told in the very next sentence after a single day, with no time passing (given ``text``, see
    :func:`explorer.events.day_just_told.told_in_the_next_sentence`), takes that day. Counted on the
    readable and opened gold (session 53): 3 acts dated right so (the gold's day), none wrong."""
    here = sentences.index_at(occurrence.sentence_start)
    if paragraph_of[here] < 0:
        return occurrence
    if (here == 0 or paragraph_of[here - 1] != paragraph_of[here]) and MOVES_ON.match(occurrence.sentence.lstrip()):
        return occurrence  # a paragraph opening "After the war …": the story has moved past the last date
    before = [e for e in events if e.begin is not None and e.certainty != "undated" and e.timex
              and e.timex_start < occurrence.timex_start
              and paragraph_of[sentences.index_at(e.timex_start)] in (paragraph_of[here], paragraph_of[here] - 1)]
    if not before:
        return occurrence
    source = max(before, key=lambda e: e.timex_start)
    window = _carried_window(source)
    if window is None:
        return occurrence
    carried = replace(occurrence, begin=window[0], end=window[1])
    if source.begin == source.end and told_in_the_next_sentence(text, carried, source):
        # "on the 12th the wall slid away. Sixty-one people died.": that day, not the rest of its month
        return replace(occurrence, begin=source.begin, end=source.end, certainty="inferred",
                       derivation=f"{occurrence.derivation}; the story's day, told in the next sentence, {source.id}")
    return replace(occurrence, begin=window[0], end=window[1], certainty="inferred",
                   derivation=f"{occurrence.derivation}; the story's current time, {source.id}")


def between_dated(i: int, dated: dict[int, list[tuple[int, int]]], paragraph: range) -> bool:
    """Whether sentence ``i`` is told between dated sentences: the story's time runs there, and a plain
    past act belongs to it. The dated sentences are the next ones on each side (within
    :data:`_PLAIN_PAST_WINDOW`), or a little further when both are in the act's own paragraph
    (``paragraph``: its sentences' indices), which tells one stretch of the story ("Hollin sent two
    porters back. When they came to the fork, Hollin chose the northern branch."). A background
    sentence with no date near it ("The company paid her parents £410") tells of no time a reader could
    place, and neither does one whose dates lie in other paragraphs."""
    if (any(i - k in dated for k in range(1, _PLAIN_PAST_WINDOW + 1))
            and any(i + k in dated for k in range(1, _PLAIN_PAST_WINDOW + 1))):
        return True
    return (any(i - k in dated and i - k in paragraph for k in range(1, _PARAGRAPH_WINDOW + 1))
            and any(i + k in dated and i + k in paragraph for k in range(1, _PARAGRAPH_WINDOW + 1)))


#: How far (in sentences) a dated sentence may be on each side of a plain past act told between them.
_PLAIN_PAST_WINDOW = 1
#: How far when the dated sentences on both sides are in the act's own paragraph.
_PARAGRAPH_WINDOW = 3


def paragraph_sentences(sentences: SentenceIndex, text: str, i: int) -> range:
    """The indices of the sentences of sentence ``i``'s paragraph (a line of the text)."""
    start = text.rfind("\n", 0, sentences.sentences[i].start) + 1
    end = text.find("\n", sentences.sentences[i].end)
    end = len(text) if end == -1 else end
    first = sentences.index_at(start)
    last = sentences.index_at(max(start, end - 1))
    return range(first, last + 1)
