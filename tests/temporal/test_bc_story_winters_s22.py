"""A winter read from a BC story is labelled by its January (``BC0480-WI`` after the autumn of 481 BC,
as WikiWars writes it) and now also drawn on its own days, December of the story's year to February
of the next (before, its days were read from the label: a year late on the timeline); a month or a
season ahead of the story's across the new year is in the next BC year, as a story after year 1
chooses (issue #11, session 22). The label of a winter said with its year is untouched. Sentences of
our own."""

from __future__ import annotations

import pytest

from explorer.calendar import Day
from explorer.temporal import tag


def _found(text: str, word: str):
    found = [t for t in tag(text, None, narrative=True) if t.text.lower().endswith(word)]
    assert found, [(t.text, t.value) for t in tag(text, None, narrative=True)]
    return found[-1]


def _bc(year: int, month: int, day: int) -> Day:
    return Day.of(1 - year, month, day)  # historians' N BC is astronomical 1 - N


@pytest.mark.parametrize("text, value, first_year", [
    ("In the autumn of 305 BC the fleet sailed home. The winter was spent refitting.", "BC0304-WI", 305),
    ("In October 218 BC the army crossed the mountains. It spent the winter in the plain.", "BC0217-WI", 218),
    ("The city fell in September 146 BC. The winter brought famine.", "BC0145-WI", 146),
    ("In November 52 BC the siege ended; the legions passed the winter in camp.", "BC0051-WI", 52),
])
def test_a_story_winter_spans_december_of_the_story_year(text: str, value: str, first_year: int) -> None:
    t = _found(text, "winter")
    assert t.value == value
    assert t.begin == _bc(first_year, 12, 1)
    assert isinstance(t.end_day, Day) and (t.end_day.year, t.end_day.month) == (1 - (first_year - 1), 2)


def test_a_winter_said_with_its_bc_year_keeps_its_label_and_days() -> None:
    t = _found("The army rested during the winter of 218 BC.", "218 bc")
    assert t.value == "BC0218-WI" and t.begin == _bc(218, 12, 1)


@pytest.mark.parametrize("text, word, value", [
    ("In the autumn of 481 BC the army gathered. It passed the winter at the coast. In spring it marched north.",
     "spring", "BC0480-SP"),
    ("In November 390 BC the envoys arrived. In March the treaty was sworn.", "march", "BC0389-03"),
    ("In the summer of 431 BC the invaders burned the fields. In autumn they withdrew.", "autumn", "BC0431-FA"),
    ("In June 479 BC the allies met at the isthmus. In April they had quarrelled.", "april", "BC0479-04"),
])
def test_a_season_or_month_after_the_story_point_runs_on_into_the_next_bc_year(text: str, word: str, value: str) -> None:
    assert _found(text, word).value == value
