"""A numbered issue of a running page heads its entry with its date ("Update 4 - 17 November 2027",
"Report 3 – 2 May 2024", "Bulletin 12: Friday 4 March 2022"): the number is the label's, never the
first day of a range, and what the entry says of "today", "this morning" or "Saturday" is said on
the heading's day, until the next heading. A heading's clock time that names its day ("19 November
2027, 06:55 UTC") dates its entry too; a bare clock time over a live blog's entry does not. Session
forty-five (lead, issue 11), found on the opened part's mission-updates page.

Every page here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

_PAGE = date(2024, 5, 20)


@pytest.mark.parametrize("heading, day", [
    ("Update 4 - 17 May 2024", "2024-05-17"),
    ("Report 3 – 9 May 2024", "2024-05-09"),
    ("Bulletin 12: Friday 10 May 2024", "2024-05-10"),
    ("Dispatch 2 — 8 May 2024", "2024-05-08"),
    ("UPDATE 7 - 15 May 2024", "2024-05-15"),
    ("Briefing No. 5 - 14 May 2024", "2024-05-14"),
    ("Day 3 - 13 May 2024", "2024-05-13"),
])
def test_the_label_number_starts_no_range_and_the_entry_is_told_on_the_heading_day(heading: str, day: str) -> None:
    page = (f"Field mission: running updates\n\nPublished 20 May 2024\n\n{heading}\n"
            "Engineers reopened the northern road this morning. Today the convoy reached the valley.\n")
    timexes = tag(page, _PAGE)
    values = {t.text: t.value for t in timexes}
    assert day in values.values()
    assert not any("range" in t.derivation for t in timexes), [(t.text, t.derivation) for t in timexes]
    assert values["Today"] == day
    assert values["this morning"] == f"{day}TMO"


def test_each_update_counts_from_its_own_heading() -> None:
    page = ("Dam repair: updates from the water board\n\n"
            "Update 3 - 16 May 2024\nThe divers finished the inspection this afternoon. Pumping will start on Monday.\n\n"
            "Update 2 - 9 May 2024\nThe reservoir was lowered by two metres on Saturday and the crane arrived on Sunday.\n\n"
            "Update 1 - 2 May 2024\nThe board closed the spillway path today.\n")
    values = [(t.text, t.value) for t in tag(page, None)]
    assert ("this afternoon", "2024-05-16TAF") in values
    assert ("Monday", "2024-05-20") in values
    assert ("Saturday", "2024-05-04") in values
    assert ("Sunday", "2024-05-05") in values
    assert ("today", "2024-05-02") in values


def test_a_heading_clock_time_with_its_day_still_dates_the_entry() -> None:
    page = ("Probe arrival: mission updates\n\nPublished 5 June 2025\n\n"
            "Update 6 - 3 June 2025, 07:40 UTC\nThe probe fired its engine at 02:15 UTC today and entered orbit.\n")
    assert ("02:15 UTC today", "2025-06-03T02:15") in [(t.text, t.value) for t in tag(page, None)]


def test_a_bare_clock_time_over_a_live_entry_moves_no_day() -> None:
    page = ("Flood live: river peaks in the town\n\nLive updates, Tuesday 4 June 2024\n\n"
            "16:40\nThe river peaked this afternoon, the agency said. Schools will reopen on Thursday.\n\n"
            "15:10\nThe mayor said the bridge closed on Monday would stay shut today.\n")
    values = [(t.text, t.value) for t in tag(page, date(2024, 6, 4))]
    assert ("this afternoon", "2024-06-04TAF") in values
    assert ("Thursday", "2024-06-06") in values
    assert ("Monday", "2024-06-03") in values
    assert ("today", "2024-06-04") in values


@pytest.mark.parametrize("text, value", [
    ("The festival runs 4 - 7 June 2024 on the green.", "2024-06-04"),  # a range with no label stays a range
    ("Room bookings for 12–14 June are open.", "2024-06-12"),
])
def test_a_range_without_a_label_is_still_a_range(text: str, value: str) -> None:
    got = [t for t in tag(f"Town notices\n\n{text}\n", date(2024, 5, 20)) if t.value == value]
    assert got and "range" in got[0].derivation
