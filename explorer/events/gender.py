"""Whether the text itself tells a person's sex, so that "she" is not read as the last-named man.

A title that opens with "He" or "She" names whom the pronoun stands for (titles.py). Which person that
is depends on the sex the text gives each candidate, and only the text's own evidence counts here: an
honorific before the name ("Mrs Hale", "Sir John Vale"), a gendered noun in apposition ("Vera Lind, a
widow", "Anna Berg, his daughter"), or a sentence opening with the name followed by one opening with
"He" or "She". No list of first names: a name alone tells nothing.
"""

from __future__ import annotations

import re

MALE, FEMALE = "he", "she"

_MALE_TITLES = "Mr|Mister|Sir|Lord|King|Prince|Duke|Count|Baron|Father|Brother"
_FEMALE_TITLES = "Mrs|Ms|Miss|Madame|Mme|Lady|Dame|Queen|Princess|Duchess|Countess|Baroness|Sister"
_MALE_NOUNS = (
    "man|men|husband|widower|father|son|brother|uncle|nephew|grandfather|grandson|boyfriend|king|prince"
    "|actor|businessman|chairman|congressman|spokesman|sportsman|boy"
)
_FEMALE_NOUNS = (
    "woman|women|wife|widow|mother|daughter|sister|aunt|niece|grandmother|granddaughter|girlfriend|queen"
    "|princess|actress|businesswoman|chairwoman|congresswoman|spokeswoman|sportswoman|girl|waitress"
)

#: Nouns that name a person of either sex ("the duke's brother, Anselm,": a lone name after one is a person).
PERSON_NOUNS = f"{_MALE_NOUNS}|{_FEMALE_NOUNS}"


def _surname(name: str) -> str:
    return name.split()[-1]


def sex_in_text(name: str, text: str) -> str | None:
    """``MALE`` or ``FEMALE`` when ``text`` says which ``name`` is, None when it does not or says both."""
    if not name or not text:
        return None
    full, last = re.escape(name), re.escape(_surname(name))
    found: set[str] = set()
    for sex, titles, nouns in ((MALE, _MALE_TITLES, _MALE_NOUNS), (FEMALE, _FEMALE_TITLES, _FEMALE_NOUNS)):
        # "Mrs Hale", "Sir John Vale"
        if re.search(rf"\b(?:{titles})\.?\s+(?:[A-Z][\w’'-]*\s+)*?{last}\b", text):
            found.add(sex)
        # "Vera Lind, a retired actress," / "Anna Berg, his daughter,"
        if re.search(rf"\b{full},\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns})\b", text):
            found.add(sex)
        # "Her husband, Lars Remke,", "the duke's brother, Anselm,": the noun before the name
        if re.search(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns}),\s+{full},", text):
            found.add(sex)
        # "Vera Lind was born in 1890. She studied …": a sentence about the name, the next one's subject;
        # a line break opens a sentence too (a paragraph after a headline or a date line has no stop before it)
        pronoun = "He" if sex == MALE else "She"
        if re.search(rf"(?:^|[.!?]\s+|\n\s*){full}\b[^.!?]*[.!?]\s+{pronoun}\s+[a-z]", text):
            found.add(sex)
    return next(iter(found)) if len(found) == 1 else None


def fits(name: str, pronoun: str, text: str) -> bool:
    """False only when the text tells ``name``'s sex and it is not the one ``pronoun`` ("he"/"she") says."""
    sex = sex_in_text(name, text)
    return sex is None or sex == pronoun.lower()
