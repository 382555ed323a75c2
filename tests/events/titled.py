"""The title ``make_title`` gives an expression of a sentence, for tests written as sentences: the one
helper the session-21 title tests share, instead of a copy of it in each."""

from __future__ import annotations

from explorer.events.titles import make_title


def title_at(sentence: str, expression: str, *others: str) -> str:
    """The title of the event dated by ``expression`` in ``sentence``; ``others``: its other dates."""
    start = sentence.index(expression)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return make_title(sentence, start, start + len(expression), others=spans)
