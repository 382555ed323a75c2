"""Who an event's clause is about when its subject is not a name: "She retires", "It opens",
"The company moves to Warwick", "The museum buys the collection".

An event's title is its clause told from the subject on, so the title's first words are the subject.
A name there is the actor already found in the clause. A pronoun or a description ("the company",
"the museum") stands for an actor named earlier in the same document, the last one of the same role:
"he"/"she" the last person named as a subject before it (else the last person named at all),
"it"/"they" and a description the last organisation named before it whose name ends with the
description's noun ("the museum" → "… City Museum"), or, for a general word for a body ("the
company", "the band", "the club"), an organisation of that kind named before it as a subject, the one
the story names most (then the one it named first, not the nearest): a company is no ministry or
office, and a place is no company. A description of a person by their
role ("the artist", "the coach") takes the last person named with that role beside their name ("the
designer Elsa Kvist", "Kvist, a painter"), else the one person named before it. A bare plural
("police", "officials") has no determiner and is no description: it stays un-named. Only mentions
of the same document count. Nothing here knows any particular name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from explorer.events import gender
from explorer.events.names import PERSON_ROLES, TITLE_WORDS
from explorer.events.titles.counts import singular
from explorer.events.tense import IRREGULAR_PASTS

if TYPE_CHECKING:  # the index imports this module
    from explorer.entities.index import Entity

#: How far back (characters) a pronoun or a description may look for the actor it stands for.
REACH = 3000
#: A pronoun looks back at least this many sentences before its own, whatever the paragraphs.
PRONOUN_SENTENCES = 2

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


def pronoun_horizons(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Where ``text``'s paragraphs and sentences start, for :func:`pronoun_horizon`. Paragraphs are
    parted by blank lines; a text with none is parted by its line ends."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text)) or list(_LINE_BREAK.finditer(text))
    return [0, *(m.end() for m in breaks)], sorted(start for start, _ in sentences)


def pronoun_horizon(paragraphs: Sequence[int], sentences: Sequence[int], offset: int) -> int:
    """The earliest offset whose mentions a pronoun at ``offset`` ("He resigned", "It collapsed") may
    stand for: the start of the paragraph before its own, or of the second sentence before its own when
    that is further back (a news story's paragraphs are often one sentence long). A pronoun is read
    against what the reader has just read; a name three paragraphs up was a description's to take
    ("the company"), whose noun says whom it means, never a pronoun's: "It collapsed" in a story's
    tenth paragraph is not the council of its first (the reach was 3,000 characters either way)."""
    import bisect

    here = bisect.bisect_right(paragraphs, offset) - 1
    paragraph = paragraphs[max(0, here - 1)] if here >= 0 else 0
    own = bisect.bisect_right(sentences, offset) - 1
    sentence = sentences[max(0, own - PRONOUN_SENTENCES)] if own >= 0 and sentences else 0
    return min(paragraph, sentence)

_PERSON_PRONOUN = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_THING_PRONOUN = re.compile(r"^(?:it|its|they|their)\b", re.IGNORECASE)
#: A determiner and up to three lower-case words: the description's noun is among them ("The
#: company moves …", "The new ferry terminal opens …").
_DESCRIPTION = re.compile(r"^(?i:the|this|that|its|their)\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\b")
#: Words for a body that stand for the organisation last named: "the company", "the band".
GENERAL_BODIES = frozenset(
    "company firm group band club team side squad business carrier airline retailer maker manufacturer "
    "operator charity society insurer lender bank brokerage publisher label studio developer supplier "
    "chain exporter importer utility automaker carmaker brewery".split()
)


#: Of ``GENERAL_BODIES``, the bodies that play, perform or gather members, which no company's name
#: (its last word a trade or a legal form: "Orland Foods", "Pellow Ltd") stands for: a firm may own
#: a club, sponsor a team or sign a band, and is none of them.
NO_COMPANY_BODIES = frozenset("club team side squad band charity society".split())


#: Last words of an organisation's name that make it an institution, not a company, band or club:
#: "the company" never stands for "… Safety Office" or "… County Commission".
INSTITUTION_HEADS = frozenset(
    "office ministry council department agency commission committee court parliament assembly government "
    "bureau authority board police service centre center university school college museum library hospital "
    "institute army navy force forces corps cabinet senate congress embassy station church abbey "
    "union league front movement party".split()
)


def _words(text: str) -> list[str]:
    """Lower-case words, a possessive's "'s" left off ("The company's profits" -> company, profits)."""
    return [re.sub(r"[’']s$", "", w.lower()) for w in re.findall(r"[\w’'-]+", text)]


def subject_kind(title: str) -> tuple[str, str] | None:
    """``("person", "")`` for a title opening with he/she, ``("org", "")`` for it/they, ``("org",
    noun words)`` for a description ("The museum buys …" → "museum"), else None."""
    title = title.strip()
    if _PERSON_PRONOUN.match(title):
        return "person", ""
    if _THING_PRONOUN.match(title):
        return "org", ""
    m = _DESCRIPTION.match(title)
    if m:
        nouns = _words(m.group(1))
        if any(w in PERSON_ROLES for w in nouns):
            return "person", m.group(1)  # "the artist", "the coach said": a person by their role
        return "org", m.group(1)
    return None


def resolve_subject(
    title: str, before: Sequence[tuple[int, Entity]], is_subject_at: Callable[[int], bool],
    roles_at: Callable[[int], frozenset[str]] | None = None, is_place: Callable[[str], bool] | None = None,
    sex_of: Callable[[Entity], str | None] | None = None,
) -> Entity | None:
    """The actor the title's subject stands for. ``before``: (offset, entity) of the actors named in
    the document before the event's sentence, in text order; ``is_subject_at(offset)``: whether a
    mention there opens its sentence or clause (a subject); ``roles_at(offset)``: the role nouns
    written beside the person mentioned there ("the designer Elsa Kvist"); ``is_place(name)``: whether
    a name is a known place (an organisation that is really a place is no company); ``sex_of(entity)``:
    the sex the text gives a person (``events.gender``), None when it does not say. A "He"/"She" passes
    over a person the text gives the other sex, as a reader does ("Jory Marrow, a fisherman, …. Jory
    died in 1999. She kept working": not Jory), and as the title rules do (``events.titles.pronouns``)."""
    kind = subject_kind(title)
    if kind is None:
        return None
    wanted, description = kind
    candidates = [(at, e) for at, e in reversed(before) if e.kind == wanted]
    if not candidates:
        return None
    if wanted == "person":
        if description:
            return _person_by_role(description, candidates, roles_at)
        if sex_of is not None:
            from explorer.entities.aliases import is_company_name  # the index imports this module

            # (nor a company the index took for a person: "Valdmark Dairies … a junior accountant found
            # the ledger. She reported it": no one named, not the dairy)
            pronoun = title.split(" ", 1)[0]
            candidates = [(at, e) for at, e in candidates
                          if gender.agrees(sex_of(e), pronoun) and not is_company_name(e.name)]
            if not candidates:
                return None
        subjects = [e for at, e in candidates if is_subject_at(at)]
        return subjects[0] if subjects else candidates[0][1]
    if not description:
        subjects = [e for at, e in candidates if is_subject_at(at) and not (is_place and is_place(e.name))]
        return subjects[0] if subjects else None
    nouns = [w for w in _words(description) if len(w) > 2]
    nouns += [singular(w) for w in nouns if singular(w) != w]  # "the two companies": bodies of that kind
    for _, entity in candidates:
        heads = {_words(name)[-1] for name in (entity.name, *entity.variants) if _words(name)}
        if heads & set(nouns):
            return entity
    if set(nouns) & GENERAL_BODIES:
        from explorer.entities.aliases import is_company_name  # the index imports this module

        # "the company", "the band": a body of that kind named as a subject before, never an office,
        # a council or a place, nor an organisation only ever named in passing; of several, the one
        # named so most often (the story's company, not a dateline's state), then the nearest; "the
        # club" or "the team" never a company's name ("Orland Foods bought the club"): one that plays
        not_a_firm = bool(set(nouns) & NO_COMPANY_BODIES)
        told = {entity.id for at, entity in candidates
                if is_subject_at(at) and _is_body(entity) and not (is_place and is_place(entity.name))
                and not (not_a_firm and is_company_name(entity.name))}
        if told:

            named: dict[str, int] = {}
            first: dict[str, int] = {}
            for at, entity in candidates:
                named[entity.id] = named.get(entity.id, 0) + 1
                first[entity.id] = at  # candidates run backwards: the last one written is the first named

            def rank(entity: Entity) -> tuple[bool, int, int]:
                # a company's name over a product's; the story's company is the one it names most, then
                # the one it named first (the headline's, the lede's), not the nearest
                return is_company_name(entity.name), named[entity.id], -first[entity.id]

            best = max(rank(e) for _, e in candidates if e.id in told)
            return next(e for _, e in candidates if e.id in told and rank(e) == best)
    return None


def _is_body(entity: Entity) -> bool:
    """Whether an organisation can be called "the company", "the band", "the club": not an institution,
    whose head may stand before an "of" ("Court of Appeal", "Ministry of Health")."""
    words = _words(entity.name)
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    return bool(words) and words[-1] not in INSTITUTION_HEADS and head not in INSTITUTION_HEADS


def _person_by_role(
    description: str, candidates: Sequence[tuple[int, Entity]], roles_at: Callable[[int], frozenset[str]] | None
) -> Entity | None:
    """ "the artist": the last person written with that role beside their name, else the only person
    named before (the one a biography or a profile is about), else no one."""
    role = {w for w in _words(description) if w in PERSON_ROLES}
    if roles_at is not None:
        for at, entity in candidates:
            if roles_at(at) & role:
                return entity
    if role and role <= OTHER_PARTY_ROLES:
        return None  # "The judge sets a trial date" in a report naming only the defendant: not him
    people = {entity.id for _, entity in candidates}
    if len(people) != 1:
        return None
    written = set().union(*(roles_at(at) for at, _ in candidates)) if roles_at is not None else set()
    if role & TITLE_WORDS and written and not written & TITLE_WORDS:
        # "the engineer Hugo Marsh …. The premier resigned": an office the one person named was never
        # written with, who is told by a trade instead (a painter may be "the artist", not "the premier")
        return None
    return candidates[0][1]


#: Roles held by someone who deals with the story's person, rarely by that person: in a report that
#: names only a defendant, a patient or a traveller, "the judge", "the prosecutor", "the doctor" or
#: "the ambassador" is someone else, named or not, unless the text writes the role beside a name.
OTHER_PARTY_ROLES = frozenset(
    "judge prosecutor lawyer attorney detective inspector officer doctor surgeon spokesman spokeswoman "
    "spokesperson ambassador envoy diplomat driver pilot".split()
)


#: How far either side of a person's mention its role may be written: "the designer Elsa Kvist",
#: "Elsa Kvist, a poster designer,".
ROLE_REACH = 40


def mention_roles(text: str, start: int, end: int) -> frozenset[str]:
    """The role nouns written right before a person's mention or in an aside right after it."""
    before = text[max(0, start - ROLE_REACH):start]
    before = re.split(r"[.!?;:,\n]", before)[-1]
    after = text[end:end + ROLE_REACH]
    aside = re.match(r"\s*,\s*((?:the|a|an|its|their|our)\s[^,.;]*)", after)
    words = _words(before)[-1:] + (_words(aside.group(1)) if aside else [])  # "the painter Ines Marr"
    return frozenset(w for w in words if w in PERSON_ROLES)


def named_subject(title: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity whose name or a spelling of it opens ``title`` ("Ruth Abernathy retires", where the
    clause itself said "She"), the longest such spelling first."""
    best: tuple[int, Entity] | None = None
    # "The Harbour Kings win …" opens with "Harbour Kings"; "The opposition Renewal Party holds …" with
    # "Renewal Party" (lower-case words before a name describe it)
    # (never past a verb in the present: "The railway reaches Ostervik" opens with no name)
    title = re.sub(r"^The\s+(?:(?!(?:in|of|at|on|for|from|to|with|by|and|near|off)\s)[a-z][\w-]*[^s\W]\s+){0,3}(?=[A-Z])",
                   "", title)
    for entity in entities:
        for name in (entity.name, *entity.variants):
            if name and title.startswith(name) and title[len(name):len(name) + 1] in ("", " ", "’", "'"):
                if best is None or len(name) > best[0]:
                    best = (len(name), entity)
    return best[1] if best else None


#: Before a subject: nothing since the sentence or clause began, or only a determiner or a time, or a
#: possessive and the noun the name is apposed to ("Her play Salt Houses opened", "Her husband Tom Vale died").
_OPENS = re.compile(r"(?:^|[.!?;:\n—–]\s*|,\s+(?:and\s+|but\s+)?|\band\s+)(?:the\s+|a\s+|an\s+|"
                    r"(?:her|his|its|their|our|my)\s+(?-i:[a-z][\w-]*\s+){1,2})?$", re.IGNORECASE)


#: After a subject: its verb, maybe past a partner's name ("Hollins & Reade said"), an aside or a
#: parenthesis ("Net Menders, their first album, was released"), a time ("X on Monday recalled"), or
#: a possessive ("Lumen Foods' profits fell"); not an object's list or a place ("toured Germany and
#: the Netherlands that autumn").
_VERB_AFTER = re.compile(
    r"\.?(?:[’']s?\s|(?:\s*&\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:,[^,.;]{1,80},)?\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:(?:on|in|at|last|this|earlier|later|early|late)\s+(?:[\w.’']+\s+){0,2}?)?(?:[a-z]+ly\s+|also\s+|then\s+)?"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|was|were|is|are|has|had|have|will|would|can|could|may|might|must|shall|should|did|does|do|"
    + IRREGULAR_PASTS + r")\b)"
)


def subject_starts(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Of the mentions ``spans`` ((start, end) pairs), the starts of those in subject position: they
    open a sentence or a clause (see :data:`_OPENS`) and a verb follows them (:data:`_VERB_AFTER`)."""
    return {at for at, end in spans if _OPENS.search(text[max(0, at - 40):at]) and _VERB_AFTER.match(text, end)}
