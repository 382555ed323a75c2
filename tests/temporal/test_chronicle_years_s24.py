"""Issue 11, session 24: a chronicle's ways of stating its year, sentences of our own.

"In the year of our Lord 1104", a hedged year opening its sentence ("About 1120 the tower fell") and a
movable feast with a year before the Gregorian reckoning ("at Easter 1112") each state the year the
story is at; untagged or undated, the story's next step ("the next year") had nothing to count from.
"""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, None)}


@pytest.mark.parametrize("text, expression, expected", [
    ("In the year of our Lord 1104 the king held his court at the abbey.", "the year of our Lord 1104", "1104"),
    ("In the Year of Our Lord 1350 the plague reached the port.", "the Year of Our Lord 1350", "1350"),
])
def test_the_year_of_our_lord_is_a_year(text: str, expression: str, expected: str) -> None:
    assert _values(text)[expression] == expected


@pytest.mark.parametrize("text, expected", [
    ("The king was crowned in 1100. About 1120 the tower fell, and the next year it was rebuilt.", "1121"),
    ("The abbey was founded in 1130. Around 1150, the monks moved to the hill. The next year they built a mill.",
     "1151"),
    ("The charter was sealed in 1180; circa 1190 the town walls went up and the next year a fair was held.", "1191"),
])
def test_a_hedged_year_opening_a_clause_sets_the_story_year(text: str, expected: str) -> None:
    values = _values(text)
    assert values.get("the next year", values.get("The next year")) == expected


@pytest.mark.parametrize("text", [
    "About 1200 were killed in the fighting.",
    "About 1500 soldiers crossed the river.",
    "The crowd numbered about 1120. They left at dusk.",
])
def test_a_hedged_count_is_no_year(text: str) -> None:
    assert not any(any(ch.isdigit() for ch in t.text) for t in tag(text, None))


@pytest.mark.parametrize("text, expression, expected", [
    # before 1583 Easter is the Julian computus's, on the Julian calendar the chronicle dates by (h37r)
    ("At Easter 1112 the king came to the abbey.", "Easter 1112", "1112-04-21"),
    ("The bishop was consecrated at Christmas 1094.", "Christmas 1094", "1094-12-25"),
])
def test_a_feast_with_an_early_year_keeps_the_year(text: str, expression: str, expected: str) -> None:
    assert _values(text)[expression] == expected


@pytest.mark.parametrize("text, expected", [
    # s58: a year opening the sentence before people doing something ("In 1915 women took over"); a count
    # of people never opens a sentence after "In" or "By"
    ("In 1643 soldiers stabled their horses in the nave.", "1643"),
    ("In 1915 women took over the looms of the mill.", "1915"),
    ("By 1900 people had left the valley for the towns.", "1900"),
    ("Before 1850 men cut the peat by hand.", "1850"),
])
def test_a_year_opening_a_sentence_before_people_is_a_year(text: str, expected: str) -> None:
    assert _values(text).get(expected) == expected


@pytest.mark.parametrize("text", [
    # guards: a count of people after a verb's "in" or "by", or after "about"
    "The general sent in 1500 soldiers to hold the bridge.",
    "The parish grew by 1900 people in ten years.",
    "About 1500 soldiers crossed the river.",
])
def test_a_count_of_people_stays_a_count(text: str) -> None:
    assert not any(t.text.isdigit() for t in tag(text, None))
