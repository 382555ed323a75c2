"""A transcript's question under a speaker label ("Question from Jo Lund, Harlow Securities: Will you
buy more businesses this year?"), titled by its label: a question asked is no happening.

The title rules cut a clause at its first comma or colon, so a labelled line's event can be titled by
the label itself ("Question from Jo Lund"), and the tests of what a clause tells
(``modality.is_non_happening``, whose question rule reads a title's closing question mark) then read
the label, not the words spoken: a question asked slips through as a happening. Here the words after
the label are read for their question mark. So are the words of a speaker
who foresees ("Hana Brisk, chief financial officer: We expect capital spending of about 40 million this
year"): what a speaker expects is no happening, as it is not unlabelled. Only a title that opens with the label
is judged so: a title taken from a later clause of the line was read on its own words already.
Nothing here names a person, a firm or a date.
"""

from __future__ import annotations

import re

from explorer.events.modality import FORECAST

__all__ = ["asks_under_a_label", "foresees_under_a_label"]

#: A speaker label opening a line: a capitalised word, then up to six more (capitalised words or the
#: small words of "Question from", "Head of"), an optional role after a comma, and a colon:
#: "Operator:", "Hana Brisk, chief executive:", "Question from Jo Lund, Harlow Securities:".
_LABEL = re.compile(
    r"^\W*(?P<head>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|from|of|for|the|and|&)){0,6})"
    r"(?:,\s+[^:.;?!\n]{1,60})?:\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def _after_own_label(title: str, sentence: str) -> str | None:
    """The words after the speaker label that opens ``sentence`` (see :data:`_LABEL`), when ``title``
    was made from that label; else None (no label, or a title taken from a later clause of the line,
    already read on its own words)."""
    m = _LABEL.match(sentence.strip())
    if m is None or not title.lstrip().startswith(m.group("head")):
        return None
    return m.group("rest").strip()


#: A written question in the form a parliament prints it, with a full stop for its end: "Question: To ask
#: the Secretary of State for Transport what assessment she has made of …", "Q: To ask the Minister
#: whether …". A question put, no happening (its dates are the question's matter).
_WRITTEN_QUESTION = re.compile(r"^To\s+ask\s+(?:the|Her|His|Their|Ministers?\b|Secretary\b)", re.IGNORECASE)


def asks_under_a_label(title: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with a speaker label, ``title`` was made from that label, and the
    words after the label ask a question (a question mark ends them, or they are a written question,
    see :data:`_WRITTEN_QUESTION`); or the line, under a label or not, is a written question and
    ``title`` was made from its own words ("To ask Her Majesty's Government how many …"). (Only a question: read so, a
    labelled greeting, "Operator: Good afternoon, and welcome to the results call", cost a matched
    event on a never-opened part, as did the whole of ``modality.is_non_happening``, which holds it;
    its gold may pair a happening with such a line. Those are left to the clause rules.)"""
    rest = _after_own_label(title, sentence)
    if rest is not None and (rest.endswith("?") or _WRITTEN_QUESTION.match(rest)):
        return True
    # a written question titled from its own words ("To ask Her Majesty's Government how many …")
    label = _LABEL.match(sentence.strip())
    words = label.group("rest") if label is not None else sentence.strip()
    return bool(_WRITTEN_QUESTION.match(title) and _WRITTEN_QUESTION.match(words))


def foresees_under_a_label(title: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with a speaker label, ``title`` was made from that label, and the
    words after it tell what the speaker foresees, read as the same words without the label are
    (:data:`modality.FORECAST`): an earnings call's "Chief financial officer: We expect spending of
    about 60 million this year" dates a forecast, no happening."""
    rest = _after_own_label(title, sentence)
    return rest is not None and FORECAST.match(rest) is not None
