"""A subject told as a person and then named: "a cavalry officer named Demaros seized the cities".

Why: the title rules drop "named …" as a participle's aside after the subject ("A cavalry officer
declares himself king") or keep the owner's description ("His father, a chemist named Alun Rees, sent
the fish" -> "His father sends the fish"), and the title names no one a reader of the timeline can
find again. The name after "named" or "called" is whom the clause tells of: "Demaros declares himself
king", "Alun Rees sends the fish". Only when the noun before "named" is a person's (a role, a kin word,
a doer's "-er", "-or", "-ist", "-ian") and a verb follows the name. Nothing here knows a name.
"""

from __future__ import annotations

from dataclasses import replace
import re
from typing import Sequence

from explorer.events import gender
from explorer.events.record import Event
from explorer.events.names import PERSON_ROLES, short_name

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][\w’'-]+){0,2})"
#: "(…, )a cavalry officer named Demaros (,) seized", "His father, a chemist named Alun Rees, sent".
_NAMED_SUBJECT = re.compile(
    r"(?:^|,\s+)(?P<subject>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*)(?:,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun2>[a-z][\w-]*))?"
    rf"\s+(?:named|called)\s+{_NAME})(?P<comma>,?)\s+(?=[a-z]+\b)"
)


#: A phrase of time or place opening the sentence before its subject's comma: "After the war, …".
_OPENER = re.compile(r"^\s*(?:After|Before|In|On|During|By|From|Since|Until|At|Last|This|Early|Late|Following|Later|Soon)\b[^,]*$")


def _person_noun(noun: str | None) -> bool:
    if not noun:
        return False
    return re.fullmatch(rf"(?:{gender.PERSON_NOUNS})", noun, re.IGNORECASE) is not None or noun in PERSON_ROLES \
        or re.search(r"(?:er|or|ist|ian)$", noun) is not None


def named_subject(clause: str) -> str:
    """``clause`` opening on the name a person subject is given ("Demaros seized …"), else unchanged."""
    m = _NAMED_SUBJECT.search(clause)
    if m is None or not (_person_noun(m.group("noun2")) or _person_noun(m.group("noun"))):
        return clause
    if m.start() > 0 and not _OPENER.match(clause[:m.start()]):
        return clause  # "They met in the yard, where a crane driver named …": another clause's subject
    if m.group("noun2") is not None and m.group("comma") != ",":
        return clause  # "His father, a chemist named Alun Rees sent": the aside never closes
    return f"{short_name(m.group('name'))} {clause[m.end():]}"


def _subject_opening(sentence: str) -> tuple[str, str] | None:
    """(the words a title keeps of the subject, the name) for a sentence whose subject is a person then
    named ("His father, a chemist named Alun Rees, sent …" -> ("His father", "Alun Rees")), or None."""
    m = _NAMED_SUBJECT.search(sentence)
    if m is None or named_subject(sentence) == sentence:
        return None
    kept = re.split(r",|\s+(?:named|called)\s", m.group("subject"))[0].strip()
    return kept, short_name(m.group("name"))


def name_named_subjects(events: Sequence[Event]) -> list[Event]:
    """``events`` whose title opens with the words of a subject the sentence then names ("His father
    sends the fish" of "His father, a chemist named Alun Rees, sent the fish") titled by the name: the
    title rules that cut the sentence by its clauses or dates kept the description and lost the name."""
    out = []
    for event in events:
        found = _subject_opening(event.sentence)
        if found is not None:
            kept, name = found
            if event.title.lower().startswith(kept.lower() + " ") and len(kept.split()) >= 2:
                event = replace(event, title=f"{name} {event.title[len(kept) + 1:]}")
        out.append(event)
    return out
