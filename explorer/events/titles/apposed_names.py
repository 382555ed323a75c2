"""A description as a clause's subject with a person's or a thing's name in apposition after it, the
name led by its own description: "The institute's first principal, the chemist Walter Brannan,
resigned", "His father, a chemist named Alun Rees, sent the fish", "The first of two new ships, the
Morwen Star, arrived". The name is who (or what) acted, and a title reads away from its paragraph:
"Walter Brannan resigns", "Alun Rees sends the fish", "The Morwen Star arrives".

The name is two to four capitalised words right before the aside's closing comma; before it the aside
may hold "the", "a" or "an" and up to three describing words ("the Canadian doctor", "a property
developer named"). A verb must follow the closing comma, so the aside sits between a subject and its
verb. ``subjects.name_for_role`` already takes a bare name's aside ("The Secretary of the Council, Rear
Admiral Ali Shamkhani, said"); this takes the ones with a description of their own. Only general
English: nothing here knows any particular name.
"""

from __future__ import annotations

import re

from explorer.events.titles.finish import is_verb, verb_at
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS

#: The name: two to four capitalised words (a particle between them allowed), never a date's month; one
#: word only when the aside is the name alone ("The first storm, Adela, formed").
_NAME = r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|de|van|von|da|al|le|la)\s+)?){0,3}[A-Z][\w’'-]*"
_APPOSED = re.compile(
    r"^(?P<described>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Oo]ne|[A-Z][\w’'-]*[’']s)\b[^,;:()]{0,60}?),\s+"
    r"(?:(?P<article>the|a|an)\s+(?P<role>(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}?)(?:named\s+|called\s+)?)?"
    r"(?P<name>" + _NAME + r"),\s+(?P<rest>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b.*)$",
    re.DOTALL,
)
#: The same with no commas, the name told by "named" or "called": "a young clerk named Arthur Penn joined
#: the firm", "A cavalry officer called Demaros seized the cities" (else read as the verb "names").
_NAMED_WITHOUT_COMMAS = re.compile(
    r"^(?:(?:Then|Later|Soon|Next|Finally|Eventually|Yesterday|Today|Meanwhile|Once)\s+)?"
    r"(?P<described>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:named|called)\s+(?P<name>" + _NAME + r")\s+(?P<rest>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b.*)$",
    re.DOTALL,
)
_WEEKDAYS = frozenset(FULL_WEEKDAYS)
_MONTHS = frozenset(FULL_MONTHS)


def name_in_apposition(clause: str) -> str:
    """``clause`` with a described subject replaced by the name apposed to it (see the module's
    docstring); else ``clause`` unchanged."""
    plain = _NAMED_WITHOUT_COMMAS.match(clause)
    if plain is not None and is_verb(plain.group("verb")) and not _MONTHS & set(plain.group("name").split()):
        return f"{plain.group('name')} {plain.group('rest')}"  # "a young clerk named Arthur Penn joined …"
    m = _APPOSED.match(clause)
    if m is None or not is_verb(m.group("verb")):
        return clause
    name = m.group("name")
    if len(name.split()) == 1 and (m.group("article") or not re.match(r"(?i)the\s+[a-z]", m.group("described"))
                                   or name in _WEEKDAYS or not name[1:].islower()):
        return clause  # one word: only a plain name set beside a description ("The first storm, Adela,")
    if _MONTHS & set(name.split()) or verb_at(m.group("described").split()) is not None:
        return clause  # ("The band recorded its album, Low Tide, …": a verb before the aside; a date's month)
    if m.group("article") and not m.group("role").strip():
        name = "The " + name  # "the Morwen Star": a thing's name keeps its article
    return f"{name} {m.group('rest')}"
