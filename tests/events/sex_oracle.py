"""The sex a text gives a name, read the slow way: one pattern per name searched over the whole text.

The reference :mod:`explorer.events.gender` must agree with: it reads the same shapes from patterns
compiled once, right around each mention of the name (a pattern per name cost a compilation per
person of every document)."""

from __future__ import annotations

import re

from explorer.events import gender


def sex_over_the_whole_text(name: str, text: str) -> str | None:
    if not name or not text:
        return None
    full, last = re.escape(name), re.escape(name.split()[-1])
    found = set()
    for sex, titles, nouns, pronoun in ((gender.MALE, gender._MALE_TITLES, gender._MALE_NOUNS, "He"),
                                        (gender.FEMALE, gender._FEMALE_TITLES, gender._FEMALE_NOUNS, "She")):
        shapes = (
            rf"\b(?:{titles})\.?\s+(?:[A-Z][\w’'-]*\s+)*?{last}\b",
            rf"\b{full},\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns})\b",
            rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns}),\s+{full},",
            rf"(?:^|[.!?]\s+|\n\s*){full}\b[^.!?]*[.!?]\s+{pronoun}\s+[a-z]",
        )
        if any(re.search(shape, text) for shape in shapes):
            found.add(sex)
    # (when the text tells neither, the first name may: the one fallback ``gender`` has for every shape)
    return next(iter(found)) if len(found) == 1 else None if found else gender.given_name_sex(name)
