"""Who acted when a title's subject is something owned: "Nadia Orrin's grandfather builds it", "The
fund's board dismisses him", "Her memoir appears", "Montrel's captain breaks his wrist".

The owner says whose grandfather, board or memoir it is; the owned thing is who acted or underwent,
and what a reader names when asked "who?". Before this rule the owner's name, found first in the
clause, was the event's first (often only) actor: "Nadia Orrin" built the house her grandfather built,
"Tomas Brell" fell ill instead of his barrister. The owned thing is kept as a description ("the
fund's board", "her memoir", "Nadia Orrin's grandfather"): first when it is a person or a body who
acts, the owner after it; after the owner when it is a thing or an act of the owner's ("Nadia Ferro's
first novel is published": her novel, her lane). A description is no one's lane (:func:`explorer.events.agents.is_description` reads an
owner's name before a lower-case head as one). A name written right after the head ("Frank's brother
Albert", "The hospital's chief executive Dr. Ann Hale") is the actor itself: no description then.
Nothing here knows a particular name.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import DO_FORMS, FINITE_AUXILIARIES
from explorer.events.tense import LY_NOUNS, present_of
from explorer.number_words import cardinals

#: An owner before the subject's head: a name ("Nadia Orrin's", "Marta Ilves'"), a described owner
#: ("The fund's", "the Green Party's") or a possessive pronoun.
_OWNER = re.compile(
    r"^(?:(?:(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*|[a-z][\w-]*)\s+){0,3}(?:[A-Z][\w.&-]*|[a-z][\w-]*)(?:[’']s|s[’'])"
    r"|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
)
#: The most words of the owned thing's description: "its nose landing gear".
MAX_HEAD_WORDS = 3
#: Words that end the owned thing's description: what modifies it, a relative clause, a verb's
#: auxiliary, an adverb or a determiner of an appositive ("Okonkwo's party, the Social Democrats").
_ENDS = frozenset(
    """of in at on from for with over along near to by under between into across around who which that
    whose when while where and or but as is are was were be been has have had do does did will would can
    could may might must shall should a an the his her its their then also there now later
    off up out down away back over
    still once again he she it they we i you""".split()
)
#: Counts that open a verb's object ("opens two new schools") but no owned thing's head.
_NUMBERS = frozenset(cardinals(1, 10))


def _verb_like(word: str, after: str | None) -> bool:
    """Whether ``word`` reads as the verb after the owned thing's first word: an adverb before it
    ("briefly"), a past or participle the tense rules know ("fell", "written"), or a third person
    present ("meets", "dies") that the title follows with an object's or adjunct's opening word or
    nothing (``after``: the title's word after it): "The fund's board dismisses him", "Her memoir
    appears". A plural noun looks the same, but a noun or the verb follows it ("The EU's foreign
    affairs spokesman", "The company's three ships anchor"). The first word after an owner is always a
    noun or an adjective ("her combined army"), so this is only asked of the words after it."""
    if word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS:
        return True
    if present_of(word) is not None or word in ("written", "given", "taken", "seen", "known"):
        return True
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    if after in _AUXILIARIES:
        return False  # "Its two technicians are interviewed": a verb is never followed by another's auxiliary
    return after is None or after in _ENDS or after in _NUMBERS or after in ("him", "them", "us", "me")


_AUXILIARIES = FINITE_AUXILIARIES | DO_FORMS | {"be", "been"}


def _head(subject: str, title: str) -> tuple[re.Match[str], list[str], str | None] | None:
    """The owner, the owned thing's head words and the word that ended them, or None without an owner."""
    owner = _OWNER.match(subject)
    if owner is None:
        return None
    words = subject[owner.end():].split()
    told = _told(title)
    head: list[str] = []
    count: list[str] = []
    for word in words[:MAX_HEAD_WORDS + 2]:
        bare = word.rstrip(",;:")
        after = told[told.index(bare) + 1] if bare in told[:-1] else None
        if not re.fullmatch(r"[a-z][a-z-]*[a-z]|[a-z]", bare) or bare in _ENDS \
                or head and (bare in _NUMBERS or _verb_like(bare, after)):
            return owner, count + head, bare
        if bare in _NUMBERS and not head and not count:
            count.append(bare)  # "its two technicians": the count is no head, but is told
            continue
        head.append(bare)
        if bare != word or len(head) == MAX_HEAD_WORDS:
            break  # a comma closes the phrase: "Kvist's best-known design, …"
    return owner, count + head, None


def _told(title: str) -> list[str]:
    return [w.strip(",;:“”\"") for w in title.lower().split()]


def named_owned(subject: str | None, title: str) -> str | None:
    """The name written right after an owned thing's head, which is who acted ("Ivo Marsh's brother
    Anton Marsh sells it" -> the words from "Anton" on), or None."""
    found = _head(subject, title) if subject else None
    if found is None or not found[1] or not (found[2] or "")[:1].isupper():
        return None
    owner, head, _ = found
    rest = subject[owner.end():].split()[len(head):]
    return " ".join(w.rstrip(",;:") for w in rest)


def possessed_subject(subject: str | None, title: str) -> str | None:
    """The owned thing a title's subject names, as a description ("The fund's board" -> "the fund's
    board", "Her first attempt in 2024" -> "her first attempt", "Nadia Orrin's grandfather"), or None
    when ``subject`` (the title's subject as :func:`explorer.events.agents.title_subject` read it) has no
    owner before a lower-case head, or a name follows the head as its apposition. The head's last word
    must be written in ``title``'s opening words, so a subject read from another clause is not taken."""
    found = _head(subject, title) if subject else None
    if found is None:
        return None
    owner, head, ended = found
    if not head or (ended or "")[:1].isupper() or head[-1] not in _told(title)[:MAX_HEAD_WORDS + 6]:
        return None  # ("Frank's brother Albert": the name after the head is who acted, see named_owned)
    text = subject[:owner.end()] + " ".join(head)
    if text.split()[0].lower() in ("the", "his", "her", "its", "their"):
        text = text[:1].lower() + text[1:]
    return text


#: Owned heads that are people or bodies who act ("Ivo Marsh's daughter", "the fund's board", "Dufresne's
#: troops"), beside the roles of :data:`explorer.events.names.PERSON_ROLES`: the owned one acted, and a
#: reader names it first. Any other owned head is a thing or an act of the owner's ("Nadia Ferro's
#: first novel is published", "The company's profits fall", "Karl Dorn's resignation"): the owner's
#: name stays first, the owned thing after it.
OWNED_PEOPLE = frozenset(
    """mother father son daughter brother sister wife husband parent child children family grandfather
    grandmother grandson granddaughter descendant heir cousin nephew niece uncle aunt partner friend ally
    supporter follower member delegate delegation negotiator troop army force soldier men crew staff
    employee worker official barrister solicitor adviser advisor aide deputy successor predecessor
    team group board trustee executive committee cabinet government parliament council ministry
    administration coalition party union guard coastguard navy police general rearguard fleet ship
    sponsor client rival""".split()
)


def owned_one_acts(owned: str) -> bool:
    """Whether the owned description's head is a person or a body that acts (see :data:`OWNED_PEOPLE`)."""
    from explorer.events.names import PERSON_ROLES
    from explorer.events.titles.counts import singular

    head = owned.split()[-1].lower()
    return bool({head, singular(head)} & (OWNED_PEOPLE | PERSON_ROLES))


#: A name's owned thing as an actor: an owner's name, then its lower-case head ("Nadia Orrin's
#: grandfather"); see :func:`explorer.events.agents.is_description`.
OWNED_BY_NAME = re.compile(r"[’']s?\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$")
