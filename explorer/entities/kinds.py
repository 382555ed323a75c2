"""Person, organisation, place, or not a name at all: decided across the whole corpus.

Evidence, strongest first: a person's title before the name; the name's own form (an organisation's
head word "Ministry", "Corps"; a gazetteer place; a place word "Gulf", "East"); the same surname or
given name in a person's full name elsewhere in the corpus. What is not a name: a sentence's first
word that the corpus also writes in lower case or never capitalises elsewhere ("Diplomatic moves");
a capitalised common word ("the Cabinet" when "cabinet" occurs); a title-case phrase of common
words (a headline, a treaty's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from explorer.entities.fold import fold_token
from explorer.entities.gazetteer import gazetteer
from explorer.entities.lexicon import (
    CONNECTORS, FUNCTION_WORDS, GENERIC_SINGLES, LEGISLATURES, MISC_HEADS, ORG_HEADS, PARTICLES, PLACE_HEADS, SHIP_PREFIXES,
    TITLE_HEADS,
)
from explorer.entities.mention import DocumentMentions, Mention
from explorer.events.titles.words import STORM_WORDS, STRUCTURE_WORDS
from explorer.given_names import FEMALE_NAMES, MALE_NAMES

PERSON, ORG, PLACE = "person", "org", "place"
_NOT_NAME_SUFFIXES = ("ism", "ist", "ists", "tion", "tions", "ment", "ments", "ity", "ness", "ship", "ive", "ous", "ical")


@dataclass(frozen=True, slots=True)
class CorpusVocabulary:
    lower_words: frozenset[str]
    noninitial: frozenset[str]

    @classmethod
    def of(cls, docs: Sequence[DocumentMentions]) -> "CorpusVocabulary":
        return cls(frozenset().union(*(d.lower_words for d in docs)), frozenset().union(*(d.noninitial for d in docs)))

    def is_common(self, word: str) -> bool:
        low = word.lower()
        return low in self.lower_words or (len(low) >= 6 and low.endswith(_NOT_NAME_SUFFIXES))


def is_particle(word: str) -> bool:
    return word.lower() in PARTICLES and (word.islower() or word.lower() in ("al", "el"))


def name_words(mention: Mention) -> tuple[str, ...]:
    return tuple(w for w in mention.words if not is_particle(w))


def _generic(word: str) -> bool:
    low = word.lower()
    return low in GENERIC_SINGLES or low in ORG_HEADS or low in PLACE_HEADS or low in TITLE_HEADS or low in FUNCTION_WORDS


def clean(mention: Mention, vocab: CorpusVocabulary) -> Mention | None:
    """Drop what only looks like a name because it opens a sentence; trim a common first word."""
    words = mention.words
    if not words:
        return None
    if mention.titled and len(words) == 1 and _generic(words[0]):
        return None  # "General Staff": a title before a common noun
    if mention.expands is not None or mention.titled:
        return mention
    if len(words) == 1 and words[0].lower() in LEGISLATURES and words[0][:1].isupper() and words[0].lower() not in vocab.lower_words:
        return replace(mention, cue="org")  # "Parliament was dissolved": the body, unless the corpus writes "parliament"
    if mention.initial and mention.cue is None:
        first = words[0]
        if len(words) > 1 and len(first) > 5 and first.lower().endswith(("ing", "ed", "ly")):
            vocab = CorpusVocabulary(vocab.lower_words | {first.lower()}, vocab.noninitial)
        if len(words) == 1:
            if vocab.is_common(first) or first.lower() not in vocab.noninitial:
                return None
        elif vocab.is_common(first):
            cut = mention.text.find(" ") + 1
            rest = mention.text[cut:]
            if not rest[:1].isupper():
                return None
            mention = replace(mention, start=mention.start + cut, text=rest, words=words[1:], initial=False)
            words = mention.words
    if len(words) == 1 and mention.cue is None and (
        vocab.is_common(words[0]) or _generic(words[0]) or len(words[0]) == 1
        or (not mention.speech and is_adjective(words[0]))
    ):
        return None
    return mention


def is_adjective(word: str) -> bool:
    """"Islamic", "Scandinavian", "Napoleonic": a capitalised adjective alone is no name; nor an
    adverb opening a sentence or a quotation ("Obviously", "Finally", "Unfortunately")."""
    low = word.lower()
    return len(low) >= 6 and low.endswith(_ADJECTIVE_SUFFIXES + _ADVERB_SUFFIXES)


_ADVERB_SUFFIXES = ("ously", "ally", "ably", "ibly", "ently", "antly", "ately", "ively", "edly", "ctly", "ntly")


_ADJECTIVE_SUFFIXES = ("ic", "ian", "ean", "ese", "ish", "ical", "istic")


#: First words that make a place of the name they open.
PLACE_FIRST_WORDS = frozenset("mount mt lake cape fort isle loch glen".split())


def base_kind(mention: Mention, vocab: CorpusVocabulary) -> str | None:
    """The kind the mention's own form and context say; None when it is not a name."""
    if mention.titled:
        return PERSON
    if mention.cue == "org" or (len(mention.words) >= 2 and mention.words[0].replace(".", "").lower() in SHIP_PREFIXES):
        # a vessel ("USS Abraham Lincoln", "HMS Hood"): named after a person or a place, a ship is
        # neither, and never the "Lincoln" or "Virginia" written alone
        return ORG
    if mention.cue == "place":
        return PLACE
    words = name_words(mention)
    if any(w[:1].islower() and (len(w) >= 5 or vocab.is_common(w)) for w in words):
        return None  # "Iran-watchers": a capitalised word joined to a common one ("Jong-un" stays)
    if mention.initial and len(mention.words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]{3,}", mention.text):
        return None  # "Early-bird prices": a compound opening a sentence, not a name
    if len(words) >= 2:
        if words[-1].lower() in MISC_HEADS:
            return None
        if words[0].lower() in PLACE_FIRST_WORDS:
            return PLACE  # "Mount Harrad", "Lake Orva", "Cape Verran", "Fort Sumter"
        if len(words) == 2 and words[-1].lower() in STRUCTURE_WORDS and words[0].lower() not in MALE_NAMES \
                and words[0].lower() not in FEMALE_NAMES:
            # "Hob Bridge", "Carr Weir", "Kell Ford": a structure or a crossing named by a word that is no
            # given name (a surname of the same form keeps a given name before it: "Tom Bridge")
            return PLACE
        if words[0].lower() in STORM_WORDS:
            # "Storm Agnes", "Hurricane Bastien": an actor, as a body is ("it made landfall"), never a
            # person a "he" or "she" stands for, whatever the given name
            return ORG
        if any(w.lower() in CONNECTORS for w in words):
            return None
        if len(words) == 2 and not vocab.is_common(words[0]) and _plural_trade(words[1], vocab):
            return ORG  # "Tarn Ferries", "Halden Buses": a name before a trade's plural noun is a firm's
        if any(vocab.is_common(w) for w in words if len(w) > 1):
            return None
        return PERSON
    return ""  # one word, undecided until the corpus's full names are known


def _plural_trade(word: str, vocab: CorpusVocabulary) -> bool:
    """ "Ferries", "Buses", "Dairies": a plural common noun (the text writes it in lower case too), the
    last word of a firm's name after a name of its own; never a span of time or a people's word."""
    low = word.lower()
    return vocab.is_common(word) and len(low) >= 4 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")) \
        and low not in _NOT_TRADES


#: Plural nouns that end names of other kinds: times, families, places.
_NOT_TRADES = frozenset("days weeks months years times games wars islands hills mountains falls heights gardens".split())


def resolve_single(mention: Mention, surnames: set[str], given: set[str]) -> str:
    """A one-word name: a person if the corpus knows it as a surname or given name, else an organisation."""
    words = name_words(mention) or mention.words
    key = fold_token(words[-1]) if words else ""
    if key in surnames or (key in given and not mention.article):
        return PERSON
    if mention.speech and not mention.article:
        return PERSON
    return ORG


def single_word_override(mention: Mention, kind: str, surnames: set[str], in_document: bool = False) -> str:
    """A gazetteer town that is also a person's surname here ("Jackson"; "Bush" of "President Bush") is
    the person when said to speak, or when it follows no "in", "to", "from" or "the"; and in a document
    that shows a person of that name (``in_document``: "President Bush" … "a message to Bush") unless
    where something is ("the fair in Leon") or a country."""
    if kind != PLACE or len(mention.words) != 1 or fold_token(mention.words[0]) not in surnames:
        return kind
    if mention.speech:
        return PERSON
    if in_document and not mention.locative:
        found = gazetteer().lookup(mention.text)
        return PERSON if found is None or not gazetteer().is_country(found) else kind
    # A town the corpus also knows as a surname ("George W. Bush" ... "like Bush"), not after "in"/"to"
    # and not a country: the person.
    found = gazetteer().lookup(mention.text)
    if not mention.place_prep and not mention.article and found is not None and not gazetteer().is_country(found):
        return PERSON
    return kind
