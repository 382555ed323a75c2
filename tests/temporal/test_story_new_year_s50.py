""""The new year" in a story with no page date is the year after the story's time when that time has
reached the second half of its year, else its own year (session fifty, lead, from a whaling journal of
h50d's). Sentences written for the test."""

from __future__ import annotations

import pytest

from explorer.temporal.tagger import tag


def _new_years(text: str) -> list[str]:
    return [t.value for t in tag(text, None) if t.text.lower() == "the new year"]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The ship reached Hobart in October 1853. We sailed for England in the new year.", ["1854"]),
        ("The regiment wintered at Kars in 1855 and marched north in the new year.", ["1856"]),
        ("The mill burned in August 1911. It was rebuilt in the new year, and in the new year the wheel turned.",
         ["1912", "1912"]),
        # a time in the first half of a year: its own new year
        ("In February 1854 the ship was repaired. In the new year the crew was paid off.", ["1854"]),
    ],
)
def test_the_new_year_of_a_story(text, values) -> None:
    assert _new_years(text) == values


def test_no_story_time_leaves_it_to_the_page() -> None:
    # (guard) nothing dated before it: it waits for the page's date
    assert _new_years("We will sail for England in the new year.") == ["XXXX"]
