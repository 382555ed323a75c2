"""The verbs of a state that goes on, in one table: "remains shut", "stayed open", "will continue",
"lasted a week", "the road stands closed", "the pumps run all night".

Why: several readers ask whether a verb tells a state rather than an act: a title that runs on into
"and stayed open" ends before it (``run_on_titles``), a dated section that opens "The upper road stays
closed" tells no act of its day (``section_entries``), a second predicate "and remained there until
1955" or "and will stay shut" is no second act (``second_predicate_dates``), and "lived in the city and
fought for its schools" tells a cause (``joined_clauses``). Each had written its own list, in the one
tense it needed, and the lists had grown apart. Here each verb is written once with its forms; each
reader takes the subset it needs, in the tenses it needs, by :func:`state_forms`.
"""

from __future__ import annotations

from typing import Iterable

#: Each verb of a state: its bare form, its "-s" present and its past.
_FORMS: dict[str, tuple[str, str]] = {
    "remain": ("remains", "remained"), "stay": ("stays", "stayed"), "continue": ("continues", "continued"),
    "last": ("lasts", "lasted"), "persist": ("persists", "persisted"),
    "stand": ("stands", "stood"), "lie": ("lies", "lay"), "hold": ("holds", "held"), "sit": ("sits", "sat"),
    "run": ("runs", "ran"), "keep": ("keeps", "kept"), "live": ("lives", "lived"),
    "seem": ("seems", "seemed"), "look": ("looks", "looked"), "feel": ("feels", "felt"),
    "sound": ("sounds", "sounded"), "appear": ("appears", "appeared"),
    "lead": ("leads", "led"), "head": ("heads", "headed"), "chair": ("chairs", "chaired"), "play": ("plays", "played"),
}

#: A state going on from before: "remains shut", "stayed open", "will continue", "lasted two days",
#: "persists". After an act joined by "and" it tells no second act ("closed on 19 October and will
#: remain shut").
GOING_ON = ("remain", "stay", "continue", "last", "persist")
#: Where or how a thing stands: "the tower stands", "the wreck lay", "held the title", "sat on the board".
PLACED = ("stand", "lie", "hold", "sit")
#: An office or a part held for a stretch: "led the party until 1990", "chaired the board", "played for
#: the club".
OFFICES = ("lead", "head", "chair", "play")
#: Where a life stays or a thing stands: "lived in the city", "stayed at the inn", "remained in Paris",
#: "stood", "lay", "held". Narrower than :data:`GOING_ON` with :data:`PLACED`: after "lasted",
#: "continued" or "persisted" a joined move is the thing's own happening ("The drought lasted through
#: the summer and spread to the northern farms"), not a cause a life's state tells.
STAYS = ("live", "stay", "remain", "stand", "lie", "hold")
#: How a thing seems: "the water looks brown", "it seems calm", "the house feels empty".
SEEMING = ("seem", "look", "feel", "sound", "appear")


def state_forms(verbs: Iterable[str], *, bare: bool = False, present: bool = False, past: bool = False) -> str:
    """The forms of ``verbs`` (keys of the table) asked for, as a bare regex alternation in a fixed order,
    longest first so no form stops at a shorter one it starts with ("remained" before "remain")."""
    words: set[str] = set()
    for verb in verbs:
        s_form, past_form = _FORMS[verb]
        words.update(w for w, wanted in ((verb, bare), (s_form, present), (past_form, past)) if wanted)
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
