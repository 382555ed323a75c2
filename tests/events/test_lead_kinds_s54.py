"""Kinds the lead found in session fifty-four on probe pages of its own (a rum-runner's history, a national
park's centenary): each row is a text written for the test, none from the sample, the gold set or a corpus."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, verb",
    [
        # the main clause after "when" read as a plain act and again as the clause joined to the sentence's
        # happening was two events with two titles
        ("When the dam burst, the village priest, Father Ennis, rang the bell.", "rang"),
        ("When the river flooded, the ferryman, Tam Reid, rowed the children to safety.", "rowed"),
        ("As the fire spread, the caretaker, a Mrs Bell, rang the alarm.", "rang"),
    ],
)
def test_one_verb_gives_one_event(text, verb) -> None:
    at = text.index(verb)
    assert sum(e.timex_start == at for e in events_of(text)) == 1


@pytest.mark.parametrize(
    "text, act",
    [
        # a dated "when" clause's own act read again as an occurrence joined by "and" gave a second event
        ("Production stopped until 1651, when a Bristol merchant, Josiah Kent, bought the site and rebuilt the "
         "furnace.", "buys the site"),
        ("The yard lay idle until 1922, when a shipowner, Ida Marsh, leased the slipway and built two trawlers.",
         "leases the slipway"),
    ],
)
def test_a_dated_clauses_act_is_not_read_again(text, act) -> None:
    titled = [e.title for e in events_of(text) if act in e.title]
    assert len(titled) == 1, titled


_BETWEEN = ("The mill opened in 1901. ", " The mill closed in 1950.")


@pytest.mark.parametrize(
    "sentence, titles",
    [
        # an opening clause of time whose passive is a notable occurrence hid the main clause's act, and its
        # title kept the subordinator ("After the park is created")
        ("After the park was created, Harold Finch built a network of huts.",
         {"The park is created", "Harold Finch builds a network of huts"}),
        ("After the society was established, Ann Lowe organised a lending library.",
         {"The society is established", "Ann Lowe organises a lending library"}),
        ("After the school was founded, the vicar bought a field for it.",
         {"The school is founded", "The vicar buys a field for it"}),
        # guards: read so before
        ("After the treaty was signed, the garrison left the fort.",
         {"The treaty is signed", "The garrison leaves the fort"}),
        ("Soon after the union was founded, its members elected a treasurer.",
         {"The union is founded"}),
    ],
)
def test_an_opening_clause_of_time_and_its_main_clause(sentence, titles) -> None:
    got = {e.title for e in events_of(_BETWEEN[0] + sentence + _BETWEEN[1])}
    assert titles <= got, got
    assert not any(t.startswith(("After ", "Soon after ")) for t in got), got


@pytest.mark.parametrize(
    "text, begin, end",
    [
        # two months next to each other, joined by "and", date one stretch: one event, as "3 and 4 May" is
        ("The group met in 2023. Low water in July and August left the lower pools stagnant.", "2023-07-01",
         "2023-08-31"),
        ("The group met in 2023. Floods in March and April closed the road.", "2023-03-01", "2023-04-30"),
        ("The works closed the bridge in June and July 2019.", "2019-06-01", "2019-07-31"),
        ("The ferry sailed in 2011. Storms in December and January kept it in port.", "2011-12-01", "2012-01-31"),
    ],
)
def test_two_months_joined_by_and_date_one_event(text, begin, end) -> None:
    last = text.split(". ")[-1]
    events = [e for e in events_of(text) if e.sentence_start == text.index(last)]
    assert [(str(e.begin), str(e.end)) for e in events] == [(begin, end)]


def test_months_apart_stay_two_events() -> None:
    # guard: months apart may be two happenings
    text = "The club was formed in 2023. The club played in Oslo in March and October."
    events = [e for e in events_of(text) if "Oslo" in e.title]
    assert len(events) == 2


@pytest.mark.parametrize(
    "text, title",
    [
        # a rank set off by a comma after its clause ("…, the last confirmed sighting of the year") is no
        # happening of its own: its period gave a second event titled from the apposition
        ("A member photographed an otter on 29 October 2023, the last confirmed sighting of the year.",
         "A member photographs an otter"),
        ("Snow fell on 2 March 2019, the first reported fall of the winter.", "Snow falls"),
    ],
)
def test_a_rank_in_apposition_gives_no_event(text, title) -> None:
    assert [e.title for e in events_of(text)] == [title]


@pytest.mark.parametrize(
    "text, title, not_an_actor",
    [
        # a structure named by a word that is no given name is a place: "she" never stands for it, and it
        # is no person among the actors
        ("In March a walker crossed Hob Bridge. On 17 April 2023 she was seen again.", "The walker is seen again",
         "Hob Bridge"),
        ("In May 2021 a fisherman swam below Carr Weir. On 3 June 2021 he was rescued by the lifeboat crew.",
         "The fisherman is rescued by the lifeboat crew", "Carr Weir"),
    ],
)
def test_a_structure_named_like_a_person_is_a_place(text, title, not_an_actor) -> None:
    from tests.events.extracted_events import events_with_actors

    events = events_with_actors(text)
    assert title in [e.title for e in events]
    assert not any(not_an_actor in e.actors for e in events)


def test_a_longer_list_of_months_stays_apart() -> None:
    # guard: a list of three months tells several happenings (visits), as before
    text = "The minister was appointed in 2014. She visited Oslo in May, June and July 2015."
    assert len([e for e in events_of(text) if "Oslo" in e.title]) == 3
