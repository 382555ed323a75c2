"""An office held set off by commas after a clause's subject, with the body it is held in: "The Queen,
Patron, visited the hospital", "The Duke, President, the Royal Sailing Trust, attended a dinner",
"Lady Marr, Chairman of the Trustees, opened the wing".

Why: a court circular, a society's notice or a programme writes a person's honorary office in
capitals right after them, as a name is written, so the title rules took the office for the name
apposed to the subject ("The chef, Ines Marlow, spent …" names Ines Marlow) and titled "Patron visits
the hospital", "President attends a dinner". The office tells in what capacity the person acted; the
subject is who acted. Only general English: the office's words are role words every room shares
(``names.PERSON_ROLES``, ``names.TITLE_WORDS``) and a few honorary ones; nothing here knows a name.
"""

from __future__ import annotations

import re

from explorer.events.names import PERSON_ROLES, TITLE_WORDS
from explorer.events.titles.finish import is_verb

#: Honorary offices that no trade list holds, written capitalised after a person: "Patron",
#: "Colonel-in-Chief", "Honorary Fellow", "Vice-President".
HONORARY_OFFICES = frozenset("patron patroness vice colonel in chief honorary fellow trustee visitor commodore "
                             "commandant warden master provost rector dean chair treasurer".split())
_OFFICE_WORDS = PERSON_ROLES | TITLE_WORDS | HONORARY_OFFICES
#: The subject (no comma in it), the office in capitals (one to three words, hyphens allowed), perhaps
#: "of" and the body, or the body set off by its own commas, then the verb.
_OFFICE_ASIDE = re.compile(
    r"^(?P<subject>[A-Z][^,;:()]{1,60}?),\s+(?P<office>[A-Z][a-z]+(?:-[a-z]+)*(?:-[A-Z][a-z]+)?"
    r"(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;:()]{1,60}?|,\s+(?:the\s+)?[A-Z][^,;:()]{1,60}?)?,\s+"
    r"(?P<rest>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b.*)$",
    re.DOTALL,
)


def _is_office(words: str) -> bool:
    """Whether every part of ``words`` ("Colonel-in-Chief", "Vice-President") is an office's word."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p]
    return bool(parts) and all(p in _OFFICE_WORDS for p in parts)


def without_office_aside(clause: str) -> str:
    """``clause`` without the office aside after its subject (see the module's docstring); unchanged
    unless the aside is all office words and a verb follows it."""
    m = _OFFICE_ASIDE.match(clause)
    if m is None or not _is_office(m.group("office")) or not is_verb(m.group("verb")):
        return clause
    return f"{m.group('subject')} {m.group('rest')}"
