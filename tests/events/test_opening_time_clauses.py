"""An opening clause of time with no comma after it (our own sentences): "When the museum closed in
1994 the bell was moved to the parish church". Read as one clause it gave one title running over both
happenings ("The museum closes the bell was moved …"); its closing date marks where it ends, and the
sentence is titled as it is with the comma."""

from __future__ import annotations

import pytest

from explorer.events.opening_time_clauses import opening_clause_stop
from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(("sentence", "clause"), [
    ("When the museum closed in 1994 the bell was moved to the parish church.", "When the museum closed in 1994"),
    ("After the war ended in 1945 the family returned to Leeds.", "After the war ended in 1945"),
    ("As the river rose in March 1947 the villagers moved to the hills.", "As the river rose in March 1947"),
    ("When the strike began on 4 May 1926 the trains stopped.", "When the strike began on 4 May 1926"),
    ("After the mill closed in 1982 Ruth Amos bought it.", "After the mill closed in 1982"),
    ("Before the bridge opened in 1890 travellers used the ferry.", "Before the bridge opened in 1890"),
    ("Once the dam was finished in the spring of 1911 the valley flooded.", "Once the dam was finished in the spring of 1911"),
])
def test_the_closing_date_ends_the_opening_clause(sentence: str, clause: str) -> None:
    stop = opening_clause_stop(sentence)
    assert stop is not None and sentence[:stop] == clause


@pytest.mark.parametrize("sentence", [
    "When the war ended in 1945, the family returned.",  # the comma marks it already
    "As the river rose in March 1947 and the rain fell the villagers moved.",  # the clause goes on past its date
    "Before 1990 the town had no bridge.",  # a phrase of time, no clause
    "The museum closed in 1994 and the bell was moved.",  # no opening subordinator
    "When the museum closed in 1994 May Hollis wept.",  # guard: a month after the year is no sure subject
])
def test_no_stop_where_no_clause_ends_at_its_date(sentence: str) -> None:
    assert opening_clause_stop(sentence) is None


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), [
    ("When the museum closed in 1994 the bell was moved to the parish church.",
     {"The museum closes"}, "closes the bell"),
    ("After the war ended in 1945 the family returned to Leeds.", {"The family returns to Leeds"}, "ends the family"),
    ("As the river rose in March 1947 the villagers moved to the hills.", {"The villagers move to the hills"},
     "rises the villagers"),
    ("Before the bridge opened in 1890 travellers used the ferry.", {"Travellers use the ferry"}, "opened travellers"),
])
def test_titled_as_with_the_comma(sentence: str, wanted: set[str], unwanted: str) -> None:
    titles = titles_of("Histories\n\n" + sentence)
    with_comma = titles_of("Histories\n\n" + sentence[:opening_clause_stop(sentence)] + ","
                           + sentence[opening_clause_stop(sentence):])
    assert wanted <= set(titles) and not any(unwanted in t for t in titles)
    assert set(titles) <= set(with_comma)  # (the comma form may list an undated main-clause act more)
