"""A short opening clause, a subject and its past verb alone (or a passive's), before a dated clause of its
own after ", and" or ", but" is the story's step before it ("They paid, and the last scene was shot on 9
February"), a happening of its own titled with its own subject; not a measure's move or a recovery
("Trade recovered quickly, and …"), nor a survival ("The pilot survived, and …")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.plain_past import plain_past_clause
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, opening, dated", [
    ("The underwriters paid, and the final scene was shot on 9 February 2022.", "The underwriters pay", "The final scene is shot"),
    ("Digging was halted, and a team from the county museum took over the trench on 15 July.",
     "Digging is halted", "A team from the county museum takes over the trench"),
])
def test_a_short_opening_act_before_a_dated_clause(sentence: str, opening: str, dated: str) -> None:
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    titles = {e.title: e for e in events}
    assert opening in titles and dated in titles, list(titles)
    assert titles[opening].timex == "" and titles[dated].begin is not None


@pytest.mark.parametrize("sentence", [
    "Trade recovered quickly, and in 1672 the company paid its largest dividend.",
    "The pilot survived, and his logbook stayed in use until 1954.",
    "Prices rose, and in May the bank raised its rate.",
])
def test_no_short_act_of_a_measure_or_a_survival(sentence: str) -> None:
    assert plain_past_clause(sentence, 0, len(sentence), before_own_clause=True) is None
