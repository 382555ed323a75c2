"""The nouns that tell a person by what befell them or what they do, not by a name: "the patient",
"a 29-year-old man", "the former treasurer".

Two rules name whom a title's "He"/"She" stands for when the text told that person by such a noun, at
two stages that see different things (see each module's docstring for why they stay two):
:mod:`explorer.events.titles.described_subject` while a title is made, from the text alone ("The
former treasurer was interviewed in May. She repaid …"), and
:mod:`explorer.entities.title_described_person` after the name rules, with the document's entities
("A 29-year-old man was arrested …. He has since been released"). Both ask this one question of a
noun, and both give the pronoun's sex the one check of :func:`explorer.events.gender.agrees`, so that
neither takes "a widow" for a "he" the other would refuse.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES

#: Nouns for a person told by what befell them, what they do or the part they play in a report,
#: beside the roles of :data:`~explorer.events.names.PERSON_ROLES` and the sexed nouns of
#: :mod:`explorer.events.gender`.
DESCRIBED_PEOPLE = frozenset(
    """patient pensioner trainee deckhand porter medic worker student pupil resident tenant passenger victim suspect defendant
    teenager youth child baby toddler climber walker hiker swimmer diver motorist pedestrian rider cyclist
    driver customer caller visitor volunteer nurse paramedic apprentice cadet recruit soldier sailor
    fisherman crewman crewmember survivor casualty applicant claimant employee labourer shopkeeper
    landlord landlady neighbour stranger prisoner inmate offender
    treasurer secretary clerk accountant trustee accused member official""".split()
)


def is_described_person(noun: str) -> bool:
    """Whether ``noun`` (a head noun, lower case) tells a person: "patient", "treasurer", "widow"."""
    return noun in DESCRIBED_PEOPLE or noun in PERSON_ROLES or re.fullmatch(gender.PERSON_NOUNS, noun) is not None
