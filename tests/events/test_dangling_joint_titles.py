"""A title does not end on the joint its dates were cut from: "won the prize in 1997 and again in 2005"
is "... wins the prize" on both dates, not "... wins the prize and again". Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "title"), [
    ("Marta Ilves won the National Press Prize in 1997 and again in 2005.", "Marta Ilves wins the National Press Prize"),
    ("The club won the league in 1990 and again in 1994.", "The club wins the league"),
    ("The river flooded the town in 1953 and again in 1978.", "The river floods the town"),
    ("The volcano erupted in 1815 and once more in 1883.", "The volcano erupts"),
    ("Voters rejected the plan in May 2011 and then in June 2016.", "Voters reject the plan"),
    ("The mill burned down in 1874 and again in 1902.", "The mill burns down"),
])
def test_no_title_ends_on_the_joint(text: str, title: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 1, 1)).events
    assert len(events) == 2 and {e.title for e in events} == {title}, [e.title for e in events]


@pytest.mark.parametrize(("text", "title"), [
    ("The bank cut its main rate to 3 percent, effective 2 June 2024.", "The bank cuts its main rate to 3 percent"),
    ("The bank cut its main rate to 3 percent, effective from 2 June 2024.", "The bank cuts its main rate to 3 percent"),
    ("The council raised parking fees by 10 percent with effect from 1 April 2024.", "The council raises parking fees by 10 percent"),
    ("The ministry banned night flights, starting 5 May 2024.", "The ministry bans night flights"),
])
def test_no_title_ends_on_the_words_that_led_to_its_date(text: str, title: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 1, 1)).events
    assert [e.title for e in events] == [title]


def test_a_titles_own_last_word_stays() -> None:
    events = extract_document(Document("a.txt", "The new speed limit became effective on 3 March 2024.", "A"),
                              date(2025, 1, 1)).events
    assert [e.title for e in events] == ["The new speed limit becomes effective"]


def test_a_verbs_own_again_stays() -> None:
    events = extract_document(Document("a.txt", "The board met again on 3 March 2024.", "A"), date(2025, 1, 1)).events
    assert [e.title for e in events] == ["The board meets again"]
