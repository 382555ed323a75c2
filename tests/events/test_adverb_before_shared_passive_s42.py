"""A bare participle after "and", behind an adverb of which time or how much ("and last repaired in
1974", "and partly rebuilt in 1960", "and again rebuilt"), shares the first clause's passive: its own
event, titled "The wall is last repaired". The adverb hid the participle: the title read "The wall last
repairs" (the active of a wall repairing), and after "partly" the second date made no event at all.
A verb a thing does on its own ("and finally resigned", "and closed") stays active. Every sentence here
is written for this file."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(sentence: str) -> set[tuple[str, date | None]]:
    events = extract_document(Document("a.txt", "The old town\n\n" + sentence, "a")).events
    return {(e.title, e.begin) for e in events}


@pytest.mark.parametrize("sentence, first, second", [
    ("The harbour wall was built in 1887 and last repaired in 1974.",
     ("The harbour wall is built", date(1887, 1, 1)), ("The harbour wall is last repaired", date(1974, 1, 1))),
    ("The toll bridge was opened in 1902 and partly rebuilt in 1960.",
     ("The toll bridge is opened", date(1902, 1, 1)), ("The toll bridge is partly rebuilt", date(1960, 1, 1))),
    ("The priory was founded in 1132 and largely destroyed in 1539.",
     ("The priory is founded", date(1132, 1, 1)), ("The priory is largely destroyed", date(1539, 1, 1))),
    ("The corn exchange was damaged in 1941 and again rebuilt in 1950.",
     ("The corn exchange is damaged", date(1941, 1, 1)), ("The corn exchange is again rebuilt", date(1950, 1, 1))),
])
def test_the_second_participle_is_its_own_passive_event(sentence: str, first: tuple, second: tuple) -> None:
    assert _events(sentence) >= {first, second}, _events(sentence)


@pytest.mark.parametrize("sentence, second", [
    ("The old mill was sold in 1931 and closed in 1935.", ("The old mill closes", date(1935, 1, 1))),
    ("Hanne Lorr was elected in 1990 and finally resigned in 1994.", ("Hanne Lorr finally resigns", date(1994, 1, 1))),
])
def test_a_verb_a_thing_does_on_its_own_stays_active(sentence: str, second: tuple) -> None:
    assert second in _events(sentence), _events(sentence)
