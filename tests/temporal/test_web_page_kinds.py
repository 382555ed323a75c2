"""Kinds of date error that real web pages showed (issue 11, dates-three; see the session-twelve
notes in ``web_pages_s12.md``): a match's quarters and game clock read as calendar
quarters and times of day, "p. m." with a space, a masthead's founding date or a "since" date taken
for the story's time, "that night" after a year given a false first of January, an institution's
"second century" read as the years 100 to 199, and a contract's terms dating the page.

Every sentence here is our own, in several phrasings; each kind also has sentences that must keep
their values.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import infer_document_date, tag

THURSDAY = date(2024, 5, 2)


def _found(text: str, dct: date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


# -- a match's quarters are no calendar quarters -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Hawks led 30-21 after the second quarter and never looked back.",
    "Mara Okafor scored 14 of her 22 points in the fourth quarter.",
    "Down by nine late in the third quarter, the visitors forced four turnovers.",
    "Kessler hit three baskets in the first quarter to give the home side a 12-4 lead.",
    "The Otters overcame a 15-point, fourth-quarter deficit to win 61-60.",
])
def test_a_match_quarter_is_no_calendar_quarter(text: str) -> None:
    assert not any("Q" in value for _, value in _found(text)), _found(text)


def test_a_match_report_counting_quarters_has_no_six_months() -> None:
    text = "The Otters scored 40 points in the first half but only 18 points over the next two quarters."
    assert not any(value.endswith("Q") for _, value in _found(text)), _found(text)


@pytest.mark.parametrize("text, value", [
    ("Profit rose 8% in the second quarter.", "2024-Q2"),
    ("Revenue in the first quarter was $2.1 million, the club said.", "2024-Q1"),
    ("The team's sales fell in the fourth quarter of 2023, analysts said.", "2023-Q4"),
    ("The industrial average fell 30 points in the fourth quarter.", "2023-Q4"),
    ("The index gained 120 points in the third quarter, traders said.", "2023-Q3"),
    ("The party gained ten points in the polls in the second quarter.", "2024-Q2"),
])
def test_a_business_quarter_keeps_its_year(text: str, value: str) -> None:
    """Money, results, and the points an index or a poll moves, tell a calendar quarter."""
    assert any(v == value for _, v in _found(text)), _found(text)


# -- the game clock is no time of day -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lund opened the scoring at 3:25 of the first period.",
    "Pasco tied it at the 4:48 mark of the third.",
    "The winner came 2:10 into overtime.",
    "Bray scored at 3:27 of the extra session.",
])
def test_a_bound_game_clock_is_no_time_of_day(text: str) -> None:
    assert not any("T" in value for _, value in _found(text)), _found(text)


def test_a_match_report_timed_by_the_game_clock_times_its_other_plays_by_it() -> None:
    text = ("Lund opened the scoring at 3:25 of the first period. The visitors answered at 6:20, "
            "and Pasco won it at 1:35 of overtime.")
    assert not any("T" in value for _, value in _found(text)), _found(text)


@pytest.mark.parametrize("text, value", [
    ("The game starts at 7:30 p.m. on Friday.", "2024-05-03T19:30"),
    ("The ferry left at 6:20 this morning.", "2024-05-02T06:20"),
])
def test_a_clock_time_elsewhere_keeps_its_day(text: str, value: str) -> None:
    assert any(v == value for _, v in _found(text)), _found(text)


# -- "p. m." with a space --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expr, value", [
    ("Police were called at 02:49 p. m. on Friday.", "02:49 p. m.", "2024-04-26T14:49"),
    ("The library closes at 6 P. M. today.", "6 P. M. today", "2024-05-02T18:00"),
    ("The first train left at 7:15 a. m., before dawn.", "7:15 a. m.", "2024-05-02T07:15"),
])
def test_a_meridiem_written_with_a_space_is_read(text: str, expr: str, value: str) -> None:
    assert (expr, value) in _found(text), _found(text)


# -- a masthead's founding date and "since" set no story time ---------------------------------------

@pytest.mark.parametrize("masthead", ["Est. May 19, 1883", "Established March 2, 1901", "Founded 1902",
                                      "The Valley Courier | Serving readers since 1899"])
def test_a_masthead_founding_date_is_not_the_story_year(masthead: str) -> None:
    found = _found(f"The Valley Courier\n{masthead}\n\nShares in the mill rose on April 9 after results.", None)
    day = dict(found).get("April 9")
    assert day is not None and day.startswith("XXXX"), found


def test_a_founding_told_in_a_sentence_is_still_the_story_year() -> None:
    found = dict(_found("The paper was founded in 1873.\n\nIn March it printed its first issue.", None))
    assert found.get("March") == "1873-03", found


@pytest.mark.parametrize("text", [
    "The family has run the mill since 1989. That night the roof caught fire.",
    "She has lived in the village since 1989, and that night she saw the lights.",
])
def test_a_state_since_a_year_is_no_night_to_hang_on(text: str) -> None:
    night = [v for t, v in _found(text, None) if t.lower() == "that night"]
    assert night and not night[0].startswith("1989"), _found(text, None)


# -- "that night" after a year or a month keeps what is known -------------------------------------

@pytest.mark.parametrize("text, known", [
    ("In 1989 the family bought the mill. That night the roof caught fire.", "1989"),
    ("The family bought the mill in June 1989. That evening they held a party.", "1989-06"),
    ("In 1989 the family bought the mill. That morning a storm broke.", "1989"),
])
def test_a_part_of_day_after_a_coarse_date_invents_no_day(text: str, known: str) -> None:
    part = [v for t, v in _found(text, None) if t.lower().startswith("that ")]
    assert part == [known], _found(text, None)


def test_a_part_of_day_after_a_full_date_is_on_that_day() -> None:
    found = dict(_found("On 3 June 1989 the family bought the mill. That night the roof caught fire.", None))
    assert found.get("That night") == "1989-06-03TNI", found


# -- an institution's own century ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["The club enters its second century next year.",
                                  "The charity begins a second century of service.",
                                  "Their first century as a school ended quietly."])
def test_an_institutions_own_century_is_no_calendar_century(text: str) -> None:
    """Its hundred years are a duration, never the years 0 to 199."""
    found = _found(text)
    assert not any(v in ("00", "01") for _, v in found), found
    assert any(v == "P100Y" for _, v in found), found


@pytest.mark.parametrize("text, value", [
    ("The town grew up around a second-century fort.", "01"),
    ("Its 12th-century walls still stand.", "11"),
    ("The coin dates from the second century.", "01"),
    ("A second-century BC coin was found.", "BC01"),
    ("The region needs a 21st century economy.", "20"),
    ("It was a 19th century house.", "18"),
])
def test_a_calendar_century_keeps_its_value(text: str, value: str) -> None:
    assert any(v == value for _, v in _found(text)), _found(text)


# -- a contract's terms do not date the page ------------------------------------------------------

@pytest.mark.parametrize("terms", ["with full rights available on or after June 30, 2026",
                                   "in instalments beginning June 30, 2026",
                                   "through notes maturing on June 30, 2026"])
def test_a_date_in_the_terms_of_a_contract_does_not_date_the_page(terms: str) -> None:
    text = (f"Net income for the year ended December 31, 2023 was $4.2 million, the company said on Tuesday. "
            f"In March 2023 the company agreed to sell its bonds {terms}.")
    inferred = infer_document_date(text, today=date(2030, 1, 1))
    assert inferred is not None and inferred.year == 2023, inferred
