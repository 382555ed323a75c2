"""A second object told without its verb or its noun: "We lost our first son in 1986 and our second in 1988",
or after a comma alone ("We lost our first son in 1986, our second in 1988").

The second date's title runs the first clause on into the gapped object ("We lose our first son and our
second"), which names the first happening, not the second. A reader fills the gap from the first
object: the same verb and the same noun, with the second's word that picks one of the kind ("We lose our
second son"; "She won her first title in 2001 and her second in 2004" -> "She wins her second title").
Only general English: a determiner, a picking word (an ordinal of the lexicon's, "next", "other", a
superlative) and the noun the first object names.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import ORDINALS

#: Determiners a gapped object may open with, its noun left out: "and our second in 1988".
_DETERMINERS = r"(?:our|my|his|her|their|its|the)"
#: Words that pick one of a kind, which a gapped object keeps while its noun is left out.
_PICKING = rf"(?:{'|'.join(w for w in ORDINALS if '-' not in w)}|next|other|[a-z]{{3,}}est|\d+(?:st|nd|rd|th))"
#: The sentence before the date ends on the gapped object: "… and our second in ", "…, our second in "
#: (the first object's own date may be a clock time, "the first raft at 08:49 and the second at ").
_GAPPED_BEFORE_DATE = re.compile(
    rf"\s(?P<first_det>{_DETERMINERS})\s+(?P<first_pick>{_PICKING})\s+(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)"
    rf"\s+(?:[^;:.!?]|(?<=\d)[:.](?=\d))+?(?:,?\s+and|,)\s+(?P<det>{_DETERMINERS})\s+(?P<pick>{_PICKING})\s+(?:in|on|at|during|by)?\s*$"
)
#: The run-on title's end: the first object and the gapped one after "and" or a comma.
_RUN_ON_TITLE = re.compile(rf"\s{_DETERMINERS}\s+{_PICKING}\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*(?:\s+and|,)\s+"
                           rf"{_DETERMINERS}\s+{_PICKING}$")

#: The gapped objects a first object's title runs on into: ", our second", " and our second", ", her
#: second and her third".
_GAPPED_TAIL = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+){_DETERMINERS}\s+{_PICKING}"
                          rf"(?:(?:,\s+(?:and\s+)?|\s+and\s+){_DETERMINERS}\s+{_PICKING})*$")


def gapped_object_title(title: str, before_date: str) -> str:
    """``title`` for the gapped object the date follows (see the module), when ``before_date`` (the
    sentence up to the date) ends on one after a first object with the same determiner and something
    between them (the first object's own date: "our first son in 1986"), and the title runs on into it;
    else ``title`` unchanged."""
    told = _GAPPED_BEFORE_DATE.search(before_date)
    run_on = _RUN_ON_TITLE.search(title)
    if run_on is not None and told is None:
        # the first object's own date ("We lost our first son in 1986, our second in 1988" at 1986): its
        # title ends on that object, not on the gapped ones after it ("We lose our first son")
        # (both objects before the one date, "We lost our first son and our second in 1988", are one act)
        tail = _GAPPED_TAIL.search(title)
        told_before = tail is not None and re.search(r"\s+".join(map(re.escape, tail.group().split())), before_date)
        return title[:tail.start()] if tail is not None and not told_before else title
    if told is None or run_on is None or told.group("det") != told.group("first_det") \
            or told.group("pick") == told.group("first_pick"):
        return title
    return f"{title[:run_on.start()]} {told.group('det')} {told.group('pick')} {told.group('noun')}"
