"""A date after "By" that opens a clause telling what was held then: "By the 4th century BC the city lay
between two empires", "by 1910 the family owned nine mills", "by the end of the decade the order ran twelve
hospitals", "By noon the line stretched round the block", "by May the orchard had a hundred trees". How things stood by the date (an estate, a
size, a place, a number held), the sum of what went before, not a happening on it. A deed done by then
keeps its date ("By the evening the rebels had withdrawn from the bridge", "By noon the captain had ordered the
cargo thrown overboard"), and so does "be" with a participle (``date_roles_figures.stood_or_promised_by`` reads "be"
with anything else).

Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.number_words import spelled

#: "By" opening the date's clause: at the sentence's start, after a colon or a semicolon, or after a
#: conjunction that joins a new clause ("…, and by 1900 …").
_BY_OPENS = re.compile(r"(?:^\W*|[;:]\s*|(?:[,;:]\s*|\s)(?:and|but|so|yet)\s+)By\s+$", re.IGNORECASE)
_COUNT = r"(?:\d[\d,]*|" + spelled(2, 19) + r"|twenty|thirty|forty|fifty|sixty|hundreds|thousands|dozens|some|about|around|nearly|almost|more\s+than|over|only|just)"
#: The clause after the date: a subject of one to six words (no auxiliary among them) and a verb of
#: holding: owning, lying or standing somewhere, numbering, employing, housing, running a count of
#: things, stretching, or "had" a thing (not a participle: "had withdrawn" is a deed).
_HELD_AFTER = re.compile(
    r"^\s*,?\s+(?:(?!(?:had|has|have|was|were|is|are|will|would|did)\b)[\w'’-]+\s+){1,6}?(?:"
    r"(?:owned|lay|numbered|employed|housed|stretched|covered|controlled|dominated)\b"
    r"|stood\b(?!\s+(?:down|up|aside|for|trial|by|firm)\b)"
    r"|(?:ran|carried)\s+(?:" + _COUNT + r"|the|a|an|its|their|his|her)\b"
    r"|had\s+(?:(?:a|an|its|their|his|her|own)\s+|" + _COUNT + r"\s+)(?![a-z]+(?:ed|en)\b))",
    re.IGNORECASE)


def held_by_then(sentence_before: str, after: str) -> bool:
    """Whether a date after an opening "By" times what was held then, not a happening (see
    :data:`_BY_OPENS`, :data:`_HELD_AFTER`). ``sentence_before``: the sentence up to the date."""
    return bool(_BY_OPENS.search(sentence_before) and _HELD_AFTER.match(after))
