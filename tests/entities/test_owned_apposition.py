"""An owned description told as a name's apposition ("Marta Quell, her aunt, sold the farm") is who
the name is, not a second actor: the name acted and comes first, and the description ("her aunt")
gets no lane of its own. End to end this is held by tests/gui/test_people_facets.py (the gazette's
"Hafez al-Assad, his father, seized power" gave three actor lanes for two people); here the reading
itself, on sentences of our own."""

from __future__ import annotations

import pytest

from explorer.entities.index import _named_before_apposition


@pytest.mark.parametrize(("sentence", "owned", "actors", "doer"), [
    ("Locals say that Marta Quell, her aunt, sold the farm in 2004.", "her aunt",
     ("Lena Varga", "Marta Quell"), "Marta Quell"),
    ("Old colleagues recall that Anton Reiter, his father, founded it in June 1961.", "his father",
     ("Tomas Reiter", "Anton Reiter"), "Anton Reiter"),
    ("Her aunt sold the farm in 2004, and Marta Quell moved away.", "her aunt", ("Marta Quell",), None),
    ("Marta Quell sold the farm; her aunt, a widow, kept the mill.", "her aunt", ("Marta Quell",), None),
])
def test_a_name_before_its_owned_apposition_is_the_doer(sentence, owned, actors, doer) -> None:
    assert _named_before_apposition(sentence, owned, actors) == doer
