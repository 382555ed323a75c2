"""The last pass over a document's titles: a present perfect told as a headline tells it.

"Harbour police have closed the seafront road" reads on a timeline as "Harbour police close the
seafront road". The perfect stays in titles while the document's events are built, because the folds
read it there as news whose day the text gives elsewhere ("X has died", then "X died on Sunday");
once they are done, nothing else needs it, and the title takes the headline's present.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.tense import headline_tense
from explorer.events.titles.second_predicates import second_predicate_in_present

#: A title that may hold a present perfect: the auxiliary as a word of its own.
_PERFECT = re.compile(r"\b(?:has|have)\s")


def perfects_as_headlines(events: Sequence[Event]) -> list[Event]:
    """``events`` with each title's present perfect in the present ("has rescued" -> "rescues"), and a
    second predicate joined by "and"/"but" in the present too (see ``second_predicates``): both are
    the headline's tense, put once the folds no longer read the sentence's own."""
    out = []
    for event in events:
        title = headline_tense(event.title, perfect=True) if _PERFECT.search(event.title) else event.title
        title = second_predicate_in_present(title, event.sentence)
        out.append(replace(event, title=title) if title != event.title else event)
    return out
