"""A month in lower case after "til", "thru" or "b4" (how posts type "till", "through", "before") is
a month, as after "until" (issue #11, session 24); after "until", "til" or "since", "march" and
"august" are the months, though elsewhere they stay words ("we march on", "an august body")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 9, 14)


@pytest.mark.parametrize("text, span, month", [
    ("on leave til dec, miss u all", "dec", "12"),
    ("no coffee thru nov lol", "nov", "11"),
    ("gotta finish this b4 jan", "jan", "01"),
    ("gym closed til march :(", "march", "03"),
    ("been saving since august", "august", "08"),
])
def test_a_month_after_a_short_preposition(text: str, span: str, month: str) -> None:
    assert [(t.text, t.value[4:]) for t in tag(text, D)] == [(span, "-" + month)]


@pytest.mark.parametrize("text", [
    "we march on together",
    "an august body of scholars met",
    "they march thru the square",
    "stayed til the end of the show",
])
def test_the_words_stay_words(text: str) -> None:
    assert [t.text for t in tag(text, D)] == []


@pytest.mark.parametrize("text", [
    "After Jan Rask wrote to him, he left.",
    "Before Jan Smit sailed, the harbour froze.",
    "They walked through Dec Street.",
])
def test_a_capitalised_short_name_after_a_preposition_is_no_month(text: str) -> None:
    assert [t.text for t in tag(text, D)] == []
