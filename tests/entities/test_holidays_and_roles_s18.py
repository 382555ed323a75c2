"""Issue 12, session eighteen (actors): the Actors list holds no holiday and no role noun.

"Christmas" in "the Christmas fair" or "before Christmas 2024" names a day, never a body or a person;
"Singer Ros Ellery played" is the singer Ros Ellery, whose role the sentence's capital hid. A holiday's
word inside a name ("Christmas Island") stays. Our own sentences, none from the gold set, the folders
or TimeML."""

from __future__ import annotations

import pytest

from tests.entities.test_actor_kinds import _kinds


@pytest.mark.parametrize(
    "text, holiday",
    [
        ("The Hales signed the papers before Christmas 2024.", "Christmas"),
        ("At the Easter market in Selby we sold forty cheeses.", "Easter"),
        ("On Boxing Day the Kelby Harriers ran on the beach.", "Boxing Day"),
        ("Trading was quiet over Thanksgiving, dealers said.", "Thanksgiving"),
        ("Shops stay open late during Ramadan in the old town.", "Ramadan"),
    ],
)
def test_a_holiday_is_no_entity(text: str, holiday: str) -> None:
    assert holiday not in _kinds(text)


def test_a_holiday_word_inside_a_name_stays() -> None:
    assert "Christmas Island" in _kinds("Christmas Island lies south of Java, and its crabs migrate each year.")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Singer Ros Ellery played two sets at the harbour festival.", "Ros Ellery"),
        ("Farmer Tom Brack sold his herd at the autumn mart.", "Tom Brack"),
        ("Architect Ilse Varne designed the new library.", "Ilse Varne"),
    ],
)
def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name(text: str, person: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(person) == "person" and not any(name.split()[0] == text.split()[0] for name in kinds)


def test_a_street_named_after_a_trade_stays_a_place() -> None:
    assert _kinds("Driver Street is closed until Friday for repairs.").get("Driver Street") == "place"
