"""A page telling what it holds ("This update covers what happened in January") dates no happening of its
own; a happening it names with a verb of its own ("the survey carried out in 2019") keeps its date."""

import pytest

from explorer.events.date_roles import date_role


@pytest.mark.parametrize(("sentence", "when"), [
    ("This update covers what happened in March and what comes next.", "March"),
    ("This newsletter looks back at the autumn term of 2024.", "the autumn term of 2024"),
    ("Today's bulletin rounds up the week to Friday.", "Friday"),
])
def test_the_page_naming_what_it_holds_dates_no_happening(sentence: str, when: str) -> None:
    at = sentence.index(when)
    assert date_role(sentence, at, at + len(when)) == "page intro"


@pytest.mark.parametrize(("sentence", "when"), [
    ("This report sets out what the inspectors found in the survey carried out in 2021.", "2021"),
    ("This letter was posted on 4 June.", "4 June"),  # the page's own happening, told in the past
    ("The bulletin covered the flood on Friday.", "Friday"),  # another page, told in the past
])
def test_a_happening_with_a_verb_of_its_own_keeps_its_date(sentence: str, when: str) -> None:
    at = sentence.index(when)
    assert date_role(sentence, at, at + len(when)) != "page intro"
