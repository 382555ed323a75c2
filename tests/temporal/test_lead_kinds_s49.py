"""Dates the lead found wrong in session forty-nine on probe pages of its own (a court report that retells
how a theft came to light): sentences written for the test, none from the sample, the gold set or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("dct", [date(2026, 3, 6), None])
@pytest.mark.parametrize(
    "text, day, value",
    [
        # a day and month told right after the steps of a retold account set in a month with its year:
        # the account's, not the last such day before the page's date
        ("Friday 6 March 2026\n\nThe thefts came to light in November 2023, when a new chairman asked to see the "
         "statements. She resigned the next day. The charity reported her to police the following week, and she "
         "was arrested at her home on 4 December.", "4 December", "2023-12-04"),
        ("Monday 9 February 2026\n\nThe leak was found in August 2024 by a cleaner. Engineers shut the main two days "
         "later and the valve was replaced on 3 September.", "3 September", "2024-09-03"),
    ],
)
def test_a_day_after_the_steps_of_a_retold_account(text, day, value, dct) -> None:
    assert _values(text, dct)[day] == value


@pytest.mark.parametrize(
    "text, day, value",
    [
        # no step of the account before it: news counts a bare day from the page
        ("Monday 9 February 2026\n\nThe leak was found in August 2024. The council fined the firm on 3 February.",
         "3 February", "2026-02-03"),
        # a step, but the day falls far from the account's month: the page's
        ("Monday 9 February 2026\n\nThe leak was found in August 2024 and fixed two days later. The firm was "
         "fined on 3 February.", "3 February", "2026-02-03"),
    ],
)
def test_a_day_that_stays_the_pages(text, day, value) -> None:
    assert _values(text, date(2026, 2, 9))[day] == value



def test_a_part_of_the_day_told_after_an_old_day() -> None:
    # a part of the day told in the past, two paragraphs after an old day a news page retells (a
    # centenary piece), with durations between: that day's afternoon, not the page's
    text = ("The Harrow Pit disaster, 100 years on\n\nPublished: 14 May 2010\n\nAt 11.15 a.m. on 13 May 1910, a blast "
            "tore through the seam. It killed 40 men.\n\nThe shift had gone down at six that morning. The deputy had "
            "tested the air an hour before the explosion and found nothing wrong.\n\nThe manager heard the blast and led "
            "the first rescue party down the shaft within twenty minutes. His men cleared the fallen roof. Rescue teams "
            "from two villages arrived in the afternoon, but the gas drove them back.")
    assert _values(text, date(2010, 5, 14))["the afternoon"] == "1910-05-13TAF"


def test_a_part_of_the_page_s_own_day_stays() -> None:
    # nothing old told before it: "the evening" is the page's
    text = "Posted 2 March 2026\n\nThe council met on Monday. Crews will close the bridge in the evening."
    assert _values(text, date(2026, 3, 2))["the evening"] == "2026-03-02TEV"
