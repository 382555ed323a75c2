"""Which person each name mention is: full names clustered across the corpus, and a surname or
given name alone given to the person its document (or else the corpus) names in full. Corpus
annotation's grouping of people; every look-up goes through token indexes, so it stays linear."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Iterable, Sequence

from explorer.entities.aliases import TokenIndex, cluster_full_names, name_key
from explorer.entities.fold import ascii_lower, fold_token
from explorer.entities.kinds import PERSON, name_words
from explorer.entities.lexicon import FUNCTION_WORDS, MONARCH_TITLES, MONTHS_AND_DAYS
from explorer.entities.lone_names import LoneNameEvidence, spelled_words
from explorer.entities.mention import DocumentMentions, Mention
from explorer.entities.name_item import NameItem


class SentenceWords:
    """Content words of a mention's sentence (six-letter prefixes), for telling apart two people of
    one surname by what is said around them."""

    def __init__(self, docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions]) -> None:
        self.docs, self.found, self.cache = docs, found, {}

    def __call__(self, item: NameItem) -> frozenset[str]:
        key = (item.doc, item.mention.sentence)
        if key not in self.cache:
            spans = self.found[item.doc].sentences
            start, end = spans[item.mention.sentence] if item.mention.sentence < len(spans) else (0, 0)
            text = self.docs[item.doc][1][start:end]
            self.cache[key] = frozenset(
                w[:6] for w in (m.group().lower() for m in _CONTENT_WORD.finditer(text))
                if w not in FUNCTION_WORDS and w not in MONTHS_AND_DAYS
            )
        return self.cache[key]


_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _by_context(item: NameItem, clusters: set[int], context: dict[int, Counter], words) -> tuple | None:
    """Of several people with this surname, the one whose full-name sentences share most words with
    this mention's sentence, when one clearly does."""
    if len(clusters) < 2:
        return None
    mine = words(item)
    scored = sorted(((sum(1 for w in mine if context[c][w]), c) for c in clusters), reverse=True)
    return ("person", scored[0][1]) if scored[0][0] > scored[1][0] else None


def group_people(items: list[NameItem], full_forms: dict[tuple, Counter], sentence_words=None,
                 monarchs: frozenset[tuple[int, int]] = frozenset()) -> None:
    """Full names go to their cluster; a surname or given name alone to the person the document or
    the corpus makes it (see ``aliases``). Every look-up goes through a ``TokenIndex`` of the name
    words, so one mention costs the few names that match it, not every full name of its document and
    of the corpus (that was quadratic in a long document: issue 15). ``monarchs``: (document, start)
    of the names after a monarch's title (:func:`after_monarch_title`); one name alone there is a
    given or regnal name (:func:`_regnal_group`): "King Hussein" is never "Saddam Hussein" of the same
    story, whose surname it only shares."""
    cluster_of = cluster_full_names(full_forms)
    full_in_doc: dict[int, list[tuple[int, int, tuple]]] = defaultdict(list)
    for item in items:
        words = name_words(item.mention)
        if item.kind == PERSON and len(words) >= 2:
            key = name_key(words)
            item.group = ("person", cluster_of[key])
            full_in_doc[item.doc].append((item.mention.start, cluster_of[key], key))
    corpus = _PeopleIndex(cluster_of.items())
    full_spellings: dict[int, list[tuple[str, ...]]] = defaultdict(list)  # a cluster's full names as written
    for item in items:
        if item.kind == PERSON and item.group is not None:
            full_spellings[item.group[1]].append(name_words(item.mention))
    spelled = {c: spelled_words(s) for c, s in full_spellings.items()}
    lone = LoneNameEvidence((item.doc, item.mention) for item in items if item.kind == PERSON)

    def elsewhere(item: NameItem, word: str, clusters: set[int]) -> set[int]:
        """Of the people named in full only in other documents, those the lone name ``word`` can
        be, by the rule an import follows too (``lone_names``)."""
        return {c for c in clusters if lone.may_join(item.doc, word, spelled.get(c, set()))}

    otherwise = _called_otherwise(items, monarchs)
    nicknamed = _before_nicknames(items)
    docs: dict[int, DocPeople] = {}
    context: dict[int, Counter] = defaultdict(Counter)
    if sentence_words is not None:
        for item in items:
            if item.kind == PERSON and item.group is not None and item.group[0] == "person":
                context[item.group[1]].update(sentence_words(item))
    for item in items:
        if item.kind != PERSON or item.group is not None:
            continue
        words = name_words(item.mention) or item.mention.words
        word = fold_token(words[-1]) if words else ""
        if not word:
            item.group = ("person-word", "")
            continue
        if item.doc not in docs:
            docs[item.doc] = DocPeople(full_in_doc[item.doc])
        doc = docs[item.doc]
        written = ascii_lower(words[-1])
        if (item.doc, item.mention.start) in monarchs:
            item.group = _regnal_group(item, word, doc, otherwise[item.doc]) \
                or _only(elsewhere(item, written, corpus.clusters(corpus.first, word))) or ("person-word", word)
            continue
        before, after = doc.around(word, item.mention.start)
        by_surname = elsewhere(item, written, corpus.clusters(corpus.last, word))
        item.group = (
            # of namesakes named elsewhere, what is said around it chooses only in a document that
            # names one of them itself (later): where it names none, "President Bush" is no one's
            # of the folder's two Bushes
            (None if before is not None or after is None or sentence_words is None else
             _by_context(item, by_surname, context, sentence_words))
            or (("person", before[1]) if before is not None else ("person", after[1]) if after is not None else None)
            or _only(set(by_surname))
            or (("person-word", word) if (item.doc, item.mention.end) in nicknamed else None)
            or _only(corpus.clusters(doc.first, word))
            or _only(elsewhere(item, written, corpus.clusters(corpus.first, word)))
            or _only(elsewhere(item, written, corpus.clusters(corpus.middle, word)))
            or ("person-word", word)
        )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+\Z")


def after_monarch_title(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` follows a monarch's title ("King Hussein", "Jordan's
    Queen Noor"): then one name alone is a given or regnal name (``lexicon.MONARCH_TITLES``)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in MONARCH_TITLES


def is_regnal(m: Mention, text: str) -> bool:
    """Whether the mention ``m`` of ``text`` is a monarch's one name or given name ("King Hussein",
    "Queen Noor"): it joins only a person named in full with it first, never one whose surname it is
    (:func:`group_people`). One test for a whole annotation and for an import annotated alone
    (``extend.annotate_new``), so both name "King Hussein" alike."""
    return m.titled and after_monarch_title(text, m.start)


def _called_otherwise(items: list[NameItem], monarchs: frozenset[tuple[int, int]]) -> dict[int, set[int]]:
    """Per document, the people named in full whom it also calls otherwise than a monarch: by another
    title or role ("President Saddam Hussein", "the banker Maria Noor") or by their first name alone
    ("Saddam said"). A king's one name is not such a person's surname."""
    alone = {(item.doc, fold_token(name_words(item.mention)[0])) for item in items
             if item.kind == PERSON and len(name_words(item.mention)) == 1 and (item.doc, item.mention.start) not in monarchs}
    found: dict[int, set[int]] = defaultdict(set)
    for item in items:
        words = name_words(item.mention)
        if item.kind != PERSON or len(words) < 2 or not isinstance(item.group, tuple):
            continue
        titled = (item.mention.titled or item.mention.role_before) and (item.doc, item.mention.start) not in monarchs
        if titled or (item.doc, fold_token(words[0])) in alone:
            found[item.doc].add(item.group[1])
    return found


def _regnal_group(item: NameItem, word: str, doc: "DocPeople", otherwise: set[int]) -> tuple | None:
    """The person a monarch's one name ("King Hussein", "Prince Sihanouk") is: the one its document
    names in full with it first ("King Hussein bin Talal"), else the nearest one it names in full with
    it last unless the document calls that one otherwise (:func:`_called_otherwise`: "Norodom
    Sihanouk" may be "Prince Sihanouk"; "Saddam Hussein", also "Saddam", is not "King Hussein")."""
    given = _only(_PeopleIndex.clusters(doc.first, word))
    if given is not None:
        return given
    before, after = doc.around(word, item.mention.start)
    nearest = before or after
    return ("person", nearest[1]) if nearest is not None and nearest[1] not in otherwise else None


def _before_nicknames(items: list[NameItem]) -> set[tuple[int, int]]:
    """(document, end) of the names a quoted nickname follows ('Francisco "Pancho" Villa'): a given
    name of someone the document names by nickname and surname, so no given name alone that another
    full name of the document starts with ("Francisco I. Madero")."""
    quoted = {(item.doc, item.mention.start) for item in items if item.mention.quoted}
    return {(item.doc, item.mention.end) for item in items if (item.doc, item.mention.end + 2) in quoted}


class _PeopleIndex:
    """The corpus's full names by their last, first and middle words (a middle word only of names of
    three words or more), each word answering the clusters of the names that have it there."""

    def __init__(self, keys: Iterable[tuple[tuple, int]] = ()) -> None:
        self.last, self.first, self.middle = TokenIndex(), TokenIndex(), TokenIndex()
        for key, cluster in sorted(set(keys)):
            self.last.add(key[-1], cluster)
            self.first.add(key[0], cluster)
            for word in sorted(set(key[1:-1])):
                self.middle.add(word, cluster)

    @staticmethod
    def clusters(index: TokenIndex, word: str) -> set[int]:
        """The clusters of the names with a word ``word`` (a name written alone) matches there; an
        initial or a one-letter numeral ("Philip V") is no match for a whole word."""
        return set(index.matching_values(word, initials=False))


class DocPeople:
    """One document's full-name mentions: by last word, each word's (start, cluster) sorted, for the
    nearest one before or after a position; by first word, each word's clusters."""

    def __init__(self, full: list[tuple[int, int, tuple]]) -> None:
        self.last, self.first = TokenIndex(), TokenIndex()
        for start, cluster, key in sorted(full):
            self.last.add(key[-1], (start, cluster))
        for word, cluster in sorted({(key[0], cluster) for _, cluster, key in full}):
            self.first.add(word, cluster)

    def around(self, word: str, at: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The latest (start, cluster) before ``at`` of a full name whose last word ``word`` matches
        (the greatest pair, as ``max`` would give), and the earliest of all of them."""
        before: tuple[int, int] | None = None
        first: tuple[int, int] | None = None
        for token in self.last.matching(word, initials=False):
            spots = self.last.values[token]
            cut = bisect_left(spots, (at,))
            if cut and (before is None or spots[cut - 1] > before):
                before = spots[cut - 1]
            if first is None or spots[0] < first:
                first = spots[0]
        return before, first


def _only(clusters: set[int]) -> tuple | None:
    return ("person", clusters.pop()) if len(clusters) == 1 else None
