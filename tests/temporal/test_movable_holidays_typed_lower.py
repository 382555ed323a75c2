"""A movable holiday typed in lower case in a post is the holiday (issue #11, session 24): "easter
sunday brunch" was the Sunday just gone, "black friday deals" the last Friday, "memorial day bbq" a
day's duration. Only in a post (a longer text keeps capitals for names), and not the names that are
as often plain words: "have a good friday", "a prayer of thanksgiving"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 3, 2)


@pytest.mark.parametrize("text, span, value", [
    ("easter sunday brunch at grandmas!!", "easter sunday", "2016-03-27"),
    ("black friday deals r insane", "black friday", "2015-11-27"),
    ("memorial day bbq, who's in", "memorial day", "2016-05-30"),
    ("cyber monday haul lol", "cyber monday", "2015-11-30"),
])
def test_a_lower_case_movable_holiday_in_a_post(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t.text, t.value) for t in tag(text, D)]


@pytest.mark.parametrize("text", ["have a good friday everyone", "a prayer of thanksgiving for all"])
def test_plain_words_stay_words(text: str) -> None:
    assert [t.text for t in tag(text, D) if " " in t.text or t.text == "thanksgiving"] == []


def test_a_long_text_keeps_its_capitals_for_names() -> None:
    text = "The black friday of the markets, as the traders named it, came in the autumn of 1987. " * 4
    assert "black friday" not in [t.text for t in tag(text, D)]
