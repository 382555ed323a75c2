"""An aside opening with a past participle between a subject and its verb describes the subject; the
clause's date belongs to the verb after it ("The bell, recast in 1890, was rung on 4 May" for 4 May:
"The bell is rung"), unless the date is the aside's own (for 1890: "The bell is recast")."""

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.past_participle_asides import without_past_participle_aside


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date))


@pytest.mark.parametrize("sentence, date, title", [
    ("The old bell, cleaned and rehung, will be rung again on 4 May.", "4 May", "The old bell will be rung again"),
    ("The survey, named Blue Line, was approved by the ministry in March 2024.", "March 2024", "The survey is approved by the ministry"),
    ("Orla Venn, seeded ninth, won four qualifying rounds the week before.", "the week before", "Orla Venn wins four qualifying rounds"),
])
def test_the_verb_after_the_aside_tells_the_happening(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


def test_a_date_inside_the_aside_is_the_participles() -> None:
    sentence = "The old bell, recast in 1890, will be rung again on 4 May."
    at = sentence.index("1890")
    assert without_past_participle_aside("The old bell, recast in, will be rung again", sentence, at) \
        == "The old bell, recast in, will be rung again"
    assert without_past_participle_aside("The old bell, recast in 1890, will be rung again", sentence, at) \
        == "The old bell, recast in 1890, will be rung again"


def test_no_verb_after_the_aside() -> None:
    clause = "The hall, painted white, and the tower"
    assert without_past_participle_aside(clause, clause, 0) == clause
