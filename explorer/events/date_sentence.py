"""The sentence a date stands in, read back from the date.

Why a module of its own: the roles of a date (``date_roles`` and its siblings, ``date_roles_terms``)
are told by the words of its sentence before it, and each needs the same cut; ``date_roles`` imports
its siblings, so the cut cannot live there without an import cycle.
"""

from __future__ import annotations

import re

#: A sentence's end and the space after it, before the next sentence's first letter or quote.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def sentence_before(before: str) -> str:
    """The part of ``before`` in the date's sentence: what follows the last sentence break. (Found by
    one scan for the last break: a backtracking ``.*`` search for it restarted at every character
    when there was none, and took a millisecond a date on a page of dates run together.)"""
    last = None
    for last in SENTENCE_BREAK.finditer(before):
        pass
    return before[last.end():] if last else before


def whole_sentence_before(text: str, start: int) -> str:
    """The date's sentence up to the date at ``start``, read back at most 300 characters and never
    past its line's start."""
    before = text[max(0, start - 300):start]
    line = before.rfind("\n")
    return sentence_before(before[line + 1:] if line != -1 else before)


__all__ = ["SENTENCE_BREAK", "sentence_before", "whole_sentence_before"]
