"""Kinds of false event found reading real wire news (session 26): each dates no happening of its own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 14)).events]


_OPENING = "The dock strike began on 2 March. "


@pytest.mark.parametrize("sentence", [
    "Tuesday was the third day of the strike.",
    "Today is the eighth day of the blockade, which has closed the port.",
    "Today marks the 12th day of the walkout.",
    "In the capital, yesterday was the fifth straight day of protests.",
    "Sunday will be the tenth day since the talks collapsed.",
])
def test_a_day_counted_into_a_lasting_happening_is_no_event(sentence: str) -> None:
    assert _events(_OPENING + sentence) == [("The dock strike begins", "2 March")]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("On the third day of the strike, police cleared the gates.", "the third day"),
    ("The strike ended on the 12th day, when the owners gave in.", "the 12th day"),
    ("Tuesday was when the owners finally gave in.", "Tuesday"),
])
def test_a_happening_on_a_counted_day_keeps_it(sentence: str, date_text: str) -> None:
    assert date_text in [timex for _, timex in _events(_OPENING + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Friday was the ninth day of the siege.", "Friday"),
    ("It is the second week of the trial.", "the second week"),
])
def test_the_counted_day_has_the_role_of_a_tally(sentence: str, date_text: str) -> None:
    at = sentence.index(date_text)
    assert date_role(sentence, at, at + len(date_text)) == "tally"

