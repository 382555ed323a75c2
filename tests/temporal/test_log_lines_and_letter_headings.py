"""Two page layouts whose dates were misread (session forty-five, lead, issue 11; pages of our own in
kinds an analyst reads):

- a deck or incident log whose lines open with four-figure times ("1905 Starboard anchor dragging",
  "0415 Engine room reported a leak") read "1905" and "1305" as years; the lines are the entry's
  times on the day of the heading above them when the log says so ("All times UTC") or a line's time
  cannot be a year (its leading zero). A chronology's "1905 The mill opens" lines stay years.
- a letter headed by its place and date on a line of their own ("Truro, 3rd March 1797") dates what
  the letter says of "yesterday", "last week" or "the 28th of last month", as a diary's dated heading
  does; they were left undated.

Every page here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

_LOG = """Tanker Esk Maid: extract from the deck log

All times UTC.

3 Mar 2024
{a} Wind NE force 7. Master called to the bridge.
{b} Port anchor dragging. Engine on standby.
{c} Anchor weighed; proceeding to sea.
{d} Two drums lost overboard from the poop.
"""


@pytest.mark.parametrize("times", [("1820", "1905", "1932", "2210"), ("0540", "0615", "1130", "1305")])
def test_four_figures_opening_a_logs_lines_are_times_on_the_headings_day(times: tuple[str, ...]) -> None:
    page = _LOG.format(**dict(zip("abcd", times)))
    values = {t.text: t.value for t in tag(page, None)}
    for time in times:
        assert values[time] == f"2024-03-03T{time[:2]}:{time[2:]}"


def test_a_logs_zero_led_time_marks_its_block_even_with_no_zone_said() -> None:
    page = ("Night shift log, Kelby pumping station\n\n12 June 2023\n"
            "2150 Alarm on pump 2. Operator attended.\n0010 Pump 2 restarted.\n0235 Alarm cleared.\n")
    values = {t.text: t.value for t in tag(page, None)}
    assert values["2150"].endswith("T21:50") and values["0235"].endswith("T02:35")


def test_a_chronology_of_years_opening_lines_stays_years() -> None:
    page = ("Brennock Mill: a short chronology\n\n"
            "1805 The mill is built on the river.\n1832 A second wheel is added.\n"
            "1905 The mill is converted to steam.\n1961 The mill closes.\n")
    values = {t.text: t.value for t in tag(page, date(2024, 1, 1))}
    assert values["1905"] == "1905" and values["1961"] == "1961"


@pytest.mark.parametrize("heading", ["Truro, 2nd February 1798", "Camp near Arras, 2 February 1917",
                                     "Fort William, February 2, 1850"])
def test_a_letters_place_and_date_heading_dates_what_the_letter_tells(heading: str) -> None:
    year = heading[-4:]
    page = (f"Family letters\n\nThese letters were found in a chest in 1952.\n\n{heading}\n"
            "My dear son, the parson buried old Jenkin yesterday, and the mine closed last week. "
            "Your sister had a daughter on the 28th of last month.\n")
    values = {t.text: t.value for t in tag(page, None)}
    assert values["yesterday"] == f"{year}-02-01"
    assert values["the 28th of last month"] == f"{year}-01-28"


def test_a_sentence_opening_with_a_place_and_a_date_is_no_heading() -> None:
    page = ("News in brief\n\nPublished 20 March 2026\n\n"
            "Truro, 3 March 2026, was the scene of a protest. The council met yesterday.\n")
    values = {t.text: t.value for t in tag(page, date(2026, 3, 20))}
    assert values["yesterday"] == "2026-03-19"


def test_a_chronologys_lines_whose_first_word_is_one_letter_are_years_too() -> None:
    # "1832 A second wheel is added": the line-opening year was dropped when a one-letter word followed
    page = "Brennock Mill: a short chronology\n\n1832 A second wheel is added.\n1840 I moved the stores.\n1850 The mill is sold.\n"
    values = {t.text: t.value for t in tag(page, date(2024, 1, 1))}
    assert values.get("1832") == "1832" and values.get("1840") == "1840" and values.get("1850") == "1850"


def test_a_count_opening_a_line_alone_is_still_no_year() -> None:
    page = "Army news\n\n1500 A soldiers marched to the coast.\n"
    assert [t.text for t in tag(page, date(2024, 1, 1))] == []
