"""A period described before "since" or "after" ("its busiest year since the charity was founded in
1998") is not a measure of time ("two years after the truce was signed"): the clause after it tells a
happening with its own date (session fifty, lead). Sentences written for the test, none from the
sample, the gold set or a corpus."""

from __future__ import annotations

import re

import pytest

from explorer.documents import Document
from explorer.events.clauses import clause_bounds
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str | None]]:
    events = extract_document(Document("a.txt", "Review\n\n" + text, "t"), dct=None).events
    return [(e.title, e.begin.isoformat()[:4] if e.begin else None) for e in events]


@pytest.mark.parametrize(
    "text, title_words, year",
    [
        ("The air ambulance flew 1,214 missions between April 2023 and March 2024, its busiest year since the "
         "charity was founded in 1998.", "charity is founded", "1998"),
        ("The club won nine matches in 2023, its best year since the club was formed in 1987.",
         "club is formed", "1987"),
        ("Passenger numbers rose to 2.1 million in 2019, the port's busiest month since the terminal opened in "
         "2004.", "terminal opens", "2004"),
        ("Harvest yields fell sharply in 2012, the worst year since the drought began in 2006.",
         "drought begins", "2006"),
    ],
)
def test_the_happening_after_a_described_period_keeps_its_date(text, title_words, year) -> None:
    events = _events(text)
    assert any(title_words in title.lower() and begin == year for title, begin in events), events
    assert not any(begin == year and title_words not in title.lower() for title, begin in events), events


@pytest.mark.parametrize(
    "sentence, measured",
    [
        # a measure of time before the subordinator joins the clauses: "two years after the truce was
        # signed" says when the fighting resumed
        ("The fighting resumed in 1951, two years after the truce was signed in 1949.", True),
        ("The plant reopened in 2010, a year after it was flooded in 2009.", True),
        ("The plant reopened in 2010, the year after it was flooded in 2009.", True),
        ("The plant reopened in 2010, weeks after it was flooded in 2009.", True),
        # a period described is no measure
        ("The plant reopened in 2010, its busiest year since it was flooded in 2009.", False),
        ("The plant reopened in 2010, the wettest month since it was flooded in 2009.", False),
    ],
)
def test_only_a_measured_span_joins_the_clauses(sentence, measured) -> None:
    year = list(re.finditer(r"\d{4}", sentence))[-1]
    left, _ = clause_bounds(sentence, year.start(), year.end())
    assert (left == 0) == measured
