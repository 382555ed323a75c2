"""Two dated clauses joined by ", and" whose second subject is a bare noun of two words ("…, and
contactless payment arrived in 2017") are two happenings, as they are with a determiner
("…, and the council froze them in 2010") or a one-word bare subject ("…, and unemployment rose")."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Steam trains vanished in 1968, and diesel engines took over in 1969.", "Steam trains vanish",
         "Diesel engines take over"),
        ("Shipbuilding collapsed in 1984, and call centres opened in the 1990s.", "Shipbuilding collapses",
         "Call centres open"),
        ("Cheque books faded in 2011, and mobile banking spread in 2015.", "Cheque books fade", "Mobile banking spreads"),
    ],
)
def test_a_two_word_bare_subject_opens_a_happening_of_its_own(text, first, second):
    titles = [e.title for e in events_of(text)]
    assert first in titles and second in titles


def test_a_verb_with_an_adjective_object_keeps_the_shared_subject():
    titles = [e.title for e in events_of("The studio released an album in 2003, and won mixed reviews in 2004.")]
    assert "The studio wins mixed reviews" in titles


@pytest.mark.parametrize(
    "text",
    [
        # a quantifier's noun with a participle after it: a subject described, not a second verb
        "Fares rose in 2019, and each ticket sold since March 2020 carries a levy.",
        # a telling verb opens a report, not a happening of its own
        "Visitor numbers fell in 2020, and shop owners said takings for May had halved from the level of the year before.",
    ],
)
def test_a_described_quantified_noun_or_a_report_opens_no_clause(text):
    from explorer.events.clauses import clause_bounds

    start = text.index(" and ") + 5
    left, _ = clause_bounds(text, start + 1, start + 2)
    assert left < text.index(" and ")
