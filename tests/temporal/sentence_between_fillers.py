"""One sentence of our own between two paragraphs that tell no time, tagged on a page of a given day:
the tests of how a sentence's dates resolve see the sentence as a paragraph of a page, not a page
alone (a page of one line reads as a heading)."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag
from explorer.temporal.timex import Timex

FILLER = "The council met again to discuss the plans for the new road.\n\n"


def tagged_sentence(sentence: str, dct: date) -> list[Timex]:
    """The expressions tagged inside ``sentence``, told between two fillers on a page of ``dct``."""
    text = FILLER + sentence + "\n\n" + FILLER
    lo, hi = len(FILLER), len(FILLER) + len(sentence)
    return [t for t in tag(text, dct) if lo <= t.start < hi]
