"""Session 55: a dated history of a recent conflict, and the terms an agreement lays down.

An encyclopedia page is dated when it was fetched, often a year after the last years it tells. Most of
its years are then the last two before that date, which the old-years share read as a news story about
the past: its later sections' "In late April" and "mid-December" went to the fetching year. A text with
dozens of years and hardly any deictic words is a history whatever its years. And "It establishes that
the forces will withdraw" is a term of an agreement, no future of the writer's that makes a page news.
Own sentences throughout.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.narrative import terms_laid_down

_FETCHED = date(2024, 12, 19)  # the page's date: a year after the last years it tells
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _history(last_section: str) -> str:
    """A history of the Varn valley conflict: 36 dated sentences (2021 to 2023), then ``last_section``."""
    parts = ["Varn valley conflict\n\nThe conflict began when militias seized the dam in March 2019."]
    places = ("the dam", "the ridge", "the river crossing", "the rail depot", "the northern villages", "the airfield")
    for i in range(36):
        year = 2022 if i < 18 else 2023
        if i % 12 == 0:
            parts.append(f"\n\nFighting in {year}\n")
        parts.append(f"In {_MONTHS[i % 12]} {year}, the army attacked {places[i % 6]} and the militias fell back.")
    parts.append("\n\n" + last_section)
    return " ".join(parts)


@pytest.mark.parametrize("section, expression, value", [
    ("Spring offensive\n\nThe army regrouped in March 2023. In late April, it attacked the ridge.", "late April", "2023-04"),
    ("Border clashes\n\nAnother series of raids in mid-December hit the border posts.", "mid-December", "2023-12"),
    # guard (passes on 9c9a8e54 too): the agreement's terms leave the story's reading alone
    ("Ceasefire accord\n\nThe accord was signed in October 2023. It establishes that the militias will leave the "
     "dam by June 2024. In May, monitors reported that the guns were silent.", "May", "2024-05"),
])
def test_a_yearless_date_late_in_a_dated_history_follows_the_story(section: str, expression: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(_history(section), _FETCHED)]
    assert (expression, value) in found


@pytest.mark.parametrize("text, laid_down", [
    ("The accord was signed in 2008. It establishes that U.S. forces will withdraw from the cities.", True),
    ("The charter provides that either party will give a year's notice.", True),
    # guards: the writer's own future, a condition of the writer's and a reported plan stay as they were
    ("If the cuts go ahead, nurses will have to walk home along the ring road.", False),
    ("The exhibition will travel to Lyon in the spring.", False),
    ("Officials said the bridge will reopen after the inspection.", False),
])
def test_a_term_laid_down_is_no_future_of_the_writers(text: str, laid_down: bool) -> None:
    assert terms_laid_down(text, text.index(" will ") + 1) is laid_down


@pytest.mark.parametrize("text, expression, value", [
    ("The city was founded around 700 BC. Its walls were raised in 520 BC and again in 490 BC. In 479 BC the "
     "besiegers camped below them for months. When the food ran out, the garrison fled at night through the marsh.",
     "night", "XXXX-XX-XXTNI"),
    ("The kingdom fell in 612 BC. Its last king had ruled since 627 BC and lost his capital in 614 BC. The rebels "
     "entered the palace in the morning and burned it.", "the morning", "XXXX-XX-XXTMO"),
])
def test_a_bare_time_of_day_in_a_dated_history_is_no_time_of_the_pages_day(text: str, expression: str, value: str) -> None:
    # the page's date (2009) is when it was fetched: a BC story's night has no day the text names
    assert (expression, value) in [(t.text, t.value) for t in tag(text, _FETCHED)]


_WIDENED = "The war widened in 1965 and 1966. By 1968 the army had half a million men there. "


@pytest.mark.parametrize("text, expression, value", [
    (_WIDENED + 'In 1969 the new president changed course. He said in an address, "I am tonight announcing '
     'the withdrawal of another 25,000 men."', "tonight", "XXXX-XX-XXTNI"),
    (_WIDENED + 'That spring a general told the senators, "The enemy is today stronger than a year ago."',
     "today", "XXXX-XX-XX"),
    # guard (passes on 9c9a8e54 too): a speech on a day the story names is that day's
    (_WIDENED + 'On 3 November 1969 the president said, "I am tonight announcing the withdrawal of more men."',
     "tonight", "1969-11-03TNI"),
])
def test_a_quoted_today_in_a_dated_history_is_the_speakers_day(text: str, expression: str, value: str) -> None:
    assert (expression, value) in [(t.text, t.value) for t in tag(text, _FETCHED)]
