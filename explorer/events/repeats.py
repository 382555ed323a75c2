"""One happening told twice in one article is one event.

An article may announce "the demise of Qasem Soleimani" in its lede and come back to "Soleimani's
death" later: both become the title "… Soleimani dies", and a reader wants one mark on the timeline.
Two events of a document are the same happening when their titles say the same thing of the same
subject (the subject compared by its last name, so "Qasem Soleimani" and "Soleimani" agree) and their
dates agree: the same day span, or one of them told with no date expression at all. An expression
the text gives but that cannot be resolved yet ("on Tuesday" in an undated article) is a date of its
own, never a repeat of another date ("A plan unveiled on Tuesday would build the plant by 2030" is
two happenings). The first telling is kept (the first dated one if the first is undated); the record's
``mentions`` lists where the others are, so the source pane and the exports reach every one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Sequence

from explorer.events.clauses import clause_bounds
from explorer.events.record import Event
from explorer.events.tense import present_of

_BARE_SPEECH = frozenset("says say said tells told adds added notes noted writes wrote".split())
_WORD = re.compile(r"[\w’'-]+")


def happening_key(event: Event) -> tuple | None:
    """(subject's last name, predicate) of a title "Subject Name predicate …", or None when the title
    does not start with a capitalised subject."""
    words = _WORD.findall(event.title.rstrip("…"))
    subject: list[str] = []
    for word in words:
        if word[:1].isupper():
            subject.append(word)
            continue
        break
    predicate = words[len(subject):]
    if not subject or not predicate or (len(predicate) == 1 and predicate[0].lower() in _BARE_SPEECH):
        return None  # "X says" twice is two statements as far as the title can tell
    return (subject[-1].lower(), " ".join(w.lower() for w in predicate))


def told_undated(event: Event) -> bool:
    """No date expression of its own: undated, or only bounded by its dated neighbours (inferred)."""
    return not event.timex and (event.begin is None or event.certainty != "exact")


def _same_time(a: Event, b: Event) -> bool:
    """Equal dates, or one telling with no date expression (it does not contradict the other)."""
    if _told_undated(a) or _told_undated(b):
        return True
    if a.begin is None or b.begin is None:
        return a.begin is None and b.begin is None and a.value == b.value and a.value != ""
    return (a.begin, a.end) == (b.begin, b.end)


_told_undated = told_undated


def merge_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each repeated happening kept once: at its first telling, or at
    its first dated one when the first is undated."""
    kept: dict[tuple, list[int]] = {}
    out: list[Event] = []
    others: dict[int, list[tuple[int, int]]] = {}  # the other tellings of out[i], joined once at the
    # end: joining them at each repeat copied them each time (quadratic in a long, repetitive text)
    for event in events:
        key = happening_key(event)
        twin = next((i for i in kept.get(key, []) if _same_time(out[i], event)), None) if key else None
        if twin is None:
            if key is not None:
                kept.setdefault(key, []).append(len(out))
            out.append(event)
            continue
        first = out[twin]
        if first.begin is None and event.begin is not None:
            out[twin], other = event, first  # the first dated telling is the one kept
        else:
            other = event
        others.setdefault(twin, []).extend([(other.sentence_start, other.sentence_end), *other.mentions])
    for i, tellings in others.items():
        keep = out[i]
        here = (keep.sentence_start, keep.sentence_end)
        told = list(dict.fromkeys(t for t in tellings if t != here))
        out[i] = replace(
            keep,
            derivation=keep.derivation + "".join(f"; also told at {s}-{e}" for s, e in told),
            mentions=tuple(sorted(set(told) | set(keep.mentions) - {here})),
        )
    return out


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
                target = out[j]
                out[j] = replace(target, mentions=tuple(sorted(set(target.mentions) | {told})),
                                 derivation=f"{target.derivation}; also told at {told[0]}-{told[1]} as {event.timex}")
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


def fold_dates_naming_happenings(text: str, events: Sequence[Event]) -> list[Event]:
    """A happening named by its date ("The Jan. 29 meeting will begin at 6 p.m.", "Saturday's final
    was level …") when another event of the document has that same day is that happening told
    again: the later telling becomes a mention of the event that dates it, not a second mark. Named
    by a date no other event has ("Last year's festival drew 48,000 visitors"), it stays."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        days = _days(event)
        if days is None or not names_by_date(text, event):
            continue
        for j, other in enumerate(events):
            if j == i or j in drop or _days(other) != days or names_by_date(text, other):
                continue
            told = (event.sentence_start, event.sentence_end)
            if told == (other.sentence_start, other.sentence_end):
                continue
            out[j] = replace(out[j], mentions=tuple(sorted(set(out[j].mentions) | {told})),
                             derivation=f"{out[j].derivation}; also told at {told[0]}-{told[1]} as {event.timex}")
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
_TRIED = 64


def _line_of(text: str, offset: int) -> int | None:
    """Where the line holding ``offset`` starts, or None when that is further back than a recap line."""
    low = max(0, offset - _LINE_REACH)
    cut = text.rfind("\n", low, offset)
    if cut == -1:
        return 0 if low == 0 else None
    return cut + 1


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
    body = sorted((_told_days(e)[0], j) for j, e in enumerate(events) if j not in on_recap and _told_days(e) is not None)  # type: ignore[index]
    starts = [b for b, _ in body]
    stems: dict[int, set[str]] = {}

    def teller_of(words: set[str], day: tuple[int, int]) -> int | None:
        last = bisect.bisect_right(starts, day[0])
        for _, j in reversed(body[max(0, last - _TRIED):last]):
            if not _covers(_told_days(events[j]), day):
                continue
            if j not in stems:
                stems[j] = _stems(_clause_of(events[j]))
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
            out[j] = replace(out[j], mentions=tuple(sorted(set(out[j].mentions) | {told})),
                             derivation=f"{out[j].derivation}; also told at {told[0]}-{told[1]} as {event.timex}")
            drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


def _clause_of(event: Event) -> str:
    """The clause of the event's date in its sentence: what the sentence tells of that happening."""
    start = event.timex_start - event.sentence_start
    left, right = clause_bounds(event.sentence, start, start + len(event.timex))
    return event.sentence[left:right]


def _covers(outer: tuple[int, int] | None, inner: tuple[int, int]) -> bool:
    return outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


#: An undated telling in the perfect, "Professor Ada Lind, who has died, …" → "Professor Ada Lind has
#: died": the news announced, whose day the text gives later ("She died on 2 January").
_PERFECT_TITLE = re.compile(r"^((?:[A-Z][\w’'.-]*\s+){1,5})(?:has|have)\s+(?:already\s+|now\s+)?([a-z]{3,})\b")
_PRONOUNS = frozenset("he she they it".split())
_VERB_ENDING = re.compile(r"(?:ied|ies|ed|es|s|d)$")


def _stem(word: str) -> str:
    return _VERB_ENDING.sub("", word.lower())


def fold_announced_perfects(events: Sequence[Event]) -> list[Event]:
    """An undated perfect ("X has died", "X has resigned") and a dated telling of the same verb whose
    subject is X's last name or a pronoun ("She died on 2 January at a care home") are one happening:
    the undated one joins the dated one as a mention. Only the verb and its subject are compared;
    nothing here knows any particular name."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        m = _PERFECT_TITLE.match(event.title) if _told_undated(event) else None
        if m is None:
            continue
        last, stem = m.group(1).split()[-1].lower(), _stem(m.group(2))
        for j, other in enumerate(events):
            if j == i or j in drop or not other.timex:
                continue
            words = _WORD.findall(other.title)
            at = next((k for k, w in enumerate(words) if w[:1].islower()), None)
            if at is None or at == 0 or _stem(words[at]) != stem:
                continue
            subject = words[at - 1].lower()
            if subject == last or (at == 1 and subject in _PRONOUNS):
                told = (event.sentence_start, event.sentence_end)
                out[j] = replace(out[j], mentions=tuple(sorted(set(out[j].mentions) | {told})),
                                 derivation=f"{out[j].derivation}; also told at {told[0]}-{told[1]}, undated")
                drop.add(i)
                break
    return [e for n, e in enumerate(out) if n not in drop]


#: Words between a title's subject and its verb that are not the verb: auxiliaries and adverbs.
_AUXILIARIES = frozenset("is are was were be been being has have had will would also later then all both again "
                         "reportedly allegedly".split())
_BE = frozenset("is are was were be been being".split())
_ARTICLES = frozenset("the a an his her its their".split())
_ASIDE = re.compile(r",[^,]*,")
_LINKS = frozenset("in of at from for and on".split())
#: Verbs a reader takes as one happening told in other words; the first is the one compared.
_SAME_HAPPENING = {"detain": "arrest", "apprehend": "arrest", "deport": "expel"}


def bases_of_verb(verb: str) -> set[str]:
    """The forms a verb of a title may have come from ("dies", "died" → "die"; "arrested" → "arrest")."""
    verb = verb.lower()
    forms = {verb}
    for ending, into in (("ies", "y"), ("ied", "y"), ("ies", "ie"), ("ied", "ie"), ("es", ""), ("ed", ""),
                         ("s", ""), ("d", "")):
        if verb.endswith(ending) and len(verb) - len(ending) + len(into) >= 3:
            forms.add(verb[: len(verb) - len(ending)] + into)
    return {_SAME_HAPPENING.get(f, f) for f in forms}


_bases = bases_of_verb


def _told_as(event: Event) -> tuple[tuple[str, ...], str, bool, tuple[str, ...]] | None:
    """(names of the subject, verb, passive?, capitalised words after the verb) of a title "The
    novelist Mara Quell dies at her home", "Brenner is detained", "Police arrest Ilse Varga"; None
    when the title does not name a subject before its verb."""
    return _title_told_as(event.title)


@lru_cache(maxsize=4096)  # each title is read against every other telling of its names
def _title_told_as(title: str) -> tuple[tuple[str, ...], str, bool, tuple[str, ...]] | None:
    # an aside is set aside: "Kell, Amsel and Vos, together with five aides, were arrested"
    words = _WORD.findall(_ASIDE.sub("", title.rstrip("…")))
    for k in range(1, len(words)):
        if (words[k][:1].islower() and words[k - 1][:1].isupper() and words[k - 1].lower() not in _ARTICLES
                and words[k] not in _LINKS):  # "Police in Comoros arrest …": "in" links two names
            break
    else:
        return None
    names = tuple(w for w in words[:k] if w[:1].isupper() and w.lower() not in _ARTICLES)
    at = k
    while at < len(words) and words[at].lower() in _AUXILIARIES:
        at += 1
    if at >= len(words) or not words[at][:1].islower():
        return None
    passive = any(w.lower() in _BE for w in words[k:at])
    return names, words[at], passive, tuple(w for w in words[at + 1:] if w[:1].isupper())


def _named_mid_sentence(name: str, *sentences: str) -> bool:
    """``name`` is a name: capitalised somewhere other than at the start of a sentence ("Wells" in
    "… actress Dawn Wells …", not "Police" opening "Police arrested …")."""
    return any(re.search(rf"(?<=[\w,;:’'\")] )\b{re.escape(name)}\b", s) for s in sentences)


_CLAUSE_END = re.compile(r"[,;:.!?—–]|\b(?:said|says|told|according)\b")


def _names_told(sentence: str, name: str) -> list[str]:
    """Capitalised words of ``sentence``'s clause from ``name`` on: the people and places that
    telling adds ("Brenner was arrested in Porto too, his lawyer said" → ["Porto"])."""
    at = sentence.find(name)
    if at < 0:
        return []
    rest = sentence[at + len(name):]
    end = _CLAUSE_END.search(rest)
    return [w for w in _WORD.findall(rest[: end.start() if end else len(rest)]) if w[:1].isupper()]


def _retells(undated: Event, dated: Event) -> bool:
    """``undated`` tells ``dated``'s happening again: the same verb (or one a reader takes for it) of
    the same person, named by a name both tellings share: as the subject of both, or as the subject of
    the passive and the object of the active ("Police arrest Ilse Varga" / "Varga is arrested"). Any
    other name the retelling gives must be in the dated telling's sentence: "Weber visits Tehran" is
    not "Weber visits Moscow"."""
    a, b = _told_as(undated), _told_as(dated)
    if a is None or not a[0] or a[1].lower() in _BARE_SPEECH:  # two statements are two, as in merge_repeats
        return False
    if b is None or not (_bases(a[1]) & _bases(b[1])):
        return _retold_in_report(a, undated, dated)
    if a[2] == b[2]:  # both active or both passive: the same subject
        name = a[0][-1]
        same = bool(b[0]) and name == b[0][-1]
    else:  # the passive's subject is the active's object
        passive, active = (a, b) if a[2] else (b, a)
        name = passive[0][-1] if passive[0] else ""
        same = bool(name) and name in active[3]
    if not same or not _named_mid_sentence(name, undated.sentence, dated.sentence):
        return False
    told = dated.sentence.lower()  # a dateline may shout the place: "LOS ANGELES (AP) —"
    return all(w.lower() in told for w in _names_told(undated.sentence, name))


def _retold_in_report(told: tuple[tuple[str, ...], str, bool, tuple[str, ...]], undated: Event, dated: Event) -> bool:
    """The dated telling wraps the happening in a report, so its title names the reporter ("His
    publisher confirms that Marsh died on Tuesday", "Paula Reyes says Marsh died …"): it retells
    "Ivo Marsh has died" when the clause of its date gives the same name with the same verb ("Marsh
    died", "Marsh had died"), and the retelling adds no name the dated sentence lacks. A verb outside
    the date's clause ("Ortiz, who resigned in protest, spoke in Lyon on Friday") tells another
    happening."""
    name, verb = told[0][-1], told[1]
    if not _named_mid_sentence(name, dated.sentence):
        return False
    bases = _bases(verb)
    clause = _clause_of(dated)
    said = any(_bases(m.group(1)) & bases for m in re.finditer(
        rf"\b{re.escape(name)}\s+(?:(?:{'|'.join(sorted(_AUXILIARIES))})\s+)*([a-z]+)", clause))
    return said and all(w.lower() in dated.sentence.lower() for w in _names_told(undated.sentence, name))


_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|W(?:XX|\d\d)-\d)$")


def _day_of(event: Event) -> object | None:
    """The one day an event's own date expression names (a time of that day counts as the day): a
    resolved day, or the unresolved value of one ("XXXX-WXX-4" for "Thursday" in an undated text)."""
    if not event.timex:
        return None
    if event.begin is not None:
        return event.begin if event.end == event.begin else None
    day = event.value.split("T")[0]
    return day if _DAY_VALUE.match(day) else None


def _same_day_retold(later: Event, first: Event) -> bool:
    """``later`` tells ``first`` again on the same day ("after Hurricane Lorna made landfall on Thursday
    afternoon", then "Lorna made landfall on Thursday near Puerto Alto"): the same verb of the same
    subject, in the same voice, and titles that do not name two different places or people after the
    verb ("Weber visits Moscow" and "Weber visits Minsk" the same day are two visits)."""
    day = _day_of(later)
    if day is None or day != _day_of(first):
        return False
    a, b = _told_as(later), _told_as(first)
    if a is None or b is None or not a[0] or not b[0] or a[1].lower() in _BARE_SPEECH or a[2] != b[2]:
        return False
    if a[0][-1] != b[0][-1] or not (_bases(a[1]) & _bases(b[1])):
        return False
    return not (a[3] and b[3] and not set(a[3]) & set(b[3]))


#: A present perfect of the title's verb: "has died", "have been arrested", "has now resigned".
_HAS_DONE = r"\b(?:has|have)\s+(?:(?:also|now|already|just|reportedly|finally)\s+)?(?:been\s+)?"


#: How a past participle ends ("died", "taken", "won", "left", "begun", "struck"), and the words that end so
#: but are none ("has ten days", "has one goal", "has seven children").
_PARTICIPLE_END = re.compile(r"(?:ed|en|wn|on|un|ne|ft|lt|st|ot|it|ut|ld|ck|ng|ght|d|t|n)$")
_NO_PARTICIPLE = frozenset("ten seven eleven one none own eight just not that what won't isn't hasn't".split())


def perfect_with_past_date(event: Event, doc_date: date | None) -> bool:
    """Whether ``event`` is told in the present perfect ("Karl Oden has died") with a date that ends
    before the document's day ("…, who won the cup in 1974, has died"; "A suspect has been arrested in
    connection with the shooting … Wednesday night"). English does not give the present perfect a
    definite past time ("*has died in 1974"): that date belongs to another clause or noun of the
    sentence, and the perfect tells news whose day the text gives elsewhere, if at all."""
    if doc_date is None or not event.timex or not isinstance(event.end, date):
        return False
    perfect = re.search(_HAS_DONE + r"(?P<verb>[a-z]{3,})\b", event.title)
    if perfect is None or perfect.group("verb") in _NO_PARTICIPLE or not _PARTICIPLE_END.search(perfect.group("verb")):
        return False
    return event.end < doc_date


def told_after(later: Event, earlier: Event) -> bool:
    """``later`` is dated, and after all of ``earlier``'s date."""
    return isinstance(later.begin, date) and isinstance(earlier.end, date) and later.begin > earlier.end


def fold_retellings(events: Sequence[Event], doc_date: date | None = None) -> list[Event]:
    """A happening told with its date and told again without one in other words ("Mara Quell died on
    Sunday at her home", then "Quell died after a long illness"; "was arrested on Thursday", then "was
    detained alongside three aides") is one event: the undated telling joins the first dated one it
    retells as a mention. A telling with a date of its own folds only into an earlier telling of the
    same day (two arrests on two dates are two), and never one in the other's own sentence. A
    telling in the present perfect whose date ends before the document's year (``doc_date``) has no
    date of its own (see ``perfect_with_past_date``) and folds as an undated one."""
    out = list(events)
    drop: set[int] = set()
    naming: dict[str, list[int]] = {}  # a name → the dated tellings whose title or sentence give it
    for j, other in enumerate(events):
        if other.timex:
            for word in {w for w in _WORD.findall(f"{other.title} {other.sentence}") if w[:1].isupper()}:
                naming.setdefault(word, []).append(j)
    for i, event in enumerate(events):
        past_perfect_date = not _told_undated(event) and perfect_with_past_date(event, doc_date)
        undated = _told_undated(event) or past_perfect_date
        told_as = _told_as(event)
        if (not undated and _day_of(event) is None) or told_as is None or not told_as[0]:
            continue
        # every kind of retelling shares a name with the telling it retells: its subject's last name,
        # or (a passive retold as an active) a name after its verb; only those tellings are read
        candidates = sorted({j for w in (told_as[0][-1], *told_as[3]) for j in naming.get(w, ())[:_TRIED]})
        for j in candidates:
            other = events[j]
            if j == i or j in drop or other.sentence_start == event.sentence_start:
                continue
            if past_perfect_date and not told_after(other, event):
                continue  # "Brun, who resigned as minister in 2015, has resigned from parliament" is not that 2015 resignation
            if _retells(event, other) if undated else (j < i and _same_day_retold(event, other)):
                told = (event.sentence_start, event.sentence_end)
                out[j] = replace(out[j], mentions=tuple(sorted(set(out[j].mentions) | {told} | set(out[i].mentions))),
                                 derivation=f"{out[j].derivation}; also told at {told[0]}-{told[1]}"
                                            + (", undated" if undated else f" as {event.timex}"))
                drop.add(i)
                break
    return [e for n, e in enumerate(out) if n not in drop]


#: Between a time and its restatement in brackets: a few words of the first time's own ("local time",
#: "p. m.", "Eastern") and the opening bracket, perhaps an "or" ("at 3 p.m. (1500 GMT)", "at around
#: 02:49 local time (20:49 GMT)", "on Monday (Tuesday in Sydney)").
_RESTATED_OPEN = re.compile(r"^[\s\w.]{0,24}?\(\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is,?\s+)?$", re.IGNORECASE)
_RESTATED_CLOSE = re.compile(r"^[\s\w.]{0,24}?\)")


def fold_restated_times(text: str, events: Sequence[Event]) -> list[Event]:
    """A time restated in brackets right after another of the same sentence, in another zone or
    calendar ("The shot was fired at 2:49 p.m. local time (20:49 GMT)", "talks end on Monday (Tuesday
    in Tokyo)"), dates the same happening: the bracketed telling is no event of its own. The first
    stays, and names the other in its ``derivation``."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if _RESTATED_OPEN.match(text[a.timex_end:b.timex_start]) and _RESTATED_CLOSE.match(text[b.timex_end:b.timex_end + 30]):
            out[i] = replace(out[i], derivation=f"{out[i].derivation}; restated as {b.timex}")
            drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


def _later_dates_of_sentence(events: Sequence[Event], drop: set[int]):
    """``(i, j, a, b)`` for each dated event ``a`` not dropped and each of the next three events ``b``
    whose date comes after ``a``'s in the same sentence: the pairs a restated or lasting date may fold.
    ``drop`` is read as it grows, so a folded event starts no pair of its own."""
    for i, a in enumerate(events):
        if i in drop or not a.timex:
            continue
        for j in range(i + 1, min(i + 4, len(events))):
            b = events[j]
            if b.sentence_start == a.sentence_start and b.timex and b.timex_start >= a.timex_end:
                yield i, j, a, b


#: Between a happening's date and a later one of its sentence: "and" and a verb of going on, then the
#: end ("began on 3 May and went on until 9 May", "struck near midnight and continued until about
#: 4 p.m."). ("stayed open until 1975", "remained in office until 1990" end in a closing or a leaving
#: of their own, and stay apart.)
_LASTED_UNTIL = re.compile(
    r"^[^.;]{0,80}?\band\s+(?:then\s+)?(?:continued|lasted|went\s+on|raged|carried\s+on|ran\s+on|dragged\s+on)\s+"
    r"(?:\w+\s+){0,2}?(?:until|till|to|through|into)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE)
#: The start's verb: a happening that begins ("began", "started", "broke out", "struck"). A thing set
#: up and then lasting ("was established on 13 April and lasted until 25 July") ends in a fall of its
#: own, which stays an event.
_BEGAN = re.compile(r"\b(?:began|begun|started|broke\s+out|struck|erupted|commenced|kicked\s+off|opened\s+fire|set\s+in)\s+"
                    r"(?:\w+\s+){0,4}?$", re.IGNORECASE)
#: The longest span (in days) a happening's end may stretch it to.
LASTED_MAX_DAYS = 366


def fold_lasting_until(text: str, events: Sequence[Event]) -> list[Event]:
    """A happening told with its start (a verb of beginning) and, joined by "and" and a verb of going
    on, its end ("The protest started on 3 May and went on until 9 May", "The storm struck near
    midnight and continued until about 4 p.m.") is one event from its start to its end, not a second
    happening at the end. A clock time as the end leaves the day as it was."""
    out = list(events)
    drop: set[int] = set()
    ended: set[int] = set()  # a happening has one end: the first "… until" after its start
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in ended or not _LASTED_UNTIL.match(text[a.timex_end:b.timex_start]) or not _BEGAN.search(
                text[max(a.sentence_start, a.timex_start - 60):a.timex_start]):
            continue
        end = a.end
        if (b.type == "DATE" and a.begin is not None and a.end is not None and b.end is not None
                and a.begin <= b.end and (b.end - a.begin).days <= LASTED_MAX_DAYS):
            end = max(a.end, b.end)
        out[i] = replace(out[i], end=end, derivation=f"{out[i].derivation}; until {b.timex}, its end")
        drop.add(j)
        ended.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


#: A period's results: "third-quarter earnings rose 14 percent", "net income rose to $236 million", "the
#: company earned $170.2 million", "reported a loss".
_RESULTS = re.compile(r"\b(?:earn\w*|profits?|loss(?:es)?|lost|income|revenues?|sales|results?|turnover)\b", re.IGNORECASE)
#: A period told as the one before: "the third quarter of last year", "the same quarter a year ago".
_EARLIER_PERIOD = re.compile(r"\b(?:last|previous|prior|earlier|ago|same|comparable)\b", re.IGNORECASE)
#: The second telling's subject refers back to the first's: a pronoun, a bare results noun ("Net income
#: rose …") or a definite description of a business ("The bank", "The nation's second-largest toymaker").
#: ("Its rival lost …", "Another bank earned …" are someone else.)
_REFERS_BACK = re.compile(
    r"^\W*(?:it|they|(?:net\s+|operating\s+)?(?:income|earnings|profits?|revenues?|sales|results)\b|"
    r"the\s+(?:[\w'’.-]+\s+){0,4}?(?:company|firm|bank|group|chain|maker|retailer|carrier|insurer|lender|producer|"
    r"manufacturer|business|cooperative|co-op|giant|operator|toymaker|automaker|airline|conglomerate|brewer|miner|"
    r"publisher|utility|insurer|developer)\b)", re.IGNORECASE)
#: A quarter's or a half-year's value ("2019-Q3", "XXXX-Q3", "2024-H1").
_PERIOD_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:Q[1-4]|H[12])")


def fold_results_retold(text: str, events: Sequence[Event]) -> list[Event]:
    """One period's results told again in the next sentence of the same paragraph ("KeyCorp said
    third-quarter earnings rose 14 percent. The bank said third-quarter net income rose to $236
    million …") are one happening, the results for that quarter: the second telling joins the first's
    mentions. A period before it ("In the third quarter of last year, the bank …"), another period or
    a sentence that tells no results stays apart."""
    out = list(events)
    drop: set[int] = set()
    last: int | None = None  # the last event kept that tells a period's results
    for n, event in enumerate(events):
        if not event.timex or not _PERIOD_VALUE.fullmatch(event.value) or not _RESULTS.search(event.title):
            continue
        if last is not None:
            first = out[last]
            between = text[first.sentence_end:event.sentence_start]
            if (first.value == event.value and event.sentence_start > first.sentence_start and "\n\n" not in between
                    and len(between) <= 3 and not _EARLIER_PERIOD.search(event.timex)
                    and (_REFERS_BACK.match(event.title) or _first_word(event.title) == _first_word(first.title))):
                told = (event.sentence_start, event.sentence_end)
                out[last] = replace(first, mentions=tuple(sorted(set(first.mentions) | {told})),
                                    derivation=f"{first.derivation}; the same results told again at {told[0]}-{told[1]}")
                drop.add(n)
                continue
        last = n
    return [e for n, e in enumerate(out) if n not in drop]


#: A results sentence that names its period: "first-quarter profit", "quarterly net profit", "half-year".
_PERIOD_WORD = re.compile(r"\b(?:quarter(?:ly)?|half-year(?:ly)?|first-half|interim|full-year|annual|fiscal|"
                          r"(?:three|six|nine|twelve)\s+months)\b", re.IGNORECASE)
#: A results sentence that says they were made public: "reported", "posted", "announced", "said".
_MADE_PUBLIC = re.compile(r"\b(?:report(?:s|ed)?|post(?:s|ed)?|announc(?:es|ed)|said|says)\b", re.IGNORECASE)
#: A figure told "in the period" or "for the quarter": of the period already named.
_IN_THE_PERIOD = re.compile(r"\b(?:in|for|during|over)\s+the\s+(?:period|quarter|half|half-year|year)\b", re.IGNORECASE)
#: How far after a results report its figures may be told (characters, in its paragraph).
RESULTS_REACH = 600


def _initials(title: str) -> str:
    """Initials of the capitalised words that open a title: "United Parcel Service Inc" → "UPSI"."""
    out = ""
    for word in _WORD.findall(title):
        if not word[:1].isupper():
            break
        out += word[0]
    return out


def _same_business(first: Event, later: Event) -> bool:
    """``later``'s title refers back to ``first``'s subject: a pronoun, a results noun or a definite
    description of a business, the same first word, or that name's initials ("UPS" after "United
    Parcel Service Inc")."""
    back = _REFERS_BACK.match(later.title)
    if (back and not later.title[back.end():back.end() + 1].isalnum()) or _first_word(later.title) == _first_word(first.title):
        return True  # (a whole word: "Its rival posted …" is someone else)
    words = _WORD.findall(later.title)
    return bool(words) and len(words[0]) >= 2 and words[0].isupper() and _initials(first.title).startswith(words[0])


def fold_results_after_report(text: str, events: Sequence[Event]) -> list[Event]:
    """A business reports a period's results on a day ("Roper Technologies on Tuesday reported
    first-quarter profit of $289 million") and the next sentences of its paragraph give figures of
    those results ("The industrial equipment maker posted revenue of $1.53 billion in the period",
    "UPS said revenue increased to $15.3 billion in the first quarter"): one happening, the results
    made public that day. A figure dated by the period (a quarter or half that ends before the report)
    or told "in the period" with no date joins the report's mentions. A figure of another period, of
    another business, or in another paragraph stays."""
    out = list(events)
    drop: set[int] = set()
    for i, report in enumerate(events):
        if i in drop or not isinstance(report.begin, date) or report.begin != report.end or not report.timex:
            continue
        if not (_RESULTS.search(report.sentence) and _PERIOD_WORD.search(report.sentence) and _MADE_PUBLIC.search(report.sentence)):
            continue
        paragraph_end = text.find("\n\n", report.sentence_end)
        reach = min(report.sentence_end + RESULTS_REACH, len(text) if paragraph_end == -1 else paragraph_end)
        for j in range(i + 1, len(events)):
            other = events[j]
            if other.sentence_start >= reach:
                break
            if j in drop or other.sentence_start <= report.sentence_start or not _RESULTS.search(other.title):
                continue
            of_period = bool(other.timex) and _PERIOD_VALUE.fullmatch(other.value) is not None and (
                other.end is None or (isinstance(other.end, date) and other.end < report.begin))
            if not (of_period or (told_undated(other) and _IN_THE_PERIOD.search(other.sentence))):
                continue
            if _EARLIER_PERIOD.search(other.timex) or not _same_business(report, other):
                continue
            told = (other.sentence_start, other.sentence_end)
            out[i] = replace(out[i], mentions=tuple(sorted(set(out[i].mentions) | {told} | set(other.mentions))),
                             derivation=f"{out[i].derivation}; the results' figures told at {told[0]}-{told[1]}")
            drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


def _first_word(title: str) -> str:
    """The title's first word, lower-cased: a name told again ("KeyCorp …", "KeyCorp …")."""
    words = _WORD.findall(title)
    return words[0].lower() if words else ""


#: A reporting period named by its last day: "the quarter that ended on March 31", "the three months
#: ended Sept. 30", "the fiscal year ending June 30".
_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|period|year|months|month|weeks?|season|half)\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$",
    re.IGNORECASE)


def fold_period_ends(text: str, events: Sequence[Event]) -> list[Event]:
    """A date that names a reporting period by its last day ("… earned $2.5 million in the quarter that
    ended on March 31", said on Thursday) is no happening of its own beside another date of its
    sentence: the period's end is named in that event's ``derivation``. Alone in its sentence it dates
    the results it names, and stays."""
    by_sentence: dict[int, list[int]] = {}
    for n, event in enumerate(events):
        if event.timex:
            by_sentence.setdefault(event.sentence_start, []).append(n)
    out = list(events)
    drop: set[int] = set()
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        ends = [n for n in members if _PERIOD_ENDED.search(
            text[max(events[n].sentence_start, events[n].timex_start - 40):events[n].timex_start])]
        keep = [n for n in members if n not in ends]
        if not ends or not keep:
            continue
        first = keep[0]
        named = ", ".join(events[n].timex for n in ends)
        out[first] = replace(out[first], derivation=f"{out[first].derivation}; for the period ended {named}")
        drop.update(ends)
    return [e for n, e in enumerate(out) if n not in drop]
