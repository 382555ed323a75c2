"""Timeline entries and long titles (session 59, found on a probe page of our own, a yoghurt recall's
timeline).

- Who acts in a present-tense entry: "The line restarts after the window is replaced" has the actor
  "the line" (was "the line restarts after the window": the clause of time's passive was read as the
  verb); "Two supermarket chains remove all … products" has "two supermarket chains" (a quantifier
  after the plural verb was no object opener).
- A title cut to its word limit never ends on a verb joined by "and" without what it does ("The
  dairy stops its second production line and calls"), nor inside a list of lower-case items
  ("recalls the strawberry").
Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event


@pytest.mark.parametrize(("text", "expression", "actor"), [
    ("18 March 2025: The line restarts after the window is replaced with a metal cover.", "18 March 2025", "the line"),
    ("3 June 2024: Residents return once the gas leak is sealed.", "3 June 2024", "residents"),
    ("10 March 2025: Two supermarket chains remove all Larkfield products from their shelves.", "10 March 2025",
     "two supermarket chains"),
    ("4 May 2023: Four fishing crews bring both boats back to the harbour.", "4 May 2023", "four fishing crews"),
])
def test_the_subject_of_a_present_entry_ends_at_its_verb(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[:1] == (actor,)


@pytest.mark.parametrize(("text", "expression", "title"), [
    ("4 March 2025: The dairy stops its second production line and calls in an engineer.", "4 March 2025",
     "The dairy stops its second production line"),
    ("On 7 March the dairy recalled the strawberry, raspberry and plain yoghurts from every shop in the county.",
     "7 March", "The dairy recalls the strawberry, raspberry and plain yoghurts"),
    ("On 2 June the school closed the library, gym and science block for the whole summer term.", "2 June",
     "The school closes the library, gym and science block"),
    # guard: a verb after the comma is a clause of its own
    ("On 3 May the council closed the library, sacked the staff and sold the site.", "3 May",
     "The council closes the library"),
])
def test_a_cut_title_keeps_its_list_and_drops_a_dangling_verb(text: str, expression: str, title: str) -> None:
    assert _event(text, expression).title == title
