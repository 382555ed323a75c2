"""An act joined by "and" after a relative clause set off by commas ("The crew reopened the old mine,
which had closed in 1998, and pumped out the water") belongs to the main clause, not to the relative:
the date inside the relative ("1998") is the closing's, and the pumping has no date of its own. It took
the relative's year, as if the crew pumped in 1998. An act after a main clause's own date still shares
it. Every sentence here is written for this file."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(sentence: str) -> dict[str, date | None]:
    events = extract_document(Document("a.txt", "Notes\n\n" + sentence, "a")).events
    return {e.title: e.begin for e in events}


@pytest.mark.parametrize("sentence, act", [  # (``act``: words of the act's title)
    ("The crew reopened the old mine, which had closed in 1998, and pumped out the water.",
     "The crew pumps out the water"),
    ("The volunteers reopened the trench, which they had closed in 2019, and removed the spoil.",
     "The volunteers remove the spoil"),
    ("The buyers took over the mill, which had stood empty since 1987, and then replaced its roof.",
     "replaces its roof"),
    ("Officers searched the flat, where the suspect had lived until March 2011, and seized two laptops.",
     "Officers seize two laptops"),
    ("The council sold the depot, which was built in 1931, and moved its staff to the town hall.",
     "moves its staff"),
])
def test_the_act_takes_no_date_from_the_relative(sentence: str, act: str) -> None:
    dates = [day for title, day in _events(sentence).items() if act in title]
    assert dates == [None]


@pytest.mark.parametrize("sentence, act, day", [
    ("The abbot drained the marsh in 1402 and founded three farms.", "The abbot founds three farms", date(1402, 1, 1)),
    ("In February 2019 the trawler capsized in a storm, and one of its crew of three died.",
     "One of its crew of three dies", date(2019, 2, 1)),
])
def test_an_act_after_the_main_clauses_date_shares_it(sentence: str, act: str, day: date) -> None:
    assert _events(sentence).get(act) == day
