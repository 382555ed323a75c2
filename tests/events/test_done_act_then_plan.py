"""A done act joined by "and" to an act to come that holds the sentence's date: two events, the plan on
the date and titled with the subject both share, the done act with no date of its own.

"Both have been charged with robbery and will appear before magistrates on Thursday": readers list the
appearance on Thursday and the charge, undated. The builder had one event at Thursday titled with the
charge (the appearance lost), or a run-on title "Both are will appear" (a perfect's "have" read into the
subject). Sentences written for this test, of several kinds of reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_PAGE = date(2022, 1, 10)

CASES = [
    ("Both have been charged with robbery and will appear before magistrates on Thursday.", "both will appear",
     date(2022, 1, 13), "charged"),
    ("The two firms have agreed terms and will sign the deal on 1 March 2024.", "the two firms will sign the deal",
     date(2024, 3, 1), "agree"),
    ("The museum has bought the painting and will show it from 4 June.", "the museum will show it",
     date(2022, 6, 4), "buys"),
    ("The council has approved the budget and will vote on the tax rate on 12 March.", "the council will vote",
     date(2022, 3, 12), "approves"),
    ("The club sacked its manager and will name a successor next week.", "the club will name a successor",
     date(2022, 1, 17), "sacks"),
    ("The band has finished recording and will release the album on 7 October.", "the band will release the album",
     date(2022, 10, 7), "finishes"),
    ("Three players have been suspended and will miss the final on 12 June.", "three players will miss the final",
     date(2022, 6, 12), "suspended"),
    ("The airline has grounded the jet and will inspect its engines on Friday.", "the airline will inspect its engines",
     date(2022, 1, 14), "grounds"),
    ("Researchers have collected the samples and will publish the results in May.", "researchers will publish the results",
     date(2022, 5, 1), "collect"),
]


@pytest.mark.parametrize(("text", "plan", "day", "done"), CASES)
def test_the_plan_takes_the_date_and_the_done_act_has_none_of_its_own(text: str, plan: str, day: date, done: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), _PAGE).events
    planned = [e for e in events if e.title.lower().startswith(plan)]
    assert len(planned) == 1 and planned[0].begin == day, [(e.title, e.begin) for e in events]
    before = [e for e in events if done in e.title.lower()]
    assert len(before) == 1 and before[0].begin is None and not before[0].timex, [(e.title, e.begin) for e in events]
    assert " will " not in before[0].title and not before[0].title.split()[1:2] == ["have"]


def test_a_done_act_with_a_date_of_its_own_keeps_it() -> None:
    events = extract_document(Document("a.txt", "The council closed the pool in May and will reopen it in September.",
                                       "A"), _PAGE).events
    assert sorted((e.timex, e.begin) for e in events) == [("May", date(2021, 5, 1)), ("September", date(2022, 9, 1))]
