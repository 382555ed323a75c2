"""A happening told again in other words, known by a name the two tellings share: "Mara Quell died on
Sunday" then "Quell died after a long illness"; "Police arrest Ilse Varga" then "Varga is detained";
"Professor Ada Lind has died" then "She died on 2 January".

A title is read as its subject's names, its verb and its voice (:func:`_told_as`), and two tellings
are one happening when the same verb (or one a reader takes for it) is told of the same name. The
undated (or only falsely dated, :func:`perfect_with_past_date`) telling joins the dated one's
``mentions``. Retellings with no name in common are :mod:`explorer.events.unnamed_retellings`'.
"""

from __future__ import annotations


import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from explorer.auxiliaries import BE_FORMS, HAVE_FORMS
from explorer.events.trailing_time_clauses import TIME_CLAUSE_ACT
from explorer.events.happening_nouns import ACTIVE, NOMINAL_VERBS, PASSIVE
from explorer.events.record import Event, told_again
from explorer.events.repeats import BARE_SPEECH, WORD, told_undated
from explorer.events.retold_by_date import TRIED, clause_of

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
        m = _PERFECT_TITLE.match(event.title) if told_undated(event) else None
        if m is None:
            continue
        last, stem = m.group(1).split()[-1].lower(), _stem(m.group(2))
        for j, other in enumerate(events):
            if j == i or j in drop or not other.timex:
                continue
            words = WORD.findall(other.title)
            at = next((k for k, w in enumerate(words) if w[:1].islower()), None)
            if at is None or at == 0 or _stem(words[at]) != stem:
                continue
            subject = words[at - 1].lower()
            if subject == last or (at == 1 and subject in _PRONOUNS):
                told = (event.sentence_start, event.sentence_end)
                out[j] = told_again(out[j], told, ", undated")
                drop.add(i)
                break
    # (and the act of a time clause after a retold sentence's main clause: "Dorr quit after councillors
    # backed a motion of no confidence", retelling "Dorr resigned on Monday after a row …", tells the
    # happening's why again, not a happening of the story's own; see trailing_time_clauses)
    retold = {events[i].sentence_start for i in drop}
    drop.update(n for n, e in enumerate(events) if e.sentence_start in retold and e.derivation.startswith(TIME_CLAUSE_ACT))
    return [e for n, e in enumerate(out) if n not in drop]


#: Words between a title's subject and its verb that are not the verb: auxiliaries and adverbs.
_AUXILIARIES = BE_FORMS | HAVE_FORMS | {"will", "would"} | frozenset(
    "also later then all both again reportedly allegedly himself herself itself themselves".split())
_BE = BE_FORMS
_ARTICLES = frozenset("the a an his her its their".split())
_ASIDE = re.compile(r",[^,]*,")
_LINKS = frozenset("in of at from for and on".split())
#: Verbs a reader takes as one happening told in other words; the first is the one compared. Each
#: pair names one act whatever the sentence ("quit" is "resigned", "was jailed" is "was sentenced",
#: "bought" is "acquired"); a verb with other common senses ("fire", "pass", "name", "step", "hold") is
#: left out, as "fired a shot" or "named after" are no dismissal or appointment; so are killings,
#: which a war's history tells of many under one name ("opponents of Harl were killed" is not Harl's
#: assassination). Irregular forms are listed as they are written.
_SAME_HAPPENING = {
    "detain": "arrest", "apprehend": "arrest", "deport": "expel",
    "quit": "resign", "quits": "resign",
    "sack": "dismiss", "oust": "dismiss",
    "buy": "acquire", "bought": "acquire", "buys": "acquire", "purchase": "acquire",
    "wed": "marry", "weds": "marry", "wedded": "marry",
    "jail": "sentence", "imprison": "sentence",
    "free": "release", "frees": "release", "freed": "release",
    "shut": "close", "shuts": "close",
    "flee": "escape", "fled": "escape", "flees": "escape",
    "indict": "charge",
}


def bases_of_verb(verb: str) -> set[str]:
    """The forms a verb of a title may have come from ("dies", "died" → "die"; "arrested" → "arrest")."""
    verb = verb.lower()
    forms = {verb}
    for ending, into in (("ies", "y"), ("ied", "y"), ("ies", "ie"), ("ied", "ie"), ("es", ""), ("ed", ""),
                         ("s", ""), ("d", "")):
        if verb.endswith(ending) and len(verb) - len(ending) + len(into) >= 3:
            forms.add(verb[: len(verb) - len(ending)] + into)
    return {_SAME_HAPPENING.get(f, f) for f in forms}


def _told_as(event: Event) -> tuple[tuple[str, ...], str, bool, tuple[str, ...]] | None:
    """(names of the subject, verb, passive?, capitalised words after the verb) of a title "The
    novelist Mara Quell dies at her home", "Brenner is detained", "Police arrest Ilse Varga"; None
    when the title does not name a subject before its verb."""
    return _title_told_as(event.title)


#: A title that names a happening by its noun and whom it befell, after the preposition that opened its
#: sentence: "With the capture of Hussein", "Shortly after the death of Lind", "The resignation of Tojo".
#: (A title with a verb of its own, "Police confirm the death of Lind", is read as that verb's.)
_NOMINAL_TITLE = re.compile(r"^(?:(?:[A-Za-z]+ly|[Ss]oon|[Jj]ust|[Ll]ong)\s+)?"
                            r"(?:(?i:with|after|following|since|upon|on|before|until|at)\s+)?"
                            r"(?i:the)\s+([a-z]+)\s+of\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")


def _nominal_told_as(title: str) -> tuple[tuple[str, ...], str, bool, tuple[str, ...]] | None:
    """A nominal title (:data:`_NOMINAL_TITLE`) read as the verb its noun stands for, told of the name after
    "of" (the nouns and verbs of :mod:`explorer.events.happening_nouns`): "the capture of Hussein" is
    "Hussein is captured", "the death of Lind" is "Lind dies". ("the invasion of Poland" names what was
    invaded, not who invaded, and is not read.)"""
    m = _NOMINAL_TITLE.match(title)
    if m is None:
        return None
    noun, names = m.group(1), tuple(m.group(2).split())
    if noun in PASSIVE:
        return names, PASSIVE[noun], True, ()
    if NOMINAL_VERBS.get(noun, "").startswith("is "):
        return names, NOMINAL_VERBS[noun].split()[-1], True, ()
    if noun in ACTIVE and noun != "invasion" and " " not in ACTIVE[noun]:
        return names, ACTIVE[noun], False, ()
    return None


@lru_cache(maxsize=4096)  # each title is read against every other telling of its names
def _title_told_as(title: str) -> tuple[tuple[str, ...], str, bool, tuple[str, ...]] | None:
    nominal = _nominal_told_as(title.rstrip("…").strip())
    if nominal is not None:
        return nominal
    # an aside is set aside: "Kell, Amsel and Vos, together with five aides, were arrested"
    words = WORD.findall(_ASIDE.sub("", title.rstrip("…")))
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
    return [w for w in WORD.findall(rest[: end.start() if end else len(rest)]) if w[:1].isupper()]


def _retells(undated: Event, dated: Event) -> bool:
    """``undated`` tells ``dated``'s happening again: the same verb (or one a reader takes for it) of
    the same person, named by a name both tellings share: as the subject of both, or as the subject of
    the passive and the object of the active ("Police arrest Ilse Varga" / "Varga is arrested"). Any
    other name the retelling gives must be in the dated telling's sentence: "Weber visits Tehran" is
    not "Weber visits Moscow"."""
    a, b = _told_as(undated), _told_as(dated)
    if a is None or not a[0] or a[1].lower() in BARE_SPEECH:  # two statements are two, as in merge_repeats
        return False
    if b is None or not (bases_of_verb(a[1]) & bases_of_verb(b[1])):
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
    bases = bases_of_verb(verb)
    clause = clause_of(dated)
    said = any(bases_of_verb(m.group(1)) & bases for m in re.finditer(
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


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


#: How far apart (in minutes) two clock times of one day may be and still date one happening ("21:55
#: Polls close in five minutes", "22:00 Polls have closed")
_SAME_MOMENT_MINUTES = 30


def _two_clock_times(a: Event, b: Event) -> bool:
    """Whether two tellings are dated by clock times of a day more than half an hour apart: two moments
    of a timeline or a log ("14:05 - Error rates climb", "16:40 - Error rates return to normal"), not
    one happening told again (a retelling gives its day, or no date, or the same moment)."""
    if not (_CLOCK_VALUE.fullmatch(a.value or "") and _CLOCK_VALUE.fullmatch(b.value or "")):
        return False
    return abs(_minutes(a.value) - _minutes(b.value)) > _SAME_MOMENT_MINUTES


def _minutes(value: str) -> int:
    """Minutes from the calendar's start to a clock value ("2026-05-07T24:00" is the day's end)."""
    day = date.fromisoformat(value[:10])
    return day.toordinal() * 1440 + int(value[11:13]) * 60 + int(value[14:16])


def _same_day_retold(later: Event, first: Event) -> bool:
    """``later`` tells ``first`` again on the same day ("after Hurricane Lorna made landfall on Thursday
    afternoon", then "Lorna made landfall on Thursday near Puerto Alto"): the same verb of the same
    subject, in the same voice, and titles that do not name two different places or people after the
    verb ("Weber visits Moscow" and "Weber visits Minsk" the same day are two visits)."""
    day = _day_of(later)
    if day is None or day != _day_of(first):
        return False
    a, b = _told_as(later), _told_as(first)
    if a is None or b is None or not a[0] or not b[0] or a[1].lower() in BARE_SPEECH or a[2] != b[2]:
        return False
    if a[0][-1] != b[0][-1] or not (bases_of_verb(a[1]) & bases_of_verb(b[1])):
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
            for word in {w for w in WORD.findall(f"{other.title} {other.sentence}") if w[:1].isupper()}:
                naming.setdefault(word, []).append(j)
    for i, event in enumerate(events):
        past_perfect_date = not told_undated(event) and perfect_with_past_date(event, doc_date)
        undated = told_undated(event) or past_perfect_date
        told_as = _told_as(event)
        if (not undated and _day_of(event) is None) or told_as is None or not told_as[0]:
            continue
        # every kind of retelling shares a name with the telling it retells: its subject's last name,
        # or (a passive retold as an active) a name after its verb; only those tellings are read
        candidates = sorted({j for w in (told_as[0][-1], *told_as[3]) for j in naming.get(w, ())[:TRIED]})
        for j in candidates:
            other = events[j]
            if j == i or j in drop or other.sentence_start == event.sentence_start:
                continue
            if _two_clock_times(event, other):
                continue  # "14:05 - Error rates climb", "16:40 - Error rates return to normal": two moments
            if past_perfect_date and not told_after(other, event):
                continue  # "Brun, who resigned as minister in 2015, has resigned from parliament" is not that 2015 resignation
            if _retells(event, other) if undated else (j < i and _same_day_retold(event, other)):
                told = (event.sentence_start, event.sentence_end)
                out[j] = told_again(out[j], told, ", undated" if undated else f" as {event.timex}", out[i].mentions)
                drop.add(i)
                break
    # (and the act of a time clause after a retold sentence's main clause: "Dorr quit after councillors
    # backed a motion of no confidence", retelling "Dorr resigned on Monday after a row …", tells the
    # happening's why again, not a happening of the story's own; see trailing_time_clauses)
    retold = {events[i].sentence_start for i in drop}
    drop.update(n for n, e in enumerate(events) if e.sentence_start in retold and e.derivation.startswith(TIME_CLAUSE_ACT))
    return [e for n, e in enumerate(out) if n not in drop]
