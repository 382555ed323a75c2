"""Kinds of false event found reading histories and wire news (session 27): a figure told as what a
count came to in a period, and the other term of a comparison told by "as against"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 14)).events]


@pytest.mark.parametrize(("text", "figure_date"), [
    ("The war at sea widened in 1917. Sinkings peaked at 860,000 tons in April.", "April"),
    ("The unrest grew in 2008. Civilian deaths numbered 490 in November.", "November"),
    ("The siege began in May 1863. The garrison numbered 4,000 men in June.", "June"),
    ("The bombing campaign began in March 1944. Sorties averaged 300 a day in June.", "June"),
    ("The strike spread in 2019. The number of striking dockers peaked at 86,000 in the autumn.", "the autumn"),
    ("Emigration rose after the famine of 1846. Departures totalled 250,000 people in 1851.", "1851"),
    # session 56: a level told with where it was measured, a range a level kept, a share of a whole
    ("The clean air zone opened in 2022. Nitrogen dioxide averaged 28 micrograms at the kerbside in 2023.", "2023"),
    ("The market hall opened in 1876. Rents ranged from £2 to £5 a stall in 1890.", "1890"),
    ("The saleroom went online in 2015. Internet bids accounted for 41 per cent of lots sold in 2024.", "2024"),
])
def test_what_a_count_came_to_in_a_period_is_no_event(text: str, figure_date: str) -> None:
    events = _events(text + "\n")
    assert events, "the happening told first is kept"
    assert figure_date not in [timex for _, timex in events], events


@pytest.mark.parametrize(("text", "date_text"), [
    # a peak with no figure, and a figure on a day, tell a happening
    ("The storm peaked at category five on Monday.", "Monday"),
    ("The rebels numbered the houses of the village in June 1921.", "June 1921"),
    ("The club peaked at the right time in May 2019, winning the cup.", "May 2019"),
])
def test_a_peak_or_a_count_that_tells_a_happening_keeps_its_date(text: str, date_text: str) -> None:
    assert date_text in [timex for _, timex in _events(text + "\n")]


@pytest.mark.parametrize(("text", "compared_date"), [
    ("The unrest eased in 2008. Civilian deaths numbered 490 in November 2008 as against 3,500 in January 2007.",
     "January 2007"),
    ("Harbour traffic recovered after the strike of 2020. Ship arrivals rose to 120 in May 2021, as against 80 in May 2019.",
     "May 2019"),
])
def test_the_other_term_of_a_comparison_after_as_against_dates_nothing(text: str, compared_date: str) -> None:
    events = _events(text + "\n")
    # the happenings told first (session 59: "after the strike of 2020" names the strike too); neither
    # figure of the second sentence is one
    first = text.split(". ", 1)[0]
    assert events and all(timex in first for _, timex in events if timex), events
    assert compared_date not in [timex for _, timex in events], events


# --------------------------------------------------------------------- "anyone" befalls no one in particular


@pytest.mark.parametrize(("text", "word"), [
    ("A gunman robbed a bank in Ostend on Friday. The other customers fled, and the police said it did not appear "
     "that anyone else was injured.", "injur"),
    ("A lorry overturned on the M6 on Monday. Police would not say whether anybody had been arrested.", "arrest"),
    ("A fire swept through a care home in Hull on Sunday. Firefighters said there was no sign that anyone had died.",
     "die"),
    ("A fire swept through a care home in Hull on Sunday. Anyone who was injured was taken to hospital.", "anyone"),
])
def test_a_happening_told_of_anyone_is_no_event(text: str, word: str) -> None:
    titles = [title for title, _ in _events(text + "\n")]
    assert titles, "the happening told first is kept"
    assert not any(word in t.lower() for t in titles[1:]), titles


@pytest.mark.parametrize(("text", "word"), [
    ("A fire swept through a care home in Hull on Sunday. Two residents were injured and a nurse was arrested.",
     "arrest"),
    ("A gas main exploded in Derby on Tuesday. Everyone in the street was evacuated, and a boy was injured.", "injur"),
])
def test_a_happening_told_of_someone_named_or_counted_stays(text: str, word: str) -> None:
    titles = [title for title, _ in _events(text + "\n")]
    assert any(word in t.lower() for t in titles), titles


@pytest.mark.parametrize("text", [
    "The survey published on Tuesday found the reef recovered faster than anyone expected.",
    "The bridge reopened on 4 May 2021, sooner than anybody had predicted.",
])
def test_anyone_after_than_measures_and_keeps_the_happening(text: str) -> None:
    assert _events(text + "\n"), "the happening compared with what anyone expected is kept"
