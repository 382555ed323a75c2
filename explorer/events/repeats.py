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

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.happening_nouns import ACTIVE, HELD_OR_BEFALLING, NEWS_NOUNS, NOMINAL_VERBS, OCCURRENCE_NOUNS, PASSIVE
from explorer.events.record import Event
from explorer.events.noun_number import singular_in_s
from explorer.events.tense import PARTICIPLES, present_of

BARE_SPEECH = frozenset("says say said tells told adds added notes noted writes wrote".split())
WORD = re.compile(r"[\w’'-]+")


def happening_key(event: Event) -> tuple | None:
    """(subject's last name, predicate) of a title "Subject Name predicate …", or None when the title
    does not start with a capitalised subject."""
    split = _subject_and_predicate(event.title)
    if split is None:
        return None
    subject, predicate = split
    return (subject[-1].lower(), " ".join(w.lower() for w in predicate))


def _subject_and_predicate(title: str) -> tuple[list[str], list[str]] | None:
    words = WORD.findall(title.rstrip("…"))
    subject: list[str] = []
    for word in words:
        if word[:1].isupper():
            subject.append(word)
            continue
        break
    predicate = words[len(subject):]
    if not subject or not predicate or (len(predicate) == 1 and predicate[0].lower() in BARE_SPEECH):
        return None  # "X says" twice is two statements as far as the title can tell
    return subject, predicate


#: Words a title's predicate may hold or lack without telling another happening: articles,
#: prepositions, auxiliaries, conjunctions and adverbs of sequence.
_FILLER = frozenset(
    "a an the of on in at to for with from by into onto upon over and or but as is are was were be been being "
    "has have had its his her their this that these those too well still just formally officially".split())
#: Words that tell a happening is one more of its kind, or one told after another: such a telling is
#: never merged with one lacking them ("Ilves is later elected" is another election than "Ilves is
#: elected to the council").
_ANOTHER = frozenset("again another second third fourth fifth new fresh renewed more twice once later then also "
                     "soon finally eventually subsequently".split())
#: What befalls one only once, told by its bare verb too: "Tessa Morvane is born", "Edwin Carrow has died".
_ONCE_IN_A_LIFE = frozenset(("born", "die"))
#: A title's capitalised opening that is only an article: its subject is a description.
_ARTICLES = frozenset(("the", "a", "an"))
#: Verbs of saying a title may open with: two statements merge only when they say the very same words.
_SPEECH = frozenset("say tell add note write claim announce state report insist warn deny".split())


def lemma(word: str) -> str:
    """A word with its tense, number and possessive taken off, crudely but the same way for every form:
    "captured", "capture" and "captures" agree, so do "burnt" and "burns", "raids" and "raid"."""
    low = re.sub(r"[’']s?$", "", word.lower())
    third = present_of(low) or PARTICIPLES.get(low) or low
    if third.endswith("ies") and len(third) > 4:
        return third[:-3] + "y"
    if third.endswith("s") and not third.endswith(("ss", "us", "is")) and len(third) > 3:
        third = third[:-1]
    return third[:-1] if third.endswith("e") and len(third) > 3 else third


def _telling(event: Event) -> tuple[str, tuple[str, ...]] | None:
    """(the subject's last word, the predicate's lemmas less its filler words) of the event's title,
    or None when the title is no "Subject predicate" or a bare statement."""
    split = _subject_and_predicate(event.title)
    if split is None:
        return None
    subject, predicate = split
    lemmas = tuple(lemma(w) for w in predicate if w.lower() not in _FILLER)
    return (lemma(subject[-1]), lemmas) if lemmas else None


def _tell_the_same(a: tuple[str, ...], b: tuple[str, ...], named: bool = True) -> bool:
    """Whether two predicates (lemmas, same subject, same first word) tell one happening: the words of
    one, the verb and more, are all in the other ("march on, captured," and "march on, capture, and burn
    Sardis"; "votes on the bill" and "votes on the budget bill"), neither tells it is one more ("again", "a second"), and a statement
    says exactly what the other says. ``named``: the subject is a name, not a description opened by
    an article, whose lemmas must then agree word for word."""
    if a == b:
        return True
    if a[0] in _SPEECH or not named:
        return False  # (after "The", the first word is the subject's noun, and the rest may be read wrong
        # way round: "The battle lasts" is no retelling of "The battle becomes the last major battle")
    small, large = sorted((set(a), set(b)), key=len)
    # (a bare verb tells too little to be told again: "Ada Brun has resigned" is not her resigning as
    # minister years before)
    return (len(small) > 1 or small <= _ONCE_IN_A_LIFE) and small <= large and not (large - small) & _ANOTHER


def told_undated(event: Event) -> bool:
    """No date expression of its own: undated, or only bounded by its dated neighbours (inferred)."""
    return not event.timex and (event.begin is None or event.certainty != "exact")


def _same_time(a: Event, b: Event) -> bool:
    """Equal dates, or one telling with no date expression (it does not contradict the other)."""
    if told_undated(a) or told_undated(b):
        return True
    if a.begin is None or b.begin is None:
        return a.begin is None and b.begin is None and a.value == b.value and a.value != ""
    return (a.begin, a.end) == (b.begin, b.end)




#: A title opening with a happening's noun as its subject: "The raid lasts six hours", "Its seizure cuts
#: the city off".
_NOUN_SUBJECT = re.compile(r"(?:The|This|That|Its|Their|His|Her)\s+([a-z]{3,}(?:s)?)\s+[a-z]")
#: Nouns that name a happening done by someone (a raid, a seizure, a resignation), not a doer or a thing.
_HAPPENING_NOUNS = frozenset({*NEWS_NOUNS, *HELD_OR_BEFALLING, *OCCURRENCE_NOUNS, *NOMINAL_VERBS, "seizure",
                              "demise", "takeover", "sale", "purchase", "acquisition", "evacuation", "rescue"})
#: A noun's endings and the verb's stems they may stand for: "seizure" seize, "resignation" resign,
#: "evacuation" evacuate, "arrival" arrive, "appointment" appoint, "sinking" sink.
_NOUN_ENDINGS = (("ation", ("", "ate", "e")), ("ition", ("", "e")), ("ion", ("", "e")), ("ure", ("", "e")),
                 ("al", ("", "e")), ("ment", ("",)), ("ing", ("", "e")))


def _singular(noun: str) -> str:
    """A happening's noun in the singular ("raids" -> "raid"; "process", "census" and "series" kept)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us")) and not singular_in_s(noun) else noun


def _verb_stems(single: str) -> set[str]:
    """The lemmas of the verbs a happening's noun (``single``, in the singular) may name: its own ("raid",
    "vote", "attack"), its headline verb's ("demise": die) and the ones its ending takes off."""
    stems = {lemma(single)}
    for table in (ACTIVE, NOMINAL_VERBS):
        if single in table:
            stems.add(lemma(table[single].split()[-1] if table[single].startswith("is ") else table[single].split()[0]))
    if single in PASSIVE:
        stems.add(lemma(PASSIVE[single]))
    for ending, bases in _NOUN_ENDINGS:
        if single.endswith(ending) and len(single) - len(ending) >= 3:
            stems |= {lemma(single[:-len(ending)] + base) for base in bases}
    return stems


def _names_its_happening(event: Event, telling: tuple[str, tuple[str, ...]] | None) -> set[str]:
    """The verb lemmas the subject of an undated title like "The raid lasts six hours" may name, or none."""
    match = _NOUN_SUBJECT.match(event.title)
    if match is None or not told_undated(event) or telling is None:
        return set()
    noun = match.group(1)
    single = _singular(noun)
    if single not in _HAPPENING_NOUNS and noun not in _HAPPENING_NOUNS:
        return set()  # "The council rejects his terms", "The battalion rests": a doer, not a happening
    return _verb_stems(single)


def _told_by(lemmas: tuple[str, ...], subject: str, stems: set[str]) -> bool:
    """Whether a title's predicate (``lemmas`` after ``subject``) has one of ``stems`` for its verb: its
    first word after a name ("Police raid …"), its second or third after "The" ("The ministry raids …")."""
    places = lemmas[1:3] if subject in ("the", "a", "an") else lemmas[:1]
    return bool(stems & set(places))


def _one_sentence(a: Event, b: Event) -> bool:
    """Whether two events are told in one sentence (or in an entry holding the other's sentence)."""
    return a.sentence_start < b.sentence_end and b.sentence_start < a.sentence_end


def _runs_on_from(a: Event, b: Event) -> bool:
    """Whether, of two tellings in one sentence, one with no date expression is titled by the words the
    other's title opens with, up to a comma: "Tessaly reaches its survey station" beside the entry's
    dated "Tessaly reaches its survey station, 20 km above the surface" (one act read by two rules; an
    act joined to another by "and" is titled by its own verb, never by the first act's words)."""
    short, long = sorted((a, b), key=lambda e: len(e.title))
    return _one_sentence(a, b) and told_undated(short) and not told_undated(long) and long.title.startswith(short.title.rstrip("…") + ",")


#: A state told by a perfect passive "since" the date: "Recruitment has been frozen since January", "The
#: bridge had been closed since Monday". (The participle, ``part``, is matched just before the date.)
_STATE_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:[a-z]+ly\s+)?(?P<part>[a-z]+)\s+since\s+(?:the\s+)?$", re.IGNORECASE)


def _restated_act(event: Event, telling: tuple[str, tuple[str, ...]] | None, out: Sequence[Event],
                  tellings: Sequence[tuple[str, tuple[str, ...]] | None]) -> int | None:
    """Where in ``out`` the act is that a state "has been <participle> since <date>" restates: "The council
    froze recruitment in January. … Recruitment has been frozen since January" is one happening, the freeze,
    told twice (the second time as the state it left). The earlier act has the participle's verb, what the
    state's subject names among the words after that verb, and the same date; without such an act told
    before ("The bridge has been shut since Monday" alone), the state stays as it is."""
    if telling is None or not event.timex or event.begin is None:
        return None
    before = event.sentence[: max(0, event.timex_start - event.sentence_start)]
    m = _STATE_SINCE.search(before)
    if m is None:
        return None
    # (the state's subject: its capitalised last word, or after "The" the noun that follows it)
    verb, thing = lemma(m.group("part")), telling[1][0] if telling[0] in _ARTICLES else telling[0]
    for i in range(len(out) - 1, -1, -1):
        told, earlier = tellings[i], out[i]
        if told is None or told_undated(earlier) or (earlier.begin, earlier.end) != (event.begin, event.end):
            continue
        words = told[1]
        at = next((k for k, w in enumerate(words[:3]) if w == verb), None)
        if at is not None and thing in words[at + 1:]:
            return i
    return None


def merge_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each repeated happening kept once: at its first telling, or at
    its first dated one when the first is undated. An undated title whose subject is the noun of a
    happening told before ("The raid lasts six hours" after "The ministry raids the offices") is a
    telling of it too."""
    kept: dict[tuple[str, str], list[int]] = {}  # (subject, first word) -> where in out
    out: list[Event] = []
    tellings: list[tuple[str, tuple[str, ...]] | None] = []  # _telling of out[i]
    others: dict[int, list[tuple[int, int]]] = {}  # the other tellings of out[i], joined once at the
    # end: joining them at each repeat copied them each time (quadratic in a long, repetitive text)
    for event in events:
        telling = _telling(event)
        key = (telling[0], telling[1][0]) if telling else None
        twin = next((i for i in kept.get(key, []) if _runs_on_from(out[i], event) or _tell_the_same(tellings[i][1], telling[1], telling[0] not in _ARTICLES)
                     and _same_time(out[i], event) and (not _one_sentence(out[i], event)
                                                        or happening_key(out[i]) == happening_key(event))),
                    None) if key else None
        # (two acts one sentence tells, "visits the valley and buys a jug", split by the rules that read
        # them, are two happenings unless their titles are the same words)
        if twin is None:
            twin = _restated_act(event, telling, out, tellings)
        if twin is None and (stems := _names_its_happening(event, telling)):
            twin = next((i for i in range(len(out) - 1, -1, -1) if (told := tellings[i]) is not None
                         and told[1] != telling[1] and _told_by(told[1], told[0], stems)), None)
        if twin is None:
            if key is not None:
                kept.setdefault(key, []).append(len(out))
            out.append(event)
            tellings.append(telling)
            continue
        first = out[twin]
        if first.begin is None and event.begin is not None or (first.begin is None) == (event.begin is None) \
                and bool(first.timex) == bool(event.timex) \
                and telling is not None and tellings[twin] is not None and len(set(telling[1])) > len(set(tellings[twin][1])) \
                and set(tellings[twin][1]) < set(telling[1]):
            # the first dated telling is the one kept, and of two tellings alike the fuller one ("Morvane
            # is born in the port of Keldvik" rather than the opening's "Tessa Morvane is born")
            (out[twin], tellings[twin]), other = (event, telling), first
        else:
            other = event
        others.setdefault(twin, []).extend([(other.sentence_start, other.sentence_end), *other.mentions])
    for i, places in others.items():
        keep = out[i]
        here = (keep.sentence_start, keep.sentence_end)
        told = list(dict.fromkeys(t for t in places if t != here))
        out[i] = replace(
            keep,
            derivation=keep.derivation + "".join(f"; also told at {s}-{e}" for s, e in told),
            mentions=tuple(sorted(set(told) | set(keep.mentions) - {here})),
        )
    return out
