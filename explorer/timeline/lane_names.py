"""A lane's name with its count note ("KMT (2 undated)"), fitted to the lane axis without losing the note.

The exported figure names each lane with how many of its events have no date. At a report column's
size the axis has room for some fifteen characters, and the name was cut like any title: the World
Wars folder by actor read "People's Army (1…" and "(no actor) (18…", a number with nothing to say
what it counts. The note is the part a reader cannot guess back, the name the part they can ("People's
Ar…" still names the lane beside its marks), so the name is what gets shortened and the note stays whole.
"""

from __future__ import annotations

import re
from typing import Callable

from explorer.timeline.labels import ELLIPSIS, fit_title

_UNDATED_NOTE = re.compile(r"^(?P<name>.*\S)\s+(?P<note>\(\d[\d,]* undated\))$")


def with_undated_note(label: str, undated: int) -> str:
    """``label`` with how many of its lane's events are undated, when any ("KMT (2 undated)")."""
    return f"{label} ({undated:,} undated)" if undated else label


def fit_lane_name(label: str, max_px: float, measure: Callable[[str], float]) -> str:
    """``label`` shortened to ``max_px`` as :func:`~explorer.timeline.labels.fit_title` does, except
    that a trailing count note (see :func:`with_undated_note`) is never cut. The name comes first: a
    name that fits whole is shown whole without its note ("Viet Minh", not "Viet… (1 undated)");
    a name that must be shortened anyway keeps the note whole beside it when two whole words of the
    name still fit there ("Northern quay… (2 undated)"); else the name alone is fitted ("Northern
    quay…", where "Nort… (2 undated)" or "The… (2 undated)" named nothing). The figure's Undated line still lists those events."""
    text = " ".join(label.split())
    found = _UNDATED_NOTE.match(text)
    if found is None or measure(text) <= max_px:
        return fit_title(text, max_px, measure)
    name, note = found["name"], " " + found["note"]
    if measure(name) <= max_px:
        return name
    room = max_px - measure(note)
    short = fit_title(name, room, measure) if room > 0 else ""
    if short and measure(short) <= room and _names_it(short, name):
        return short + note
    return fit_title(name, max_px, measure)


#: A shortened name beside its note keeps at least this many of the name's words.
MIN_WORDS_BESIDE_NOTE = 2


def _names_it(short: str, name: str) -> bool:
    """Whether ``short`` (``name`` shortened, with an ellipsis) still names the lane: it ends at one
    of the name's word ends and keeps at least :data:`MIN_WORDS_BESIDE_NOTE` words. One word is no
    name: thirty news articles exported at a report column's size read "The… (3 undated)" and
    ""So… (2 undated)" beside lanes a reader could not tell apart; "The Persian…" or "President
    Clinton…" can be, and the figure's Undated line still says which of their events have no date."""
    kept = short.removesuffix(ELLIPSIS).rstrip()
    whole_words = bool(kept) and name.startswith(kept) and (len(kept) == len(name) or name[len(kept)] == " ")
    return whole_words and len(kept.split()) >= min(MIN_WORDS_BESIDE_NOTE, len(name.split()))
