"""An ", including X," aside closed by a comma belongs to the noun phrase before it: the clause's
subject is that phrase ("Four swimmers, including a lifeguard, were treated" is about the swimmers),
while an ", including …" that runs to the sentence's end still lists examples of its own."""

from __future__ import annotations

import pytest

from explorer.events.clauses import clause_bounds
from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        ("Five climbers, including a guide, were airlifted to hospital on Saturday.", "Saturday",
         "Five climbers are airlifted to hospital"),
        ("Two teachers, including the deputy head, were dismissed in June.", "June", "Two teachers are dismissed"),
        ("The trust sold four farms, including the one by the river, in 2012.", "2012", "The trust sells four farms"),
    ],
)
def test_a_closed_including_aside_keeps_the_subject_before_it(sentence, date, title):
    assert _title(sentence, date) == title


def test_an_including_list_to_the_end_is_still_a_clause_of_its_own():
    sentence = "The choir travelled a great deal in 2008, including a concert in Vienna in May."
    start = sentence.index("May")
    left, _ = clause_bounds(sentence, start, start + 3)
    assert sentence[left:].startswith("a concert in Vienna")


def test_an_including_aside_followed_by_a_relative_clause_is_still_a_break():
    # the date is the relative clause's, told of the example named in the aside
    sentence = "The firm built six ferries, including the Morna, which sank off the cape on 9 March 1951."
    start = sentence.index("9 March 1951")
    left, _ = clause_bounds(sentence, start, start + len("9 March 1951"))
    assert left > sentence.index("including")
