"""A dated main clause and a dated "where" clause after it are two happenings, each titled by its own
clause: "Henrik Vall moved to Paris in 1920, where he died in 1935" is a move in 1920 and a death in
1935. Both were titled "Henrik Vall moves to Paris, where he dies" and folded into one event dated 1935:
the move was lost. Every sentence here is written for this file."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(sentence: str) -> set[tuple[str, date | None]]:
    events = extract_document(Document("a.txt", "A life\n\n" + sentence, "a")).events
    return {(e.title, e.begin) for e in events}


@pytest.mark.parametrize("sentence, first, second", [
    ("Henrik Vall moved to Paris in 1920, where he died in 1935.",
     ("Henrik Vall moves to Paris", date(1920, 1, 1)), ("Henrik Vall dies", date(1935, 1, 1))),
    ("Marit Osk settled in Bergen in 1881, where she opened a bakery in 1884.",
     ("Marit Osk settles in Bergen", date(1881, 1, 1)), ("Marit Osk opens a bakery", date(1884, 1, 1))),
    ("The regiment sailed to Malta in May 1915, where the men trained until August.",
     ("The regiment sails to Malta", date(1915, 5, 1)), ("The men train", date(1915, 8, 1))),
])
def test_each_clause_is_its_own_happening(sentence: str, first: tuple, second: tuple) -> None:
    assert _events(sentence) >= {first, second}, _events(sentence)


def test_a_where_clause_with_no_date_of_its_own_stays_the_place_s_aside() -> None:
    assert _events("Henrik Vall moved to Rome in 1930, where he lived for ten years.") == {
        ("Henrik Vall moves to Rome", date(1930, 1, 1))}


def test_after_an_object_the_pronoun_is_not_given_the_main_subject() -> None:
    """"he" may be the suspect: the police did not confess."""
    titles = {t for t, _ in _events("Police took the suspect to the station in 1990, where he confessed in 1991.")}
    assert "Police confess" not in titles and "Police take the suspect to the station" in titles, titles
