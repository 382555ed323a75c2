"""Whom a "he" or "she" of a later clause stands for: the person the sentence opens with.

"Dana Holt resigned as chair on Monday, six weeks after she lost a vote of confidence": a title made
from the "after" clause alone ("She loses a vote of confidence") names no one, and a reader takes the
pronoun for the main clause's subject, the one person the sentence has named. Only when nobody else
could be meant: no other capitalised name between the two (a day or a month aside), no "him"/"her"
the person acted on, and no sex the text gives the person that the pronoun denies. General English
only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.tense import IRREGULAR_PASTS, REGULAR_PAST
from explorer.events.titles.pronouns import acts_on_the_pronoun

#: A sentence opening on a person's name and its verb: "Dana Holt resigned", "Ines Moreau had left".
_OPENING_PERSON = re.compile(
    r"^\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:[a-z]+ly\s+)?"
    rf"(?:{REGULAR_PAST}|{IRREGULAR_PASTS}|was|had|has|is|will|would)"
)
#: The pronoun opening a later clause of the sentence: after a subordinator or a joining word.
_LATER_CLAUSE = r"\b(?:after|before|when|since|until|because|once|while|and|but)\s+(?:then\s+|later\s+)?"
#: Capitalised words that name no one: days, months, seasons' and holidays' words.
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday christmas easter i""".split()
)


def main_clause_person(title: str, sentence: str, text: str) -> str | None:
    """The name that ``title``'s opening "He"/"She" stands for when the pronoun opens a later clause of
    ``sentence`` whose main clause opens on that person (see the module's text); None otherwise.
    ``text``: the document, which may tell the person's sex."""
    opening = re.match(r"(He|She)\s+(?P<verb>[a-z]+)", title)
    person = _OPENING_PERSON.match(sentence)
    if opening is None or person is None:
        return None
    pronoun = opening.group(1).lower()
    stem = re.escape(opening.group("verb")[:max(3, len(opening.group("verb")) - 3)])
    later = re.search(rf"{_LATER_CLAUSE}{pronoun}\s+(?:[a-z]+ly\s+|had\s+|was\s+|has\s+)?{stem}", sentence[person.end():])
    if later is None:
        return None
    between = sentence[person.end():person.end() + later.start()]
    if any(word.lower() not in _NOT_NAMES for word in re.findall(r"\b[A-Z][\w’'-]*", between)):
        return None  # "Holt beat Sarne on Monday, a day after she …": another name, another person
    if re.search(r"\b(?:he|she)\b", between, re.IGNORECASE):
        return None  # an earlier pronoun of the sentence already stood for someone
    name = person.group("name")
    if acts_on_the_pronoun(name, sentence[:person.end() + later.start()], pronoun) \
            or not gender.fits(name, pronoun, text):
        return None
    return name
