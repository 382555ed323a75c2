"""Issue 11, session 20: narrative drift. A history that sums up where things stood "by" a later
month ("was cut to 900 by December") and then tells the months in between keeps its time: the
limit does not move the story, so "In May" after it is the May of the story's year. A limit behind
the story ("By the start of July ... had", told from October) is a look back the story goes with; a
future in the past ("she would recall", "would last until November") never moved it. Histories of
our own, with no document date."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, None)}


@pytest.mark.parametrize("text, expression, value", [
    ("The siege began in March 1942. The garrison of 3,000 in March was cut to 900 by December. "
     "In May the first relief column arrived.", "May", "1942-05"),
    ("The strike began in February 1926. By the autumn the miners had spent their savings. "
     "In June the owners offered new terms.", "June", "1926-06"),
    ("The rebels took the port in April 1821. Their fleet grew to forty ships by the end of September. "
     "In July it raided the coast.", "July", "1821-07"),
    # a month after the limit still lands after it, in the next year
    ("The siege began in March 1942. The garrison was cut to 900 by December. In May the relief came. "
     "In January the siege was lifted.", "January", "1943-01"),
    # the limit itself is read as before: the one ahead of the story
    ("The siege began in March 1942. The garrison was cut to 900 by December.", "December", "1942-12"),
])
def test_a_limit_summed_up_ahead_moves_no_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_limit_behind_the_story_is_gone_back_to() -> None:
    text = ("The city fell on 20 October 1944. By the start of July the northern army had been driven back. "
            "It had lost the river crossing in mid-June.")
    assert _values(text)["mid-June"] == "1944-06"


@pytest.mark.parametrize("text, expression, value", [
    ("The war began in June 1950. Years later, she would recall the sound of the guns. In August the line broke.",
     "August", "1950-08"),
    ("The campaign opened in April 1916. It would last until November. In June the rains came.", "June", "1916-06"),
])
def test_a_future_in_the_past_moves_no_story(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
