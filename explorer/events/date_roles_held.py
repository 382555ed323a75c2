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
    r"|had\s+(?:(?:a|an|its|their|his|her|own)\s+|" + _COUNT + r"\s+)(?![a-z]+(?:ed|en)\b)"
    # (a bare plural held: "by mid-April the vines had shoots ten centimetres long"; not a participle, "had
    # seen", nor a word before "of", "had dozens of …", read by the count)
    r"|had\s+(?![a-z]+(?:ed|en|ss|us|is)\b)[a-z]{3,}s\b(?!\s+of\b))",
    re.IGNORECASE)


#: A participle after "was" or "were": the regular ones, and the irregular ones a deed is told with ("was
#: built", "were sold", "was torn down", "was struck", "were sunk").
_PARTICIPLE = (r"(?:[a-z]+(?:ed|en|wn|orn)|made|built|sold|shut|held|set|put|paid|hit|cut|lost|won|found|left|kept|sent|done|"
               r"born|split|spent|told|brought|bought|caught|taught|thought|led|fed|met|laid|rebuilt|struck|stuck|hung|"
               r"sunk|dug|shot|run|begun|seen|come|gone|overrun|swept|dealt|felt|meant|read|said|spun|wound|"
               r"back|being|to|"
               # (a completion is the act's end, a happening: "Flowering was complete by 20 June")
               r"complete|completed|over|done|finished)")
#: "be" in the past with no participle, then "by" the date: "The harvest was complete by mid-August", "The
#: last span was in place by the end of November", "He was home by 6pm", "The ferry was ready by the spring":
#: how things stood by then, not a happening on it. A deed done by then keeps its date ("The roof was
#: repaired by Friday", "The city was abandoned by the end of the century"), and so does a return ("was
#: back", read by ``date_roles_figures.state_reached_by``).
_BE_STATE_BEFORE_BY = re.compile(
    r"\b(?:was|were)\s+(?:(?:still|already|all|nearly|almost|largely|fully|safely|[a-z]+ly)\s+)?"
    r"(?:(?!" + _PARTICIPLE + r"\b)[a-z]{3,}|(?:in|at|on|out\s+of|under)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)"
    r"\s+by\s+(?:about\s+|around\s+)?(?:the\s+)?$", re.IGNORECASE)


def be_state_by(clause: str) -> bool:
    """Whether the date after "by" ends a clause telling a state in "be" with no participle (see
    :data:`_BE_STATE_BEFORE_BY`). ``clause``: the date's clause up to the date."""
    return _BE_STATE_BEFORE_BY.search(clause) is not None


def held_by_then(sentence_before: str, after: str) -> bool:
    """Whether a date after an opening "By" times what was held then, not a happening (see
    :data:`_BY_OPENS`, :data:`_HELD_AFTER`). ``sentence_before``: the sentence up to the date."""
    return bool(_BY_OPENS.search(sentence_before) and _HELD_AFTER.match(after))


#: A span of a decade or more: "the 1990s", "the late 1880s", "the 6th century", "the end of that decade",
#: "the first millennium BC".
_ERA = re.compile(r"\b(?:\d{3,4}s|\d{2}s|decade|century|centuries|millennium|era|age)\b", re.IGNORECASE)
#: A perfect of growth or decline right after the subject: "had lost half its population", "had shrunk to
#: a fortified harbour", "had grown to twice its size", "had fallen into disrepair", "had become a port".
_CHANGED_AFTER = re.compile(
    r"^\s*,?\s+(?:(?!(?:had|has|have|was|were|is|are|will|would|did)\b)[\w'’-]+\s+){1,6}?"
    r"(?:had|has|have)\s+(?:already\s+|largely\s+|long\s+|also\s+)?"
    r"(?:lost|shrunk|shrank|grown|fallen|declined|dwindled|risen|doubled|trebled|tripled|halved|swollen|spread|"
    r"expanded|contracted|become|sunk|decayed)\b", re.IGNORECASE)


def changed_by_an_era(sentence_before: str, date_text: str, after: str) -> bool:
    """Whether "By" and a span of a decade or more open a clause whose perfect tells a growth or a
    decline reached by then: "By the 1990s the firm had lost most of its customers", "and by the 6th
    century it had shrunk to a fortified harbour". The sum of a long change, which no day saw; a deed
    done by then, "By the mid-1860s five countries had bought the design", keeps its date (see
    :data:`_ERA`, :data:`_CHANGED_AFTER`)."""
    return bool(_BY_OPENS.search(sentence_before) and _ERA.search(date_text) and _CHANGED_AFTER.match(after))
