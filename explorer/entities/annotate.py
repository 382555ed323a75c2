"""Who and where for a whole corpus: mentions per document, then kinds, aliases and pronouns across
documents, giving an ``ActorIndex`` and events with their ``actors`` and ``places`` filled."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Sequence

from explorer.entities.aliases import (
    TokenIndex, cluster_full_names, cluster_orgs, initials, is_acronym, name_key, org_key, _word_match,
)
from explorer.entities.fold import ascii_lower, fold_token
from explorer.entities.gazetteer import ascii_lower_phrase, gazetteer
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.entities.lexicon import FUNCTION_WORDS, MONTHS_AND_DAYS
from explorer.entities.lone_names import LoneNameEvidence, spelled_words
from explorer.entities.lone_names import mention_evidence as _mention_evidence
from explorer.entities.kinds import (
    ORG, PERSON, PLACE, PLACE_FIRST_WORDS, CorpusVocabulary, base_kind, clean, is_particle, name_words, resolve_single, single_word_override,
)
from explorer.entities.mentions import DocumentMentions, Mention, demonym_country, find_mentions, place_name
from explorer.entities.pronouns import resolve_pronouns
from explorer.entities.subject import mention_roles, subject_starts

#: A form counts as "frequent" for the canonical name when used at least this share as often as the most used.
FREQUENT_SHARE = 0.25


@dataclass(slots=True)
class _Item:
    doc: int
    mention: Mention
    kind: str
    group: object = None


def build_index(docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions] | None = None,
                known_full_names: Iterable[tuple] = ()) -> ActorIndex:
    """``docs``: (path, text) pairs. ``found``: their ``find_mentions`` results, if already computed
    (for example in worker processes). ``known_full_names``: name keys of people named in full in
    documents not given here (an import's stored people, ``extend``), whose surnames and given names
    a one-word name is read against as a whole run reads it against the corpus's."""
    if found is None:
        found = [find_mentions(text) for _, text in docs]
    vocab = CorpusVocabulary.of(found)
    items: list[_Item] = []
    by_position: dict[tuple[int, int], _Item] = {}
    places: set[tuple[int, int]] = set()  # (document, start) of mentions their setting shows to be places
    defined = _defined_names(docs, found)
    for d, dm in enumerate(found):
        text = docs[d][1]
        for i, raw in enumerate(dm.mentions):
            m = clean(raw, vocab)
            if m is None or not name_key(name_words(m)) or not name_key(m.words):
                continue  # nothing of it makes a key (symbols only, or particles only): no name to merge
            setting = dateline_part(text, m.start, m.end)
            if setting == "agency":
                continue  # "CANBERRA, Australia (AP)_": the wire service is no actor of the story
            if setting == "place" or is_state_abbreviation(text, m.start, m.end, m.words):
                places.add((d, m.start))
            if m.expands is not None:
                long = by_position.get((d, m.expands))
                kind = long.kind if long is not None and long.kind in (ORG, PLACE) else ORG
            else:
                kind = base_kind(m, vocab)
            if kind is None and len(m.words) >= 2 and org_key(m.words) in defined:
                kind = ORG  # "The Salt Lanterns are a folk-rock band": a name of common words, defined as one
            if kind == PERSON and not m.titled and org_key(m.words) in defined:
                kind = ORG  # "the Kelby Falcons": a person's name takes no article, nor is it plural
            if kind is None:
                continue
            item = _Item(d, m, kind)
            by_position[(d, i)] = item
            items.append(item)

    _people_named_like_towns(items)
    full_forms: dict[tuple, Counter] = defaultdict(Counter)
    for item in items:
        if item.kind == PERSON and len(name_words(item.mention)) >= 2:
            full_forms[name_key(name_words(item.mention))][item.doc] += 1
    known_full_names = list(known_full_names)
    surnames = {key[-1] for key in full_forms} | {key[-1] for key in known_full_names}
    # Only a surname its own mention shows to be a person's can turn a town into that person.
    evidenced_surnames = {name_key(name_words(i.mention))[-1] for i in items
                          if i.kind == PERSON and len(name_words(i.mention)) >= 2 and _mention_evidence(i.mention)}
    # "President Bush": a title (or a verb of saying, a role) shows a one-word name to be a person's too
    evidenced_surnames |= {name_key(name_words(i.mention))[-1] for i in items
                           if i.kind == PERSON and len(name_words(i.mention)) == 1 and _mention_evidence(i.mention)}
    # … and in the document that says so, no mention of that surname is a gazetteer town ("a message to Bush")
    carried_here = {(i.doc, name_key(name_words(i.mention))[-1]) for i in items
                    if i.kind == PERSON and name_words(i.mention) and _mention_evidence(i.mention)}
    given = {key[0] for key in full_forms} | {key[0] for key in known_full_names}
    surnames |= {fold_token(i.mention.words[0]) for i in items if i.kind == PERSON and len(name_words(i.mention)) == 1}
    for item in items:
        if item.kind == "":
            item.kind = resolve_single(item.mention, surnames, given)
        here = bool(item.mention.words) and (item.doc, name_key(name_words(item.mention) or item.mention.words)[-1]) in carried_here \
            and (not item.mention.article or _names_a_noun(docs[item.doc][1], item.mention.end))
        item.kind = single_word_override(item.mention, item.kind, evidenced_surnames, in_document=here)
        if (item.doc, item.mention.start) in places:
            item.kind = PLACE

    _locate_single_names(items)
    _locate_names(items, docs)
    _place_where_placed_elsewhere(items)
    _group_people(items, full_forms, _SentenceWords(docs, found))
    _require_person_evidence(items, [text for _, text in docs])
    items = [item for item in items if item.kind]
    _group_orgs(items, found, by_position)
    for item in items:
        if item.kind == PLACE:
            item.group = ("place", place_name(item.mention.text) or ascii_lower_phrase(item.mention.text))
    _names_by_initials(items)

    index = _make_index(items, docs)
    texts = dict(docs)
    _add_pronouns(index, items, docs, found)
    for path, text in docs:
        index.subjects[path] = subject_starts(text, index.spans(path))
    for entity in index.people():
        for ref in entity.mentions:
            if not ref.derived:
                roles = mention_roles(texts[ref.doc], ref.start, ref.end)
                if roles:
                    index.roles.setdefault(ref.doc, {})[ref.start] = roles
    return index


def _names_a_noun(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the common noun after it, whose article the "the"
    before it is: "the Bush administration", "the Tyler family"."""
    return bool(re.match(r"\s+[a-z]{3,}", text[end:end + 30]))


#: A wire dateline opening a paragraph: "O'SMACH, Cambodia (AP)_", "ISTANBUL, Turkey (AP) --".
_WIRE_DATELINE = re.compile(
    r"(?m)^(?P<city>[A-Z][A-Z'’. -]{1,40})(?:,\s*(?P<region>[A-Z][\w. ]{1,30}?))?\s*\((?P<agency>[A-Za-z]{2,10})\)\s*(?:_|—|–|--|-|:)"
)


#: A dateline with no agency: the city in capitals, perhaps its region and the date, then a dash or a
#: colon before the story ("MERRIVALE — The lock …", "DUNHOLT, May 3 - …", "KESTREL BAY, Vantor, 4 June
#: 2021: …"). The capitals are the place the story was filed from, not a body that acted.
_PLAIN_DATELINE = re.compile(
    r"(?m)^(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?\s*(?:—|–|--|-|:)\s"
)


def dateline_part(text: str, start: int, end: int) -> str | None:
    """ "agency" for the wire service of a dateline opening the mention's line ("(AP)"), "place" for its
    city and region ("O'SMACH, Cambodia", "MERRIVALE —"), None for a mention anywhere else."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return None
    m = _WIRE_DATELINE.match(text, line_start)
    if m is None or end > m.end():
        plain = _PLAIN_DATELINE.match(text, line_start)
        return "place" if plain is not None and end <= plain.end() else None
    return "agency" if m.start("agency") <= start < m.end("agency") else "place"


def is_state_abbreviation(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """ "The Van Nuys, Calif., thrift", "PELL JUNCTION, Nev.,": a short word with a full stop after a
    place and its comma is a state or county, written as American wire copy abbreviates it."""
    if len(words) != 1 or not 2 <= len(words[0]) <= 5 or text[end:end + 1] != ".":
        return False
    return bool(re.search(r"[A-Z][\w.'’-]*,\s$", text[max(0, start - 40):start])) and text[end + 1:end + 2] in (",", " ", "")


_DEFINITION_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:band|group|company|firm|club|team|"
                               r"charity|society|label|orchestra|choir|ensemble|trust|cooperative|co-operative|business|"
                               r"brand|chain|maker|publisher|newspaper|magazine|school|party|movement)\b")


def _defined_names(docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions]) -> set[tuple]:
    """Keys of names of two words or more that a document defines as a body ("The Salt Lanterns are a
    folk-rock band", "Net Menders was a small label"; their words may all be common ones) or writes
    as a plural after "the" ("the Kelby Falcons", "the Norton Bears"): bodies, never people."""
    out: set[tuple] = set()
    for (_, text), dm in zip(docs, found):
        for m in dm.mentions:
            if len(m.words) >= 2 and (_DEFINITION_AFTER.match(text, m.end) or m.article and not m.titled
                                      and _PLURAL_END.search(m.words[-1]) and m.words[-1][:1].isupper()):
                out.add(org_key(m.words))
    return out


#: A plural last word: "Falcons", "Lanterns", "Rovers"; not "Jones"'s double letters or Latin "-us".
_PLURAL_END = re.compile(r"[^sui’'\W]s$")


def _locate_single_names(items: list[_Item]) -> None:
    """A one-word name with no form of an organisation that the corpus writes after "in" ("a benefit
    concert in Ebbsholm", "two suspects in Aarhus") and never as a speaker is a place, wherever it
    is mentioned, in capitals too ("AARHUS, April 6 -"): a town too small for the gazetteer is no
    organisation."""
    def key(item: _Item) -> str | None:
        m = item.mention
        shouted = m.cue == "org" and m.text.isupper() and len(m.text) >= 5  # "AARHUS, April 6 -": a dateline's town
        return fold_token(m.words[0]) if item.kind == ORG and len(m.words) == 1 and (m.cue is None or shouted) \
            and m.expands is None else None

    located = {key(i) for i in items if key(i) and i.mention.locative}
    spoken = {key(i) for i in items if key(i) and i.mention.speech}
    for item in items:
        k = key(item)
        if k and k in located and k not in spoken:
            item.kind = PLACE


def _place_where_placed_elsewhere(items: list[_Item]) -> None:
    """A one-word name with no form of an organisation ("O'Smach", "Germany's") that the corpus takes
    for a place elsewhere, its case and accents aside ("O'SMACH, Cambodia (AP)_"), is that place: one
    town, one entity. Never an acronym ("ARVN" is an army wherever a sentence says "in ARVN") and never
    a name said to speak; an acronym taken for a place where the corpus has it as an organisation is
    that organisation."""
    # an acronym the gazetteer does not know, an organisation elsewhere, is that organisation where a
    # sentence's form made a place of it ("the bulk of ARVN forces", "NLF forces")
    bodies = {i.mention.text.replace(".", "") for i in items if i.kind == ORG and len(i.mention.words) == 1
              and is_acronym(i.mention.words[0])}
    for item in items:
        m = item.mention
        if item.kind == PLACE and len(m.words) == 1 and m.text.replace(".", "") in bodies and place_name(m.text) is None:
            item.kind = ORG
    placed = {ascii_lower_phrase(i.mention.text) for i in items if i.kind == PLACE and len(i.mention.words) == 1}
    for item in items:
        m = item.mention
        if item.kind == ORG and len(m.words) == 1 and m.cue is None and m.expands is None and not m.speech \
                and not is_acronym(m.words[0]) and ascii_lower_phrase(m.text) in placed:
            item.kind = PLACE


#: First words of towns' names that are no one's given name ("Ciudad Juárez", "San Antonio").
_TOWN_OPENERS = frozenset("""ciudad san santa santo sao são saint st ste puerto porto port rio río villa new north
    south east west upper lower great little old el la las los le les""".split())


def _people_named_like_towns(items: list[_Item]) -> None:
    """ "Francisco I. Madero", "Emiliano Zapata": towns are named after people, so the gazetteer knows
    such a name as a place; the document shows it is the person when it never writes it where
    something is (after "in", "near"…) and writes its last word alone, twice or more, as no place
    ("Madero's presidency", "Zapata refused"): a town is never called by its last word."""
    lone: Counter = Counter()
    for item in items:
        if len(item.mention.words) == 1 and item.kind in (PERSON, ORG, ""):
            lone[(item.doc, fold_token(item.mention.words[0]))] += 1
    places: dict[tuple[int, tuple], list[_Item]] = defaultdict(list)
    for item in items:
        words = item.mention.words
        if item.kind == PLACE and item.mention.cue == "place" and 2 <= len(words) <= 4 \
                and all(w[:1].isupper() for w in words) and words[0].lower() not in PLACE_FIRST_WORDS | _TOWN_OPENERS:
            places[(item.doc, org_key(words))].append(item)
    for (doc, _), members in places.items():
        if any(m.mention.locative or m.mention.place_prep for m in members):
            continue
        if lone[(doc, fold_token(members[0].mention.words[-1]))] >= 2:
            for item in members:
                item.kind = PERSON


def _locate_names(items: list[_Item], docs: Sequence[tuple[str, str]]) -> None:
    """A name of two words or more with no form of its own (no title, no organisation's word) that the
    corpus writes after "in" ("a concert in Victoria Park", "the fair in Corn Exchange"), never as a
    possessor there ("in John Reed's house") and never with evidence of a person (a title, speech, a
    role, a pronoun), is a place wherever it is mentioned."""
    def key(item: _Item) -> tuple | None:
        m = item.mention
        if item.kind not in (PERSON, ORG) or len(m.words) < 2 or m.cue is not None or m.titled or m.expands is not None:
            return None
        return org_key(m.words)

    located: set[tuple] = set()
    evidenced: set[tuple] = set()
    for item in items:
        k = key(item)
        if k is None:
            continue
        if _mention_evidence(item.mention) or item.mention.speech:
            evidenced.add(k)
        elif item.mention.locative and docs[item.doc][1][item.mention.end:item.mention.end + 1] not in ("'", "’"):
            located.add(k)
    for item in items:
        k = key(item)
        if k is not None and k in located and k not in evidenced:
            item.kind = PLACE


class _SentenceWords:
    """Content words of a mention's sentence (six-letter prefixes), for telling apart two people of
    one surname by what is said around them."""

    def __init__(self, docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions]) -> None:
        self.docs, self.found, self.cache = docs, found, {}

    def __call__(self, item: _Item) -> frozenset[str]:
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


def _by_context(item: _Item, clusters: set[int], context: dict[int, Counter], words) -> tuple | None:
    """Of several people with this surname, the one whose full-name sentences share most words with
    this mention's sentence, when one clearly does."""
    if len(clusters) < 2:
        return None
    mine = words(item)
    scored = sorted(((sum(1 for w in mine if context[c][w]), c) for c in clusters), reverse=True)
    return ("person", scored[0][1]) if scored[0][0] > scored[1][0] else None


def _group_people(items: list[_Item], full_forms: dict[tuple, Counter], sentence_words=None) -> None:
    """Full names go to their cluster; a surname or given name alone to the person the document or
    the corpus makes it (see ``aliases``). Every look-up goes through a ``TokenIndex`` of the name
    words, so one mention costs the few names that match it, not every full name of its document and
    of the corpus (that was quadratic in a long document: issue 15)."""
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

    def elsewhere(item: _Item, word: str, clusters: set[int]) -> set[int]:
        """Of the people named in full only in other documents, those the lone name ``word`` can
        be, by the rule an import follows too (``lone_names``)."""
        return {c for c in clusters if lone.may_join(item.doc, word, spelled.get(c, set()))}

    nicknamed = _before_nicknames(items)
    docs: dict[int, _DocPeople] = {}
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
            docs[item.doc] = _DocPeople(full_in_doc[item.doc])
        doc = docs[item.doc]
        before, after = doc.around(word, item.mention.start)
        written = ascii_lower(words[-1])
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


def _before_nicknames(items: list[_Item]) -> set[tuple[int, int]]:
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


class _DocPeople:
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


def direct_evidence(mentions: Iterable[Mention]) -> bool:
    """A title, a verb of saying, a role or kinship in apposition, a pronoun referring back, a name's
    own form (an initial, a particle), or both a full name and the surname alone outside headlines.
    (Also what an import asks of a one-word name it keeps apart from a stored person: ``extend``.)"""
    full: set[str] = set()
    single: set[str] = set()
    for m in mentions:
        if _mention_evidence(m):
            return True
        if m.headline or m.quoted:
            continue
        words = name_words(m)
        if len(words) >= 2:
            full.add(name_key(words)[-1])
        elif len(words) == 1:
            single.add(fold_token(words[0]))
    # The surname alone after the full name: "Jane Roe ... Roe", not "Islamic Jihad ... Islamic groups".
    return any(_word_match(a, b) for a in full for b in single)


def kind_without_evidence(m: Mention) -> str:
    """What a name taken for a person is without evidence of one: nothing on a headline, in quotes or
    with a lower-case word, otherwise an organisation."""
    lowered = any(w[:1].islower() and not is_particle(w) for w in m.words)
    return "" if m.headline or m.quoted or lowered else ORG


def _require_person_evidence(items: list[_Item], texts: Sequence[str] = ()) -> None:
    """A person needs evidence; a name word shared with a person who has it counts ("Kim Yo-jong"
    beside "leader Kim Jong-un", "Hafez al-Assad" beside "President Bashar al-Assad"), and so does
    being listed with one ("Chiang and Wang Jingwei", then "Feng Yuxiang, Yan Xishan, and Wang
    Jingwei"). Without any, a name on a headline or in quotes is dropped, and one in running text is
    taken for an organisation."""
    groups: dict[object, list[_Item]] = defaultdict(list)
    for item in items:
        if item.kind == PERSON:
            groups[item.group].append(item)
    evident = {g for g, members in groups.items() if direct_evidence(i.mention for i in members)}
    evident |= _listed_with_people(items, texts, evident)
    firsts, lasts = TokenIndex(), TokenIndex()  # name words of evident people, looked up by block, not each against all
    for g in evident:
        for item in groups[g]:
            key = name_key(name_words(item.mention))
            if len(key) >= 2:
                firsts.add(key[0], None) if len(key[0]) > 1 else None
                lasts.add(key[-1], None)
    for g, members in groups.items():
        if g in evident:
            continue
        keys = [name_key(name_words(i.mention)) for i in members if not i.mention.headline and not i.mention.quoted]
        if any(i.mention.article and len(name_words(i.mention)) >= 2 for i in members):
            keys = []  # "the Cao Dai religious sect": a person's name takes no article, whoever else is a "Dai"
        if any(len(k) >= 2 and (firsts.matching(k[0], initials=False) or lasts.matching(k[-1], initials=False)) for k in keys):
            continue
        for item in members:
            item.kind = kind_without_evidence(item.mention)
    # A one-word name with no form of an organisation, only ever on headlines: a capitalised word.
    bare: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        if item.kind == ORG and item.mention.cue is None and item.mention.expands is None and len(item.mention.words) == 1:
            bare[fold_token(item.mention.words[0])].append(item)
    for members in bare.values():
        if all(i.mention.headline for i in members):
            for item in members:
                item.kind = ""


#: What stands between two names of one list: "A, B", "A, and B", "A and B".
_LIST_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _listed_with_people(items: list[_Item], texts: Sequence[str], evident: set) -> set:
    """The person groups without evidence of their own that a document lists with an evident person,
    one list after another ("Chiang and Wang Jingwei" makes Wang Jingwei one, and he then "Feng
    Yuxiang" of "Feng Yuxiang, Yan Xishan, and Wang Jingwei"). Names after "the" are no list of
    people ("the Cao Dai, the Hoa Hao")."""
    if not texts:
        return set()
    by_doc: dict[int, list[_Item]] = defaultdict(list)
    for item in items:
        if item.kind == PERSON and not item.mention.headline and not item.mention.quoted and not item.mention.article:
            by_doc[item.doc].append(item)
    links: dict[object, set] = defaultdict(set)

    def link(chain: list[_Item], closed: bool) -> None:
        if closed:  # a list ends with "and": "A, B" alone may be a gloss ("Volunteer Army (Dobrovolcheskaya, ...)")
            for a in chain:
                links[a.group].update(b.group for b in chain if b.group != a.group)

    for doc, members in by_doc.items():
        members.sort(key=lambda i: i.mention.start)
        chain, closed = members[:1], False
        for a, b in zip(members, members[1:]):
            joint = _LIST_JOINT.fullmatch(texts[doc], a.mention.end, b.mention.start)
            if joint:
                chain.append(b)
                closed = closed or "and" in joint.group()
                continue
            link(chain, closed)
            chain, closed = [b], False
        link(chain, closed)
    found: set = set()
    todo = [g for g in evident if g in links]
    while todo:
        for other in links[todo.pop()]:
            if other not in evident and other not in found:
                found.add(other)
                todo.append(other)
    return found


def _only(clusters: set[int]) -> tuple | None:
    return ("person", clusters.pop()) if len(clusters) == 1 else None


def _group_orgs(items: list[_Item], found: Sequence[DocumentMentions], by_position: dict) -> None:
    surfaces: dict[tuple, tuple[str, ...]] = {}
    links: list[tuple[tuple, tuple]] = []
    docs_of: dict[tuple, set[int]] = defaultdict(set)
    for item in items:
        if item.kind == ORG:
            key = org_key(item.mention.words)
            surfaces.setdefault(key, item.mention.words)
            docs_of[key].add(item.doc)
            if item.mention.expands is not None:
                long = by_position.get((item.doc, item.mention.expands))
                if long is not None and long.kind == ORG:
                    links.append((key, org_key(long.mention.words)))
    uf = cluster_orgs(surfaces, links, docs_of)
    for item in items:
        if item.kind == ORG:
            item.group = ("org", uf.find(org_key(item.mention.words)))
    _attach_bare_orgs(items, uf)


def _names_by_initials(items: list[_Item]) -> None:
    """ "LBJ" is "Lyndon B. Johnson" and "N.J." is "New Jersey" where the same document names them: an
    acronym that no organisation's name spells is the person or place whose name's initials it is,
    when the documents that write it name one such person or place and no other (three letters or
    more; two for a place when dotted, as a state is written). Elsewhere in the corpus the same acronym
    is the same one, as an organisation's acronym is the same organisation everywhere."""
    by_org_group: dict[object, list[_Item]] = defaultdict(list)
    for item in items:
        if item.kind in (ORG, PLACE):
            by_org_group[(item.kind, item.group)].append(item)
    acronyms: dict[str, list[_Item]] = defaultdict(list)
    for members in by_org_group.values():
        if all(len(i.mention.words) == 1 for i in members):  # an organisation's long name spells none of them
            for item in members:
                word = item.mention.words[0]
                letters = word.replace(".", "")
                if is_acronym(word) and (len(letters) >= 3 or "." in word):  # "(LBJ)" after his name too
                    acronyms[letters.lower()].append(item)
    if not acronyms:
        return
    named: dict[tuple[int, str], set] = defaultdict(set)  # (document, initials) -> (kind, group)
    for item in items:
        words = name_words(item.mention) if item.kind == PERSON else item.mention.words
        if item.kind in (PERSON, PLACE) and len(words) >= 2 and item.group is not None and item.group[0] in ("person", "place"):
            named[(item.doc, initials(words))].add((item.kind, item.group))
    for letters, members in acronyms.items():
        found = set().union(*(named.get((d, letters), set()) for d in {i.doc for i in members}))
        if len(found) == 1:
            kind, group = found.pop()
            if kind == PERSON and len(letters) < 3:
                continue
            for item in members:
                item.kind, item.group = kind, group


def _attach_bare_orgs(items: list[_Item], uf) -> None:
    """"Russian Foreign Ministry" and "Iranian Foreign Ministry" are two; a bare "Foreign Ministry"
    is the one of the country its article is about (the country it names most), when the corpus
    has that country's ministry; in an article about no one country, the only nationality the
    article gives that name. Otherwise it stays bare."""
    qualified: dict[tuple, dict[str, tuple]] = defaultdict(dict)  # bare key -> country -> full key
    for item in items:
        words = item.mention.words
        if item.kind == ORG and len(words) >= 3:
            country = demonym_country(words[0])
            if country is not None:
                qualified[org_key(words[1:])][country] = org_key(words)
    if not qualified:
        return
    gaz = gazetteer()
    in_doc: dict[int, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    countries: dict[int, Counter] = defaultdict(Counter)
    for item in items:
        words = item.mention.words
        if item.kind == ORG and len(words) >= 3 and demonym_country(words[0]) is not None:
            in_doc[item.doc][org_key(words[1:])].add(demonym_country(words[0]))
        elif item.kind == PLACE:
            found = place_name(item.mention.text)
            if found is not None and gaz.is_country(found):
                countries[item.doc][found] += 1
    for item in items:
        if item.kind != ORG:
            continue
        key = org_key(item.mention.words)
        if key not in qualified:
            continue
        named = in_doc[item.doc].get(key, set())
        ranked = countries[item.doc].most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            country = ranked[0][0]  # the article is about this country
        else:
            country = next(iter(named)) if len(named) == 1 else None
        if country is not None and country in qualified[key]:
            item.group = ("org", uf.find(qualified[key][country]))


def _canonical(kind: str, surfaces: Counter) -> str:
    """The most complete frequent form; among equally complete spellings, the one whose words are
    written most often across the entity's mentions (see ``best_spelling``)."""
    if kind == PLACE:
        return max(surfaces, key=lambda s: (surfaces[s], s))
    forms = Counter()
    spelling: dict[tuple, Counter] = defaultdict(Counter)
    for surface, n in surfaces.items():
        words = tuple(w for w in surface.replace("-", " ").split())
        key = name_key(words) if kind == PERSON else org_key(words)
        forms[key] += n
        spelling[key][surface] += n
    if kind == ORG:
        candidates = [k for k in forms if not all(s.replace(".", "").isupper() for s in spelling[k])] or list(forms)
        candidates = [k for k in candidates if len(k) > 1] or candidates
        top = max(forms[k] for k in candidates)
        frequent = [k for k in candidates if forms[k] >= FREQUENT_SHARE * top]
        best = max(frequent, key=lambda k: (len(k), forms[k], k))
        return best_spelling(spelling[best], surfaces)
    # People: completeness is the number of words; spellings of one length are pooled, since
    # "Qasem Soleimani" and "Qassim Suleimani" are equally complete forms of one name.
    by_length = Counter()
    for key, n in forms.items():
        by_length[len(key)] += n
    lengths = [n for n in by_length if n > 1] or list(by_length)
    top = max(by_length[n] for n in lengths)
    length = max(n for n in lengths if by_length[n] >= FREQUENT_SHARE * top)
    options = Counter()
    for key, spellings in spelling.items():
        if len(key) == length:
            options.update(spellings)
    return best_spelling(options, surfaces)


def _spelling_words(surface: str) -> list[str]:
    return [w.strip(".,") for w in surface.replace("-", " ").split() if w.strip(".,")]


def best_spelling(options: Counter, surfaces: Counter) -> str:
    """Of ``options`` (equally complete surface forms), the one whose words are, in total, written
    most often in ``surfaces`` (every mention of the entity, alone or in a full name), word by word:
    "Qasem Soleimani" (1 + 24) beats "Qassim Suleimani" (2 + 17) when "Soleimani" is the common
    spelling of the surname. Ties: the spelling nearer to the commonest spelling of each word, then
    accents kept ("López" over "Lopez"), then no hyphen, the shorter, the alphabetically first."""
    if len(options) == 1:
        return next(iter(options))
    written = Counter()
    for surface, n in surfaces.items():
        for word in _spelling_words(surface):
            written[word] += n
    ranked = sorted(written, key=lambda w: (-written[w], w))

    def commonest(word: str) -> str:
        key = fold_token(word)
        return next((w for w in ranked if _word_match(fold_token(w), key)), word)

    def score(surface: str) -> tuple:
        words = _spelling_words(surface)
        total = sum(written[w] for w in words)
        nearness = sum(SequenceMatcher(None, w.lower(), commonest(w).lower()).ratio() for w in words)
        accents = sum(not w.isascii() for w in words)
        return (total, options[surface], round(nearness, 6), accents, "-" not in surface, -len(surface))

    best = max(score(s) for s in options)
    return min(s for s in options if score(s) == best)


def _make_index(items: list[_Item], docs: Sequence[tuple[str, str]]) -> ActorIndex:
    groups: dict[tuple, list[_Item]] = defaultdict(list)
    for item in items:
        kind = PLACE if item.kind == PLACE else PERSON if item.kind == PERSON else ORG
        groups[(kind, item.group)].append(item)
    named: dict[tuple, tuple[str, list[_Item]]] = {}
    for (kind, group), members in groups.items():
        surfaces = Counter(i.mention.text for i in members)
        name = group[1] if kind == PLACE and place_name(members[0].mention.text) else _canonical(kind, surfaces)
        named[(kind, group)] = (name, members)
    _one_actor_per_name(named)
    entities: list[Entity] = []
    used: set[str] = set()
    for (kind, group), (name, members) in named.items():
        surfaces = Counter(i.mention.text for i in members)
        entity_id = f"{kind}:{name}"
        n = 2
        while entity_id in used:
            entity_id, n = f"{kind}:{name}#{n}", n + 1
        used.add(entity_id)
        refs = [MentionRef(docs[i.doc][0], i.mention.start, i.mention.end, i.mention.text) for i in members]
        entities.append(Entity(entity_id, name, kind, surfaces, refs))
    return ActorIndex(entities)


def _one_actor_per_name(named: dict[tuple, tuple[str, list[_Item]]]) -> None:
    """A person and an organisation of the same written name in one article ("Magna" read as a person
    where it "said", as a company elsewhere in the same story) become one actor of the kind most of
    their mentions give (ties: the organisation): every event names its actors by that name, so the
    two stood as two identical rows of the Actors list ("Magna (2)" twice) filtering the same events.
    Across articles the two kinds stay apart (an import reports such a pair as a kind link)."""
    by_name: dict[str, list[tuple]] = defaultdict(list)
    for key, (name, _members) in named.items():
        if key[0] != PLACE:
            by_name[name].append(key)
    for keys in by_name.values():
        while len(keys) >= 2:
            keep = max(keys, key=lambda k: (len(named[k][1]), k[0] == ORG))
            docs = {i.doc for i in named[keep][1]}
            joined = [k for k in keys if k != keep and docs & {i.doc for i in named[k][1]}]
            for key in joined:
                named[keep][1].extend(named.pop(key)[1])
            keys = [k for k in keys if k != keep and k not in joined]


def _add_pronouns(index: ActorIndex, items: list[_Item], docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions]) -> None:
    owner = {}
    for entity in index.people():
        for ref in entity.mentions:
            owner[(ref.doc, ref.start)] = entity.id
    people_by_doc: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for item in items:
        path = docs[item.doc][0]
        entity_id = owner.get((path, item.mention.start))
        if entity_id is not None:
            people_by_doc[item.doc].append((item.mention.sentence, item.mention.start, entity_id))
    for d, (path, text) in enumerate(docs):
        people = sorted(people_by_doc.get(d, []), key=lambda p: p[1])
        for start, end, entity_id in resolve_pronouns(text, found[d].sentences, people):
            entity = index.entities[entity_id]
            ref = MentionRef(path, start, end, text[start:end], derived=True)
            entity.mentions.append(ref)
            index._own(ref, entity_id)
