"""Issue 12, session eighteen (titles): a date past a relative aside's closing comma is the main
clause's, whose subject is the noun the aside tells of: "The boathouse, which was built in 1890, will
close on 3 May" is the boathouse closing, not "The boathouse is built in 1890, will close" nor a title
opening with the aside's verb ("Was flooded, will reopen", "Reopened"). An owner's name is a
determiner of that noun ("Brenley's riverside hall, which …"). Our own sentences, none from the gold
set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, date: str, other: str | None = None) -> str:
    start = sentence.index(date)
    others = [(sentence.index(other), sentence.index(other) + len(other))] if other else []
    return make_title(sentence, start, start + len(date), others=others)


@pytest.mark.parametrize(
    "sentence, date, other, title",
    [
        ("The Kelby boathouse, which was built in 1890, will close on 3 May.", "3 May", "1890", "The Kelby boathouse will close"),
        ("The Kelby boathouse, which was built in 1890, will close on 3 May.", "3 May", None, "The Kelby boathouse will close"),
        ("Arlow's old lido, which was drained in June, will reopen on Saturday 4 July.", "Saturday 4 July", "June",
         "Arlow's old lido will reopen"),
        ("The old pier, which storms wrecked in 1990, reopened in May 2001.", "May 2001", None, "The old pier reopens"),
        ("Kelby's tram depot, which fire gutted in 1950, closed in March 1961.", "March 1961", None, "Kelby's tram depot closes"),
    ],
)
def test_a_date_past_the_relative_aside_is_the_main_clauses(sentence: str, date: str, other: str | None, title: str) -> None:
    assert _title(sentence, date, other) == title


@pytest.mark.parametrize(
    "sentence, date, other, title",
    [
        ("Arlow's old lido, which was drained in June, will reopen on Saturday 4 July.", "June", "Saturday 4 July",
         "Arlow's old lido is drained"),
        ("The charts, which the admiralty had requested in 1948, were published in 1953.", "1953", None, "The charts are published"),
    ],
)
def test_the_asides_own_date_and_an_aside_with_its_own_subject_are_told_as_before(sentence: str, date: str, other: str | None,
                                                                                   title: str) -> None:
    assert _title(sentence, date, other) == title
