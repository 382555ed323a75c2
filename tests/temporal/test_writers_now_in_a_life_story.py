"""A life told in old years, then the teller's own now: "I retired in 2011, fifteen years ago" restates
2011 counted from the page, not fifteen years before the story's 2011; "Next month I'm going back. I
open an exhibition there on the 20th of April" is ahead of the page, not April of the story's last
year. Sentences of our own (an oral history, a memoir post, a retirement profile)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

PAGE = date(2026, 3, 10)

LIFE = ("INTERVIEWER: You joined the service in the 1970s?\nWIDMARK: In September 1974, straight from school. My "
        "first posting was Carthen in 1976. The coup came in the spring of 1978. Talks opened in January 1989, and "
        "the treaty was signed on 11 December 1991, in a hotel kitchen. It came into force in 1992. From 1998 to "
        "2003 I was in Oruna; the floods of October 2000 were the worst moment.\n\n")


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("tail", "expression", "value"), [
    ("WIDMARK: I retired in 2011, fifteen years ago.", "fifteen years ago", "2011"),
    ("WIDMARK: We moved to the coast in 2016, ten years ago.", "ten years ago", "2016"),
    ("WIDMARK: I left in 2006, some twenty years ago, and never went back.", "some twenty years ago", "2006"),
    ("WIDMARK: I retired in 2011. Next month I'm going back to Carthen. I open an exhibition there on the "
     "20th of April.", "the 20th of April", "2026-04-20"),
    ("WIDMARK: I retired in 2011. Next week I fly to Lissa, and I speak at the university on 28 March.",
     "28 March", "2026-03-28"),
])
def test_the_tellers_now(tail: str, expression: str, value: str) -> None:
    assert _values(LIFE + tail, PAGE)[expression] == value


def test_an_ago_not_beside_the_year_counts_from_the_story() -> None:
    # a history with no page date: "two years ago" told in 1975 is two years before the story's time
    text = ("The republic was proclaimed in 1946. Elections followed in 1948, 1953 and 1958. The army seized power "
            "in 1961 and again in 1967. In 1975 the general was arrested. He said the colonel had tricked him two "
            "years ago.")
    assert _values(text, None)["two years ago"] == "1973"
