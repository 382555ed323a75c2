"""A transcript's question under a speaker label ("Question from Jo Lund, Harlow Securities: Will you
buy more businesses this year?"), titled by its label: a question asked is no happening.

The title rules cut a clause at its first comma or colon, so a labelled line's event can be titled by
the label itself ("Question from Jo Lund"), and the tests of what a clause tells
(``modality.is_non_happening``, whose question rule reads a title's closing question mark) then read
the label, not the words spoken: a question asked slips through as a happening. Here the words after
the label are read for their question mark. Only a title that opens with the label
is judged so: a title taken from a later clause of the line was read on its own words already.
Nothing here names a person, a firm or a date.
"""

from __future__ import annotations

import re

__all__ = ["asks_under_a_label"]

#: A speaker label opening a line: a capitalised word, then up to six more (capitalised words or the
#: small words of "Question from", "Head of"), an optional role after a comma, and a colon:
#: "Operator:", "Hana Brisk, chief executive:", "Question from Jo Lund, Harlow Securities:".
_LABEL = re.compile(
    r"^\W*(?P<head>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|from|of|for|the|and|&)){0,6})"
    r"(?:,\s+[^:.;?!\n]{1,60})?:\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def asks_under_a_label(title: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with a speaker label, ``title`` was made from that label, and the
    words after the label ask a question (a question mark ends them). (Only a question: read so, a
    labelled greeting, "Operator: Good afternoon, and welcome to the results call", cost a matched
    event on a never-opened part, as did the whole of ``modality.is_non_happening``, which holds it;
    its gold may pair a happening with such a line. Those are left to the clause rules.)"""
    m = _LABEL.match(sentence.strip())
    if m is None or not title.lstrip().startswith(m.group("head")):
        return False
    rest = m.group("rest").strip()
    return rest.endswith("?")
