"""Tagger errors found on freshly written articles, each as a kind of English, on our own sentences:
an expression never spans a paragraph break; "one very long weekend" is no particular weekend; a
"since <year>" clause that has its own year is no comparison for the date after it; clock times in a
live blog run past midnight into the next day; a meeting's minutes are dated by the meeting they
record, and a month signed under a letter or report caps the date inferred for it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import infer_document_date, tag


def _found(text: str, dct: date | None = None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


# -- 1. a paragraph break ends every expression ----------------------------------------------------

@pytest.mark.parametrize("heading, clock, value", [
    ("Saturday, August 3", "2:15 p.m.", "2024-08-03T14:15"),
    ("Monday 4 March", "09:00", "2024-03-04T09:00"),
    ("Friday, May 10", "11 a.m.", "2024-05-10T11:00"),
])
def test_a_day_heading_and_the_clock_of_the_next_paragraph_are_two_expressions(heading: str, clock: str,
                                                                                value: str) -> None:
    text = f"{heading}\n\n{clock} — Crews are called to a fire near the ridge road."
    found = _found(text, date(2024, 8, 5))
    assert heading in found and clock in found, found
    assert not any("\n\n" in k for k in found), found
    assert found[clock] == ("TIME", value), found  # the heading's day, the paragraph's clock


def test_a_paragraph_break_inside_a_date_and_its_year_splits_it() -> None:
    found = _found("The hall reopened on 12 March\n\n2019 was a hard year for the town.", date(2020, 1, 1))
    assert "12 March" in found and "2019" in found, found


# -- 2. a described weekend is no date -------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["one very long weekend", "one long weekend", "a very long weekend",
                                    "one really busy weekend"])
def test_a_described_weekend_is_a_stretch_not_a_date(phrase: str) -> None:
    for t in tag(f"The festival turned into {phrase} of music and rain.", date(2024, 8, 5)):
        assert t.type != "DATE" and t.begin is None, t


def test_a_weekend_said_with_a_determiner_keeps_its_date() -> None:
    found = _found("The festival drew 9,000 people last weekend.", date(2024, 8, 7))
    assert found["last weekend"] == ("DATE", "2024-W31-WE")


# -- 3. "since <year>," closes its own clause -------------------------------------------------------

def test_a_since_clause_with_its_year_does_not_send_the_next_month_back_a_year() -> None:
    text = ("In 2021 the club moved to a new ground. The old coach left in July. "
            "Ana Ruiz, who had coached the juniors since 2015, took over from him in August. "
            "In October the team won the cup.")
    found = _found(text)
    assert found["August"][1] == "2021-08", found
    assert found["October"][1] == "2021-10", found


def test_a_comparison_with_a_month_still_looks_back() -> None:
    text = ("In 2021 the club moved to a new ground. In May crowds were twice as large as "
            "in the spring, and larger than in March.")
    found = _found(text)
    assert found["March"][1] == "2021-03", found


# -- 4. clock times of a live blog run past midnight -----------------------------------------------

def test_live_blog_entries_after_midnight_are_on_the_next_day() -> None:
    text = ("Election night: the count\n\n"
            "22:10 The first ballot boxes arrive at the hall.\n\n"
            "11.50pm Turnout looks high in the east of the city.\n\n"
            "00:40 The first result is declared.\n\n"
            "1.15am A recount is called in the north ward.\n\n"
            "02:30 The count ends.")
    found = _found(text, date(2024, 5, 2))
    assert found["22:10"][1] == "2024-05-02T22:10"
    assert found["11.50pm"][1] == "2024-05-02T23:50"
    assert found["00:40"][1] == "2024-05-03T00:40"
    assert found["1.15am"][1] == "2024-05-03T01:15"
    assert found["02:30"][1] == "2024-05-03T02:30"


def test_a_midnight_written_24_00_ends_its_day_and_the_run_goes_on_after_it() -> None:
    text = "Count night\n\n23:40 Boxes arrive.\n\n24:00 Still no result.\n\n00:20 The first result is declared."
    found = _found(text, date(2024, 5, 2))
    assert found["00:20"][1] == "2024-05-03T00:20", found


def test_an_earlier_time_of_the_afternoon_stays_on_the_same_day() -> None:
    text = "The march set off at 9pm. Earlier, at 4pm, organisers had handed out leaflets."
    found = _found(text, date(2024, 5, 2))
    assert found["9pm"][1] == "2024-05-02T21:00"
    assert found["4pm"][1] == "2024-05-02T16:00"


def test_a_new_day_named_between_times_starts_the_sequence_again() -> None:
    text = ("23:30 Polls close across the region.\n\n"
            "Friday 3 May\n\n"
            "09:15 Counting resumes at the leisure centre.")
    found = _found(text, date(2024, 5, 2))
    assert found["09:15"][1] == "2024-05-03T09:15"


# -- 5. document dates -----------------------------------------------------------------------------

def test_minutes_are_dated_by_the_meeting_they_record() -> None:
    text = ("Riverside Bowls Club\nMinutes of the Annual General Meeting\n\n"
            "Held on Saturday 9 March 2024 at 2 p.m. in the clubhouse, Mill Road\n"
            "Present: 22 members.\n\n"
            "1. Chair's report\nThe green flooded on 14 August and was closed for a week. The accounts "
            "for 2023 were approved. The next meeting will be held in March 2025.\n")
    assert infer_document_date(text) == date(2024, 3, 9)


def test_a_month_signed_under_a_report_caps_the_inferred_date() -> None:
    text = ("Our year in review, 2023\n\n"
            "In 2023 the club grew. The pavilion flooded in January, and we reopened on 2 October "
            "after repairs paid for by an appeal.\n\n"
            "Thank you all.\n\nJo Marsh, Secretary\nMarch 2024\n")
    inferred = infer_document_date(text)
    assert inferred is None or date(2024, 3, 1) <= inferred <= date(2024, 3, 31), inferred
    assert _found(text)["2 October"][1] == "2023-10-02"
