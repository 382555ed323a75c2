"""Kinds of non-event found on the readable gold part in session nine's second round (issue 12,
precision-two), each checked on sentences of our own that fail without the rule."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


# --------------------------------------------------------------------- a date that dates a thing


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a message, a map or a drawing "of" a date: its date, whatever the clause tells of it
    ("The panel found that the messages of March and April 2022 were private.", "March"),
    ("The panel found that the messages of March and April 2022 were private.", "April 2022"),
    ("The old chart of 1884 was corrected twice after the survey.", "1884"),
    ("Her memo of 3 June was forwarded to the board.", "3 June"),
    # a bare year between a determiner and a made thing
    ("Inspectors said the 1962 hall was repainted twice.", "1962"),
    ("Her 1932 letter was found in a drawer.", "1932"),
])
def test_a_date_of_a_message_map_or_made_thing_gives_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in _dated(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Turnout fell sharply in the 2016 election.", "2016"),  # a happening, not a thing
    ("The 2019 edition of the fair was cancelled.", "2019"),
    ("In 1958 houses were built on the green.", "1958"),  # the year opens the clause
    ("The new hall opened in 1962.", "1962"),
    ("The council sent the letters in March.", "March"),
])
def test_a_year_of_a_happening_or_the_clauses_own_date_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated(sentence)


# --------------------------------------------------------------------- the hours of a sitting


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The hearing adjourned at 4.40 p.m.", "4.40 p.m."),
    ("The parish meeting will open at 7pm in the school hall.", "7pm"),
    ("The sitting ended when the lights failed at 11.20pm.", "11.20pm"),
    ("Counting ended on Sunday night, and the winner was declared on Monday.", "Sunday night"),
])
def test_the_hour_a_sitting_or_a_count_opens_or_closes_gives_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in _dated(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The trial opened in March and was adjourned twice.", "March"),  # told by its day: a happening
    ("The talks ended on Friday without a deal.", "Friday"),
    ("Counting ended on Sunday night, and the winner was declared on Monday.", "Monday"),
    ("A fire broke out at 4.40 p.m. in the hall.", "4.40 p.m."),
])
def test_a_sitting_told_by_its_day_or_another_clock_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated(sentence)

