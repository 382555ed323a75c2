"""A happening told again and known by its date: the coarse date of an opening summary that the body
dates finely, a date used as the happening's name ("the Jan. 29 meeting"), a day-by-day recap line.

Each is a second telling that :func:`explorer.events.repeats.merge_repeats` cannot see, as its title
differs from the first telling's; what ties them is the date, so each fold starts from the dates and
then checks the words. The later telling joins the kept event's ``mentions``.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from explorer.events.clauses import clause_bounds
from explorer.events.record import Event, told_again
from explorer.events.tense import present_of

#: A date of the opening summary at least this many days wide may be a coarse telling of a happening
#: the body dates more finely: a year, a decade, a century, a range of years.
SUMMARY_MIN_DAYS = 365


def _days(event: Event) -> tuple[int, int] | None:
    if event.begin is None or event.end is None or not event.timex or event.certainty == "undated":
        return None
    return event.begin.toordinal(), event.end.toordinal()


def _told_days(event: Event) -> tuple[int, int] | None:
    """The days of an event the text dates, by an expression of its own or by the clause it is joined
    to (an inferred date); none for one told with no date."""
    if event.begin is None or event.end is None or event.certainty == "undated":
        return None
    return event.begin.toordinal(), event.end.toordinal()


def fold_summary_dates(events: Sequence[Event], lede: tuple[int, int]) -> list[Event]:
    """An encyclopedic article opens with a summary ("Promoted in the 1760s, opened in stages between
    1771 and 1779, and closed in 1937, it is …"; "founded in the early 12th century and dissolved in
    1538") and then tells each of those happenings with its full date ("The whole line opened on 27
    September 1779"). A coarse date of the opening paragraph (``lede``: its start and end offsets)
    whose span holds a finer date told later is that later happening summarised: it is folded into
    the first such later event as one of its ``mentions`` instead of standing as a second mark.
    Only for an article with no date of its own (the caller's choice): a news lede tells the news
    ("… a venture that collapsed in 2020"), and what follows details it rather than repeating it."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        days = _days(event)
        if days is None or not lede[0] <= event.sentence_start < lede[1] or days[1] - days[0] + 1 < SUMMARY_MIN_DAYS:
            continue
        for j, later in enumerate(events):
            inner = _days(later)
            if j in drop or later.sentence_start < lede[1] or inner is None:
                continue
            if days[0] <= inner[0] and inner[1] <= days[1] and inner[1] - inner[0] < days[1] - days[0] \
                    and _may_tell_same(event, later):
                told = (event.sentence_start, event.sentence_end)
                out[j] = told_again(out[j], told, f" as {event.timex}")
                drop.add(i)
                break
    return [e for n, e in enumerate(out) if n not in drop]


_TITLE_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[A-Za-z’']+|[,;:]")
#: What comes before a summary's participle ("founded in 1120 and dissolved in 1538", "Promoted in
#: the 1760s, opened in stages …"): the verb has no subject of its own there.
_BEFORE_PARTICIPLE = frozenset({",", ";", ":", "and", "or", "then", "later", "finally", "was", "were", "been",
                                "being", "is", "are", "be", "first"})


def _told_verbs(sentence: str) -> set[str]:
    """The past verbs of a sentence, as a title would tell them ("sent" -> "sends")."""
    return {v for w in _TITLE_WORD.findall(sentence) if (v := present_of(w.lower())) is not None}


def _own_subject_act(summary: Event) -> bool:
    """Whether the summary's date tells an act with a subject of its own ("In 1923 the Society sent a
    party"), not a participle of the article's subject ("founded … and dissolved in 1538"): the past
    verb nearest its date follows a word that is neither a joiner nor an auxiliary."""
    at = summary.timex_start - summary.sentence_start
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(summary.sentence)]
    verbs = [(abs(pos - at), n) for n, (pos, word) in enumerate(tokens) if present_of(word.lower()) is not None]
    if not verbs:
        return False
    _, n = min(verbs)
    return n > 0 and tokens[n - 1][1].lower() not in _BEFORE_PARTICIPLE


def _may_tell_same(summary: Event, later: Event) -> bool:
    """Whether a summary's date may tell ``later``'s happening. A participle summary of the article's
    subject ("closed to commercial traffic in 1937") tells in other words what the body details, and
    is folded by its dates alone; an act with a subject of its own ("In 1923 the Society sent a
    party") is that happening, and folds only into a later telling of the same predicate ("sailed on
    3 April" is another happening)."""
    if not _own_subject_act(summary):
        return True
    title_verbs = {w.lower() for w in _TITLE_WORD.findall(later.title)} & _told_verbs(later.sentence)
    return bool(title_verbs & _told_verbs(summary.sentence))


#: A date that names a happening by its day: "the Jan. 29 meeting", "Saturday's final".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.IGNORECASE)  # not "said that last week"
#: (a preposition or a conjunction after the date starts the rest of the clause, "Services were suspended
#: on its second day after a signal failure": no noun is named by that date)
_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:a|an|the|he|she|it|they|we|i|you|his|her|its|their|this|that|after|before|since|until|till|when|"
    r"while|as|at|in|on|of|for|from|to|by|with|without|during|following|because|and|or|but|than|if|once)\b)[a-z]")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+[a-z]")


def names_by_date(text: str, event: Event) -> bool:
    """Whether the event's date is used to name a happening ("the Jan. 29 meeting will begin at 6
    p.m.", "Saturday's final was level at 19-19"): a determiner, the date, a noun; or the date's
    possessive."""
    after = text[event.timex_end:event.timex_end + 20]
    if _POSSESSIVE_AFTER.match(after):
        return True
    return bool(_DETERMINER_BEFORE.search(text[max(0, event.timex_start - 12):event.timex_start]) and _NOUN_AFTER.match(after))


#: A preposition (and a determiner) before a date that names a happening: the happening is where an act
#: of the sentence took place ("gained the ward in Thursday's by-election", "scored twice in Saturday's
#: final"), not the sentence's subject.
_SETTING_BEFORE = re.compile(r"\b(?:in|at|during|from|on)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def _sets_an_act(text: str, event: Event) -> bool:
    """Whether the happening ``event``'s date names is only the setting of another act the event tells:
    after a preposition, past the event's own verb ("The Greens gained the ward in Thursday's by-election":
    the gaining, another happening than the counting told with the same day later)."""
    if not _SETTING_BEFORE.search(text[max(0, event.timex_start - 12):event.timex_start]):
        return False
    before = text[event.sentence_start:event.timex_start]
    return any(present_of(w.lower()) is not None for w in _TITLE_WORD.findall(before))


def fold_dates_naming_happenings(text: str, events: Sequence[Event]) -> list[Event]:
    """A happening named by its date ("The Jan. 29 meeting will begin at 6 p.m.", "Saturday's final
    was level …") when another event of the document has that same day is that happening told
    again: the later telling becomes a mention of the event that dates it, not a second mark. Named
    by a date no other event has ("Last year's festival drew 48,000 visitors"), it stays."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        days = _days(event)
        if days is None or not names_by_date(text, event) or _sets_an_act(text, event):
            continue
        for j, other in enumerate(events):
            if j == i or j in drop or _days(other) != days or names_by_date(text, other):
                continue
            told = (event.sentence_start, event.sentence_end)
            if told == (other.sentence_start, other.sentence_end):
                continue
            out[j] = told_again(out[j], told, f" as {event.timex}")
            drop.add(i)
            break
    return [e for n, e in enumerate(out) if n not in drop]


#: A line that opens with its date and then says what happened that day: "Monday 2 September: E. coli
#: found in two samples", "- 4 June — line reopens". The date is the line's first words (after a
#: bullet), a colon or dash follows it.
_DATED_LINE_HEAD = re.compile(r"[ \t]*(?:[-•*–—][ \t]+)?")
_AFTER_LINE_DATE = re.compile(r"[ \t]*[:—–-][ \t]*(?P<items>[^\n]*)")
#: Words that say nothing of which happening a line tells.
_FILLER = frozenset(
    "the a an and or of in on at to for from with by as is are was were be been its his her their our this that "
    "these those after before over into about than then there here have has had will would also more most".split())
_CONTENT = re.compile(r"[A-Za-z][\w’'-]{3,}")
#: How many words a recap line's item may have: a recap is terse, a paragraph is not one.
_RECAP_WORDS = 15


def _stems(text: str) -> set[str]:
    """Content words of ``text`` compared by their first five letters ("reopens", "reopened")."""
    return {w.lower()[:5] for w in _CONTENT.findall(text) if w.lower() not in _FILLER}


#: How far a recap line reaches: a recap line is short, and a megabyte-long line must not be scanned
#: once per event (extraction stays linear in the text).
_LINE_REACH = 300
#: How many body events that begin on or before a recap line's day are tried for it, latest first.
TRIED = 64


def _line_of(text: str, offset: int) -> int | None:
    """Where the line holding ``offset`` starts, or None when that is further back than a recap line."""
    low = max(0, offset - _LINE_REACH)
    cut = text.rfind("\n", low, offset)
    if cut == -1:
        return 0 if low == 0 else None
    return cut + 1


def _opens_its_line(text: str, event: Event) -> bool:
    """Whether ``event``'s date opens its line (after a bullet): an entry of a dated list or log."""
    if not event.timex:
        return False
    line_start = _line_of(text, event.timex_start)
    if line_start is None:
        return False
    head = _DATED_LINE_HEAD.match(text, line_start)
    return head is not None and head.end() == event.timex_start


def _recap_items(text: str, event: Event) -> list[tuple[int, int]] | None:
    """When ``event``'s date opens its line and a colon or dash follows it ("Monday 2 September: E. coli
    found in two samples; notice issued at 9 p.m."), the spans of what the line says of that day,
    split at semicolons; else None."""
    line_start = _line_of(text, event.timex_start)
    if line_start is None:
        return None
    head = _DATED_LINE_HEAD.match(text, line_start)
    if head is None or head.end() != event.timex_start:
        return None
    line_end = text.find("\n", event.timex_end, event.timex_end + _LINE_REACH)
    m = _AFTER_LINE_DATE.match(text, event.timex_end, min(len(text), event.timex_end + _LINE_REACH) if line_end == -1 else line_end)
    if m is None or not m.group("items").strip():
        return None
    items, at = [], m.start("items")
    for part in m.group("items").split(";"):
        if len(part.split()) > _RECAP_WORDS:
            return None
        items.append((at, at + len(part)))
        at += len(part) + 1
    return items


def _joined_on_the_line(text: str, event: Event, lines: dict[int, tuple[Event, list[tuple[int, int]]]]) -> bool:
    """Whether ``event``, told with no date of its own, is another act of a dated line than the one its
    date opens ("12 March: the board met and sacked its chair", "23 May – Talks fail. Staff walk out"): its
    word, where an undated event's date would be, comes after other words past the line's date; the
    line's opening act read again undated ("2019 – Won the award") is not."""
    if event.timex:
        return False
    line = lines.get(_line_of(text, event.sentence_start))  # type: ignore[arg-type]
    return line is not None and re.search(r"\w", text[line[0].timex_end:event.timex_start]) is not None


def fold_recap_lines(text: str, events: Sequence[Event]) -> list[Event]:
    """A day-by-day recap at the end of an explainer ("Timeline / Sunday 1 September: heavy rain
    across the Vale / Wednesday 4 September: inspectorate opens inquiry") tells again, a line a day,
    happenings the body has told. A recap line whose every item (split at semicolons) is told by a
    body event whose dates hold the line's day and whose clause has at least half of the item's
    words ("inspectorate", "inquiry" in "The Drinking Water Inspectorate opened its own inquiry on
    Wednesday") is those events told again: each event of the line joins the ``mentions`` of the body
    event that tells its item. A line that tells something the body does not stays as it is."""
    lines: dict[int, tuple[Event, list[tuple[int, int]]]] = {}  # line start -> (its leading event, items)
    for event in events:
        if _days(event) is not None:
            items = _recap_items(text, event)
            if items is not None:
                line = _line_of(text, event.timex_start)
                assert line is not None
                lines.setdefault(line, (event, items))
    if not lines:
        return list(events)
    members: dict[int, list[int]] = {}  # line start -> the events on that recap line
    for i, e in enumerate(events):
        line = _line_of(text, e.timex_start) if e.timex else None
        if line is not None and line in lines:
            members.setdefault(line, []).append(i)
    on_recap = {i for group in members.values() for i in group}
    # (a body event dated by the clause it is joined to, "… on Tuesday and found two cracks", tells its
    # item too, though no expression of its own dates it)
    # (nor does another line of a dated list: "11:20 Two visitors arrived by boat" is no body telling of
    # "17:45 — The boat left with the visitors", the log's next entry, however many words they share)
    # (nor another act of the line itself, "12 March: the regulator fined the bank and banned its chief":
    # the line's second happening, dated by its first, is no telling of it elsewhere)
    body = sorted((_told_days(e)[0], j) for j, e in enumerate(events)
                  if j not in on_recap and _told_days(e) is not None and not _opens_its_line(text, e)
                  and not _joined_on_the_line(text, e, lines))  # type: ignore[index]
    starts = [b for b, _ in body]
    stems: dict[int, set[str]] = {}

    def teller_of(words: set[str], day: tuple[int, int]) -> int | None:
        last = bisect.bisect_right(starts, day[0])
        for _, j in reversed(body[max(0, last - TRIED):last]):
            if not _covers(_told_days(events[j]), day):
                continue
            if j not in stems:
                stems[j] = _stems(clause_of(events[j]))
            if 2 * len(words & stems[j]) >= len(words):
                return j
        return None

    out = list(events)
    drop: set[int] = set()
    for line_start, (lead, items) in lines.items():
        day = _days(lead)
        assert day is not None
        teller = [teller_of(words, day) if (words := _stems(text[a:b])) else None for a, b in items]
        if any(t is None for t in teller):
            continue  # the line tells something the body does not
        for i in members.get(line_start, ()):
            event = events[i]
            k = next((n for n, (a, b) in enumerate(items) if a <= event.timex_start < b), 0)
            j = teller[k]
            assert j is not None
            told = (event.sentence_start, event.sentence_end)
            out[j] = told_again(out[j], told, f" as {event.timex}")
            drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


def clause_of(event: Event) -> str:
    """The clause of the event's date in its sentence: what the sentence tells of that happening."""
    start = event.timex_start - event.sentence_start
    left, right = clause_bounds(event.sentence, start, start + len(event.timex))
    return event.sentence[left:right]


def _covers(outer: tuple[int, int] | None, inner: tuple[int, int]) -> bool:
    return outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]
