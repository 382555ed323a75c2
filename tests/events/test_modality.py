"""A clause that says something did not happen, or only might, is no event; a statement about it is."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.modality import is_non_happening
from explorer.events.states import is_state


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The Falcons have not won the league", True),
        ("Sailings would not resume", True),
        ("Some remote valleys could wait", True),
        ("A plan would build the plant", False),  # a plan, told as one
        ("No one is inside", True),
        ("The operator says sailings would not resume", False),  # a statement: something was said
        ("Its charter is not renewed", False),  # a passive: something was decided
        ("Karl Weber signs the treaty", False),
        ("The firm will open a plant", False),  # an announced plan is on the timeline
    ],
)
def test_non_happenings_are_read_off_the_clause(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_negated_or_possible_clause_gives_no_event() -> None:
    text = ("The Falcons have not won the league since 1994. Some valleys could wait until the weekend. "
            "The Falcons beat the Rovers on Saturday.")
    doc = Document("a.txt", text, "t", date(2024, 3, 1), "given")
    assert [e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex] == ["Saturday"]


@pytest.mark.parametrize(
    ("title", "before_date", "expected"),
    [
        ("The mill employs 80 people", "By ", True),
        ("Attendance is 61.5 per cent", "Attendance was 61.5 per cent, up from half ", True),
        ("The priory is a Cistercian house near the river", "The priory is a Cistercian house near the river, founded in ", False),
        ("The ferry is one of only four boats licensed", "The ferry is one of only four boats licensed in ", False),
        ("It is one of the oldest harbours of the coast", "By ", True),
        ("The club has a membership of 300", "In ", True),
        ("It is the third recall this year", "It is the third recall this year: in ", False),
        ("The mayor says the bridge could reopen", "The mayor said the bridge could reopen in ", True),  # a possibility (a scheduled act, "would reopen in", is a dated plan: test_reported_schedules)
        ("Forecasters warn that a second storm could arrive", "Forecasters warned on ", True),
        ("The mayor says she would reopen the pool", "The mayor said she would reopen the pool, which closed in ", False),
        ("The mayor says the council had sold the land", "The mayor said on ", False),  # what happened
        ("The bridge is completed", "The bridge was completed in ", False),  # a passive
        ("The council sells the depot", "The council sold the depot in ", False),
    ],
)
def test_states_and_reported_expectations_are_no_happenings(title: str, before_date: str, expected: bool) -> None:
    assert is_state(title, before_date) is expected


@pytest.mark.parametrize(
    "title", ["Volunteers can register", "Parcels can be collected at the depot", "The pool will stay open",
              "The road will remain closed", "The pass will be valid"],
)
def test_what_may_be_done_and_future_states_are_no_happenings(title: str) -> None:
    assert is_non_happening(title)


def test_states_and_expectations_give_no_event_but_the_happening_beside_them_does() -> None:
    text = ("The depot employs 40 people in 2024. The mayor said on Monday that the line would reopen. "
            "The council sold the depot in 2019. The mill is a brick building, built in 1871.")
    doc = Document("a.txt", text, "t", date(2024, 3, 6), "given")
    assert [e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex] == ["2019", "1871"]


@pytest.mark.parametrize(
    ("title", "before_date"),
    [
        # the date's own clause is the statement's, not the one before ", and"
        ("The operator says sailings would not resume", "Ferries remained suspended, and the operator said sailings would not resume before "),
        # "to the coast" is no infinitive of a verb of its own
        ("Forecasters warn that a front could bring rain", "Forecasters warned that a front could bring rain to the coast on "),
        # the verbs after the modal are the expectation's own: "to hire", "flat-roofed" are no new clause
        ("The head says a delay would make it hard", "The head said a delay would make it hard to hire staff in time for "),
        ("The councillor says he would ask for checks", "The councillor said he would ask for checks of every flat-roofed hall before "),
        # a dateline and a long subject before the statement, a number's comma after the modal
        ("The Union of Coastal Towns says it would study the flooding",
         "KELL HARBOUR (AP)_ The Union of Coastal Towns said Friday it would study the flooding of more than 2,000 storm-damaged "
         "homes nearly four years "),
    ],
)
def test_an_expectation_is_read_in_its_own_clause(title: str, before_date: str) -> None:
    assert is_state(title, before_date)


def test_a_date_inside_a_direct_quotation_gives_no_event() -> None:
    text = ("The roof of the school collapsed on Monday. \u201cWe had planned to call the roofer on Tuesday,\u201d "
            "the caretaker said. \"It was fine in March,\" a teacher said, and the council closed the hall on Wednesday.")
    doc = Document("a.txt", text, "t", date(2024, 3, 14), "given")
    assert [e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex] == ["Monday", "Wednesday"]


@pytest.mark.parametrize("title", [
    "That ban will end if no new cases are found",
    "The ferry would sail unless the wind rises",
    "The council says the pool will reopen if a buyer is found",
])
def test_a_future_on_a_condition_is_no_happening(title: str) -> None:
    assert is_non_happening(title)


def test_a_state_that_still_holds_is_no_happening_even_after_a_dateline_dash() -> None:
    title = "More than 9,000 homes were still without water"
    assert is_state(title, "KELLSBY — More than 9,000 homes in the valley were still without water on ")
    assert not is_state("The pumps were restarted", "KELLSBY — The pumps were restarted on ")


def test_a_conditional_and_a_still_state_give_no_event_beside_the_happening() -> None:
    text = ("PORT AVERY — More than 9,000 homes were still without water on Tuesday morning. Engineers "
            "replaced the burst main on Wednesday. The boil notice will end on Friday if tests are clear.")
    doc = Document("a.txt", text, "t", date(2024, 3, 6), "given")
    assert [e.timex for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex] == ["Wednesday"]


@pytest.mark.parametrize(("title", "expected"), [
    ("The council should sell the depot", True),  # a demand or advice
    ("Residents ought to be consulted", True),
    ("Marlowe must report to the state prison", True),  # a duty: the gold README's convention
    ("The new owners must repair the sea wall", True),
    ("Marlowe reports to the state prison", False),
    ("The council sells the depot", False),
])
def test_what_ought_to_happen_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


@pytest.mark.parametrize(("title", "expected"), [
    # the gold README's convention: a statement of how things stand is no happening
    ("Nadia Bell says that the harvest had been poor", True),
    ("The mayor says the budget is fair", True),
    ("A spokesman tells reporters the ferry was safe", True),
    ("Officials say the talks were in a difficult phase", True),
    # what it reports is one when it is a happening, and a title whose first verb is not the saying
    ("The mayor says the bridge was closed", False),
    ("Police say the driver was arrested", False),
    ("The council says two wardens were sent", False),
    ("The agency says the minister was the target of an ambush", False),
    ("They open, said that the assembly was unlikely to vote", False),
])
def test_a_statement_of_how_things_stand_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected
