"""Dawn and dusk on a dated day: "at dawn on 6 June", "On 3 March the column halted at dusk".

A history tells when in the day by the light ("at daybreak", "by nightfall") as often as by the
clock. Alone such a word dates nothing (the corpora leave "at sunset" unmarked), but said of a day
it is that day's morning or evening, as "Saturday morning" is. The rule only finds the word; which
day it belongs to is known once every candidate is read (``explorer.temporal.daylight``), which
drops the ones that have no day.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_posts import is_post
from explorer.temporal.normalize import Spec

#: the part of the day (TimeML's codes) each word of light stands for
DAYLIGHT = {"dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO",
            "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sundown": "EV"}
#: what a day-bound word of light is read as until its day is found
DAYLIGHT_VALUE = "DAYLIGHT"


@rule(r"\b(?:at|by|before|after|until|till|around|toward|towards|from|near)\s+(?P<w>dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset|sundown)\b(?![-'’])",
      re.IGNORECASE, priority=1, trigger=r"(?i:dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset|sundown)")
def daylight_word(m: re.Match[str], text: str) -> Cand | None:
    """ "at dawn", "by nightfall": a part of the day still to be put on a day (see the module)."""
    if is_post(text) or not m["w"].islower():
        return None  # a post's sunset is the day it was posted (rules_posts); "at Sunset" is a name
    pod = DAYLIGHT[re.sub(r"\s+", " ", m["w"].lower())]
    return Cand(m.start("w"), m.end(), "under", "TIME", spec=Spec("D", part_of_day=pod), value=DAYLIGHT_VALUE)


__all__ = ["daylight_word", "DAYLIGHT", "DAYLIGHT_VALUE"]
