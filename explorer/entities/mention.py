"""The record of one candidate name, and the forms of the words it is built from.

``Mention`` and ``DocumentMentions`` are what ``find_mentions`` returns and every later step of the
entity index reads; the word helpers (capitals, shouting, hyphenated and time-prefixed words) are shared
by the reading of runs of capitals (``name_runs``) and the cues around a mention (``mention_cues``).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, fields

ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|as|ad|ash|ar|an|at|az|ad|ed)-(?=[^\W\d_])")
TIME_PREFIX = re.compile(r"^(?:then|ex|former|now)-(?=[^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """One candidate name: ``text`` is exactly ``document[start:end]``."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]  # hyphenated words split, particles kept: ("Bashar", "al", "Assad")
    sentence: int
    initial: bool = False  # begins its sentence
    titled: bool = False  # came after a person's title ("President", "Mr.")
    cue: str | None = None  # "org" / "place" from the form of the name itself
    speech: bool = False  # followed by a verb of saying
    place_prep: bool = False  # after "in", "to", "from"...
    article: bool = False  # after "the"
    expands: int | None = None  # for "(IRGC)": index of the long name it abbreviates
    said_before: bool = False  # after a verb of saying: "writes Jane Roe"
    role_before: bool = False  # after a lower-case title: "opposition leader Jane Roe"
    apposition: bool = False  # followed by ", the/a ... spokeswoman" or ", the sister of"
    pronoun_after: bool = False  # "he"/"she" later in the sentence or in the next one
    locative: bool = False  # after "in", "into", "near", "throughout"…: where something is, not who
    headline: bool = False  # on a short line mostly in Title Case: no evidence of anything
    quoted: bool = False  # in quotation marks or after a colon in Title Case: a work's or a thing's name


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_FIELD_INDEX = {name: i for i, name in enumerate(_MENTION_FIELDS)}
_mention_values = operator.attrgetter(*_MENTION_FIELDS)


def replaced(m: Mention, **changes: object) -> Mention:
    """``dataclasses.replace`` for a :class:`Mention`, without its generic pass over the fields:
    every mention of a document goes through here once or twice (a third of ``find_mentions``)."""
    values = list(_mention_values(m))
    for name, value in changes.items():
        values[_FIELD_INDEX[name]] = value
    return Mention(*values)


@dataclass(frozen=True, slots=True)
class DocumentMentions:
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]
    lower_words: frozenset[str]  # words seen in lower case: "revolution", so "Revolution" is a word
    noninitial: frozenset[str]  # lower-cased single words seen capitalised inside a sentence


@dataclass(slots=True)
class SentenceWord:
    text: str
    start: int
    end: int
    possessive: bool = False


def is_capitalised(word: str) -> bool:
    # both prefixes end in a hyphen: a word without one is answered without a regex (called per word)
    return word[:1].isupper() or "-" in word and (bool(ARTICLE_PREFIX.match(word)) or bool(TIME_PREFIX.match(word)))


def is_shouting(word: str) -> bool:
    if not word.isupper():  # the same answer as the letters' (a full stop has no case): most words stop here
        return False
    letters = word.replace(".", "")
    # a shouted double name or an elided one is shouted too: "ELLIS-BRANDT", "O'NEILL" (a speaker label
    # "JANE DOE-SMITH:" opening each turn was read as a name of one shouted and one plain word)
    return len(letters) >= 2 and letters.isupper() and letters.replace("-", "").replace("'", "").replace("’", "").isalpha()


def split_words(word: str) -> list[str]:
    word = TIME_PREFIX.sub("", word)
    return [part for part in word.split("-") if part]


def words_of(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in text.split():
        w = w.rstrip(".")
        out.extend(split_words(w) if "-" in w else [w])
    return tuple(w for w in out if w)

