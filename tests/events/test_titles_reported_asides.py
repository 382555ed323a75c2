"""Three kinds seen on own pages (a start-up's funding news, a soldier's service history, an
excavation report), with sentences of our own:

- a past happening reported with its teller after it keeps no aside of its subject ("Rillo, a Turin
  company that recycles greywater, has raised €18 million, it said on Tuesday" was titled with the
  whole aside and cut before the money);
- a date counted within a happening goes with the happening it counts in ("wounded on the second day
  of the battle" gave "Denby is wounded in the arm of the battle");
- a time told between the subject's noun and its verb is no part of the actor ("a drone survey the
  previous winter showed" gave the actor "a drone survey the previous winter").
"""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from tests.events.test_titles_kinds_s15 import _event


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Rillo, a Turin company that recycles household greywater, has raised €18 million in a Series B round "
     "led by Alder Ventures, it said on Tuesday.", "Tuesday", "Rillo has raised €18 million"),
    ("Pellow, the Cornish bakery chain, has bought three shops in Truro, the company said on Monday.", "Monday",
     "Pellow has bought three shops in Truro"),
    ("Marta Quell, who founded the clinic in 2009, has resigned, the board said on Friday.", "Friday",
     "Marta Quell has resigned"),
    # guard: no aside, the told happening as it was
    ("A pair of wolves has raised four pups, the agency said on Thursday.", "Thursday", "A pair of wolves has raised four pups"),
])
def test_a_reported_happening_keeps_no_aside(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Denby was wounded in the arm on the second day of the battle and spent six weeks in hospital.",
     "the second day", "Denby is wounded in the arm"),
    ("The jury retired on the third day of the trial.", "the third day", "The jury retires"),
    ("The roof was lost on the last night of the storm, when the wind turned.", "the last night", "The roof is lost"),
    # guards: a date with no count, a counted date with no happening after it
    ("She scored twice in the final week of the season, in May 2001.", "May 2001",
     "She scores twice in the final week of the season"),
    ("The gateway was found in the second week.", "the second week", "The gateway is found"),
])
def test_a_counted_day_goes_with_its_happening(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("text", "expression", "actor"), [
    ("The project began in 2019, after a drone survey the previous winter showed the outline of a fort.",
     "the previous winter", "a drone survey"),
    ("Work resumed in May 2020. The board last month approved a second phase.", "last month", "the board"),
    ("The club was founded in 1990. Its members that summer built a boathouse.", "that summer", "its members"),
])
def test_a_time_after_the_subject_is_no_actor(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0].lower() == actor
