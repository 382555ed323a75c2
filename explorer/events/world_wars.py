"""An act told during one of the two world wars: "During the First World War the army took over the
main building as a hospital".

Histories of institutions, towns and firms date many acts by the war they fell in, not by the calendar.
TimeML tags no war's name, so the tagger gives no date, and the act took the story's last date ("rebuilt
after a fire in 1906 … During the First World War the army requisitioned the maltings" was dated 1907).
A reader dates it within the war. The two world wars are general knowledge, the way a holiday's date
is: their spans are written here once, from the British entry to the armistice (1914-08-04 to
1918-11-11) and from the declaration to the end in Europe (1939-09-03 to 1945-05-08), the narrowest
windows a reader would give. Other wars are named by pages that tell their dates, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.events.record import Event

#: "During the First World War", "in the Second World War", "throughout World War II", "during the
#: Great War", "in WWII": a preposition of time within the war, then its name.
_DURING = re.compile(
    r"\b(?:[Dd]uring|[Ii]n|[Tt]hroughout)\s+(?:the\s+)?(?:"
    r"(?P<first>First\s+World\s+War|World\s+War\s+(?:I|One|1)(?![\w])|Great\s+War|WWI(?!I))|"
    r"(?P<second>Second\s+World\s+War|World\s+War\s+(?:II|Two|2)(?![\w])|WWII|WW2))\b")
_SPANS = {"first": (date(1914, 8, 4), date(1918, 11, 11)), "second": (date(1939, 9, 3), date(1945, 5, 8))}


def dated_by_a_world_war(events: list[Event]) -> list[Event]:
    """``events`` with each act that has no calendar date of its own, told in a sentence that opens its
    clause with "during the First/Second World War" before the act's words, dated within that war."""
    out = []
    for event in events:
        war = None if event.certainty == "exact" or event.timex else _DURING.search(event.sentence)
        if war is None:
            out.append(event)
            continue
        begin, end = _SPANS["first" if war.group("first") else "second"]
        out.append(replace(event, begin=begin, end=end, certainty="inferred",
                           derivation=f"{event.derivation}; within the war the sentence names"))
    return out
