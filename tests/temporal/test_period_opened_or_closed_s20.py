"""Issue 11, session 20: the period a verb opens or closes ("to end off the week", "stocks ended the
week higher", "kicked off the month", "closed out the year") is the one the text is in: the post's or
the report's week in news, the story's month in a history; TimeML marks it (the readable tweets do,
twice, and the gold articles' "shares end the year up"). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

FRIDAY = date(2019, 11, 8)


@pytest.mark.parametrize("text, span, value", [
    ("Pizza and films to end off the week!", "the week", "2019-W45"),
    ("Shares in the miner ended the week 4% higher.", "the week", "2019-W45"),
    ("What a way to kick off the month.", "the month", "2019-11"),
    ("The club closed out the year with a cup win.", "the year", "2019"),
    ("Our choir will round off the month with a carol service.", "the month", "2019-11"),
])
def test_the_period_opened_or_closed_is_the_texts(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t.text, t.value) for t in tag(text, FRIDAY)]


def test_in_a_history_it_is_the_storys() -> None:
    values = {t.text: t.value for t in tag("The army reached the river in May 1871. It ended the month on the far bank.", None)}
    assert values["the month"] == "1871-05"


@pytest.mark.parametrize("text", [
    "The strike ended the week before the vote.",  # another week, read by the rule for "the week before"
    "He started the year of his life in Rome.",
])
def test_not_the_texts_period(text: str) -> None:
    assert ("the week", "2019-W45") not in [(t.text, t.value) for t in tag(text, FRIDAY)]
    assert ("the year", "2019") not in [(t.text, t.value) for t in tag(text, FRIDAY)]
