"""A log's entry told with no subject (explorer.events.subjectless_entries): listed on its entry's day
under a stamp or a day heading, not elsewhere, and not when the plain-past rule would not list it with
a subject. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.entry_days import EntryStamps
from explorer.events.subjectless_entries import subjectless_entry_act
from explorer.ingest import extract_document
from explorer.temporal.tagger import tag


def _events(text: str, dct: date | None) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


def _read_in_an_entry(reading, sentence: str):
    """What ``reading`` finds in ``sentence`` told on a diary's stamped line."""
    text = f"Notes\n\n2 April. {sentence}\n3 April. Rain.\n"
    at = text.index(sentence)
    return reading(text, at, at + len(sentence), True)


def _titles_on(text: str, dct: date | None, day: date) -> list[str]:
    return [title for title, begin in _events(text, dct) if begin == day]


def _entries(text: str, dct: date | None) -> EntryStamps:
    """The text's day stamps and headings, as the undated pass reads them."""
    return EntryStamps(text, tag(text, dct))


def test_a_stamped_lines_later_subjectless_act_is_listed_on_its_day() -> None:
    text = ("Hut notes, spring traverse\n\n"
            "2 April. Skinned up to the col in four hours. Mended the stove's pump after supper.\n"
            "3 April. Whiteout. Stayed in the hut.\n"
            "4 April. Dug out the door at dawn.\n")
    assert "I mend the stove's pump after supper" in _titles_on(text, date(2025, 4, 20), date(2025, 4, 2))


def test_a_subjectless_act_under_a_day_heading_takes_the_headings_day() -> None:
    text = ("Bench diary, cell line project\n"
            "Written up on 30 May 2025 by the night technician.\n\n"
            "Tue 20 May 2025\n"
            "The incubator door was left open at noon.\n"
            "Replaced the seal on incubator 2.\n\n"
            "Wed 21 May 2025\n"
            "Passaged the flasks of line B.\n"
            "Repaired the fume hood's sash.\n")
    assert "I replace the seal on incubator 2" in _titles_on(text, date(2025, 5, 30), date(2025, 5, 20))
    assert "I repair the fume hood's sash" in _titles_on(text, date(2025, 5, 30), date(2025, 5, 21))


@pytest.mark.parametrize("sentence", [
    "Felt tired all afternoon.",        # a state, not an act (the plain-past rule's own filter)
    "Thought about the route again.",    # a thought
    "Said nothing to the warden.",       # a saying
])
def test_a_subjectless_state_thought_or_saying_is_no_act(sentence: str) -> None:
    assert _read_in_an_entry(subjectless_entry_act, sentence) is None


def test_a_log_that_drops_its_articles_is_read_with_them() -> None:
    sentence = "Collected samples from the three wells."
    text = f"Notes\n\n6 June. Rain.\n7 June. {sentence}\n"
    at = text.index(sentence)
    found = subjectless_entry_act(text, at, at + len(sentence), True)
    assert found is not None and found[0].trigger == "Collected"


def test_a_participle_opening_a_news_paragraph_is_no_entry() -> None:
    text = ("Harbour works delayed\n\nThe council met on 3 March 2025.\n\n"
            "Delayed by the storm, the crane barge reached the quay a week late.\n")
    at = text.index("Delayed")
    entries = _entries(text, date(2025, 3, 4))
    assert not entries.under_a_heading(at)
    assert subjectless_entry_act(text, at, len(text) - 1, False, entries) is None


@pytest.mark.parametrize(("heading", "under"), [
    ("Tue 20 May 2025", True), ("Monday 7 August", True), ("March 4, 2025", True), ("2025-05-20", True),
    ("Tue 20 May 2025:", True), ("The meeting of 20 May 2025", False),
])
def test_a_day_heading_is_a_day_alone_on_its_line(heading: str, under: bool) -> None:
    text = f"Log\n\n{heading}\nFixed the gate.\n\n{heading}\nOiled the hinge.\n"
    titles = [title for title, _ in _events(text, date(2025, 6, 1))]
    assert ("I fix the gate" in titles) is under


def test_a_subjectless_line_under_a_day_and_place_heading_is_left_to_the_sections_day() -> None:
    # "Monday 7 August, Harbour": the section's dated acts take its day (explorer.events.entry_days), but
    # a line with no subject is read as the writer's act only under a day alone on its line, as the log
    # reader has read it since it was written (reading it there too is a change for an events session)
    text = ("Log\n\nMonday 7 August, Harbour\nFixed the gate.\nThe crew painted the hull.\n\n"
            "Tuesday 8 August, Harbour\nOiled the hinge.\nThe crew scraped the keel.\n")
    events = dict(_events(text, date(2023, 9, 1)))
    assert events.get("The crew paints the hull") == date(2023, 8, 7)
    assert "I fix the gate" not in events


def test_a_heading_alone_in_its_paragraph_heads_the_next_one() -> None:
    text = "Log\n\nMonday 7 August\n\nFixed the gate.\n\nTuesday 8 August\n\nOiled the hinge.\n"
    assert "I oil the hinge" in _titles_on(text, date(2023, 9, 1), date(2023, 8, 8))
    assert not _entries(text, date(2023, 9, 1)).under_a_heading(text.index("Monday"))


def test_an_entry_told_by_its_acts_noun_is_listed_on_its_day() -> None:
    text = ("Hut notes, spring traverse\n\n"
            "2 April. Ascent of the north ridge. Back at the hut by 6 pm.\n"
            "3 April. Whiteout. Stayed in the hut.\n"
            "4 April. Evacuation of the lower hut after an avalanche warning. Everyone safe by noon.\n")
    titles = _titles_on(text, date(2025, 4, 20), date(2025, 4, 4))
    assert any(t.startswith("Evacuation of the lower hut") for t in titles)


def test_a_note_naming_an_act_by_its_noun_is_the_stamps_happening() -> None:
    text = "Warden's log\n\n9 May. Rain.\n10 May. Inspection by the county surveyor.\n11 May. Fog.\n"
    assert _titles_on(text, date(2025, 6, 1), date(2025, 5, 10)) == ["Inspection by the county surveyor"]


@pytest.mark.parametrize("sentence", [
    "Condition of the roof poor.",     # a state's noun, no act's
    "Position of the boat at dusk.",
    "Evacuation plans discussed.",      # the noun without its "of"/"by" is no entry's act here
])
def test_a_nouns_entry_needs_an_acts_noun_and_its_of_or_by(sentence: str) -> None:
    from explorer.events.subjectless_entries import nominal_entry_act
    assert _read_in_an_entry(nominal_entry_act, sentence) is None


def test_a_nouns_sentence_outside_an_entry_is_no_entry() -> None:
    from explorer.events.subjectless_entries import nominal_entry_act
    text = "The valley cleared\n\nThe river rose on 3 May 2025.\n\nEvacuation of the valley followed.\n"
    at = text.index("Evacuation")
    assert nominal_entry_act(text, at, len(text) - 1, False) is None


@pytest.mark.parametrize(("note", "act"), [
    ("Pump test complete.", True), ("Loading done.", True), ("Second survey finished.", True),
    ("Descent under way.", True), ("Fog all day.", False), ("Clear and calm.", False),
])
def test_a_note_saying_an_act_is_done_tells_that_act(note: str, act: bool) -> None:
    from explorer.events.entry_notes import is_a_note_of_no_act
    assert is_a_note_of_no_act(note) is not act


def test_a_clock_stamped_done_note_is_an_event_at_its_time() -> None:
    text = ("Dive log, reef survey\n\n3 June 2025\n\n09:10 UTC: Descent to 18 m.\n09:55 UTC: Transect A complete.\n"
            "10:40 UTC: Ascent. Visibility poor.\n")
    assert "Transect A complete" in _titles_on(text, date(2025, 6, 4), date(2025, 6, 3))


@pytest.mark.parametrize(("stamp", "day"), [
    ("Wed 22 July.", date(2026, 7, 22)),       # a weekday's short form
    ("Tues. 5 May.", date(2026, 5, 5)),        # with its full stop
    ("Thurs, 13 Aug —", date(2026, 8, 13)),    # a comma after it, a month's short form
    ("Sat 5th September —", date(2026, 9, 5)),  # a day's ordinal and a spaced dash
])
def test_a_later_act_under_a_stamp_with_a_short_weekday_is_listed_on_its_day(stamp: str, day: date) -> None:
    # a log's stamp with the weekday cut short opens an entry as one spelled out does: the acts told
    # after the entry's first sentence (a note here) are the writer's, on the stamp's day
    text = ("Boat log, autumn refit\n\n"
            f"{stamp} Wind NW, fresh. Scraped the keel and painted the rudder.\n"
            "Mon 30 November. Laid up for the winter.\n")
    assert "I scrape the keel and paint the rudder" in _titles_on(text, date(2026, 12, 1), day)


def test_each_later_subjectless_act_of_a_short_stamped_entry_is_listed() -> None:
    text = ("Allotment diary\n\n"
            "Sat 11 April. Dry and cold. Dug over the bean trench. Sowed two rows of carrots.\n"
            "Sun 12 April. Frost. Moved the seedlings into the cold frame.\n"
            "Fri 17 April. Rain all day.\n")
    titles = _titles_on(text, date(2026, 4, 30), date(2026, 4, 11))
    assert "I dig over the bean trench" in titles and "I sow two rows of carrots" in titles
    assert "I move the seedlings into the cold frame" in _titles_on(text, date(2026, 4, 30), date(2026, 4, 12))


def test_a_short_weekday_before_a_comma_and_a_time_opens_no_entry() -> None:
    # a calendar's line ("Sat 5 Dec, 10am: Christmas fair.") is a listing, not a log's entry: no
    # later sentence of it is read as the writer's act
    text = ("Parish calendar\n\n"
            "Sat 5 Dec, 10am: Christmas fair in the hall. Brought cakes to the stall by nine, please.\n"
            "Sun 6 Dec, 4pm: Carol service.\n")
    from explorer.events.entry_present import in_an_entry
    assert not in_an_entry(text, text.index("Brought"))


# session 56 (h56q): a line stamped with a day in figures ("04.04.2021.", "2021-04-04", "14/6/17") is an
# entry too: its later subjectless acts are listed on that day
@pytest.mark.parametrize("stamp, day", [
    ("04.04.2021.", date(2021, 4, 4)),
    ("2021-04-04.", date(2021, 4, 4)),
    ("4/4/2021.", date(2021, 4, 4)),
])
def test_a_later_subjectless_act_under_a_stamp_in_figures(stamp: str, day: date) -> None:
    text = ("Kell ice cap: field notes\n\nCompiled by the survey team.\n\n"
            f"{stamp} Drove in from the road end with the sledges. Set up the base tent on the moraine below the nunatak.\n\n"
            "Storm on the next two days. No work outside.\n")
    assert "I set up the base tent" in _titles_on(text, date(2021, 4, 30), day), _events(text, date(2021, 4, 30))
