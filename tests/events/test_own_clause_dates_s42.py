"""An act with no date expression of its own takes the date its own clause tells (session 42, issue 12).

A clause joined to a dated one by "and" shares its time only when it tells none of its own: "…, and a
survey in 2019 counted", "… and sold the mill, where the firm had begun, to a developer in 2011". A
clause opened by "when" right after a date tells its act at that date ("from 1990 until 2012, when the
roof fell in"; "since March, when the rebels took the bridge"). Passages of our own; each row gives the
days its happening can have taken place.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.passage_windows import assert_in_window, passage_events, window_rows

PASSAGES = [
    ("joined-subject-date", None,
     "The reserve opened in 1985. A gale in March 2016 drowned hundreds of terns on the spit, and a count "
     "in 2021 found 640 nests on the dunes.",
     [("a count in 2021", "find|found", "2021-01-01", "2021-12-31")]),
    ("joined-date-after-relative", None,
     "The brewery was founded in 1880. The company marked its jubilee in 1930 and sold the old maltings, "
     "where the brewing had started, to a furniture maker in 1937.",
     [("sold the old maltings", "sell|sold", "1937-01-01", "1937-12-31")]),
    ("joined-passive-own-year", None,
     "The ledgers went missing in 1944. Two clerks swore that the manager burned them in the spring, and "
     "the ledgers themselves were recovered from an attic in Dorval in 2009.",
     [("recovered from an attic", "recover", "2009-01-01", "2009-12-31")]),
    ("when-after-range", None,
     "The tram opened in 1961. It carried passengers from 1975 until 2012, when engineers found cracks in "
     "its axles.",
     [("engineers found cracks", "find|found", "2012-01-01", "2012-12-31")]),
    ("when-after-since", date(2024, 9, 10),
     "The siege began in 2023. The defenders have given up six kilometres since March, when the rebels "
     "seized the bridge at Lorn after weeks of shelling.",
     [("the rebels seized", "seize", "2024-03-01", "2024-03-31")]),
    ("when-after-baseline", None,
     "The river rose in 1990. Engineers said the flood defences had held far better than in 1954, when a "
     "surge on the same bank killed 80 people.",
     [("a surge on the same bank", "kill|surge", "1954-01-01", "1954-12-31")]),
    ("which-clause-own-date", date(2025, 10, 1),
     "The paper was founded in 1990. On 3 October the Herald published emails in which a senior council "
     "officer warned the mayor about the unpaid rents as early as 2019.",
     [("a senior council officer", "warn", "2019-01-01", "2019-12-31")]),
    # the joined act keeps the dated clause's time when its own clause tells no date
    ("joined-no-date-of-its-own", None,
     "The port was built in 1850. The monks drained the marsh in 1402 and founded three farms on it.",
     [("founded three farms", "found", "1402-01-01", "1402-12-31")]),
]


@pytest.mark.parametrize("pid,cue,predicate,first,last", list(window_rows(PASSAGES, {})))
def test_act_takes_its_own_clause_date(pid: str, cue: str, predicate: str, first: str | None, last: str | None) -> None:
    assert_in_window(passage_events(PASSAGES, pid), cue, predicate, first, last)
