"""A happening retold of "the suspect" or of "she", with no name, is one event with its dated telling.

News often names no one: "A suspect was taken into police custody on Thursday …" and, further down,
"The suspect, a man in his thirties, was detained without resistance". The retellings that
``named_retellings.fold_retellings`` folds are found by a name the two tellings share; here there is no name,
only a common noun, brought in with "a" (or "the") and referred back to with "the". An undated
telling whose subject is such a definite description ("The suspect is detained") joins the one dated
telling before it that gives the same noun ("a suspect", "the suspect") with the same verb (or one a
reader takes for it: detained, taken into custody, arrested) as one of its ``mentions``. A lede's
"A suspect has been arrested …" joins the one dated telling of "the suspect", before or after it; a
present perfect dated before the document's day counts as undated here (the date is another clause's:
"… in connection with the shooting … Wednesday night"), and joins only a later date.

A pronoun does the same with a name: "Tomas Brenner was arrested on Thursday …", then "He was
arrested at his home shortly after dawn". An undated telling whose subject is "he", "she", "they" or
"it" joins the nearest telling before it of the same verb when that one is dated, near, with no
sentence opening on another name between, and, for "he" and "she", when the text does not say its
subject is of the other sex (``gender.fits``, and the sentence's "his"/"her").

It stays apart when the dated tellings that fit are more than one (which suspect?) or one of
"another suspect"; when it names a place, or a thing done, that the dated telling does not ("The
suspect is arrested in Porto", "They launch the Tet Offensive"); when it has a date of its own or says
it is another time ("again", "a second time"); and, for a pronoun, when an undated telling of the same
verb comes between ("His aide was also arrested. He was arrested at home": which one?). Nothing here
knows any particular noun, name or date.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from explorer.events.gender import fits
from explorer.events.record import Event, told_again
from explorer.events.named_retellings import bases_of_verb, perfect_with_past_date, told_after
from explorer.events.repeats import told_undated

#: "The suspect is detained", "The 15-year-old suspect was later arrested", "A bridge has collapsed":
#: the article, at most two modifiers, the head noun, auxiliaries, the verb.
_DEFINITE_SUBJECT = re.compile(
    r"^(?P<article>The|A|An)\s+(?:(?!(?:of|in|on|at|to|for|from|with|by|as|and|or|the|a|an)\b)[a-z0-9][\w-]*\s+){0,2}?"
    r"(?P<head>(?!(?:of|in|on|at|to|for|from|with|by|as|and|or|the|a|an)\b)[a-z][a-z-]{2,})\s+"
    r"(?:(?:is|are|was|were|has|have|had|been|being|also|later|then|eventually|finally)\s+)*(?P<verb>[a-z]{3,})\b")
#: Words that are no verb of a happening after a definite subject ("The suspect says", "The company's").
_NOT_HAPPENING = frozenset("says say said tells told adds added notes noted writes wrote is are was were "
                           "has have had been being and or of in on at to for from with by as that who which".split())
#: Into custody or in custody: an arrest told in other words.
_CUSTODY = re.compile(r"\b(?:tak(?:e|es|en|ing)|took|placed?|put|is|are|was|were|remains?)\s+"
                      r"(?:[\w,]+\s+){0,4}?(?:into|in)\s+(?:police\s+)?custody\b", re.IGNORECASE)
#: "He is arrested at his home", "She dies", "They were detained": a pronoun, auxiliaries, the verb.
_PRONOUN_SUBJECT = re.compile(
    r"^(?P<pronoun>He|She|They|It)\s+(?:(?:is|are|was|were|has|have|had|been|being|also|later|then|eventually|finally)\s+)*"
    r"(?P<verb>[a-z]{3,})\b")
#: A retelling that says it is another time: "was arrested again", "a second time", "once more".
_AGAIN = re.compile(r"\b(?:again|once\s+more|anew|(?:a|the|for\s+the)\s+(?:second|third|fourth|fifth|\w+th)\s+time)\b",
                    re.IGNORECASE)
#: "another suspect", "a second suspect": someone else than the one told before.
_ANOTHER = r"\b(?:another|other|second|third|fourth|further|more)\s+(?:[\w-]+\s+){0,2}?"
_ASIDE = re.compile(r",[^,]*,")
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)
def definite_telling(title: str) -> tuple[str, str, frozenset[str]] | None:
    """(article, head noun, the verb's bases) of a title whose subject is a description with no name
    ("The suspect is detained", "A bridge has collapsed"), else None."""
    m = _DEFINITE_SUBJECT.match(_ASIDE.sub("", title))
    if m is None or m.group("verb") in _NOT_HAPPENING or m.group("head") in _NOT_HAPPENING:
        return None
    bases = set(bases_of_verb(m.group("verb")))
    if _CUSTODY.search(title):
        bases.add("arrest")
    return m.group("article").lower(), m.group("head"), frozenset(bases)


def _verbs_of(event: Event) -> set[str]:
    """Bases of every lowercase word of the event's title (any of them may be its verb), an arrest if
    the title or its sentence tells of custody (a title may stop short: "Police take the suspect")."""
    out: set[str] = set()
    for word in _WORD.findall(event.title):
        if word[:1].islower():
            out |= bases_of_verb(word)
    if _CUSTODY.search(event.title) or _CUSTODY.search(event.sentence):
        out.add("arrest")
    return out


def _gives_noun(title: str, head: str) -> bool:
    """The title tells of ``head``: "a suspect", "the suspect", "another suspect", "an unnamed suspect"."""
    return re.search(rf"\b{re.escape(head)}\b", title, re.IGNORECASE) is not None


#: Capitalised words that name days and months, not people or places.
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())
_CLAUSE_END = re.compile(r"[,;:.!?—–]")


#: A name right after one of these says where or by whom: "in Porto", "near Lyon", "by Interpol".
_PLACING = re.compile(r"\b(?:in|at|near|outside|inside|from|to|across|by)\s+(?:the\s+)?([A-Z][\w’'-]*)")


def _names_after_subject(sentence: str) -> list[str]:
    """The places (and agents) the sentence's first clause gives, asides set aside: capitalised words
    right after "in", "at", "near", "by" … ("The suspect was arrested in Porto" → ["Porto"]; "in
    connection with the shooting of a Detroit officer" names no place of the arrest)."""
    clause = _CLAUSE_END.split(_ASIDE.sub("", sentence), maxsplit=1)[0]
    return [w for w in _PLACING.findall(clause) if w.lower() not in _CALENDAR]


@lru_cache(maxsize=4096)
def _pronoun_telling(title: str) -> tuple[str, frozenset[str]] | None:
    """(pronoun, the verb's bases) of a title whose subject is a personal pronoun, else None."""
    m = _PRONOUN_SUBJECT.match(_ASIDE.sub("", title))
    if m is None or m.group("verb") in _NOT_HAPPENING:
        return None
    bases = set(bases_of_verb(m.group("verb")))
    if _CUSTODY.search(title):
        bases.add("arrest")
    return m.group("pronoun").lower(), frozenset(bases)


#: How many titles may give a noun before a retelling of it is left alone: so many tellings make it
#: ambiguous, and a long text must not be read once per retelling (extraction stays linear in the text).
_TRIED = 8


def _described_antecedent(events: Sequence[Event], i: int, article: str, head: str, bases: frozenset[str],
                          drop: set[int], telling: dict[str, list[int]]) -> int | None:
    """The one dated telling that gives ``head`` with one of ``bases``: before ``events[i]`` when that
    says "the <head>" (it refers back); before or after when it says "a <head>" (a lede announces
    what the body dates: "A bridge has collapsed", then "The bridge collapsed on Tuesday"), and then
    the dated one must say "the <head>". None when there are more than one, or when it is "another
    <head>". ``telling``: the events whose titles give each lowercase word, in order."""
    event = events[i]
    named = telling.get(head, [])
    if len(named) > _TRIED:
        return None  # told of that noun many times: which one?
    reach = [j for j in named if j < i] if article == "the" else [j for j in named if j != i]
    found = [j for j in reach if j not in drop and events[j].timex and not told_undated(events[j])
             and events[j].sentence_start != event.sentence_start
             and _gives_noun(events[j].title, head) and bases & _verbs_of(events[j])]
    if len(found) != 1:
        return None  # none, or more than one it may retell
    title = events[found[0]].title
    if re.search(_ANOTHER + re.escape(head) + r"\b", title, re.IGNORECASE):
        return None
    if article != "the" and not re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\b", title, re.IGNORECASE):
        return None
    return found[0]


#: How far back a pronoun's antecedent may be told (characters).
PRONOUN_REACH = 1200
#: Words that open a sentence without bringing in someone new.
_OPENERS = frozenset("the a an he she it they his her its their this that these those there in on at after before "
                     "when while but and as by for from with during later then since until so yet".split())
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?][\"”’)]?\s+)([A-Z][\w’'-]*)")


def _someone_else_between(between: str, subject: str) -> bool:
    """Whether a sentence of ``between`` opens with a name that is not ``subject``'s ("Huerta did not
    survive …" between "Juárez died in 1872" and "He died"): the pronoun may be that one."""
    own = {w.lower() for w in subject.split()}
    return any(w.lower() not in _OPENERS and w.lower() not in own for w in _SENTENCE_START.findall(between))


def _object_names(title: str, bases: frozenset[str]) -> list[str]:
    """Capitalised words of the title's object, right after its verb and before any preposition: what
    was done ("They launch the surprise Tet Offensive" → ["Tet", "Offensive"])."""
    words = _WORD.findall(title)
    at = next((k for k, w in enumerate(words) if bases_of_verb(w) & bases), None)
    if at is None:
        return []
    out = []
    for word in words[at + 1:]:
        if word.lower() in ("in", "on", "at", "to", "for", "from", "with", "by", "after", "before", "as", "of", "near"):
            break
        if word[:1].isupper():
            out.append(word)
    return out


#: Words after a verb that tell no more of what was done: articles, adverbs of degree or time.
_EMPTY_AFTER_VERB = frozenset("a an the only also too just then later finally again still even once there here it him her "
                              "them his its their".split())


def _object_words(title: str, bases: frozenset[str]) -> list[str]:
    """The words of the title after its verb, but for the empty ones (:data:`_EMPTY_AFTER_VERB`,
    adverbs in -ly): what was done and to what ("They take control only" → ["control"])."""
    words = _WORD.findall(title)
    at = next((k for k, w in enumerate(words) if bases_of_verb(w) & bases), None)
    if at is None:
        return []
    return [w for w in words[at + 1:] if w.lower() not in _EMPTY_AFTER_VERB and not w.lower().endswith("ly")]


def _told_in(words: list[str], sentence: str) -> bool:
    """Whether each of ``words`` is a word of ``sentence`` (case aside)."""
    told = {w.lower() for w in _WORD.findall(sentence)}
    return all(w.lower() in told for w in words)


#: A verb's particle, which makes a verb of its own: "take over", "set up", "break down".
_PARTICLES = frozenset("over off up out down back away".split())


def _particle_after(title: str, bases: frozenset[str]) -> str | None:
    """The particle right after the title's first word of one of ``bases`` ("Morwen takes over as acting
    head" -> "over"), or None (no such word, or no particle after it)."""
    words = _WORD.findall(title)
    at = next((k for k, w in enumerate(words) if w[:1].islower() and bases_of_verb(w) & bases), None)
    if at is None or at + 1 >= len(words):
        return None
    return words[at + 1].lower() if words[at + 1].lower() in _PARTICLES else None


def _pronoun_antecedent(before: str, events: Sequence[Event], i: int, pronoun: str, bases: frozenset[str],
                        drop: set[int]) -> int | None:
    """The nearest telling before ``events[i]`` of one of ``bases``, when it is dated and its subject
    may be ``pronoun`` as far as the text ``before`` the pronoun's sentence tells (the pronoun itself
    must not decide its antecedent's sex)."""
    event = events[i]
    for j in range(i - 1, -1, -1):
        other = events[j]
        if event.sentence_start - other.sentence_end > PRONOUN_REACH:
            return None  # far back: the pronoun is someone's nearer by
        if other.sentence_start == event.sentence_start or not bases & _verbs_of(other) or \
                _particle_after(other.title, bases) != _particle_after(event.title, bases):
            continue  # (another verb: "takes over as acting head" is no telling of "take control")
        if j in drop or told_undated(other):
            return None  # the nearest telling of that verb is another undated one: which is it?
        if pronoun in ("he", "she"):
            subject = _subject_name(other.title)
            if subject is None or not fits(subject, pronoun, before) or _other_possessive(other.sentence, pronoun):
                return None
            if _someone_else_between(before[other.sentence_end:], subject):
                return None
        return j
    return None


def _other_possessive(sentence: str, pronoun: str) -> bool:
    """The sentence speaks of its person with the other sex's possessive only ("Ines Valk was arrested
    on Thursday, her lawyer said" is no antecedent of "he")."""
    his, her = re.search(r"\bhis\b", sentence, re.IGNORECASE), re.search(r"\bher\b", sentence, re.IGNORECASE)
    return bool(her and not his) if pronoun == "he" else bool(his and not her)


def _subject_name(title: str) -> str | None:
    """The first run of capitalised words of a title ("The painter Ines Valk dies" → "Ines Valk"), if any."""
    names: list[str] = []
    for word in _WORD.findall(title):
        if word[:1].isupper() and word.lower() not in ("the", "a", "an"):
            names.append(word)
        elif names:
            break
    return " ".join(names) or None


def fold_unnamed_retellings(text: str, events: Sequence[Event], doc_date: date | None = None) -> list[Event]:
    """``events`` of one document with each undated telling of "the <noun> <verb>", "a <noun> <verb>"
    or "<pronoun> <verb>" folded into the dated telling it retells (see the module's docstring). A
    present perfect dated before the document's day (``doc_date``; see
    ``named_retellings.perfect_with_past_date``) counts as undated, and folds only into a later date."""
    out = list(events)
    drop: set[int] = set()
    telling: dict[str, list[int]] = {}
    for n, event in enumerate(events):
        for word in dict.fromkeys(w.lower() for w in _WORD.findall(event.title)):
            telling.setdefault(word, []).append(n)
    for i, event in enumerate(events):
        perfect = not told_undated(event) and perfect_with_past_date(event, doc_date)
        definite = definite_telling(event.title)
        pronoun = None if definite else _pronoun_telling(event.title)
        # a pronoun's telling dated the very day its antecedent is ("Administrators took control of the
        # firm on Monday", then "… though they took control only on Monday"): the same happening again
        same_day = not (told_undated(event) or perfect) and pronoun is not None and event.begin is not None
        if not (told_undated(event) or perfect or same_day) or _AGAIN.search(event.sentence):
            continue
        if definite is not None:
            article, head, bases = definite
            j = _described_antecedent(events, i, article, head, bases, drop, telling)
            how = f"of the {head}"
        elif pronoun is not None:
            said, bases = pronoun
            j = _pronoun_antecedent(text[:event.sentence_start], events, i, said, bases, drop)
            how = f"as {said!r}"
        else:
            continue
        if j is None or (perfect and not told_after(events[j], event)):
            continue
        if same_day and ((events[j].begin, events[j].end) != (event.begin, event.end)
                         or not _told_in(_object_words(event.title, bases), events[j].sentence)):
            continue  # dated another day, or done to another thing ("they arrested a third man"): another happening
        dated_sentence = events[j].sentence.lower()
        if not all(w.lower() in dated_sentence for w in _names_after_subject(event.sentence) + _object_names(event.title, bases)):
            continue  # it names a place or a thing done that the dated telling does not
        here = (event.sentence_start, event.sentence_end)
        out[j] = told_again(out[j], here, f", undated, {how}", out[i].mentions)
        drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]
