"""What an occurrence with no date of its own tells that is no happening to list: a perfect's tally or
habit, a news lede's cause told again in the body, a passive a dated event of its sentence already
tells, or a date that belongs only to an aside about someone else.

Why apart from :mod:`explorer.events.undated_events`: these are the tests of one occurrence against its
sentence; the pass there walks the text and applies them.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.documents.document import Document
from explorer.events.act_series import PERFECT_COUNT
from explorer.events.clauses import FINITE_VERB
from explorer.events.occurrences import Occurrence
from explorer.events.record import Event
from explorer.events.relative_dates import relative_aside
from explorer.events.tense import PARTICIPLES, present_of
from explorer.number_words import spelled
from explorer.temporal.timex import Timex


#: A perfect with a counted object over a stretch still running: "has scored 14 goals this season", "have
#: opened three branches since the spring", "has won 12 of its 15 games so far". A tally of many acts, not
#: one happening (with no date of its own; "has signed two players on Monday" is dated, and read elsewhere).
_PERFECT_TALLY = re.compile(
    r"\s*(?:(?:now|already|also|so\s+far)\s+)?[a-z]+\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some)\s+)?"
    r"(?:\d[\d,]*|" + spelled(2, 12) + r"|a\s+dozen|dozens|hundreds|scores)\s+"
    r"(?:[\w-]+\s+){0,3}?[a-z]+s\b[^.;:!?]*?\b(?:this\s+(?:season|year|month|week|term|spring|summer|autumn|winter)|"
    r"so\s+far|to\s+date|in\s+all|in\s+total|since)\b", re.IGNORECASE)
#: The same count told up to a point the sentence names first: "By the end of that decade she had launched
#: forty boats".
_COUNTED_OBJECT = re.compile(
    r"\s*[a-z]+\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some)\s+)?"
    r"(?:\d[\d,]*|" + spelled(2, 12) + r"|" + spelled(20, 90) + r"|a\s+hundred|"
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
_AFTER_BEFORE = re.compile(r"(?i)(?P<measure>\b(?:\d+|an?|" + spelled(1, 10) + r"|several|a\s+few)"
                           r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?\bafter\s+[^,;:()\"“”]*$")


def a_ledes_cause(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the word at ``trigger_start`` stands in a plain "after" clause (no length given) of a news
    article's opening sentence (under its headline): "The coalition was close to collapse on Thursday
    after the Liberal Party withdrew its ministers", "… were brought to the surface on Thursday night
    after divers guided them through a flooded passage". The lede names the cause in passing; the body tells it with its own date
    (or leaves it as background), as it does a lede's news in the perfect. A length ("two days after a
    thunderstorm dumped …") dates it from the main clause, and it stays."""
    m = _AFTER_BEFORE.search(text, sentence_start, trigger_start)
    return m is not None and m.group("measure") is None


def todays_news(body_start: int, doc: Document, timexes: Sequence[Timex], start: int, end: int) -> bool:
    """Whether the opening sentence (``start``..``end``) under a headline tells the news of the days before
    its article's date: one of its dates is read from the document's date or the dateline's ("on
    Thursday", "early Monday"). ("The bakery closed its second shop in October 2017 after the council
    doubled the rent" tells history, and its "after" clause is a happening of its own.)"""
    return body_start > 0 and doc.date is not None and any(
        start <= t.start < end and t.derivation.startswith(("document", "previous")) for t in timexes)


def is_perfect_tally(text: str, trigger_start: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the occurrence at ``trigger_start`` (its verb, or the perfect's "has", "have" or "had") tells
    a perfect's tally over a stretch still running (see :data:`_PERFECT_TALLY`), a count up to a point
    named before it (:data:`_COUNTED_OBJECT`), a habit of every year (:data:`_PERFECT_HABIT`) or a present
    perfect's running count (:data:`~explorer.events.act_series.PERFECT_COUNT`; "had recorded 212" is a count up to a past point,
    told for its happening, and stays)."""
    at = _PERFECT_AT.match(text, trigger_start, sentence_end)
    before = _PERFECT_BEFORE.search(text[max(sentence_start, trigger_start - 20):trigger_start]) if at is None else None
    if at is not None:
        verb, auxiliary = at.end(), at.group(0)
    elif before is not None:
        verb, auxiliary = trigger_start, before.group(0)
    else:
        return False
    return bool(_PERFECT_TALLY.match(text, verb, sentence_end) or _PERFECT_HABIT.match(text, verb, sentence_end)
                or _UP_TO_A_POINT.search(text, sentence_start, trigger_start) and _COUNTED_OBJECT.match(text, verb, sentence_end)
                or not auxiliary.lower().startswith("had") and PERFECT_COUNT.match(text, verb, sentence_end))



#: A sentence that says a happening told before is a first: "It is the first time the party has won a seat
#: on the council", "This was the first time in a decade that the river had burst its banks", "It marked
#: the first time since 1979 that the club had reached a final". A comment on the happening beside it
#: (the win, the flood), not one more: the gold README lists the happening once.
_FIRST_TIME_FRAME = re.compile(
    r"\W*(?:it|this|that|the\s+\w+)\s+(?:is|was|marks|marked|will\s+be|would\s+be)\s+(?:also\s+|only\s+)?"
    r"(?:the|its|their|his|her)\s+(?:first|second|third|only)\s+(?:time|occasion)\b", re.IGNORECASE)


def restates_as_a_first(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the occurrence at ``trigger_start`` is told inside a sentence that calls a happening a first
    (see :data:`_FIRST_TIME_FRAME`): the frame opens the sentence, before the occurrence."""
    return _FIRST_TIME_FRAME.match(text, sentence_start, trigger_start + 1) is not None


def told_by_dated(found: Occurrence, dated: Sequence[Event]) -> bool:
    """Whether a passive occurrence of a dated sentence is the happening a dated event of the sentence
    already tells, its verb in that event's title ("Soldiers were chosen by the council to guard the
    pass between May and July" gives "The council chooses soldiers …" at that date): its clause may end
    before the date ("to guard … between May and July"), but the sentence tells one choosing."""
    words = found.trigger.split()
    if words[0].lower() not in ("was", "were"):
        return False
    stems = {words[-1][:4].lower(), (PARTICIPLES.get(words[-1]) or present_of(words[-1]) or words[-1])[:4].lower()}
    return any(stem in event.title.lower() for event in dated for stem in stems)




def without_acts_told_twice(events: Sequence[Event]) -> list[Event]:
    """``events`` less an act joined to a dated clause that is that clause's own act told again: the same
    verb and the words after it as another event of the sentence, at the same time ("…until 1651, when a
    Bristol merchant, Josiah Kent, bought the site and rebuilt the furnace" gave "Josiah Kent buys the
    site" and, read again as joined to it, "A Bristol merchant, Josiah Kent, buys the site")."""
    return [event for event in events if not (_JOINED in event.derivation and any(
        other is not event and other.sentence_start == event.sentence_start and (other.begin, other.end) == (event.begin, event.end)
        and _JOINED not in other.derivation and _same_act(other.title, event.title) for other in events))]


#: How the derivation of an act joined to a dated clause reads (``undated_acts``, ``undated_events``).
_JOINED = "told in a clause joined to it by"
#: Words that, before the shared words of a title, show a second act told in it ("The trial is postponed when
#: Brell's barrister falls ill", "A storm hits the pier was shut for two summers").
_SECOND_ACT_BEFORE = frozenset({"when", "after", "before", "as", "while", "until", "because", "and", "was", "were"})


def _same_act(one: str, two: str) -> bool:
    """Whether two titles tell one act: the same last four words (verb and object), the subjects apart
    ("Josiah Kent buys the site", "A Bristol merchant, Josiah Kent, buys the site"), and no second act
    told in the first before them."""
    a, b = re.findall(r"[\w'’-]+", one.lower()), re.findall(r"[\w'’-]+", two.lower())
    return len(a) >= 4 and len(b) >= 4 and a[-4:] == b[-4:] and not _SECOND_ACT_BEFORE & set(a[:-3])


def dates_only_an_aside(sentence: str, start: int, end: int, trigger: int) -> bool:
    """Whether the date at ``sentence[start:end]`` stands in a relative clause about someone else, away
    from the occurrence at ``trigger`` ("Mary Holt, whose husband was mayor in 1963-64, died aged 82"):
    the aside's event is dated, the occurrence in the main clause is not, and is told undated."""
    aside = relative_aside(sentence, start, end)
    return aside is not None and not aside[0] <= trigger < aside[1]


def dated_only_by_subject_asides(sentence: str, sentence_start: int, dates: Sequence[tuple[int, int]], trigger: int) -> bool:
    """Whether every date of ``sentence`` (``dates`` and ``trigger`` are document offsets) stands in a
    relative aside that closes before the occurrence at ``trigger`` ("Karl Oden, the goalkeeper who won
    the cup in 1974, has died"): the sentence tells the perfect's news with no date of its own, and the
    news, told again with its day, takes it as a mention. (An aside about the verb's object, after it,
    leaves the perfect beside a dated clause.)"""
    at = trigger - sentence_start
    return all((aside := relative_aside(sentence, a - sentence_start, b - sentence_start)) is not None and aside[1] <= at
               for a, b in dates)


#: A sentence's opening subject before its aside: a name or a noun phrase with no verb in it ("The
#: bakery", "Ada Holm", "The old mill at Crane Bridge").
_OPENING_SUBJECT = re.compile(
    r"\s*(?:(?:The|A|An|Its|His|Her|Their|Our|My)\s+)?(?:[\w’'-]+\s+){0,4}?(?:(?:of|at|in|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2})?[\w’'-]+")


#: What keeps a main clause past an aside from telling one happening: a perfect (a news page's summing up,
#: told again with its date, as "The bakery has closed" alone is), a bare plural object (a career's work,
#: "designed posters for theatres") or an act done again and again ("won the cup three times").
_NO_ONE_ACT_AFTER = re.compile(r"(?:has|have)\s+$|^\s+(?!(?:the|a|an|its|his|her|their|our|my|this|that)\b)(?:[\w-]+\s+){0,2}[a-z]{3,}s\b|"
                               r"^[^,.;]*\b(?:twice|times|often|regularly|repeatedly|every|each)\b")


def tells_one_act_past_an_aside(text: str, sentence_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the main-clause verb at ``text[trigger_start:trigger_end]`` read past a dated aside tells
    one happening (see :data:`_NO_ONE_ACT_AFTER`)."""
    before = text[sentence_start:trigger_start]
    after = text[trigger_end:trigger_end + 80]
    return not (_NO_ONE_ACT_AFTER.search(before) or _NO_ONE_ACT_AFTER.match(after))


def text_without_dated_asides(text: str, sentence_start: int, sentence_end: int,
                              dates: Sequence[tuple[int, int]]) -> str | None:
    """``text`` with the sentence's relative asides blanked out (spaces, so every offset still points
    into the document), when every date of the sentence stands in such an aside about its opening
    subject: "The bakery, which opened in 1952, closed" reads as "The bakery …, closed". The main
    clause then tells a happening of its own, undated, which the rules for an undated sentence read
    (a plain act, a turn); without the blanking they read nothing, since the sentence has a date. None
    when a date stands outside an aside, or no aside opens within the sentence's first clause."""
    sentence = text[sentence_start:sentence_end]
    spans = []
    for a, b in dates:
        aside = relative_aside(sentence, a - sentence_start, b - sentence_start)
        subject = sentence[:aside[0]] if aside is not None else ""
        if aside is None or not _OPENING_SUBJECT.fullmatch(subject) or FINITE_VERB.search(subject) \
                or not sentence[aside[1] - 1:aside[1]] == ",":
            # (a date of the main clause, an aside about a noun after the verb, "cracked the lining, which
            # engineers had repaired in 2019, and …", or one closed by the sentence's end: nothing after it)
            return None
        spans.append(aside)
    if not spans:
        return None
    chars = list(text[sentence_start:sentence_end])
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return text[:sentence_start] + "".join(chars) + text[sentence_end:]
