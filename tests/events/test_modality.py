"""A clause that says something did not happen, or only might, is no event; a statement about it is."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.modality import is_non_happening


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The Falcons have not won the league", True),
        ("Sailings would not resume", True),
        ("Some remote valleys could wait", True),
        ("A plan would build the plant", False),  # a plan, told as one
        ("No one is inside", True),
        ("The operator says sailings would not resume", False),  # a statement: something was said
        ("Its charter is not renewed", False),  # a passive: something was decided
        ("Karl Weber signs the treaty", False),
        ("The firm will open a plant", False),  # an announced plan is on the timeline
    ],
)
def test_non_happenings_are_read_off_the_clause(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_negated_or_possible_clause_gives_no_event() -> None:
    text = ("The Falcons have not won the league since 1994. Some valleys could wait until the weekend. "
            "The Falcons beat the Rovers on Saturday.")
    doc = Document("a.txt", text, "t", date(2024, 3, 1), "given")
    assert [e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex] == ["Saturday"]
