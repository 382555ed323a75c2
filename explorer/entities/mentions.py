"""Candidate names in one document: capitalised word sequences, cut at titles and demonyms.

"Iranian Foreign Minister Mohammad Javad Zarif" gives one mention, "Mohammad Javad Zarif", marked as
titled (evidence of a person); "then-Quds Force Chief Major General Qassim Suleimani" gives "Quds Force"
and "Qassim Suleimani"; "Islamic Revolutionary Guard Corps (IRGC)" gives the long name and the acronym,
linked. A capitalised word that opens a sentence is kept but marked, so the corpus-wide step can drop
the ones that are ordinary words ("Diplomatic moves were discussed").

Pure functions of the text, picklable results: usable from the pipeline's worker processes.
"""

from __future__ import annotations

import re
from typing import Callable

from explorer.entities.mention import (
    ARTICLE_PREFIX, TIME_PREFIX, DocumentMentions, Mention, SentenceWord, replaced,
)
from explorer.entities.mention_cues import context_cues
from explorer.entities.name_runs import sentence_mentions
from explorer.entities.lexicon import MONTHS_AND_DAYS
from explorer.sentences import split_sentences

_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:(?:-['’]?|['’])[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"[’']s$")
#: Letters joined to digits: a model's or a unit's designation ("M-16", "B52", "T-34"), no name.
_DESIGNATION = re.compile(r"-?\d")
_DESIGNATION_BEFORE = re.compile(r"(?:\d-?|-\d)$")
#: What follows a unit: the end of the phrase (punctuation, the end) or a function word.
_UNIT_FOLLOWS = re.compile(
    r"\s*(?:$|[,.;:!?)\]\u2013\u2014-]|(?:on|in|at|of|and|or|to|the|a|an|when|until|till|from|that|this|every|each|"
    r"local|time|sharp|today|tomorrow|yesterday|tonight)\b)", re.IGNORECASE)
#: A clock time or a figure of one or two digits (not a year), then a space, right before a word.
_UNIT_AFTER_FIGURE = re.compile(r"(?:(?<![\d.,:])\d{1,2}|(?<![\d.,:])\d{1,2}[:.]\d{2}|(?<![\d,])\d+\.\d+) ?$")


def find_mentions(text: str, progress: Callable[[int], None] | None = None) -> DocumentMentions:
    """Every candidate name in ``text``, with the cues the corpus-wide classifier needs.
    ``progress(offset)``: where the reading is, at each sentence (a megabyte took seconds untold)."""
    sentences = split_sentences(text)
    lower_words: set[str] = set()
    noninitial: set[str] = set()
    mentions: list[Mention] = []
    for s_index, sentence in enumerate(sentences):
        if progress is not None:
            progress(sentence.start)
        words = [SentenceWord(m.group(), m.start(), m.end())
                 for m in _WORD.finditer(text, sentence.start, sentence.end)]
        for w in words:
            # Each test below runs for every word of the text: the regexes only where they can match
            # (both designation patterns need a digit, the one after maybe after a hyphen; both
            # prefixes a hyphen; a possessive an "s"), the address test only for a word not yet seen.
            after = text[w.end:w.end + 1]
            if (after == "-" or after.isdigit()) and _DESIGNATION.match(text, w.end) \
                    or w.start > 0 and _designation_before(text, w.start):
                # "the U.S. M-16 rifle", "a B-52", "AK-47": the letters of a model's designation are
                # no name nor part of one (a name cut there gave the actor "U.S. M")
                w.text = w.text.lower()
                continue
            if after == " " and _NUMBERED_LABEL.match(text, w.end) and _labels_a_number(text, w):
                # "Phase 2 trials", "Year 5 pupils", "Unit 4", "Flight 370": a capitalised noun that
                # numbers one of a series is no name; cut before the number it named the actor "Phase"
                w.text = w.text.lower()
                continue
            if len(w.text) <= 3 and w.text.isupper() and _UNIT_AFTER_FIGURE.search(text[max(0, w.start - 12):w.start]) \
                    and _UNIT_FOLLOWS.match(text, w.end):
                # "2 AM on Sunday", "10:30 PM.", "5 GW of power": capitals after a clock time or a small
                # figure, ending the phrase, are its unit, no body's initials; before a noun they are a
                # body or a country ("12 US soldiers", "3 KMT divisions"), and a year is no figure of
                # this kind ("In 1998 IBM bought")
                w.text = w.text.lower()
                continue
            if w.text[-1:] == "s" and _POSSESSIVE.search(w.text):
                w.text, w.end, w.possessive = w.text[:-2], w.end - 2, True
            if w.text[:1].islower():
                low = w.text.lower()
                if low not in lower_words \
                        and ("-" not in w.text or not ARTICLE_PREFIX.match(w.text) and not TIME_PREFIX.match(w.text)) \
                        and not _in_address(text, w.start, w.end):
                    lower_words.add(low)
        sentence_mentions(text, words, s_index, mentions, noninitial)
    spans = tuple((s.start, s.end) for s in sentences)
    mentions = context_cues(text, mentions, spans)
    return DocumentMentions(_one_copy_of_each_name(mentions), spans, frozenset(lower_words), frozenset(noninitial))


#: A space and a number of one to four digits after a word, not a figure going on ("4,000", "4.5",
#: "4:30", "4-2") nor a date's day ("May 5,") or a score's ("Kelby 2 Ashby 1", "Kelby 2, Ashby 1").
_NUMBERED_LABEL = re.compile(r" (\d{1,4})(?![\d,.:/–-]?\d)(?!\s*[,–-]?\s*[A-Z])(?!\s*(?:-|–|to|v|vs\.?)\s*\d)")


def _labels_a_number(text: str, word) -> bool:
    """Whether the capitalised ``word`` before a number is a label of a series ("Unit 4", "Phase 2"):
    a word of its own (the first of a capitalised run, not "World War 2", "Windows Server 2019"), no
    month or weekday, and a number that is no year ("Euro 2024", "Vision 2030" stay)."""
    if not word.text[:1].isupper() or not word.text[1:].islower() or word.text.lower() in MONTHS_AND_DAYS:
        return False
    number = _NUMBERED_LABEL.match(text, word.end).group(1)
    if len(number) == 4 and 1000 <= int(number) <= 2199:
        return False
    before = text[max(0, word.start - 40):word.start].rstrip()
    last = re.search(r"([^\W\d_][\w’'-]*)\W*$", before)
    return not (last and last.group(1)[:1].isupper() and before[-1:].isalpha())


def _designation_before(text: str, start: int) -> bool:
    """``_DESIGNATION_BEFORE`` on the two characters before ``start``, tried only when one is a digit
    (``isdigit`` takes in every character ``\\d`` matches)."""
    if not (text[start - 1].isdigit() or start >= 2 and text[start - 2].isdigit()):
        return False
    return bool(_DESIGNATION_BEFORE.match(text[max(0, start - 2):start]))


def _one_copy_of_each_name(mentions: list[Mention]) -> tuple[Mention, ...]:
    """``mentions`` holding one copy of each name's text, of its words and of each word: a name said
    500 times in a long document held 500 copies of each (strings and tuples), most of what its
    mentions weighed; shared, they also pickle once from a worker process. Equal values, so every
    reader sees what it saw."""
    names: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
    words: dict[str, str] = {}
    out: list[Mention] = []
    for m in mentions:
        shared = names.get((m.text, m.words))
        if shared is None:
            shared = names[(m.text, m.words)] = (m.text, tuple(words.setdefault(w, w) for w in m.words))
        out.append(m if shared[0] is m.text and shared[1] is m.words else replaced(m, text=shared[0], words=shared[1]))
    return tuple(out)


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a word is part of a web or mail address ("www.acme.example", "info@acme.example"),
    where a name is written in lower case: such a word never shows that the name is a common word."""
    before, after = text[max(0, start - 1):start], text[end:end + 2]
    return before in (".", "@", "/") or after[:1] in _ADDRESS_MARKS and bool(_ADDRESS_AFTER.match(after))


#: What follows a word inside an address: one of these marks, then a letter.
_ADDRESS_MARKS = frozenset(".@/")
_ADDRESS_AFTER = re.compile(r"[.@/][^\W\d_]")
