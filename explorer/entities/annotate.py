"""Who and where for a whole corpus: mentions per document, then kinds, aliases and pronouns across
documents, giving an ``ActorIndex`` and events with their ``actors`` and ``places`` filled. This
module runs the passes in order; each pass lives in a module named for what it decides."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Sequence

from explorer.entities.aliases import name_key, org_key
from explorer.entities.canonical_names import make_index
from explorer.entities.datelines import dateline_part, is_state_abbreviation
from explorer.entities.fold import fold_token
from explorer.entities.gazetteer import ascii_lower_phrase
from explorer.entities.index import ActorIndex, MentionRef
from explorer.entities.kinds import (
    ORG, PERSON, PLACE, CorpusVocabulary, base_kind, clean, name_words, resolve_single,
    is_adjective, single_word_override,
)
from explorer.entities.lone_names import mention_evidence as _mention_evidence
from explorer.entities.mention import DocumentMentions, Mention
from explorer.entities.mentions import find_mentions
from explorer.entities.place_words import place_name
from explorer.entities.name_item import NameItem
from explorer.entities.org_groups import group_orgs, names_by_initials
from explorer.entities.people_groups import SentenceWords, group_people, is_regnal
from explorer.entities.person_evidence import require_person_evidence
from explorer.entities.places_by_use import (
    locate_names, locate_single_names, people_named_like_towns, place_where_placed_elsewhere,
)
from explorer.entities.pronouns import resolve_pronouns
from explorer.events.gender import sex_in_text


def build_index(docs: Sequence[tuple[str, str]], found: Sequence[DocumentMentions] | None = None,
                known_full_names: Iterable[tuple] = ()) -> ActorIndex:
    """``docs``: (path, text) pairs. ``found``: their ``find_mentions`` results, if already computed
    (for example in worker processes). ``known_full_names``: name keys of people named in full in
    documents not given here (an import's stored people, ``extend``), whose surnames and given names
    a one-word name is read against as a whole run reads it against the corpus's."""
    if found is None:
        found = [find_mentions(text) for _, text in docs]
    vocab = CorpusVocabulary.of(found)
    items: list[NameItem] = []
    by_position: dict[tuple[int, int], NameItem] = {}
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
                if kind is None:
                    kind = _person_read_in_own_document(m, vocab, dm, text)
            if kind is None and len(m.words) >= 2 and org_key(m.words) in defined:
                kind = ORG  # "The Salt Lanterns are a folk-rock band": a name of common words, defined as one
            if kind == PERSON and not m.titled and org_key(m.words) in defined:
                kind = ORG  # "the Kelby Falcons": a person's name takes no article, nor is it plural
            if kind is None:
                continue
            item = NameItem(d, m, kind)
            by_position[(d, i)] = item
            items.append(item)

    people_named_like_towns(items)
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

    locate_single_names(items)
    locate_names(items, docs)
    place_where_placed_elsewhere(items)
    monarchs = frozenset((item.doc, item.mention.start) for item in items
                         if item.kind == PERSON and is_regnal(item.mention, docs[item.doc][1]))
    group_people(items, full_forms, SentenceWords(docs, found), monarchs)
    require_person_evidence(items, [text for _, text in docs])
    items = [item for item in items if item.kind]
    group_orgs(items, found, by_position)
    for item in items:
        if item.kind == PLACE:
            item.group = ("place", place_name(item.mention.text) or ascii_lower_phrase(item.mention.text))
    names_by_initials(items)

    index = make_index(items, docs)
    sexes_read = _add_pronouns(index, items, docs, found)
    # the readings a label asks besides the names (where subjects start, roles, pronoun bounds), as a
    # reopened project reads them again (one way of finding them, not two); the sexes the pronouns
    # were resolved with are passed on, not read from the text again
    index.read_documents({path: (text, dm.sentences) for (path, text), dm in zip(docs, found)}, sexes_read)
    return index


def _person_read_in_own_document(m: Mention, vocab: CorpusVocabulary, dm: DocumentMentions, text: str) -> str | None:
    """``PERSON`` when a name of two words or more is a person's as its own document reads it, though a
    later word of it is a common word elsewhere in the corpus ("Colin Marsh" beside another article's
    "the salt marsh", "Anya Moss" beside "moss on the roof"): a surname that is also a noun says
    nothing of the name, unless the name's own article writes that noun. Its first word is still read
    against the whole corpus, and only a person's name is made so, one the article shows to be a
    person's (a role, a title, a verb of saying, a "who" after it): a place's common last word ("Tully
    Farm", "Morrow City") is read against the corpus as before. None otherwise."""
    words = name_words(m)
    if len(words) < 2 or len(words) > 3 or not all(w[:1].isupper() for w in words) or any(map(is_adjective, words)):
        return None  # (nor "A devout Roman Catholic, he …": a faith's or a people's adjective, no surname)
    first = words[0].lower()
    own = dm.lower_words | ({first} if first in vocab.lower_words else set())
    kind = base_kind(m, CorpusVocabulary(frozenset(own), vocab.noninitial))
    if kind != PERSON or not (_WHO_AFTER.match(text, m.end) or any(_mention_evidence(o) for o in dm.mentions if o.words == m.words)):
        return None  # ("Tully Farm", "Morrow City": a place's or a team's common last word, no one's surname)
    return kind


#: A relative "who" right after a name: "Colin Marsh, who had led the trust": a person's.
_WHO_AFTER = re.compile(r",?\s+who\b")


def _names_a_noun(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the common noun after it, whose article the "the"
    before it is: "the Bush administration", "the Tyler family"."""
    return bool(re.match(r"\s+[a-z]{3,}", text[end:end + 30]))


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


def _add_pronouns(index: ActorIndex, items: list[NameItem], docs: Sequence[tuple[str, str]],
                  found: Sequence[DocumentMentions]) -> dict[str, dict[str, str | None]]:
    """Add the pronoun mentions that stand for a person of ``index``; returns the sex the text gives
    each person asked about, {path: {name: sex or None}} (``ActorIndex.read_documents`` reads it then)."""
    sexes_read: dict[str, dict[str, str | None]] = {}
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
        sexes = sexes_read.setdefault(path, {})

        def sex_of(entity_id: str, text: str = text, sexes: dict[str, str | None] = sexes) -> str | None:
            name = index.entities[entity_id].name
            if name not in sexes:
                sexes[name] = sex_in_text(name, text)
            return sexes[name]

        for start, end, entity_id in resolve_pronouns(text, found[d].sentences, people, sex_of):
            entity = index.entities[entity_id]
            ref = MentionRef(path, start, end, text[start:end], derived=True)
            entity.mentions.append(ref)
            index._own(ref, entity_id)
    return sexes_read
