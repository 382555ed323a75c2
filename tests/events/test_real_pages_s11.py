"""Kinds of non-event found by reading the events of 27 real web pages (wire reports, obituaries, local
news, disaster reports, histories; kept outside the repository) as an analyst would (issue 12,
real-events). Each kind is checked on sentences of our own, written for these tests in the pages' forms
(never their text), that fail without its rule, beside a sentence of the same shape that stays an
event."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.furniture import Furniture, is_caption
from explorer.events.modality import is_absence, is_non_happening
from explorer.events.states import is_state
from explorer.events.tallies_and_baselines import is_running_tally
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2024, 5, 10)) -> list:
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _timexes(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in _events(text, dct) if e.timex]


# --------------------------------------------------------------------- photo captions


@pytest.mark.parametrize(("line", "expected"), [
    # an agency and its photographer end the caption
    ("Firefighters work at the scene of the warehouse blaze in Melk, March 3, 2022. REUTERS/Tomas Varga", True),
    ("Voters queue outside a polling station in Arvan on Sunday. EPA-EFE/Lina Kostova", True),
    # a parenthesised credit
    ("Mayor Ana Ruiz speaks to supporters in Dorran on June 4, 2019. (AP Photo/Lee Carter, File)", True),
    ("A crowd gathers outside the court in Levan on Tuesday. (Photo: Ida Moss/Northern Post)", True),
    ("The old pier before the storm of 1987 (file photo)", True),
    ("Minister Olek Dren at the summit in Pava, 2021. Getty Images", True),
    # a file-photo label or an image's file name opens it
    ("FILE - In this 2017 file photo, the singer Mara Voss performs at a festival in Kell.", True),
    ("FILE PHOTO: A worker inspects a pipeline near Orsk in 2015.", True),
    ("pier-fire.jpgView full sizeCrews battle the pier fire in August 2019.", True),
    ("Image caption The bridge was closed in 2020", True),
    # forms found on a later batch of pages, checked here on sentences of our own
    ("Delegates arrive for the summit in Pava, June 3, 2021. REUTERS/ Ana Lind", True),
    ("Residents wade through a flooded street in Kell on Sunday. (TOMAS VARGA/Wire)", True),
    ("A ferry leaves Orsa harbour in May. (Ida Moss/Northern Post)", True),
    ("Photo: Northern Post archive", True),
    ("Smoke rises over the ridge near Kell, May 4, 2019. Courtesy Kell Fire Service/Handout via REUTERS", True),
    ("Crews clear the road on Sunday. KVRN-TV via AP", True),
    ("The statement was sent via AP", False),
    ("Talks between the two sides (Bosnia and Herzegovina/Serbia) resumed on Monday.", False),
    ("He chaired the committee (Jan/Feb).", False),
    # the story's own sentences are no captions
    ("Police arrested two men on Friday, a spokesman said.", False),
    ("The band AC/DC played in Leeds in 1979.", False),
    ("A photo taken in 1962 shows the harbour full of boats.", False),
    ("The file was sent to prosecutors on 4 March 2021.", False),
    ("Reporting by Tomas Varga; Editing by Ana Lind", False),
])
def test_a_photo_caption_is_told_by_its_credit_or_label(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


_CAPTIONED = (
    "Port strike ends after nine days\n\n"
    "Dockers leave the Orsa terminal at the end of a shift, May 2, 2024. REUTERS/Pavel Drun\n\n"
    "ORSA (Reuters) - Dockers at the port of Orsa ended a nine-day strike on Wednesday after the operator "
    "agreed to raise wages by 6 percent, the union said.\n\n"
    "FILE - In this 2019 file photo, a container ship is loaded at the Orsa terminal. (AP Photo/Ida Fenn, File)\n\n"
    "The port handled 1.2 million containers last year, and the strike held up some 40 ships, the operator said. "
    "Talks between the two sides broke down on April 30 after a week of meetings.\n"
)


def test_no_event_comes_from_a_photo_caption_but_the_story_gives_its_events() -> None:
    dated = _timexes(_CAPTIONED)
    assert "May 2, 2024" not in dated and "2019" not in dated  # the captions' dates
    assert "Wednesday" in dated and "April 30" in dated  # the strike's end, the talks' collapse


def test_a_caption_line_is_furniture_for_the_whole_line() -> None:
    furniture = Furniture(_CAPTIONED)
    caption = _CAPTIONED.index("Dockers leave")
    assert furniture.why(caption) == "caption"
    assert furniture.why(_CAPTIONED.index("Dockers at the port")) is None


# --------------------------------------------------------------------- a wire's dateline without a place


def test_a_wire_dateline_with_no_place_is_no_happening_and_gives_no_second_event() -> None:
    text = ("Veteran climber Olek Marten dies in fall\n\n"
            "Mar 4 (Reuters) - Veteran climber Olek Marten, who led the first winter ascent of the north face "
            "of Mount Kerr, died after a fall in the Alps, his family said on Sunday.\n\n"
            "Marten began climbing in 1979 and was awarded the Alpine Medal in 2001.\n")
    events = _events(text, dct=None)
    assert "Mar 4" not in [e.timex for e in events]
    died = [e for e in events if "dies" in e.title.lower() or "died" in e.title.lower()]
    assert len(died) == 1, [e.title for e in events]


def test_a_timeline_entry_opening_its_line_with_a_dash_stays_an_event() -> None:
    # a date before a bare dash (no agency in brackets) is a timeline's entry, not a dateline
    text = ("How the dispute unfolded\n\n"
            "The dispute over the Varn dam has run for three years and drawn in both governments and the river "
            "commission that manages the shared water.\n\n"
            "March 4, 2022 - The two governments sign a memorandum on water sharing.\n"
            "June 9, 2023 - Talks on the dam collapse after a dispute over the filling schedule.\n")
    dated = _timexes(text)
    assert "March 4, 2022" in dated and "June 9, 2023" in dated


# --------------------------------------------------------------------- a running tally's new figure


@pytest.mark.parametrize(("title", "expected"), [
    ("The death toll jumps to 58", True),
    ("The death toll from the ferry sinking rose to 58", True),
    ("In Zanta, the number of confirmed cases has climbed to 1,240", True),
    ("The casualty count now stands at 90", True),
    ("The number of people killed rises to 12", True),
    ("The official toll passed 300", True),
    ("The Caribbean death toll rises again sharply", True),
    ("The U.S. toll reaches 103", True),
    ("Lorna's official death toll rises to 99", True),
    ("The governor says the death toll jumped", True),
    ("The police chief tells reporters that the toll had risen", True),
    ("Officials say the vote count begins", False),
    # a count of deaths or cases reported
    ("Seven more deaths are reported in Tarvia", True),
    ("Another 120 cases were recorded", True),
    ("Four storm-related deaths have been reported in the north", True),
    ("The health minister announces that 54 deaths have now been confirmed", True),
    ("Police report two deaths", False),
    ("Seven climbers are rescued", False),
    ("The Count of Monte Cristo opens", False),
    # a happening with a toll, a count, or a tally in it is no running tally
    ("The toll road opens", False),
    ("The count of votes begins", False),
    ("Officials suspend the count", False),
    ("Floods kill 58 people", False),
    ("The toll booth reached", False),
])
def test_a_running_tally_is_told_apart(title: str, expected: bool) -> None:
    assert is_running_tally(title) is expected


def test_a_rising_death_toll_gives_no_event_but_the_sinking_does() -> None:
    text = ("A ferry carrying 300 passengers sank off the island of Orr on Friday, the coastguard said. "
            "The death toll rose to 58 on Sunday as divers searched the hull, and the number of missing "
            "had climbed to 40 by Monday.\n")
    events = _events(text)
    dated = [e.timex for e in events if e.timex]
    assert "Friday" in dated
    assert "Sunday" not in dated, [e.title for e in events]


# --------------------------------------------------------------------- what is not known, what was not there


@pytest.mark.parametrize(("title", "expected"), [
    ("The fate remains unclear", True),
    ("The fate of the missing climbers remained unclear", True),
    ("The cause of the fire is still unknown", True),
    ("The number of victims was not yet known", True),
    # a happening, or a state that is no want of knowledge, is left to the other rules
    ("The climbers were found alive", False),
    ("The cause of the fire is identified", False),
])
def test_what_is_not_known_is_a_state(title: str, expected: bool) -> None:
    assert is_state(title) is expected


def test_an_unknown_fate_gives_no_event_but_the_finding_does() -> None:
    text = ("Rescuers found one of the three missing climbers alive on the Kessel glacier on Monday, the mountain "
            "rescue service said. The fate of the other two remained unclear on Tuesday evening.\n")
    dated = _timexes(text)
    assert "Monday" in dated
    assert "Tuesday evening" not in dated


@pytest.mark.parametrize(("title", "expected"), [
    ("The department reports no significant crime spikes", True),
    ("Police reported no injuries", True),
    ("The ward has reported no new infections", True),
    # what was reported, and what an inspection found (the inspection is the happening), stay
    ("Police report two injuries", False),
    ("The inspection found no structural damage", False),
    ("The council reported the leak to the water company", False),
])
def test_an_absence_reported_is_told_apart(title: str, expected: bool) -> None:
    assert is_absence(title) is expected


def test_an_absence_reported_over_a_period_gives_no_event() -> None:
    text = ("In its weekly update, the hospital reported no new infections over the past two weeks. "
            "The isolation ward was closed on Thursday.\n")
    dated = _timexes(text)
    assert "the past two weeks" not in dated
    assert "Thursday" in dated


# --------------------------------------------------------------------- a length read as a rate


@pytest.mark.parametrize("sentence", [
    "Work on the new depot began in March 2022 and is expected to last a year.",
    "The swimming pool closed in March 2021 for a month.",
    "Repairs to the bridge started in May 2023 and took about a week.",
])
def test_a_length_after_a_dated_start_is_no_rate(sentence: str) -> None:
    # "last a year", "for a month", "took about a week" tell how long, not how often: the start is a happening
    assert len(_timexes(sentence + "\n")) == 1, _timexes(sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "In 2022 the charity trained about 40 volunteer tutors a year.",
    "In 2019 the club trained with 40 coaches a week.",
])
def test_a_rate_still_tells_a_habit(sentence: str) -> None:
    assert _timexes(sentence + "\n") == []


# --------------------------------------------------------------------- what would have happened


@pytest.mark.parametrize(("title", "expected"), [
    ("A peace deal would have been put to a public vote", True),
    ("A united island could have signed the accession treaty", True),
    ("The inquiry should have met", True),
    ("The board would probably have approved it", True),
    # what happened, what had to happen, and a guess at what did happen are left to the other rules
    ("The deal was put to a vote", False),
    ("The minister would have to resign", False),
    ("The plan had been approved", False),
])
def test_what_would_have_happened_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_counterfactual_timetable_gives_no_event_but_what_happened_does() -> None:
    text = ("The talks on the island's future collapsed on Thursday after four days of meetings. Under the "
            "timetable, a settlement would have been put to a referendum on 12 May, and the new federation "
            "could have taken its seat at the regional council in June.\n")
    dated = _timexes(text)
    assert "Thursday" in dated
    assert "12 May" not in dated and "June" not in dated


def test_a_count_of_deaths_reported_gives_no_event_but_the_landfall_does() -> None:
    text = ("Cyclone Irra made landfall near the port of Dessa on Tuesday as a category 3 storm. "
            "Nine more deaths were reported in the coastal districts on Thursday, officials said.\n")
    dated = _timexes(text)
    assert "Tuesday" in dated
    assert "Thursday" not in dated


# --------------------------------------------------------------------- a possibility reported as a state


@pytest.mark.parametrize("sentence", [
    "The storm hit the coast on Sunday, and officials warned that major flooding was possible on Monday.",
    "Officials warned on Monday that major flooding was possible.",
    "The minister said on Friday that a deal was likely.",
])
def test_a_possibility_reported_as_a_state_is_no_happening(sentence: str) -> None:
    dated = _timexes(sentence + "\n")
    assert "Monday" not in dated and "Friday" not in dated, dated


def test_a_fact_reported_stays_an_event() -> None:
    assert "Friday" in _timexes("The minister said on Friday that the deal was signed.\n")


# --------------------------------------------------------------------- where a thing is, what it is made of


@pytest.mark.parametrize(("title", "expected"), [
    ("The storm is centred about 300 miles south of the cape", True),
    ("The cyclone was located near the island", True),
    ("Gradual weakening is in the forecast", True),
    ("The crowds consisted mainly of students", True),
    ("The storm hits the coast", False),
    ("The minister is sworn in", False),
])
def test_a_position_or_a_make_up_is_a_state(title: str, expected: bool) -> None:
    assert is_state(title) is expected


@pytest.mark.parametrize("sentence", [
    "The storm was centred at 9 a.m. Tuesday about 200 miles east of the cape.",
    "Saturday's march consisted mainly of students and teachers.",
])
def test_a_dated_position_or_make_up_gives_no_event(sentence: str) -> None:
    assert _timexes(sentence + "\n") == []
