"""A word of light written straight before a weekday ("at dawn Tuesday", "by dusk Friday") is one TIME,
that weekday's morning or evening, as "noon Saturday" is one expression. With no preposition between,
the daylight rules found no day for the word and dropped it, leaving the weekday alone. Said with "on"
("at dawn on Sunday") they stay two expressions, the word of light on that day. Sentences are our own;
a paragraph before each makes it read as an article, not a one-line post.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

_ARTICLE = "The regional desk filed the following report from the valley this week.\n\n"
DCT = date(2022, 9, 15)  # a Thursday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(_ARTICLE + text, DCT) if t.start >= len(_ARTICLE)]


@pytest.mark.parametrize("text,expected", [
    ("Shelling of the ridge resumed at dawn Tuesday, villagers said.",
     [("dawn Tuesday", "TIME", "2022-09-13TMO")]),
    ("The marchers reached the square by dusk Monday.",
     [("dusk Monday", "TIME", "2022-09-12TEV")]),
])
def test_light_and_weekday_are_one_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected


def test_with_on_between_they_stay_two() -> None:
    assert _got("The convoy left at dawn on Monday.") == [
        ("dawn", "TIME", "2022-09-12TMO"), ("Monday", "DATE", "2022-09-12")]
