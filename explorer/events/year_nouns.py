"""A year that names which happening a noun is: "the 1962 merger with Saltney Rovers", "a year after the
2003 strike", "The 2024 boundary review, which cut the number of wards, takes effect in May 2026".

Such a year is the noun's happening's date, not the main clause's; beside another date of the clause,
titled from the main clause, both read as one happening and fold into one event
(``one_happening.one_per_clause``), losing the noun's. The year's event is titled from the noun's
phrase ("The merger with Saltney Rovers", "The strike", "The boundary review"). Only nouns the event
rules read as happenings (:mod:`explorer.events.happening_nouns`) and a few of a body's changes; nothing
here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.happening_nouns import HELD_OR_BEFALLING, NEWS_NOUNS, OCCURRENCE_NOUNS, alternation
from explorer.events.record import Event

#: A body's or a plan's changes, which a year before the noun dates as well ("the 1998 takeover", "the
#: 2024 boundary review").
_CHANGES = frozenset("merger takeover review purchase sale restructuring reorganisation reorganization reform "
                     "expansion redevelopment refit rebuild rebuilding relaunch".split())
_NOUN = alternation(NEWS_NOUNS | HELD_OR_BEFALLING | OCCURRENCE_NOUNS | _CHANGES)

#: Right before the year: a determiner or an owner ("the 1962 …", "its 2019 …", "Harrow's 1998 …").
_OWNER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|(?-i:[A-Z])[\w’'-]+[’']s)\s+$", re.IGNORECASE)
#: Right after the year: up to two modifiers, the noun, and what it is of or with (no clause break).
_NOUN_AFTER = re.compile(
    rf"^\s+(?P<phrase>(?:(?!(?:and|or|but|was|were|is|are|had|has)\b)[a-z][\w-]*\s+){{0,2}}?(?P<noun>{_NOUN})s?\b"
    r"(?:\s+(?:of|with|between|against|at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})?)")


def year_noun_title(event: Event) -> str | None:
    """The title of the happening a noun names when the event's date is a bare year standing between
    the noun's determiner or owner and the noun ("the 1962 merger with Saltney Rovers": "The merger
    with Saltney Rovers"), or None."""
    if not re.fullmatch(r"\d{4}", event.timex or ""):
        return None
    at, end = event.timex_start - event.sentence_start, event.timex_end - event.sentence_start
    if not _OWNER_BEFORE.search(event.sentence[:at]):
        return None
    m = _NOUN_AFTER.match(event.sentence[end:])
    if m is None:
        return None
    return "The " + " ".join(m.group("phrase").split())
