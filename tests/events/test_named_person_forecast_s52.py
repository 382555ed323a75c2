"""Session 52 (events precision): a person's act foreseen told under their name, not a description ("Benitez is
expected to sign the budget on Friday" after "Mayor Carla Benitez proposed the budget", on the opened part; "Our
head of product, Sam Okafor, is expected to show the new whiteboard … on 12 November", on a page of our own).
Session 50 left out "He is expected to make his debut on Sunday" and "The minister is expected to rule before
Christmas" (the gold README: a forecast is no happening; when it happens the text tells it with its own date);
a name the page gives a role, an honorific, a sex or a description in apposition is the same person's forecast.
A body's expected step stays (its procedure's schedule), and so does a schedule told as one. Our own sentences;
each failed before (guards marked)."""

from __future__ import annotations

import pytest

from tests.events.test_measures_tallies_and_forecasts_s50 import _titles


@pytest.mark.parametrize("sentence, word", [
    ("Mayor Carla Ostrow proposed the levy in March. Ostrow is expected to sign it into law on Friday.", "sign"),
    ("Chief executive Miriam Osei met investors in May. Osei is expected to present the plan on 23 April.", "present"),
    ("The club's new coach, Piet Hallan, is expected to name his squad on Thursday.", "name"),
    ("Dr Ruth Lane chaired the inquiry. Lane is expected to publish her findings in June.", "publish"),
    ("Tomas Reyn resigned in 2019. He later rejoined the party, and Reyn is expected to stand for the leadership in "
     "September.", "stand"),
])
def test_a_named_person_s_act_foreseen_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    # guard: a body named, its procedure's schedule
    ("Harlow Steel signed the prop on Monday. Harlow Steel is expected to name him captain on Friday.", "captain"),
    # guard: a schedule told as one, under a person's name
    ("Mayor Carla Ostrow proposed the levy in March. Ostrow is due to sign it into law on Friday.", "sign"),
    # guard: a body described
    ("The upper house is expected to approve the bill on 3 June.", "upper house"),
])
def test_a_body_s_step_and_a_schedule_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1
