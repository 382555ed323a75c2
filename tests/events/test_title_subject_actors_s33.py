"""The one a title's subject names is among the event's actors (session 33).

On the readable gold, a third of the actor errors were events whose title opened on its doer
("Professor Lys joins the university", "Dovany accuses Kestria") while the actors named only the
clause's other names. Own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _event


def test_a_surname_with_a_title_names_the_person_told_before() -> None:
    text = ("Dr Miriam Ostrova is the new director of the observatory. "
            "Professor Ostrova joined the Royal Lowland Society as a lecturer in 2009.")
    event = _event(text, "2009")
    assert event.title.startswith("Professor Ostrova")
    assert any("Ostrova" in a for a in event.actors), event.actors


def test_a_place_that_acts_as_the_title_subject_is_its_actor() -> None:
    # the text tells the name as a place first; opening the title before its verb, it acted
    text = ("The talks were held in Velmaria and in the port of Dask. "
            "Velmaria sent two navy ships to the strait on 4 May.")
    event = _event(text, "4 May")
    assert event.title == "Velmaria sends two navy ships to the strait"
    assert event.actors[:1] == ("Velmaria",)


@pytest.mark.parametrize("text, expression, word", [
    ("For the Harbour Trust made her maiden crossing in June 2020.", "June 2020", "For"),
])
def test_a_day_or_a_preposition_opening_the_title_is_no_actor(text: str, expression: str, word: str) -> None:
    assert not any(a.split()[0] == word for a in _event(text, expression).actors)


def test_a_first_name_already_names_the_actor() -> None:
    # "Saddam"-style first names of a known full name: the actor list is left as it was
    text = "General Anton Merk took command in March. Anton moved his headquarters to Velka in 1921."
    event = _event(text, "1921")
    assert not any(a == "Anton" for a in event.actors[1:]), event.actors


def test_an_adverb_opening_the_title_is_no_actor() -> None:
    text = "There remained only a few pockets of resistance in 1950."
    events = [e for e in _labelled_events_or_none(text)]
    assert all("There" not in e.actors for e in events)


def _labelled_events_or_none(text: str):
    from tests.events.test_titles_kinds_s15 import _labelled_events
    return _labelled_events(text)
