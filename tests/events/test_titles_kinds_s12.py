"""Issue 12, session twelve (titles and actors): kinds of titles found on fresh articles and on the
WikiWars and TimeBank folders. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from tests.events.test_title_kinds_s8 import _titled


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # an owned kinship noun, then a one-word name in apposition: the name is the subject, not the owner
        ("Duke Casimir raised an army in 1703. In 1704 the duke's brother, Anselm, was captured near Harn. "
         "He was ransomed the following spring.", "the following spring", "Anselm is ransomed"),
        ("King Ludo ruled the valley. His son, Benno, was exiled in 1620. He returned in 1631.", "1631",
         "Benno returns"),
        ("Mara Quist ran the farm for years. Her daughter, Ilse, took over in 1990. She sold the farm in 2001.",
         "2001", "Ilse sells the farm"),
        # the story's main person, named as subject more often, still wins
        ("Mara Quist ran the farm. Her daughter, Ilse, took over in 1990. Mara Quist moved to the coast. "
         "She died in 2001.", "2001", "Mara Quist dies"),
    ],
)
def test_he_or_she_after_an_appositive_name_is_that_name(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected
