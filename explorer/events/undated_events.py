"""Undated happenings: occurrences and plain past acts told in sentences with no date of their own.

The dated pass makes one event per date; a reader also lists what is told with no date ("was later
elected", "The board hired a forensic accounting firm", the acts joined to a dated one by "and").
This pass finds them, dates them from their neighbours or their clause where the text allows, and
re-hangs relative expressions ("two weeks later") on an undated occurrence told in between.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from dataclasses import replace
from typing import Callable, Sequence

from explorer.documents.document import Document
from explorer.events.after_clauses import iter_after_clauses
from explorer.events.clause_order import bound_by_main_clause, clause_mark
from explorer.events.clauses import clause_bounds
from explorer.events.date_roles import date_role
from explorer.events.event_dates import after_an_opening_clause
from explorer.events.event_ids import document_key
from explorer.events.furniture import Furniture
from explorer.events.happening_verbs import HABIT_WORDS
from explorer.events.modality import (frames_no_happening, is_count_tally, is_failure_to_act, is_non_happening,
                                      is_running_tally)
from explorer.events.joined_clauses import iter_joined_clauses, joined_clause_start
from explorer.events.occurrences import Occurrence, iter_occurrences, occurrence_title
from explorer.events.page_header import header_end
from explorer.events.plain_past import plain_past_clause
from explorer.events.record import Event
from explorer.events.relative_dates import relative_aside
from explorer.events.story_day import on_the_story_day
from explorer.events.story_time import carry_story_time, is_history, names_a_battle, story_paragraphs, told_after_a_date
from explorer.events.tense import PARTICIPLES, present_of
from explorer.events.titles import make_title
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


#: Right after a passive's verb, the happening that did it: "were killed by a series of attacks".
_BY_WHAT = re.compile(r"\s+by\s+(?:a|an|the|two|three|several|\d)")
#: A perfect with a counted object over a stretch still running: "has scored 14 goals this season", "have
#: opened three branches since the spring", "has won 12 of its 15 games so far". A tally of many acts, not
#: one happening (with no date of its own; "has signed two players on Monday" is dated, and read elsewhere).
_PERFECT_TALLY = re.compile(
    r"\s*(?:(?:now|already|also|so\s+far)\s+)?[a-z]+\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|scores)\s+"
    r"(?:[\w-]+\s+){0,3}?[a-z]+s\b[^.;:!?]*?\b(?:this\s+(?:season|year|month|week|term|spring|summer|autumn|winter)|"
    r"so\s+far|to\s+date|in\s+all|in\s+total|since)\b", re.IGNORECASE)
#: The same count told up to a point the sentence names first: "By the end of that decade she had launched
#: forty boats".
_COUNTED_OBJECT = re.compile(
    r"\s*[a-z]+\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
    r"a\s+dozen|dozens|hundreds|scores)\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b", re.IGNORECASE)
_UP_TO_A_POINT = re.compile(r"\bby\s+(?:the\s+end\s+of|then\b|that\s+time\b|the\s+time\b)", re.IGNORECASE)
#: A perfect told of every year or season: "Kelling has raised its council tax every year since 2016". A
#: habit, not one happening.
_PERFECT_HABIT = re.compile(r"\s*[a-z]+\b[^.;:!?]*?\b(?:every|each)\s+(?:single\s+)?(?:year|month|week|day|season|"
                            r"spring|summer|autumn|winter|term|time)\b", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:now|already|also)\s+)?$", re.IGNORECASE)
_PERFECT_AT = re.compile(r"(?:has|have|had)\s+(?:(?:now|already|also)\s+)?", re.IGNORECASE)

#: The last "after" before a word of the sentence, with what stands before it: "… was close to collapse
#: on Thursday after the Liberal Party withdrew …", "two days after a thunderstorm dumped …".
_AFTER_BEFORE = re.compile(r"(?i)(?P<measure>\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)"
                           r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?\bafter\s+[^,;:()\"“”]*$")


def _a_ledes_cause(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the word at ``trigger_start`` stands in a plain "after" clause (no length given) of a news
    article's opening sentence (under its headline): "The coalition was close to collapse on Thursday
    after the Liberal Party withdrew its ministers", "… were brought to the surface on Thursday night
    after divers guided them through a flooded passage". The lede names the cause in passing; the body tells it with its own date
    (or leaves it as background), as it does a lede's news in the perfect. A length ("two days after a
    thunderstorm dumped …") dates it from the main clause, and it stays."""
    m = _AFTER_BEFORE.search(text, sentence_start, trigger_start)
    return m is not None and m.group("measure") is None


def _todays_news(body_start: int, doc: Document, timexes: Sequence[Timex], start: int, end: int) -> bool:
    """Whether the opening sentence (``start``..``end``) under a headline tells the news of the days before
    its article's date: one of its dates is read from the document's date or the dateline's ("on
    Thursday", "early Monday"). ("The bakery closed its second shop in October 2017 after the council
    doubled the rent" tells history, and its "after" clause is a happening of its own.)"""
    return body_start > 0 and doc.date is not None and any(
        start <= t.start < end and t.derivation.startswith(("document", "previous")) for t in timexes)


def _is_perfect_tally(text: str, trigger_start: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the occurrence at ``trigger_start`` (its verb, or the perfect's "has", "have" or "had") tells
    a perfect's tally over a stretch still running (see :data:`_PERFECT_TALLY`), a count up to a point
    named before it (:data:`_COUNTED_OBJECT`) or a habit of every year (:data:`_PERFECT_HABIT`)."""
    at = _PERFECT_AT.match(text, trigger_start, sentence_end)
    if at is not None:
        verb = at.end()
    elif _PERFECT_BEFORE.search(text[max(sentence_start, trigger_start - 20):trigger_start]):
        verb = trigger_start
    else:
        return False
    return bool(_PERFECT_TALLY.match(text, verb, sentence_end) or _PERFECT_HABIT.match(text, verb, sentence_end)
                or _UP_TO_A_POINT.search(text, sentence_start, trigger_start) and _COUNTED_OBJECT.match(text, verb, sentence_end))

_OFFSET = re.compile(r"[+-] \d+(?:\.\d+)? \w+$")


def _counted_on(offset: re.Match[str] | None) -> bool:
    """Whether an expression's derivation counts a step on from its anchor ("two days later": "+ 2
    days"), and so may count from an undated happening told in between. "Later that month" ("+ 0
    months") and a named month or season only take their year or month from the anchor."""
    return offset is not None and float(offset.group().split()[1]) != 0


def _undated_event(doc: Document, sentence_start: int, sentence_end: int, found: Occurrence) -> Event:
    text = doc.text[sentence_start:sentence_end]
    trigger_start = found.trigger_start
    told = text
    if found.trigger.split()[0].lower() in ("was", "were", "has", "have", "had"):
        # A passive with no agent named: the title ends with it ("… hostages were released").
        told = text[: found.trigger_end - sentence_start]
    return Event(
        id=f"{document_key(doc)}#u{trigger_start}",
        doc=doc.path,
        title=occurrence_title(doc.text, found) or make_title(told, trigger_start - sentence_start, trigger_start - sentence_start),
        sentence=text,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        timex="",
        timex_start=trigger_start,
        timex_end=trigger_start,
        value="",
        type="DATE",
        begin=None,
        end=None,
        certainty="undated",
        derivation=f"no date in the text: a notable occurrence ({found.word})",
    )


def _joined_clause_events(doc: Document, sentence_start: int, sentence_end: int, dated: Sequence[Event],
                          told: list[tuple[int, int]], furniture: Furniture) -> list[Event]:
    """The happenings of a dated sentence told in a clause joined by "and" ("Reyn sacked the minister in
    November and ordered an inquiry", "…on April 2, and the opposition tabled a motion"): each takes the
    time of the dated event told before it in the sentence, as a reader does; one with a date of its own
    in its clause is that date's event already. ``told`` (the clauses that already gave a happening) is
    extended in place."""
    text = doc.text[sentence_start:sentence_end]
    found_events: list[Event] = []
    for found, title in iter_joined_clauses(doc.text, sentence_start, sentence_end):
        left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
        left = joined_clause_start(text, left, found.trigger_start - sentence_start)
        listed = _LISTED_AFTER_DATE.search(text, 0, found.trigger_start - sentence_start) is not None
        if listed:
            # "flew to the front on Tuesday, met her commanders and dismissed …": a listed act after a
            # dated one; the date before its comma is the act before it
            left = found.trigger_start - sentence_start
        cut = text.rfind(", ", left, found.trigger_start - sentence_start)
        if cut != -1 and (text.lstrip().startswith("When ") or text.startswith((", where ", ", when "), cut)):
            # the main clause after an opening "When" clause, or a "where" clause: the date before the
            # comma is the other clause's ("When the bank refused credit in July, an accountant found …")
            left = cut
            if any(title.split()[1:2] == e.title.split()[1:2] or title.lower()[:20] == e.title.lower()[:20] for e in dated
                   if e.sentence_start == sentence_start):
                continue  # the dated event is told from this clause already
        if furniture.why(found.trigger_start) or any(
                sentence_start + left <= e.timex_start and e.timex_end <= sentence_start + right for e in dated) or any(
                a <= found.trigger_start - sentence_start < b for a, b in told):
            continue
        earlier = [e for e in dated if e.timex_end <= found.trigger_start and e.begin is not None]
        if not earlier:
            continue  # "…, and the board approved it on 3 May": the date that follows is the clause's own
        source = earlier[-1]
        # (from its verb on: an act before it in the clause is another's, "… alerted the trustees, who called the police")
        told.append((found.trigger_start - sentence_start, right))
        found_events.append(replace(
            _undated_event(doc, sentence_start, sentence_end, found), title=title, begin=source.begin, end=source.end,
            certainty="inferred", derivation=f"the time of {source.id}: told in a clause joined to it by 'and' ({found.word})"
                                             + (f"; {_LISTED_MARK} '{found.trigger}'" if listed else "")))
    return found_events


#: The derivation's mark of an act listed after a dated one, whose title the dated one must not run into.
_LISTED_MARK = "listed after its date as"


def _cut_listed_titles(events: list[Event]) -> list[Event]:
    """A dated event's title that runs into the act listed after its date ("Ilse Radan flies to the
    front, met her commanders") or into the act joined to it by "and" ("Police raid the office and seize
    computers") ends before that act, which is an event of its own."""
    cuts: dict[str, list[str]] = {}
    for e in events:
        if m := re.search(rf"the time of (\S+): .*; {_LISTED_MARK} '([^']+)'", e.derivation):
            cuts.setdefault(m.group(1), []).append(f", {m.group(2)}")
        elif m := re.search(r"the time of (\S+): told in a clause joined to it by 'and' \((\w+)\)$", e.derivation):
            # (its verb's stem: the title's verb agrees with its subject, "Inspectors … and close pools")
            cuts.setdefault(m.group(1), []).append(f" and {(present_of(m.group(2)) or m.group(2))[:4]}")
    if not cuts:
        return events
    out = []
    for e in events:
        at = min((i for i in (e.title.find(cut) for cut in cuts.get(e.id, ())) if i > 0), default=-1)
        out.append(replace(e, title=e.title[:at]) if at > 0 and len(e.title[:at].split()) >= 3 else e)
    return out


#: Between a dated clause and an occurrence's verb: "and" (perhaps "then", "later", "also") right
#: before the verb, and nothing that opens a clause of another kind (a relative, a report, a cause).
_AND_BEFORE_VERB = re.compile(r"(?<![,;])\s+and\s+(?:then\s+|later\s+|also\s+)?$|"
                              # or a passive of a thing or a body of its own after ", and": "The pandemic
                              # closed the ferry service that month, and the production was suspended"
                              # (the occurrence's trigger opens at its "was"; a joined clause takes the
                              # time of the dated one told before it, as the README's convention says)
                              r",\s+and\s+(?:the|its|their|his|her)\s+(?:[a-z][\w’'-]+\s+){0,2}?[a-z][\w’'-]+\s+$")
_OTHER_CLAUSE_BETWEEN = re.compile(r"[;:—–()]|\b(?:who|which|that|when|where|while|said|says|told|after|before|because|"
                                   r"until|since|if|but)\b", re.IGNORECASE)


def _joined_to_dated(text: str, found: Occurrence, dated: Sequence[Event]) -> Event | None:
    """The dated event of a sentence whose clause an occurrence is joined to by "and" ("drained the
    marsh in 1402 and founded three farms"), or None when the occurrence stands in a clause of another
    kind or before every date of the sentence."""
    earlier = [e for e in dated if e.timex and e.begin is not None and e.timex_end <= found.trigger_start]
    if not earlier:
        return None
    between = text[earlier[-1].timex_end:found.trigger_start]
    if not _AND_BEFORE_VERB.search(between) or _OTHER_CLAUSE_BETWEEN.search(between):
        return None
    return earlier[-1]


#: Right before a listed verb: a date's last word and a comma ("… on Tuesday, met her commanders").
_LISTED_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year|later|earlier)),\s+$")
#: Prepositions that open a date's phrase ("in March 2025", "on 3 May").
_DATE_PREPOSITIONS = frozenset("in on at by during from".split())
#: What opens the clause after an act when it shares the act's subject: a bare past verb.
_BARE_VERB_NEXT = re.compile(r"\W*(?:(?:and|but|then)\s+)?(?:then\s+|later\s+|also\s+)?[a-z]{3,}ed\b")


def _opening_act_beside_date(doc: Document, sentence_start: int, sentence_end: int, dates: Sequence[tuple[int, int]],
                             dated: Sequence[Event], told: list[tuple[int, int]], furniture: Furniture) -> Event | None:
    """The happening of a dated sentence's opening clause when the date belongs to a later clause: "The
    opposition tabled a motion of no confidence, and on 4 December parliament passed it", "Malm withdrew
    the budget; the Greens left on 20 November". The opening subject and past verb acting on something
    (see :func:`plain_past_clause`) tell a happening of their own, told before the dated one; the
    neighbours' dates bound it, as for a plain act in an undated sentence. One whose clause holds a date
    is that date's event already, and so is one the dated event's title already tells. ``told`` is
    extended in place."""
    plain = plain_past_clause(doc.text, sentence_start, sentence_end)
    if plain is None:
        return None
    found, title = plain
    text = doc.text[sentence_start:sentence_end]
    left, right = clause_bounds(text, found.trigger_start - sentence_start, found.trigger_end - sentence_start)
    if any(sentence_start + left <= a and b <= sentence_start + right for a, b in dates) or any(
            a < right and left < b for a, b in told) or any(a < sentence_start + right for a, _ in dates):
        return None  # a date in its clause or before its clause ends: the dated event tells it
    if _BARE_VERB_NEXT.match(text, right):
        return None  # "The board suspended him within days and dismissed him on 3 February": one subject's
        # acts, the dated one told last, which gold readers list as the one happening
    verb = present_of(found.trigger) or found.trigger
    if any(verb[:4].lower() in e.title.lower() for e in dated) or furniture.why(found.trigger_start, found.trigger_end) \
            or is_non_happening(title) or HABIT_WORDS.search(text, left, right):
        return None  # (nor a habit: "A presenter played the track every week for a month, and … in 1997")
    told.append((left, right))
    return replace(_undated_event(doc, sentence_start, sentence_end, found), title=title,
                   derivation=f"no date of its own: a past act told by its subject before a dated clause ({found.word})")


def _joined_undated(doc: Document, sentence_start: int, sentence_end: int, told: list[tuple[int, int]],
                    furniture: Furniture) -> list[Event]:
    """The happenings joined by "and" or listed with the happening of a sentence that has no date (see
    :func:`~explorer.events.joined_clauses.iter_joined_clauses`), outside the clauses that gave one already;
    ``told`` is extended in place."""
    text = doc.text[sentence_start:sentence_end]
    found_events = []
    for found, title in iter_joined_clauses(doc.text, sentence_start, sentence_end):
        at = found.trigger_start - sentence_start
        if any(a <= at < b for a, b in told) or furniture.why(found.trigger_start, found.trigger_end) or is_non_happening(title):
            continue
        # (its verb only: the clause of a listed act may run over the acts listed beside it, each a
        # happening of its own: "hired two apprentices, repainted the shop and donated …")
        told.append((at, found.trigger_end - sentence_start))
        found_events.append(replace(_undated_event(doc, sentence_start, sentence_end, found), title=title,
                                    derivation=f"no date in the text: an act joined to the sentence's happening ({found.word})"))
    return found_events


def _told_by_dated(found: Occurrence, dated: Sequence[Event]) -> bool:
    """Whether a passive occurrence of a dated sentence is the happening a dated event of the sentence
    already tells, its verb in that event's title ("Soldiers were chosen by the council to guard the
    pass between May and July" gives "The council chooses soldiers …" at that date): its clause may end
    before the date ("to guard … between May and July"), but the sentence tells one choosing."""
    words = found.trigger.split()
    if words[0].lower() not in ("was", "were"):
        return False
    stems = {words[-1][:4].lower(), (PARTICIPLES.get(words[-1]) or present_of(words[-1]) or words[-1])[:4].lower()}
    return any(stem in event.title.lower() for event in dated for stem in stems)


def _up_to_verb(clause: tuple[int, int], found: Occurrence, sentence_start: int) -> tuple[int, int]:
    """The part of a plain act's clause that tells it: from the clause's start to the act's verb. The
    acts listed after it with the same subject ("hired two apprentices, repainted the shop and donated
    …") are happenings of their own, which the whole clause would hide."""
    return clause[0], min(clause[1], found.trigger_end - sentence_start)


def _between_dated(i: int, dated: dict[int, list[tuple[int, int]]], paragraph: range) -> bool:
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


def _paragraph_of(sentences: SentenceIndex, text: str, i: int) -> range:
    """The indices of the sentences of sentence ``i``'s paragraph (a line of the text)."""
    start = text.rfind("\n", 0, sentences.sentences[i].start) + 1
    end = text.find("\n", sentences.sentences[i].end)
    end = len(text) if end == -1 else end
    first = sentences.index_at(start)
    last = sentences.index_at(max(start, end - 1))
    return range(first, last + 1)


def _dates_only_an_aside(sentence: str, start: int, end: int, trigger: int) -> bool:
    """Whether the date at ``sentence[start:end]`` stands in a relative clause about someone else, away
    from the occurrence at ``trigger`` ("Mary Holt, whose husband was mayor in 1963-64, died aged 82"):
    the aside's event is dated, the occurrence in the main clause is not, and is told undated."""
    aside = relative_aside(sentence, start, end)
    return aside is not None and not aside[0] <= trigger < aside[1]


def add_undated_occurrences(doc: Document, timexes: Sequence[Timex], events: list[Event],
                            progress: Callable[[int], None] | None = None) -> list[Event]:
    """Add undated events for notable occurrences in sentences with no date of their own, and re-hang
    relative expressions ("two weeks later") on such an occurrence when it is their nearest antecedent.
    ``progress(offset)``: told each sentence's start (most of a big document's time is here).
    """
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    first_body = sentences.index_at(body_start)  # the news article's opening sentence
    # Where the events' own dates are: an occurrence in a clause of its own beside them is another
    # happening ("…, in Khamenei's ban on talks, and Rohani said on October 7, 2015"), one in their
    # clause is theirs.
    dated: dict[int, list[tuple[int, int]]] = {}
    dated_events: dict[int, list[Event]] = {}
    for event in events:
        if event.timex:
            dated.setdefault(sentences.index_at(event.timex_start), []).append((event.timex_start, event.timex_end))
            dated_events.setdefault(sentences.index_at(event.timex_start), []).append(event)
    furniture = Furniture(doc.text)
    # a measure's change dated by a period ("Steel prices fell 8 percent over the quarter"): a statistic,
    # its date dropped as a trend; the change is no undated happening either
    trends = [(t.start, t.end) for t in timexes if date_role(doc.text, t.start, t.end) == "trend"]
    # a history told by years: its undated happenings after a date are told at the story's current time
    history = is_history(doc.date, events)
    paragraph_of = story_paragraphs(doc.text, sentences) if history else []
    occurrences: list[Event] = []
    # plain past acts ("The board hired a firm"): kept only where the neighbours bound them, and no
    # anchor for a relative expression (a yearless "At the end of May" after one keeps its own date)
    plain_acts: list[Event] = []
    # plain acts told where no date is near: kept undated when the neighbours cannot bound them
    loose_acts: list[Event] = []
    joined: list[Event] = []  # dated by the clause they are joined to: no relative expression hangs on them
    # told in a clause of a dated sentence ("… on 3 April, after a farewell dinner"): ordered against
    # that sentence's main clause, and no anchor for its date ("3 April" follows the story, not them)
    clause_acts: list[Event] = []
    # the dated events whose opening clause ("After the company repaid its loan in March 2025, …") gave
    # an event of its own: their main clause's act came after it (see after_an_opening_clause)
    main_acts: set[str] = set()

    def _plain_act(plain, start: int, end: int, read: list[tuple[int, int]], why: str):
        """``(event, clause)`` of a past act told by its subject, unless its clause already gave an
        occurrence (``read``), it stands in furniture, or its title tells no happening."""
        found, title = plain
        at = clause_bounds(doc.text[start:end], found.trigger_start - start, found.trigger_end - start)
        if any(a < at[1] and at[0] < b for a, b in read) or furniture.why(found.trigger_start, found.trigger_end) \
                or is_non_happening(title):
            return None
        event = replace(_undated_event(doc, start, end, found), title=title,
                        derivation=f"no date in the text: {why} ({found.word})")
        return event, at

    for i, sentence in enumerate(sentences.sentences):
        if progress is not None:
            progress(sentence.start)
        if sentence.start < body_start:
            continue
        text = doc.text[sentence.start:sentence.end]
        told: list[tuple[int, int]] = []  # the clauses that gave an occurrence: one happening each
        read: list[tuple[int, int]] = []  # the clauses of the occurrences read in it (kept or dropped below)
        for found in iter_occurrences(doc.text, sentence.start, sentence.end):
            left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
            read.append((left, right))
            if furniture.why(found.trigger_start, found.trigger_end):
                continue
            if i in dated and any(sentence.start + left <= a and b <= sentence.start + right
                                  and not _dates_only_an_aside(text, a - sentence.start, b - sentence.start,
                                                               found.trigger_start - sentence.start)
                                  for a, b in dated[i]):
                continue
            if i in dated and _told_by_dated(found, dated_events[i]):
                continue  # "X was chosen by Y to lead … between 1997 and 1998": the dated "Y chooses X" tells it
            if any(a < right and left < b for a, b in told):
                continue
            if any(sentence.start + left <= a and b <= sentence.start + right for a, b in trends):
                continue
            if i == first_body and _todays_news(body_start, doc, timexes, sentence.start, sentence.end) \
                    and _a_ledes_cause(doc.text, sentence.start, found.trigger_start):
                continue  # "… close to collapse on Thursday after the Liberal Party withdrew …": the lede's cause
            if found.perfect_news and (i == first_body or i in dated):
                # "The council has appointed X as its next director": a news article's opening sentence
                # sums up the news in the perfect; the body tells it again, with its date. Beside a
                # dated clause the perfect is background to it ("has since replaced its logbooks with a
                # digital system, which was installed in November": the installing is the happening)
                continue
            occurrence = _undated_event(doc, sentence.start, sentence.end, found)
            if found.trigger.lower() in occurrence.title.lower() and is_non_happening(occurrence.title):
                # "Truces have usually collapsed": a habit, a possibility or a denial, as for a dated one
                # (only when the title tells the occurrence's own clause, not an opening one before it)
                continue
            if frames_no_happening(doc.text[sentence.start:found.trigger_start]):
                # "… but I speculated that perhaps he had been sentenced": a guess at a happening, not one told
                continue
            if is_failure_to_act(occurrence.title):
                # "The regulator failed to enforce the law": with no date, a finding about someone, not
                # a happening ("The first round of talks failed to yield results" stays)
                continue
            if (is_count_tally(occurrence.title) or is_running_tally(occurrence.title)) and not _BY_WHAT.match(doc.text, found.trigger_end):
                # "At least 41 people have died": with no date of its own, a tally of a happening told
                # elsewhere ("800 civilians were killed by a series of bomb attacks" names its happening)
                continue
            if _is_perfect_tally(doc.text, found.trigger_start, sentence.start, sentence.end):
                continue  # "Brennan has scored 14 goals this season": a tally, not a happening
            mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated.get(i, ()))
            if mark is not None:  # "… on 3 June after the roof collapsed": ordered against the main clause
                occurrence = replace(occurrence, derivation=f"{occurrence.derivation}; {mark}")
            elif i in dated and (source := _joined_to_dated(doc.text, found, dated_events[i])) is not None:
                # "The abbot drained the marsh in 1402 and founded three farms": the second verb of the
                # subject shares the time of the dated clause it is joined to, as a joined clause does
                joined.append(replace(occurrence, begin=source.begin, end=source.end, certainty="inferred",
                                      derivation=f"the time of {source.id}: told in a clause joined to it by 'and' ({found.word})"))
                told.append((left, right))
                continue
            occurrences.append(occurrence)
            told.append((left, right))
        story_time = i not in dated and (_between_dated(i, dated, _paragraph_of(sentences, doc.text, i)) or (
            history and told_after_a_date(i, dated.keys(), paragraph_of)))
        if story_time and (plain := plain_past_clause(doc.text, sentence.start, sentence.end, writer=True)):
            # "The board hired a forensic accounting firm": an undated happening told by its subject and a
            # past verb acting on something; the neighbours' dates bound it below, as for an occurrence
            # (beside an occurrence read in another clause too: "Elsen formed an alliance, and their army
            # invaded the kingdom"; not in the clause of one read, kept or dropped)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                plain_acts.append(act[0])
                told.append(_up_to_verb(act[1], plain[0], sentence.start))
        if history and not story_time and not told and i not in dated and names_a_battle(text) and (
                plain := plain_past_clause(doc.text, sentence.start, sentence.end)):
            # "Tarrant defeated the rebels at the Battle of the Reeds": a history's named battle is a
            # happening a reader lists wherever it is told; kept undated when no date is near
            act = _plain_act(plain, sentence.start, sentence.end, read, "an act at a named battle")
            if act is not None:
                occurrences.append(act[0])
                told.append(act[1])
        loose = False  # whether the sentence's act was told where no date is near
        if i not in dated and not story_time and not told and (plain := plain_past_clause(doc.text, sentence.start, sentence.end, writer=True)):
            # "The parish council bought the old forge" with no dated sentence beside it: a
            # plain act told by its subject is a happening a reader lists wherever it stands; where the
            # neighbours cannot bound it, it is kept undated (a history's background sentences fall to
            # the same filters as any act: furniture, a title that tells no happening)
            act = _plain_act(plain, sentence.start, sentence.end, read, "a past act told by its subject")
            if act is not None:
                loose_acts.append(act[0])
                told.append(_up_to_verb(act[1], plain[0], sentence.start))
                loose = True
        if i not in dated and (told or story_time):
            # "Callder moved to the mainland, married a teacher and opened a chandlery": the other acts of
            # an undated sentence's happening, joined to it by "and" or listed with it, are happenings
            # of their own at the same story time; the neighbours' dates bound them, as for a plain act
            # (so is a clause of its own in a sentence of the story's time whose first clause tells none:
            # "The players agreed to defer their wages, and the supporters raised £40,000")
            # (beside a loose act, kept undated as it is)
            (loose_acts if loose else plain_acts).extend(_joined_undated(doc, sentence.start, sentence.end, told, furniture))
        if i in dated and (act := _opening_act_beside_date(doc, sentence.start, sentence.end, dated[i],
                                                          dated_events[i], told, furniture)) is not None:
            plain_acts.append(act)  # "The opposition tabled a motion, and on 4 December parliament passed it"
        if i in dated:  # "the committee asked for more data in March 2022 after three patients developed jaundice"
            for found, title in iter_after_clauses(doc.text, sentence.start, sentence.end):
                left, right = clause_bounds(text, found.trigger_start - sentence.start, found.trigger_end - sentence.start)
                # "was arrested in March 2023, two days after he announced his candidacy": the date before
                # the "after" is the main clause's, told before the clause's own happening
                left = max(left, *(text.lower().rfind(w, left, found.trigger_start - sentence.start) for w in (" after ", " before ")))
                comma = text.find(", ")
                if text.lstrip().startswith(("After ", "Before ")) and 0 < found.trigger_start - sentence.start < comma < right:
                    right = comma  # "After the floods destroyed the bridge, the army built … on 12 May": the opening clause ends there
                inside = [e for e in dated_events[i] if sentence.start + left <= e.timex_start and e.timex_end <= sentence.start + right]
                if inside and right == comma and not furniture.why(found.trigger_start) and not any(
                        (present_of(found.trigger) or found.trigger)[:4].lower() in e.title.lower() for e in dated_events[i]):
                    # "After the company repaid its loan in March 2025, Harth bought the shares": the date is
                    # the opening clause's, whose happening the dated event (titled from the main clause)
                    # does not tell; it is an event of its own at that date
                    told.append((left, right))
                    main_acts.add(inside[0].id)
                    words = doc.text[sentence.start:inside[0].timex_start].split()
                    date_word = inside[0].timex.split()[0]
                    marker = f" {words[-1]} {date_word}" if words and words[-1].lower() in _DATE_PREPOSITIONS else f" {date_word}"
                    if title.find(marker) > 0:  # "The company repays its bank loan in March": the date is no part of it
                        title = title[:title.find(marker)]
                    joined.append(replace(_undated_event(doc, sentence.start, sentence.end, found), title=title,
                                          begin=inside[0].begin, end=inside[0].end, certainty="inferred",
                                          derivation=f"dated in its own opening clause by {inside[0].id} ({found.word})"))
                    continue
                if furniture.why(found.trigger_start) or inside or any(
                        a <= found.trigger_start - sentence.start < b for a, b in told):
                    continue
                if i == first_body and _todays_news(body_start, doc, timexes, sentence.start, sentence.end) \
                        and _a_ledes_cause(doc.text, sentence.start, found.trigger_start):
                    told.append((left, right))
                    continue  # the lede's cause, told again in the body (see _a_ledes_cause)
                told.append((left, right))
                # "… on 3 June after a flood destroyed …" / "… before the builders started …": the clause's
                # word orders its happening against the main clause's date (see clause_order)
                # (a counted or named subject joined by "and" or "but" is a clause of its own, not ordered)
                mark = clause_mark(doc.text, sentence.start, found.trigger_start, dated[i]) or "told in a clause of its own"
                clause_acts.append(replace(_undated_event(doc, sentence.start, sentence.end, found), title=title,
                                           derivation=f"no date of its own: {mark} ({found.word})"))
            joined.extend(_joined_clause_events(doc, sentence.start, sentence.end, dated_events[i], told, furniture))
        elif told and text.lstrip().startswith("After "):
            # "After engineers had laid a pontoon bridge, two battalions crossed the river": the opening
            # clause of an undated sentence whose main clause told a happening tells one of its own, before
            # it; the neighbours bound it as they bound the main clause's
            comma = text.find(", ")
            for found, title in iter_after_clauses(doc.text, sentence.start, sentence.end):
                at = found.trigger_start - sentence.start
                if not 0 < at < comma or furniture.why(found.trigger_start) or any(
                        o.timex_start == found.trigger_start for o in (*occurrences, *plain_acts, *loose_acts)):
                    continue
                told.append((0, comma))
                (loose_acts if loose else plain_acts).append(replace(
                    _undated_event(doc, sentence.start, sentence.end, found), title=title,
                    derivation=f"no date in the text: told in an opening 'after' clause ({found.word})"))
    if joined:
        events = _cut_listed_titles(sorted(events + joined, key=lambda e: (e.sentence_start, e.timex_start)))
    if not occurrences and not plain_acts and not clause_acts and not loose_acts:
        return after_an_opening_clause(events, main_acts)
    occurrences.sort(key=lambda o: o.timex_start)  # in text order: the look-up below bisects them
    rehung: list[Event] = []
    at_offset = {t.start: t for t in reversed(timexes)}  # the first expression at each offset
    told_at = [o.timex_start for o in occurrences]  # in text order: one per sentence, sentences in order
    for event in events:
        timex = at_offset.get(event.timex_start)
        if timex is None or timex.anchor is None or timex.anchor == DOCUMENT_ANCHOR:
            rehung.append(event)
            continue
        # the last occurrence between the anchor and the expression (by bisection: a scan of every
        # occurrence for each event was quadratic in a long text)
        last = bisect.bisect_left(told_at, timex.start) - 1
        offset = _OFFSET.search(event.derivation)
        if last < 0 or told_at[last] < timexes[timex.anchor].end or not _counted_on(offset):
            # a month or a season named outright ("driven back by late March", "that autumn") took only
            # its year from the anchor: it keeps its date whatever happening is told in between
            rehung.append(event)
            continue
        nearest = occurrences[last]
        rehung.append(
            replace(
                event,
                begin=None,
                end=None,
                certainty="undated",
                anchor=nearest.id,
                derivation=f"anchored on undated event {nearest.id}" + (f" {offset.group()}" if offset else ""),
            )
        )
    # Only events within the window can bound an occurrence: look them up by sentence, not by a scan.
    by_sentence: dict[int, list[tuple[int, Event]]] = {}
    for n, event in enumerate(rehung):
        by_sentence.setdefault(sentences.index_at(event.sentence_start), []).append((n, event))

    def nearby(o: Event) -> list[Event]:
        here = sentences.index_at(o.sentence_start)
        found = [item for i in range(here - NEIGHBOUR_WINDOW, here + NEIGHBOUR_WINDOW + 1) for item in by_sentence.get(i, ())]
        return [event for _, event in sorted(found, key=lambda item: item[0])]

    def bound(o: Event, to_the_document_date: bool = True) -> Event:
        if history and bound_by_main_clause(o, nearby(o), sentences) is None:
            # a history's current time is the last date told; a date further on may be years later
            carried = carry_story_time(o, rehung, sentences, paragraph_of)
            if carried.begin is not None:
                return carried
        bounded = bound_by_neighbours(o, nearby(o), sentences)
        if bounded.begin is None and doc.date is not None and to_the_document_date:
            return bound_up_to_the_document_date(bounded, nearby(o), sentences, doc.date)
        return bounded

    occurrences = [bound(o) for o in occurrences + clause_acts]
    # a plain act the neighbours cannot bound (the text jumps back there) has no story time to be told in
    occurrences += [p for p in (bound(o) for o in plain_acts) if p.begin is not None]
    # (a loose act was told where no dated sentence is near on one side at least: it keeps no window)
    occurrences += [bound(o, to_the_document_date=False) for o in loose_acts]
    return after_an_opening_clause(sorted(rehung + occurrences, key=lambda e: (e.sentence_start, e.timex_start)),
                                   main_acts)


def bound_up_to_the_document_date(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex,
                                  doc_date: date) -> Event:
    """Between the nearest dated event told before it and the document's date, when no dated event
    follows near it: a news story that dates its happening ("On 9 February the aircraft …") and then
    tells what was done next without a date ("The captain ordered an evacuation. Cabin crew opened the
    doors.") places them after that date and no later than the day it is published, as a reader does.
    Only a close neighbour dated by a day or a short span, no later than the document's date and less
    than a year before it, bounds so: background a year back tells no story running to the page's day."""
    if bound_by_main_clause(occurrence, events, sentences) is not None:
        return occurrence
    here = sentences.index_at(occurrence.sentence_start)
    before = [e for e in events if e.begin is not None and e.certainty != "undated"
              and 0 <= here - sentences.index_at(e.sentence_start) <= NEIGHBOUR_WINDOW and e.timex_start < occurrence.timex_start]
    after = [e for e in events if e.begin is not None and e.certainty != "undated"
             and 0 <= sentences.index_at(e.sentence_start) - here <= NEIGHBOUR_WINDOW and e.timex_start > occurrence.timex_start]
    if not before or after:
        return occurrence  # (a dated sentence after it that the neighbours did not take: the text jumps back)
    first = before[-1]
    assert first.begin is not None
    if _spans_years(first) or first.begin > doc_date or (doc_date - first.begin).days > _BOUND_SPAN_DAYS:
        return occurrence
    return replace(occurrence, begin=first.begin, end=doc_date, certainty="inferred",
                   derivation=f"{occurrence.derivation}; bounded by {first.id} and the document's date")


#: How far (in sentences) a dated neighbour may be to bound an undated occurrence.
NEIGHBOUR_WINDOW = 3

#: A neighbour dated by a span longer than this (in days) cannot bound an occurrence.
_BOUND_SPAN_DAYS = 366


def _spans_years(event: Event) -> bool:
    """Whether the event is dated only by a span of years ("the late 1970s", "the 1990s", "1976-1996").

    Such a date is background, not the story's current time: bounding the next undated occurrence by
    it dated "At the time Howes was captured" (told between "the late 1970s" and "mid-1996") to twenty
    years.
    """
    assert event.begin is not None
    return event.end is not None and event.end.toordinal() - event.begin.toordinal() > _BOUND_SPAN_DAYS


def bound_by_neighbours(occurrence: Event, events: Sequence[Event], sentences: SentenceIndex) -> Event:
    """Between the nearest dated events before and after it, when the narrative there runs forward.

    Only close neighbours count, and only when the earlier one does not start after the later one
    ends: a text that jumps back in time gives no honest bound, and the occurrence stays undated.
    A happening told in an "after" or "before" clause is ordered against its main clause instead,
    and one told right after a single day with the next date a few days on takes that day
    (:func:`explorer.events.story_day.on_the_story_day`).
    """
    ordered = bound_by_main_clause(occurrence, events, sentences)
    if ordered is not None:
        return ordered
    here = sentences.index_at(occurrence.sentence_start)
    dated = [e for e in events if e.begin is not None and e.certainty != "undated"]
    before = [e for e in dated if 0 <= here - sentences.index_at(e.sentence_start) <= NEIGHBOUR_WINDOW and e.timex_start < occurrence.timex_start]
    after = [e for e in dated if 0 <= sentences.index_at(e.sentence_start) - here <= NEIGHBOUR_WINDOW and e.timex_start > occurrence.timex_start]
    if not before or not after:
        return occurrence
    first, last = before[-1], after[0]
    assert first.begin is not None and last.end is not None
    if first.begin > last.end or _spans_years(first) or _spans_years(last):
        return occurrence
    bounded = replace(
        occurrence,
        begin=first.begin,
        end=last.end,
        certainty="inferred",
        derivation=f"{occurrence.derivation}; bounded by neighbours {first.id} and {last.id}",
    )
    return on_the_story_day(bounded, first, last)
