"""Events recall, session twenty-four (issue 12): kinds missed in new text written for the purpose.

An entry of a timeline told in the historical present by a plural subject ("14 June: Divers reach the
hull. They find a breach below the waterline"): read as the singular's present already was ("The navy
sends two ships"), its verb being the base ("find" -> "found"), but only after a plural subject ("The
upper section stays closed" has no "upper" that "sectioned"). A discovery told by its subject with
"found" and a thing come upon ("Walkers found a hoard of coins"), where "found" otherwise tells a
judgement ("found that", "found it hard", "found him guilty") or a means ("found a way"). Sentences
written for this test; none names anything from a gold article or a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.entry_present import entry_present_act
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2025, 6, 30)) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


def _entry_act(body: str) -> str | None:
    text = "How the week went\n\n9 June: A gauge at the mill shows the river above the mark. " + body + "\n"
    start = text.index(body)
    found = entry_present_act(text, start, start + len(body))
    return None if found is None else found[1]


# ---------------------------------------------------------------- a plural's act in an entry's present


@pytest.mark.parametrize(("body", "title"), [
    ("They find a split seam in the outfall pipe.", "They find a split seam in the outfall pipe"),
    ("Engineers isolate the second settling tank.", "Engineers isolate the second settling tank"),
    ("Volunteers fill four hundred sandbags at the depot.", "Volunteers fill four hundred sandbags at the depot"),
    ("We pitch the tents above the ford.", "We pitch the tents above the ford"),
])
def test_a_plurals_act_in_an_entrys_present_is_read_as_its_past(body: str, title: str) -> None:
    assert _entry_act(body) == title


@pytest.mark.parametrize("body", [
    "The upper footpath stays closed.",  # a noun is no base verb after a singular ("upper" "footpathed")
    "Volunteers will hand out sandbags.",  # a modal's verb is no present act
    "Prices rise sharply.",  # a measure that moves, as in the past ("Prices rose sharply")
    "Residents say the water tastes of metal.",  # a saying
])
def test_what_is_no_plurals_act_stays_out(body: str) -> None:
    assert _entry_act(body) is None


def test_a_begun_act_keeps_its_participle() -> None:
    # a participle is no base ("begins pumped"); read as work begun (session 44, concrete_senses) it
    # keeps its "-ing"
    assert _entry_act("The council begins pumping the lanes.") == "The council begins pumping the lanes"


def test_a_plurals_later_act_in_a_dated_entry_is_listed_on_the_entrys_day() -> None:
    text = ("How the spill unfolded\n\n"
            "12 May 2025: A barge grounds on the bar at the river mouth. Salvage crews pump the fuel into a tanker.\n\n"
            "15 May 2025: Tugs refloat the barge.\n")
    events = _events(text)
    assert ("Salvage crews pump the fuel into a tanker", date(2025, 5, 12)) in events, events


# ---------------------------------------------------------------- a discovery told with "found"


@pytest.mark.parametrize(("sentence", "title"), [
    # ("the remains of", "the bones of": a thing found named by a part of it, which base did not read)
    ("Walkers found the bones of a deer in the gully.", "Walkers find the bones of a deer in the gully"),
    ("The surveyors found the remains of a kiln under the car park.", "The surveyors find the remains of a kiln"),
    ("Volunteers found the ruins of a chapel on the hill.", "Volunteers find the ruins of a chapel on the hill"),
])
def test_a_thing_found_is_a_plain_act(sentence: str, title: str) -> None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    assert found is not None and found[1] == title


@pytest.mark.parametrize("sentence", [
    "The panel found that the rules had been broken.",
    "The committee found it hard to agree on a date.",
    "The jury found him guilty of theft.",
    "The club found a way to pay its debts.",
    "The inspectors found the kitchen clean and the records complete.",
    "Visitors found the exhibition hard to follow.",
    "The landlord found the time to reply.",
    "The surveyor found the bridge in poor repair.",
])
def test_a_judgement_or_a_means_found_is_no_plain_act(sentence: str) -> None:
    assert plain_past_clause(sentence, 0, len(sentence), writer=True) is None


def test_a_discovery_between_dated_sentences_is_an_event_of_the_storys_time() -> None:
    text = ("Roof repairs at the chapel\n\n"
            "Builders put up scaffolding on 3 March 2025. The roofers found a nest of wasps under the ridge tiles. "
            "The work finished on 28 March 2025.\n")
    events = _events(text)
    wasps = [(title, day) for title, day in events if "wasps" in title]
    assert [day for _, day in wasps] == [date(2025, 3, 3)], events  # from the story's day before it
