"""A date taken out of a title takes the words that only said which one with it ("On the final
[Friday]", "through most of the rest of [the year]"), and leaves a name's article ("the [1911]
Encyclopaedia Britannica")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.titles.without_dates import remove_expression
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("clause, expression, title", [
    ("On the final Saturday about 400 people walked the route", "Saturday", "about 400 people walked the route"),
    ("through most of the rest of the year both crews rested", "the year", "both crews rested"),
    ("by the very next morning the river fell", "morning", "the river fell"),
    ("As the author of the 1998 Harbour Report put it, the dock failed", "1998", "As the author of the Harbour Report put it, the dock failed"),
    ("the 2001 treaty was signed", "2001", "the 2001 treaty was signed"),  # a year naming a common noun stays (s50)
    ("the treaty signed in 2001 lapsed", "2001", "the treaty signed lapsed"),  # a date of an act goes
    ("The band toured in the same year with two others", "year", "The band toured with two others"),
    # (session 55) a phrase beside the date that says which day or year it was goes with it, and its comma
    ("The fans were stopped for repair on 13 September, the day before the explosion", "13 September",
     "The fans were stopped for repair"),
    ("The treaty was signed on 4 May, a Sunday, in the town hall.", "4 May", "The treaty was signed in the town hall."),
    ("The strike began in 1926, the year of the flood, and lasted a month.", "1926",
     "The strike began and lasted a month."),
    ("Voters went to the polls on 4 June, the eve of the anniversary of the coup", "4 June", "Voters went to the polls"),
])
def test_the_date_goes_with_what_only_said_which(clause: str, expression: str, title: str) -> None:
    at = clause.index(expression)
    assert remove_expression(clause, at, at + len(expression)).strip() == title


def test_an_event_title_starts_on_its_subject() -> None:
    text = "The open day was a success. On the final Saturday of May 2025 about 400 people walked the route."
    titles = [e.title for e in extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2025, 6, 1)).events]
    assert not any(t.startswith("On the final") for t in titles), titles
