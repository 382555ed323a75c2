"""Narrative time (issue 11): two more kinds of explicit date that are not the story's current time.
"This followed the general election in December 2005" dates what came before; "surpassing the May
2007 high" names a level to compare with. Neither may pull a later yearless date back to its year.
Histories of our own, tagged with no document date, as a dropped folder is."""

from __future__ import annotations

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
