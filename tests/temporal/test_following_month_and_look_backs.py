"""Two ways a news text's story year was lost: "the following May" two sentences after "In the
autumn of 1991 ..." looks back to the time last told in its paragraph, not to the page's date; and a
year told in a past perfect right before it ("claiming the rival copied a hinge it had patented in
2016") is a look back, so a month after it ("The rival answered in May") goes on in the story's own
time told before it in the sentence ("In the spring of 2019 ...")."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_the_following_month_looks_back_over_the_paragraph() -> None:
    text = ("I left school at fifteen and spent three years in a mill, which is where I learned to dye wool.\n\n"
            "In the autumn of 1984 I rented a shed for 20 pounds a month and bought an old loom. "
            "The first rug took me six weeks to get right. "
            "We sold the first dozen at a county fair the following June, and a shop in the city ordered more "
            "the same month.")
    got = _values(text, date(2026, 2, 2))
    assert got["following June"] == "1985-06"


def test_a_look_back_year_is_no_story_time() -> None:
    text = ("In the spring of 2018 Harwell sued its rival Ostby, claiming that Ostby's pump copied a valve "
            "it had patented in 2012. Ostby answered in May with a suit of its own, and in October it sued "
            "in a second court.")
    got = _values(text, date(2025, 6, 1))
    assert got["May"] == "2018-05"
    assert got["October"] == "2018-10"
