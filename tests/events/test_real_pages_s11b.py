"""Kinds of non-event found by reading the events of 15 new real web pages (council budgets, wire
disaster reports, court reports, press releases, a town history, a sports report; kept outside the
repository) as an analyst would (issue 12, real-events-two). Each rule follows the grammar of its kind,
and is checked on sentences of our own written in that grammar (never the pages' text) that fail
without it, beside a sentence of the same shape that stays an event."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.events.furniture import is_caption
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2024, 5, 10)) -> list:
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


# --------------------------------------------------------------------- a picture described


@pytest.mark.parametrize(("line", "expected"), [
    # a picture is the subject, and what it shows is told in the present
    ("A satellite image shows smoke rising over the harbour at Ostrel, June 3", True),
    ("Aerial footage from the scene shows the roof torn off the school in Dunmere on Friday.", True),
    ("Two undated photographs released by the family show the missing climber at a base camp.", True),
    # "in this picture": the line speaks of the picture beside it
    ("Rescue workers search the rubble in Varn, March 2, 2021, in this handout picture released by the fire service.", True),
    ("Crowds gather on the bridge at Pell on Tuesday in this still image taken from video.", True),
    # a report of what a picture showed, and a photographer's own happening, are the story's
    ("Police said the video showed the driver running a red light on Friday.", False),
    ("The photo agency opened an office in Kell on Tuesday.", False),
    ("A photographer was injured when the stand collapsed on Saturday.", False),
])
def test_a_picture_described_is_a_caption(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


def test_a_picture_described_gives_no_event_but_the_story_does() -> None:
    text = ("Storm floods river towns\n\n"
            "An aerial photo shows floodwater covering the market square in Tarn, October 4, 2023\n\n"
            "The river burst its banks in Tarn on October 4, forcing 200 families from their homes.\n")
    titles = [e.title for e in _events(text, date(2023, 10, 5))]
    assert not any("photo" in t.lower() for t in titles), titles
    assert any("burst" in t.lower() or "river" in t.lower() for t in titles), titles


# --------------------------------------------------------------------- the period a plan covers


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a budget's or a plan's year, named before the noun or after "for ... year"
    ("The board adopted a spending plan for the 2025-26 school year.", "2025-26", "dated thing"),
    ("Trustees passed the budget for fiscal year 2024 by a 4-1 vote.", "2024", "dated thing"),
    ("Councillors approved the 2026 budget and a small rise in fees.", "2026", "dated thing"),
    ("The biggest item in this year's budget is road repair.", "this year", "dated thing"),
    # the same words telling when something happened stay
    ("The board adopted the plan in 2025 after a long debate.", "2025", None),
    ("Councillors approved the budget on Tuesday.", "Tuesday", None),
    ("Revenue rose sharply in fiscal year 2024.", "2024", None),
])
def test_the_period_a_plan_covers_is_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


def test_an_approval_is_not_dated_by_the_year_its_budget_covers() -> None:
    text = ("Council passes budget\n\nMarch 3, 2025\n\n"
            "In a 6-1 vote, councillors approved the town's budget for fiscal year 2025-2026.\n")
    dated = [(e.title, e.begin) for e in _events(text, None) if e.begin is not None]
    assert not any(b.year == 2026 or (b.year == 2025 and b.month == 1 and b.day == 1) for _, b in dated), dated


# --------------------------------------------------------------------- a pointer to the reader


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    ("For more from Thursday's hearing, watch the full recording below.", "Thursday", "pointer"),
    ("For highlights from Saturday's final, see our gallery.", "Saturday", "pointer"),
    ("To read more about the 1998 floods, click here.", "1998", "pointer"),
    ("Watch the whole of Tuesday's debate on our website.", "Tuesday", "pointer"),
    # a sentence that tells a happening, with the same words
    ("For more than a week after Thursday's hearing, the judge said nothing.", "Thursday", None),
    ("Fans watched Saturday's final in the town square.", "Saturday", None),
])
def test_a_pointer_to_the_reader_is_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


def test_a_pointer_to_the_reader_gives_no_event() -> None:
    text = ("Council meets\n\nJune 5, 2024\n\nThe council approved the new parking rules on Monday. "
            "For more from Monday's meeting, see the video and our live posts below.\n")
    titles = [e.title for e in _events(text, None)]
    assert not any("more" in t.lower().split()[:3] or "video" in t.lower() for t in titles), titles
    assert any("approve" in t.lower() or "parking" in t.lower() for t in titles), titles


# --------------------------------------------------------------------- a deadline and an anniversary


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a date naming a deadline is a point others are measured by
    ("Talks went on past the March 31 deadline.", "March 31", "reference point"),
    ("Most schools had filed their reports by the October 1 deadline.", "October 1", "reference point"),
    ("She said no bid could be taken after the Nov. 3 deadline.", "Nov. 3", "reference point"),
    # the deadline's own passing, or missing it, dated as a happening, stays
    ("The council missed the January 15 deadline for its plan.", "January 15", None),
    ("The deadline passed on March 31 without a deal.", "March 31", None),
])
def test_a_deadline_named_is_a_reference_point(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the date is the subject, and it marks how long ago something was
    ("Sunday marked 40 years since the mine closed.", "Sunday", "anniversary"),
    ("Next Tuesday marks the 75th anniversary of the landing.", "Next Tuesday", "anniversary"),
    ("This week marks one year since the fire at the mill.", "This week", "anniversary"),
    # a commemoration held on the day is a happening
    ("On Sunday the town marked the anniversary with a parade.", "Sunday", None),
])
def test_a_date_marking_an_anniversary_is_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


# --------------------------------------------------------------------- a state reached over a stretch, a happening looked into


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # what a thing has become over a stretch running up to now is a trend, not a happening
    ("The festival has become a fixture of the city's summer over the past 20 years.", "the past 20 years", "trend"),
    ("Cycling has become far more common in the last decade.", "the last decade", "trend"),
    # becoming something on a day of its own stays
    ("The festival became a fixture of the summer in 1999.", "1999", None),
])
def test_what_has_become_so_over_a_stretch_is_a_trend(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the date names the happening looked into, not when the looking took place
    ("Inspectors have more time to investigate Tuesday's blast at the plant.", "Tuesday", "dated thing"),
    ("The board will review last year's accounts before the vote.", "last year", "dated thing"),
    # a happening of that day done to a thing of its own stays
    ("Inspectors visited Tuesday's market to check the stalls.", "Tuesday", None),
])
def test_a_happening_looked_into_dates_no_looking(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


# --------------------------------------------------------------------- a superlative with no adjective


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # "the most since": a superlative measured against the past, with no adjective after "most"
    ("Rain totals reached four inches on Friday, the most since 2011.", "2011", "comparison"),
    ("Attendance topped 9,000, a record for the club and the most since 1994.", "1994", "comparison"),
    # the happening's own date stays
    ("Rain totals reached four inches on Friday, the most since 2011.", "Friday", None),
])
def test_the_most_since_a_year_is_a_comparison(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


# --------------------------------------------------------------------- a page's introduction to what follows


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # the page introduces a list, a guide or an account that follows it
    ("Here's a list of the best walks to try this spring.", "this spring", "page intro"),
    ("Here are five things that happened at the council on Monday.", "Monday", "page intro"),
    ("Here is how the day unfolded on Saturday.", "Saturday", "page intro"),
    ("Below is a timeline of the strike since March 3.", "March 3", "page intro"),
    # "here" pointing at a place, where something happened, stays
    ("Here is the spot where the king landed in 1660.", "1660", None),
    ("Here, on 4 May 1940, the first bombs fell.", "4 May 1940", None),
])
def test_a_page_introducing_what_follows_tells_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


def test_a_page_intro_gives_no_event_but_the_items_do() -> None:
    text = ("Council notes\n\nJune 1, 2024\n\nHere are five things that happened at the council on Monday.\n\n"
            "The council approved a new library on Monday.\n")
    titles = [e.title for e in _events(text, None)]
    assert not any("things" in t.lower() for t in titles), titles
    assert any("library" in t.lower() for t in titles), titles


# --------------------------------------------------------------------- a listing of a site's pages


@pytest.mark.parametrize(("line", "expected"), [
    # a page type's label, a headline and the page's date in brackets: an entry in a site's listing
    ("• PRESS RELEASE : Harbour board appoints new chair [March 2023]", True),
    ("- VIDEO: Mayor opens the new bridge (14 June 2022)", True),
    ("PODCAST | Why the strike ended [12.05.2021]", True),
    # a timeline entry or a story's sentence with a label of its own stays
    ("- 3 March 2023: the harbour board appoints a new chair", False),
    ("STATEMENT: The board met on 3 March and appointed a new chair.", False),
    ("Opened the first shop in Kell (1998)", False),
])
def test_an_entry_in_a_listing_of_pages_is_a_teaser(line: str, expected: bool) -> None:
    from explorer.events.furniture import Furniture
    text = "Newsroom\n\n" + line + "\n\nThe harbour board met on 3 March 2023 and appointed Lena Ross as chair.\n"
    start = text.index(line)
    assert (Furniture(text).why(start + 2, start + len(line) - 2) == "listing") is expected


def test_a_listing_of_pages_gives_no_event_but_the_story_does() -> None:
    text = ("Newsroom\n\n• PRESS RELEASE : Harbour board appoints new chair [March 2023]\n"
            "• PRESS RELEASE : Ferry timetable changes [February 2023]\n\n"
            "The harbour board met on 3 March 2023 and appointed Lena Ross as chair.\n")
    titles = [e.title for e in _events(text, date(2024, 6, 1))]
    assert not any("PRESS RELEASE" in t for t in titles), titles
    assert any("harbour board" in t.lower() for t in titles), titles


# --------------------------------------------------------------------- how long money or cover lasts


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # "funded through 2026": the end of a state (the funding lasts till then), not a happening on it
    ("The programme, funded through 2026, supports 40 families a year.", "2026", "state's end"),
    ("The hall is insured until 2030 under the new policy.", "2030", "state's end"),
    ("Posts in the unit are financed until March 2027.", "March 2027", "state's end"),
    # funding given on a day, and waiting until a day, stay
    ("The programme was funded in 2019 by a local trust.", "2019", None),
    ("They waited until 2019 to fund the programme.", "2019", None),
])
def test_how_long_funding_lasts_is_a_states_end(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected
