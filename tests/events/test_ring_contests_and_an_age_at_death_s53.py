"""From a boxer's obituary of our own (session fifty-three):

* a contest of the ring or of a party lost or won is a happening ("He lost a split decision to Ray
  Delgado", "She won the nomination", "They lost the replay"), as a lost match or a won seat was;
* a death told on a weekday with no page date to count from ("Kerrigan died on Tuesday at the age of
  66") is dated by the age from the birth the page gave, as an act with no date at all was."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str):
    return extract_document(Document("a.txt", text, "A", date=None)).events


@pytest.mark.parametrize(("text", "title"), [
    ("In 1986 Kerrigan travelled to Atlantic City. He lost a split decision to Ray Delgado.",
     "Kerrigan loses a split decision to Ray Delgado"),
    ("In 2011 Ana Sorel ran for mayor. She won the nomination in a close vote.", "Ana Sorel wins the nomination in a close vote"),
    ("In 1974 the Rovers reached the cup final. They lost the replay to Ashby Town.", "The Rovers lose the replay to Ashby Town"),
    ("In 1952 Tom Pike turned professional. He won his first bout in Leeds.", "Tom Pike wins his first bout in Leeds"),
])
def test_a_contest_lost_or_won_is_a_happening(text: str, title: str) -> None:
    titles = [e.title for e in _events(text)]
    assert any(t.endswith(title.split(" ", 1)[1]) for t in titles), titles


@pytest.mark.parametrize(("text", "year"), [
    ("Danny Kerrigan was born in Salford on 2 May 1958. He opened a gym in 1989. Kerrigan died on Tuesday at "
     "the age of 66, his family said.", 2024),
    ("Ruth Amos was born in Hull on 9 June 1931. She retired in 1991. Amos died on Sunday at the age of 92, "
     "her son said.", 2023),
])
def test_a_death_on_a_weekday_is_dated_by_the_age(text: str, year: int) -> None:
    died = next(e for e in _events(text) if " dies" in e.title)
    assert died.begin == date(year, 1, 1) and died.end == date(year, 12, 31)


def test_a_weekday_after_the_story_left_the_day_named_is_not_its_next() -> None:
    """The tagger's side: "born on 2 May 1958. He opened a gym in 1989. He died on Tuesday" is no
    Tuesday of May 1958; a year told in passing ("since 2008") does not move the story off its day."""
    from explorer.temporal import tag
    left = tag("Tom Hale was born on 2 May 1958. He opened a gym in 1989. He died on Tuesday.", None)
    assert next(t for t in left if t.text == "Tuesday").value == "XXXX-WXX-2"
    kept = tag("The bank met on Wednesday 14 October 2026, its first move since 2008. The crown fell on Friday.", None)
    assert next(t for t in kept if t.text == "Friday").value == "2026-10-16"
