"""The verbs of telling, promising and knowing, in one table: "said", "told reporters", "promised",
"predicted", "heard that", "knew".

Why: the tagger asks whether a "would" after a verb is a future reported as said ("promised the line
would open", :mod:`~explorer.temporal.clause_direction`), the events ask whether a date sits inside
what was told ("The court heard that …", ``titles.framed_clauses``) and whether a name after a verb is
the subject of a told clause rather than an object ("said the harbour master Karl Voss left",
``titles.subject_relatives``). Each had written its own list and the lists had grown apart. Here each
verb is written once, in its past and its "-s" present, in the group that says how it behaves; each
reader joins the groups it needs with :func:`telling_forms`.
"""

from __future__ import annotations

from typing import Iterable

#: Verbs of saying: before a bare noun they still most often open what was said ("said the mayor
#: had resigned"), rarely act on it.
SAYING_VERBS: dict[str, str] = {
    "said": "says", "told": "tells", "added": "adds", "stated": "states", "announced": "announces",
    "reported": "reports", "confirmed": "confirms", "claimed": "claims", "insisted": "insists",
    "warned": "warns", "noted": "notes", "explained": "explains",
}
#: Verbs of a promise or a forecast: what follows is to come ("promised the road would reopen",
#: "predicted rates would fall").
FORESEEING_VERBS: dict[str, str] = {
    "promised": "promises", "pledged": "pledges", "vowed": "vows", "assured": "assures",
    "undertook": "undertakes", "agreed": "agrees", "predicted": "predicts", "forecast": "forecasts",
    "estimated": "estimates", "expected": "expects", "projected": "projects",
}
#: Verbs of believing, knowing or learning: "believed the ship was lost", "heard the mill had closed".
KNOWING_VERBS: dict[str, str] = {
    "believed": "believes", "thought": "thinks", "knew": "knows", "learned": "learns", "learnt": "learns",
    "heard": "hears",
}
#: Verbs of telling or finding that before a bare noun most often act on it ("wrote the report",
#: "found the car", "revealed the plans", "showed the house"): a telling only with "that" after them.
TELLING_WITH_THAT_VERBS: dict[str, str] = {
    "wrote": "writes", "found": "finds", "ruled": "rules", "alleged": "alleges", "revealed": "reveals",
    "admitted": "admits", "showed": "shows", "established": "establishes", "recalled": "recalls",
    "remembered": "remembers",
}

#: Verbs by which a page tells what it printed: "described as", "referred to", "quoted", "listed"; with
#: "suggested", "implied", "asserted". A correction marks such a telling as wrong ("was wrongly
#: described as", :mod:`~explorer.events.corrected_errors`).
PRINTING_VERBS: dict[str, str] = {
    "suggested": "suggests", "implied": "implies", "asserted": "asserts", "described": "describes",
    "referred": "refers", "attributed": "attributes", "printed": "prints", "quoted": "quotes", "listed": "lists",
}


def telling_forms(*groups: dict[str, str], past: bool = True, present: bool = False, without: tuple[str, ...] = ()) -> str:
    """The pasts and/or presents of the verbs of ``groups`` (but ``without``), as a bare regex
    alternation in a fixed order, longest first (so no form stops at a shorter one it starts with)."""
    words: set[str] = set()
    for group in groups:
        for past_form, present_form in group.items():
            words.update(w for w, wanted in ((past_form, past), (present_form, present)) if wanted)
    words.difference_update(without)
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
