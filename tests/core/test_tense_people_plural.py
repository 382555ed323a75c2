"""Issue 12 (titles in a headline's present): a people named in capitals is plural ("Soviets launch",
"National Guardsmen kill", "The opposition Conservatives table"), while a name with the same ending
keeps a singular verb. Our own titles."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Soviets launched a new offensive", "Soviets launch a new offensive"),
        ("Coast Guardsmen rescued nine sailors", "Coast Guardsmen rescue nine sailors"),
        ("The opposition Conservatives tabled a motion", "The opposition Conservatives table a motion"),
        ("Dutch withdrew their fleet", "Dutch withdraw their fleet"),
        ("Loyal Royalists seized the town", "Loyal Royalists seize the town"),
        ("Democrats won the vote", "Democrats win the vote"),
        ("Diplomats met in Vienna", "Diplomats meet in Vienna"),
    ],
)
def test_a_people_in_capitals_takes_a_plural_verb(title, expected) -> None:
    assert headline_tense(title) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Paul Tibbets flew the plane", "Paul Tibbets flies the plane"),
        ("Mark Sievers resigned", "Mark Sievers resigns"),
        ("The Soviet Union launched a satellite", "The Soviet Union launches a satellite"),
        ("The United Nations voted", "The United Nations votes"),
        ("Dutch Harbor was bombed", "Dutch Harbor is bombed"),
        ("Keats died in Rome", "Keats dies in Rome"),
        ("Yeats wrote the poem", "Yeats writes the poem"),
    ],
)
def test_a_name_with_the_same_ending_stays_singular(title, expected) -> None:
    assert headline_tense(title) == expected
