"""A year with a hedge before it ("about 1860", "around 1200 BC", "circa 1450", "c. 1700") is one
expression with TIMEX3 mod APPROX: every writer of the gold marks the hedge with the year (22 of 22 in
the readable and opened parts), and the tagger read the year alone. A count after "about" ("about 1500
people") stays no year. Session forty-three (h43g, page genres: a house listing's "built in about 1860").

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


@pytest.mark.parametrize("sentence, expression, value", [
    ("The cottage was built for quarry workers in about 1860, on a quiet lane.", "about 1860", "1860"),
    ("The mill opened around 1790 and closed circa 1850.", "around 1790", "1790"),
    ("The mill opened around 1790 and closed circa 1850.", "circa 1850", "1850"),
    ("The barn dates from c. 1700 and was re-roofed later.", "c. 1700", "1700"),
    ("The tablet was made around 1200 BC in the south of the island.", "around 1200 BC", "BC1200"),
    ("About 1819 the family left the farm for the town.", "About 1819", "1819"),
    ("A chapel stood here from roughly 1420, the deeds say.", "roughly 1420", "1420"),
    ("The font is thought to have been carved in approximately 1150.", "approximately 1150", "1150"),
    # session 60 (h60d): a hedge right after a passive verb, or after "born", "died", "dated to": a
    # passive has no object to count, so the number says when
    ("The mill was built about 1899 and sold around 1900.", "about 1899", "1899"),
    ("The portrait was painted about 1640 by an unknown hand.", "about 1640", "1640"),
    ("Her great-grandfather was born about 1819 in the hills.", "about 1819", "1819"),
    ("The oldest beams in the barn are dated to about 1250.", "about 1250", "1250"),
])
def test_a_hedged_year_is_one_expression_marked_approximate(sentence: str, expression: str, value: str) -> None:
    got = [(t.text, t.value, t.mod) for t in tag(sentence, date(2026, 11, 20))]
    assert (expression, value, "APPROX") in got, got


def test_a_hedged_count_is_no_year() -> None:
    assert not [t for t in tag("About 1500 people came to the fair on Saturday.", date(2026, 11, 20)) if "1500" in t.text]


@pytest.mark.parametrize("sentence", [
    # guard rows (pass on 692b3d58 too): a count after a passive and a preposition, or after "be"
    "The fire was fought by about 1500 volunteers from three towns.",
    "The village was home to about 1500 people before the war.",
    "The crowd was about 1500 on the opening night.",
])
def test_a_hedged_count_after_a_verb_is_no_year(sentence: str) -> None:
    assert not [t for t in tag(sentence, date(2026, 11, 20)) if "1500" in t.text]
