"""Narrative time (issue 11): two more kinds of explicit date that are not the story's current time.
"This followed the general election in December 2005" dates what came before; "surpassing the May
2007 high" names a level to compare with. Neither may pull a later yearless date back to its year.
Histories of our own, tagged with no document date, as a dropped folder is."""

from __future__ import annotations

import pytest

from explorer.temporal import tag

FOLLOWED = (
    "The war in the valley began in March 2003, when the northern army crossed the river. Fighting went on "
    "through 2004 and most of 2005 in the hill towns.\n\n"
    "The new council took office on May 20, 2006 after months of talks. This followed the general election "
    "in December 2005. On November 23, a bomb destroyed the central market and killed forty people.\n"
)

COMPARED = (
    "The rebellion in the south broke out in 2006 and spread through 2007 to the coastal towns. A truce was "
    "agreed on March 31, 2008, and by May 12, 2008 the port was calm.\n\n"
    "In late April attacks rose to over 250 a month, surpassing the May 2007 high. In early May, the army "
    "entered the old quarter.\n"
)


def _value(text: str, expression: str) -> str:
    [found] = [t for t in tag(text, None) if t.text == expression]
    return found.value


def test_the_date_of_what_came_before_does_not_move_the_story_back() -> None:
    assert _value(FOLLOWED, "November 23") == "2006-11-23"


def test_a_compared_level_s_date_does_not_move_the_story_back() -> None:
    assert _value(COMPARED, "early May").startswith("2008-05")


def test_a_date_that_follows_on_still_moves_the_story() -> None:
    text = ("The war in the valley began in March 2003. Fighting went on through 2004 and 2005.\n\n"
            "Peace talks followed in December 2005. On November 23, the last prisoners were released.\n")
    assert _value(text, "November 23") == "2005-11-23"


@pytest.mark.parametrize("text, expression, value", [
    ("The mill burned in 1760. Papers found in 1904 describe the fire. That winter the owners rebuilt it.",
     "That winter", "1760-WI"),
    ("The strike began in 1912. A diary discovered in 1990 records the hunger. That spring the owners gave in.",
     "That spring", "1912-SP"),
    ("The canal opened in 1822. Accounts published in 1870 praise it. That summer the first barges came.",
     "That summer", "1822-SU"),
    ("The fort was besieged in 1545. Maps printed in 1610 show its walls. That May the garrison surrendered.",
     "That May", "1545-05"),
])
def test_that_season_after_a_records_date_keeps_the_storys_year(text: str, expression: str, value: str) -> None:
    """ "That autumn" at the head of a sentence after a record's date in an aside ("letters found in
    1887 describe ...") is in the story's year, not the record's."""
    assert _value(text, expression) == value


@pytest.mark.parametrize("text, expression, value", [
    ("The war began in 1914. Letters found in 1987 describe it. On 3 May of that year the town fell.",
     "3 May of that year", "1987-05-03"),
    ("He moved to the coast in 1970. He was born in 1950. That spring his father died.", "That spring", "1950-SP"),
    ("The abbey was built in 1120. It was sold in 1536. That autumn the monks left.", "That autumn", "1536-FA"),
])
def test_that_season_after_a_date_of_the_story_or_of_that_year_keeps_the_date_named(
        text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_year_followed_by_an_asides_year_is_no_stray() -> None:
    """ "Fighting resumed in 1431. The monk, who was born in 1398, wrote that on May 9 ...": the birth
    year is an aside, no return to the story's older time, so 1431 stays the story's year."""
    text = ("The castle was taken in 1410. On March 3 the walls fell. Papers found in 1890 tell of it. "
            "That winter the lords made peace.\n\n"
            "War came again in 1431. The monk, who was born in 1398, wrote that on May 9 the bridge burned.")
    assert _value(text, "That winter") == "1410-WI"
    assert _value(text, "May 9") == "1431-05-09"
