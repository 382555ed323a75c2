"""Happenings a reader lists that the builder missed on fresh text (session twenty-seven, issue 12).
Sentences written for this test; names, places, dates and verbs vary so that no rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = None) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


def _between_dated(sentence: str) -> str:
    """``sentence`` told between two dated happenings of a news story."""
    return ("Harbour news\n\n"
            "The ferry Morven Lass ran aground off Skarra Point on 4 February 2025.\n\n"
            f"{sentence}\n\n"
            "The operator withdrew the ship from service on 9 February 2025.\n")


# --------------------------------------------------------------------------- an opening phrasal act


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("A fishing boat, the Brighter Dawn, picked up the survivors at first light.", "picks up the survivors"),
    ("Insurers set up a mobile office in the square.", "Insurers set up a mobile office"),
    ("The harbour master called off the search.", "calls off the search"),
    ("Engineers switched off the ship's fuel pumps.", "switch off the ship"),
    ("The crew threw out the spoiled cargo.", "throws out the spoiled cargo"),
])
def test_an_opening_phrasal_verb_acts_on_the_object_after_its_particle(sentence: str, title_part: str) -> None:
    """"A fishing boat picked up the survivors": a phrasal verb of the closed list (PHRASAL_ACT) opening
    an undated sentence acts on the object after its particle, as it does after "and" or in a list."""
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert any(title_part in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The path turned up the hill towards the chapel.",   # a way that runs, no pair of the list
    "The tide came in over the causeway.",               # no pair of the list
])
def test_a_particle_after_a_verb_outside_the_list_is_no_act(sentence: str) -> None:
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert not any(word in title for title in titles for word in ("turns up", "comes in")), titles


# --------------------------------------------------------------------------- a wreck, a drowning, a blast


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("Nineteen people drowned.", "Nineteen people drown"),
    ("The dredger capsized in the outer channel.", "dredger capsizes"),
    ("A gas cylinder exploded in the engine room.", "cylinder explodes"),
    ("The fish market caught fire.", "market catches fire"),
    ("Fourteen passengers drowned in the saloon.", "Fourteen passengers drown"),
    ("The tug sank within minutes.", "tug sinks"),
])
def test_what_befalls_a_ship_people_or_a_building_is_a_happening(sentence: str, title_part: str) -> None:
    """"Nineteen people drowned.", "The tug sank": a wreck, a drowning or a blast told with no object
    is a happening of the story as much as an act is (ACTS_WITHOUT_OBJECT)."""
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert any(title_part in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "The company's shares sank 6 percent.",     # a measure's fall
    "Its shares sank by a third.",              # a measure's fall
    "The band drowned out the speeches.",       # a noise
])
def test_a_measure_that_sank_or_a_noise_that_drowned_is_no_happening(sentence: str) -> None:
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert not any(word in title for title in titles for word in ("sink", "drown")), titles


# --------------------------------------------------------------------------- a bare plural told by its place


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("Controllers at Darmstadt fired the main engine for 92 seconds.", "Controllers at Darmstadt fire the main engine"),
    ("Police in Harwick arrested two men.", "Police in Harwick arrest two men"),
    ("Volunteers from the village cleared the drains.", "Volunteers from the village clear the drains"),
    ("Doctors at the Royal Infirmary removed the bullet.", "remove the bullet"),
    ("Residents of the estate blocked the road.", "Residents of the estate block the road"),
    # (session 55: told by what they wear or carry, after a crew told by its work too)
    ("Fire crews in breathing apparatus sealed the leak.", "seal the leak"),
    ("Engineers with breathing gear sealed the pipe.", "Engineers with breathing gear seal the pipe"),
    ("Rescue teams with dogs searched the rubble.", "search the rubble"),
])
def test_a_bare_plural_told_by_where_it_works_opens_a_plain_act(sentence: str, title_part: str) -> None:
    """"Controllers at Darmstadt fired the engine": a bare capitalised plural followed by a preposition
    and a place is someone who acts, as "The team at Darmstadt" is."""
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert any(title_part in title for title in titles), titles


@pytest.mark.parametrize("sentence", [
    "Sales in Europe rose 4 percent.",           # a measure
    "Prices at the pump fell sharply.",          # a measure, no object
])
def test_a_measure_told_by_its_place_is_no_act(sentence: str) -> None:
    titles = [title for title, _ in _events(_between_dated(sentence), date(2025, 2, 10))]
    assert not any(title.startswith(("Sales", "Prices")) for title in titles), titles


# --------------------------------------------------------------------------- a listed act's apposed object


@pytest.mark.parametrize(("sentence", "title_part", "year"), [
    ("He returned to Hull in 1850, married Clara Ashdown, the daughter of a shipbuilder, and published a memoir.",
     "marries Clara Ashdown", 1850),
    ("Vask took the fort in 1402, executed its captain, a cousin of the duke, and burned the town.",
     "executes its captain", 1402),
    ("The society bought the mill in 1961, hired Tom Reece, a retired millwright, and restored the wheel.",
     "hires Tom Reece", 1961),
])
def test_a_listed_act_whose_object_is_set_off_by_an_apposition_is_a_happening(sentence: str, title_part: str,
                                                                             year: int) -> None:
    """"…, married Clara Ashdown, the daughter of a shipbuilder, and published …": the apposition after the
    listed act's object does not end the list; the act is a happening at the sentence's date."""
    text = f"A short history\n\n{sentence}\n"
    found = [(title, begin) for title, begin in _events(text) if title_part in title]
    assert found and found[0][1] is not None and found[0][1].year == year, _events(text)
