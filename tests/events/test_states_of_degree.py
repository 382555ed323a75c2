"""A change of degree ("grew richer"), a place left as it was ("stood empty") and how things still
stand ("still keeps") tell a state over a stretch, not a happening on a day: no event. A happening in
the same words ("grew to 5,000", "still won the final", "grew along the river") stays one."""

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.states import is_state


@pytest.mark.parametrize(
    ("title", "before_date"),
    [
        ("Her voice grows darker", "After the war "),
        ("The guild grows rich on the cloth trade", "In "),
        ("The queue grows longer than ever", "In "),
        ("His novels grow more popular abroad", "During "),
        ("The depot stands empty", "The depot stood empty from "),
        ("The shipyard lies idle", "The shipyard lay idle for most of "),
        ("The old school remains derelict", "The old school remained derelict until "),
        ("I still dream about the flood", "I still dream about the flood of "),
        ("The guild still keeps its charter", "In "),
        ("Wynn still remembers the crossing", "Wynn still remembers the crossing of "),
    ],
)
def test_degree_idle_and_still_states_are_no_happenings(title: str, before_date: str) -> None:
    assert is_state(title, before_date)


@pytest.mark.parametrize(
    ("title", "before_date"),
    [
        ("The vines grow over the wall", "In "),  # "over" is no comparative
        ("The estate grows rubber for export", "From "),  # a crop, not a degree
        ("The population grows to 5,000", "By "),  # a figure, read elsewhere
        ("She still wins the final", "Despite the injury she still won the final on "),  # "still": yet
        ("The trade grows along the river", "The trade grew along the river in "),
        ("The depot is sold", "The depot, which stood empty, was sold in "),
        # a main clause's state since a date is kept as its start (gold README, since-states)
        ("The depot stands empty", "The depot has stood empty since "),
    ],
)
def test_happenings_in_like_words_stay(title: str, before_date: str) -> None:
    assert not is_state(title, before_date)


def test_a_change_of_degree_beside_a_dated_act_leaves_only_the_act() -> None:
    text = ("Mirelle Dahn joined the orchestra in 1961. After 1970 her playing grew warmer, "
            "and in 1974 she won the Sollen prize. The hall stood empty for most of the 1990s.")
    doc = Document("a.txt", text, "t", None, "none")
    events = build_events(doc, temporal.tag(text, None))
    assert sorted(e.timex for e in events if e.timex) == ["1961", "1974"]


# Session 55 (h55p): a level told against another, as a multiple or a comparative whose "than" the title cut.
@pytest.mark.parametrize(
    ("title", "before_date"),
    [
        ("Rainfall is half the average", "Rainfall in "),
        ("Entries are twice the usual number", "In "),
        ("Footfall at the market is three times the norm", "In "),
        ("Tickets are cheaper", "Tickets were cheaper in "),
        ("The crowds are bigger", "The crowds were bigger in "),
    ],
)
def test_a_level_told_against_another_is_no_happening(title: str, before_date: str) -> None:
    assert is_state(title, before_date)


@pytest.mark.parametrize(
    ("title", "before_date"),
    [
        # guards: a role or a month after "was" is no comparative; a doubling done is a happening
        ("The club's captain is runner-up in the county final", "In "),
        ("The harvest is late", "In "),
        ("The club doubles its fees", "The club doubled its fees in "),
    ],
)
def test_a_role_or_an_act_beside_a_level_stays(title: str, before_date: str) -> None:
    assert not is_state(title, before_date)
