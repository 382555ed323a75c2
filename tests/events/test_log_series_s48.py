"""A log's or a diary's series of acts told with no subject ("Packed the car, paid the warden and drove
north"): the first act is titled alone, as the writer's, and each later step is an event of its own on
the entry's day; a leave-taking told by "said" ("said goodbye to the crew and drove home") is no saying
whose words the next step would be; the writer who acted is the actor of such a step. Sentences written
for this test (session 48)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.titles import make_title
from explorer.events.titles.subjects import opens_a_series_of_acts
from explorer.ingest import extract_document


def _events(text: str, dct: date):
    return extract_document(Document("a.txt", text, "t"), dct).events


def _titles_on(text: str, dct: date, day: date) -> list[str]:
    return [e.title for e in _events(text, dct) if e.begin == day]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Packed the tent, paid the warden and walked down to the road.", "I pack the tent"),
    ("Loaded the sledges, then hauled them up the icefall.", "I load the sledges"),
    ("Cleared the ditch, mended the fence and fed the ewes.", "I clear the ditch"),
    ("Swept the hall, said goodbye to the caretaker and locked up.", "I sweep the hall"),
])
def test_a_subjectless_series_is_titled_by_its_first_act(sentence: str, title: str) -> None:
    assert make_title(sentence, 0, 0, "Notes of a week on the farm\n\n") == title


@pytest.mark.parametrize("clause", [
    "Deprived of food, the garrison surrendered.",          # an opening participle's phrase, then its subject
    "Dug out the drill shelter, which had filled with snow.",  # a relative on the object
    "Tired, hungry and cold, the crew reached the hut.",     # adjectives before the subject
    "The Red army, was forced back.",                        # a subject set off by a stray comma
])
def test_no_series_where_the_comma_closes_something_else(clause: str) -> None:
    assert not opens_a_series_of_acts(clause)


def test_each_step_of_a_series_under_a_day_heading_is_listed_on_its_day() -> None:
    text = ("Notes of a week on the farm\n\n"
            "Monday 6 April\nCleared the ditch by the lane, mended the fence and drove the ewes to the top field.\n\n"
            "Tuesday 7 April\nRain all day. Oiled the harness.\n")
    titles = _titles_on(text, date(2026, 4, 20), date(2026, 4, 6))
    assert "I clear the ditch by the lane" in titles
    assert "I mend the fence" in titles
    assert "I drive the ewes to the top field" in titles


def test_a_step_after_a_leave_taking_is_the_writers_act() -> None:
    # "said goodbye to …" is a leave-taking, not a saying whose words run on into "and drove home"
    text = ("Walking diary\n\n"
            "Friday 9 October\nClear at last. Packed the van, said goodbye to Ruth and Tom and drove home in six hours.\n\n"
            "Saturday 10 October\nUnpacked.\n")
    assert "I drive home in six hours" in _titles_on(text, date(2026, 10, 20), date(2026, 10, 9))


def test_a_step_after_a_saying_stays_what_was_said() -> None:
    # a saying still makes what follows it what was said (the guard for the leave-taking above)
    text = ("Walking diary\n\n"
            "Friday 9 October\nThe warden said the pass was shut and sent us down the glen.\n\n"
            "Saturday 10 October\nUnpacked.\n")
    assert not any("send" in t for t in _titles_on(text, date(2026, 10, 20), date(2026, 10, 9)))


def test_the_writer_is_the_actor_of_a_step_after_the_first_act(tmp_path) -> None:
    # the words before the joined verb ("Packed the van, said goodbye to Ruth and Tom") describe no one:
    # the title's writer acted
    from explorer.ingest import extract_paths
    path = tmp_path / "diary.txt"
    path.write_text("Walking diary\n\n"
                    "Friday 9 October\nClear at last. Packed the van, said goodbye to Ruth and Tom and drove home in six hours.\n\n"
                    "Saturday 10 October\nUnpacked.\n", encoding="utf-8")
    events = extract_paths([str(path)], dct=date(2026, 10, 20), jobs=1).documents[0].events
    step = next(e for e in events if e.title.startswith("I drive home"))
    assert step.actors[:1] == ("I",), step.actors


@pytest.mark.parametrize(("entry", "first", "joined"), [
    ("7 June. Went ashore and hired a guide.", "I go ashore", "I hire a guide"),
    ("8 June. Rowed out to the island and collected driftwood on the beach.", "I row out to the island",
     "I collect driftwood on the beach"),
    ("9 June. Mended the pump and cleaned the filters.", "I mend the pump", "I clean the filters"),
])
def test_a_stamped_entrys_title_ends_before_its_joined_act(entry: str, first: str, joined: str) -> None:
    # the stamp's event is titled by the entry's first act alone, as a dated sentence's is; the act
    # joined to it by "and" is an event of its own on the same day
    text = f"Walking diary\n\n6 June. Loaded the boat at the quay.\n{entry}\n10 June. Rain all day.\n"
    day = date(2025, 6, int(entry.split()[0]))
    titles = _titles_on(text, date(2025, 6, 20), day)
    assert first in titles and joined in titles, titles
