"""A dated title that runs on into a second act with a date of its own ("The ferry left at 9 a.m. and
returned on Friday") ends before it: the second date's event tells the return. Before, the split made
a second "The ferry returns on Friday" at 9 a.m., which folded the leaving away. A second act with no
date of its own is still split off at the first date. Sentences written for this file."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document

PAGE = date(2028, 3, 14)  # a Tuesday


def _events(sentence: str) -> dict[str, date | None]:
    events = extract_document(Document("a.txt", "Harbour notes\n\n" + sentence, "a"), dct=PAGE).events
    return {e.title: e.begin for e in events}


@pytest.mark.parametrize("sentence, first, second", [
    ("The ferry left at 9 a.m. and returned on Friday.", "The ferry leaves", ("The ferry returns", date(2028, 3, 10))),
    ("The ferry left Oslo at 9 a.m. and returned on Friday, the operator said.", "The ferry leaves Oslo",
     ("The ferry returns", date(2028, 3, 10))),
    ("The tug sailed at 06:15 and reached the wreck on Sunday.", "The tug sails", ("The tug reaches the wreck", date(2028, 3, 12))),
])
def test_the_first_title_ends_before_the_dated_act(sentence: str, first: str, second: tuple[str, date]) -> None:
    events = _events(sentence)
    assert first in events
    assert events.get(second[0]) == second[1]
    assert not any(title.endswith(("on Friday", "on Sunday")) for title in events)


def test_an_undated_second_act_is_still_split_off() -> None:
    events = _events("The enemy raided the northern post on 4 May and took one prisoner.")
    assert events.get("The enemy raids the northern post") == date(2027, 5, 4)
    assert events.get("The enemy takes one prisoner") == date(2027, 5, 4)
