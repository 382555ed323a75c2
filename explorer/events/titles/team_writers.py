"""A diary's or a log's entry told with no subject, written by a team: "We", not "I".

Why: an entry with no subject ("Flew in from the coast at 09:20", "Dug the first pit") is titled with
the writer's "I" (``titles.subjects.diary_subject``) unless the text before it speaks as "we"
(``titles.document_subjects.speaks_as_we``). The first entries of a team's field notes, a band's tour
diary or a crew's log come before any "we", so they were titled "I fly in from the coast" while the rest
of the same page says "we" throughout and never "I": a reader takes the whole page's voice, so the
entry is the team's. Only a title whose "I" the rules supplied is changed (its sentence has no "I" of
its own), and only on a page that says "we", "our" or "us" and never "I", "my" or "me".
"""

from __future__ import annotations

from dataclasses import replace
import re
from typing import Sequence

from explorer.events.record import Event
from explorer.events.titles.document_subjects import speaks_as_we

#: A title opening with the writer's "I", and its verb.
_I_TITLE = re.compile(r"^I\s+(?P<verb>[a-z]+)\b")
#: "I am", "I was": the forms of "be" that change with "we".
_WE_FORMS = {"am": "are", "was": "were"}
#: The sentence's own "I" (not the Roman numeral of a name: "Edward I", "World War I").
_OWN_I = re.compile(r"(?<![A-Z][a-z] )(?<!War )\bI\b(?!\.)")


def team_entries(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` with "I" opening the title of a subjectless entry made "We" on a page that speaks as
    "we" throughout (see the module's text)."""
    if not speaks_as_we(text):
        return list(events)
    out = []
    for event in events:
        m = _I_TITLE.match(event.title)
        if m is None or _OWN_I.search(event.sentence):
            out.append(event)
            continue
        verb = m.group("verb")
        title = f"We {_WE_FORMS.get(verb, verb)}{event.title[m.end():]}"
        out.append(replace(event, title=title))
    return out
