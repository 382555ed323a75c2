"""Clauses whose subject or adverb says no single happening is told: nobody did it ("Nobody was
convicted over the raid"), it was done again and again ("The castle changed hands often"), or the
reader is told what to do ("Plant out your early potatoes around Good Friday").

Kept apart from :mod:`explorer.events.modality`, which reads modals, states and reports, and which
calls :func:`tells_no_single_happening` from ``is_non_happening``. Each pattern reads a title, the
clause as the title rules tell it (its first predicate). Nothing here names a person, place or date.
"""

from __future__ import annotations

import re

#: A subject that names no one: "Nobody was convicted", "No one was hurt", "None of the crew survived",
#: "Neither side has won". What did not happen to anyone is no happening (a death toll, "Two people were
#: killed", names those it happened to, and is read elsewhere).
_NOBODY = re.compile(r"^\W*(?:Nobody|No\s+one|Not\s+one|None(?:\s+of\s+(?:the|them|those|these|its|their|his|her)\b)?|"
                     r"Neither(?:\s+of)?\b)\s", re.IGNORECASE)
#: An adverb of frequency that ends the clause: "The castle changed hands often", "The two boards met
#: regularly". Many happenings, none a timeline can place. (``modality``'s habit pattern reads the
#: adverb before the verb: "Traders often sell before a holiday". Acts counted apart, "visited the plant
#: repeatedly in 2009 and 2012", are one event spanning their years, as the gold README says: left alone.)
_OFTEN_AT_END = re.compile(r"\b(?:often|regularly|frequently|occasionally|routinely|habitually|"
                           r"sometimes|seldom|rarely)\W*$", re.IGNORECASE)
#: The reader told what to do, a guide's or a recipe's step: a bare verb opening the clause with the
#: reader's own thing after it ("Plant out your first potatoes", "Take your passport", "Feed your starter
#: twice a day"). What the reader is to do is no happening the text reports. (Told with a name or a
#: plain object, "Bring a coat", "Meet the makers", it is read by ``modality``'s instructions, which list
#: their verbs.)
_TO_THE_READER = re.compile(r"^\W*(?-i:[A-Z])[a-z]+(?:\s+(?:out|up|in|off|down|back|on|over|away))?\s+(?:(?:all|both|some|any)\s+(?:of\s+)?)?"
                            r"(?:your|yours|yourself|yourselves)\b", re.IGNORECASE)


def tells_no_single_happening(title: str) -> bool:
    """Whether the clause titled ``title`` (its first predicate) tells nobody doing anything, a thing
    done again and again, or a step the reader is to take (see the patterns above)."""
    return bool(_NOBODY.search(title) or _OFTEN_AT_END.search(title) or _TO_THE_READER.search(title))
