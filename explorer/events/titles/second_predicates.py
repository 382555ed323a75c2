"""A title's second predicate, joined by "and" or "but", in the headline's present as its first is.

The headline tense puts a title's first verb in the present ("The town flooded" -> "The town floods")
and leaves the rest of the title as the sentence wrote it, so a title keeping a coordinated predicate
reads in two tenses: "The town floods and was soon evacuated", "The mill closes but within a year was
reopened", "The campaign fails and the plans were cancelled". A reader expects one tense throughout.
Only a predicate joined straight to the first (after "and"/"but", a few adverbs or a short subject of
its own) is turned; a past inside a told or subordinate clause ("says that prices had risen", "…,
who refused it") is the sentence's own time and stays.
"""

from __future__ import annotations

import re

from explorer.events.tense import PARTICIPLES, attributive_participle, joined_adjectives, joined_present, plural_present, present_of
from explorer.events.titles.words import DETERMINER_WORDS

#: Words that open a clause of its own, before which a title's "and" may join a told clause's parts
#: ("says that prices rose and wages fell"): a title holding one is left as it is.
_CLAUSE_OPENERS = frozenset(
    "that which who whom whose when where if because as after before until while since though although".split()
)
#: Words that may stand between "and" and a predicate sharing the title's subject: "and was soon …",
#: "but then lost …", "and later became …".
_ADVERBS = frozenset("then soon later also never eventually finally quickly again still subsequently".split())
#: Prepositions opening a phrase of time or place between "but" and a shared predicate: "but within
#: days was repulsed".
_PREPOSITIONS = frozenset("within in on by after before during at for over".split())
#: A listed past after a comma, not a participle describing what was just told ("dies, aged 84",
#: "resigns, surrounded by …", "arrives, creased and stained").
_LISTED_PAST = re.compile(r"(?!(?:aged|based|named|called|dubbed|known|nicknamed|titled|entitled|headed|owned|backed|"
                          r"armed|dressed|priced|paid|bound|marked|led|made|built|surrounded|flanked|accompanied|"
                          r"creased|stained|wounded|injured|unharmed|unopposed|unchallenged)$)[a-z]{3,}")
#: How many words may stand between "and"/"but" and the second predicate's verb.
_REACH = 4
_BE = {"was": ("is", "are"), "were": ("are", "are")}
_PRESENT_AUX = frozenset("is are has have".split())


def _past_after(words: list[str]) -> int | None:
    """Where the past verb of the predicate opening ``words`` is (after at most ``_REACH`` words of
    adverbs, a phrase of time or a short subject), or None."""
    for i, word in enumerate(words[: _REACH + 1]):
        if not word.isalpha() or not word.islower() or word in _CLAUSE_OPENERS or word in ("had", "has", "have", "to"):
            return None  # punctuation, a name or a clause of its own before any past: not a predicate we turn
        if word in _BE or present_of(word) is not None and i == 0 or present_of(word) is not None \
                and all(w in _ADVERBS for w in words[:i]):
            return i
    return None


def _turned_present(head: list[str], sentence: str) -> tuple[str, bool] | None:
    """The title's first predicate's verb when the headline tense put it in the present (the sentence
    holds the past it came from: "floods" of "flooded", "is" of "was"), and whether it is a plural's
    ("attack" of "attacked", "are" of "were"), else None: a title whose sentence is in the present
    keeps the past it tells after "and" ("The trust runs four museums and received 310,000 visitors
    last year"). The headline tense chose the verb's number from the subject; reading it back off the
    verb is the one reading of the subject there is, where guessing again from the subject's words took
    "always" or "news" for a singular's present ("Residents always complain and is ignored")."""
    words = re.findall(r"[a-z]+", sentence)
    thirds = {present_of(w) or PARTICIPLES.get(w) for w in words} - {None}
    plurals = {plural_present(third) for third in thirds} - thirds  # "The Falcons win" of "won"
    first = next((w.strip(",;:") for before, w in zip(head, head[1:]) if w.strip(",;:") in thirds | plurals
                  and before.lower() not in DETERMINER_WORDS and not before[:1].isdigit()), None)  # not "a 61-40 win"
    return None if first is None else (first, first in plurals or first in ("are", "have"))


def second_predicate_in_present(title: str, sentence: str) -> str:
    """``title`` (made from ``sentence``) with a past verb of a predicate joined to its first by
    "and"/"but" in the present ("The ship sinks and was never found" -> "The ship sinks and is never
    found"), when the title's first verb was put in the present from a past; else unchanged."""
    words = title.split(" ")
    for at, word in enumerate(words[1:-2], 1):
        if word.endswith(",") and _LISTED_PAST.fullmatch(words[at + 1]) and present_of(words[at + 1]) is not None \
                and words[at + 2].lower() not in ("by", "with", "in", "as", "at") and not words[at + 2].endswith(","):
            # "He retires, moved to Spain": a listed act after the first, in the title's present too
            turned = _turned_present([*words[:at], word.rstrip(",")], sentence)
            now = joined_present(words[at + 1], turned[1]) if turned is not None else None
            if now is not None and not any(w.lower().strip(",;:") in _CLAUSE_OPENERS for w in words[:at]):
                return " ".join([*words[:at + 1], now, *words[at + 2:]])
            break
    for at, word in enumerate(words[2:-1], 2):
        if word.endswith(",") and words[at + 1] in _BE and at + 2 < len(words) and (words[at + 2] in PARTICIPLES or present_of(words[at + 2]) is not None):
            # "The king flees the capital, was caught at the border": a series of acts, "and" left to its last
            turned = _turned_present([*words[:at], word.rstrip(",")], sentence)
            if turned is None or any(w.lower().strip(",;:") in _CLAUSE_OPENERS for w in words[:at]):
                return title
            return " ".join([*words[:at + 1], _BE[words[at + 1]][1 if turned[1] else 0], *words[at + 2:]])
        if word not in ("and", "but") or joined_adjectives(words, at) or attributive_participle(words, at + 1):
            continue  # (two adjectives of one noun, "the dismembered and decapitated body", or "and armored cars are")
        head = words[:at]
        turned = _turned_present(head, sentence)
        if turned is None or any(w.lower().strip(",;:") in _CLAUSE_OPENERS for w in head):
            return title  # no present put from a past, or the "and" joins a told or subordinate clause's parts
        first, plural = turned
        found = _past_after(words[at + 1:])
        if found is None:
            continue
        verb = at + 1 + found
        between = words[at + 1: verb]
        shared = not between or between[0] in _ADVERBS or between[0] in _PREPOSITIONS
        if words[verb] in _BE:
            now = _BE[words[verb]][1 if (plural if shared else between[-1].endswith("s")) else 0]
        elif first not in _PRESENT_AUX:
            now = joined_present(words[verb], plural)
        else:
            return title  # "is commissioned but never published": a participle the auxiliary governs
        return " ".join([*words[:verb], now, *words[verb + 1:]])
    return title
