"""A clause of its own after ", and" whose subject, a noun phrase with its determiner, underwent something in
the passive is a happening of its own, sharing the date of the clause before: "The dam failed on 3 March
1911, and the lower town was flooded within an hour" lists the flooding beside the failure. The joined-clause
rules read such a clause when it is active with an object ("…, and the agency evacuated 120 patients") or its
subject is a count ("…, and 2,000 workers were laid off"), not a determiner's noun in the passive: the
happening was lost. Not a participle of a state, a name or a plan ("was owned by", "was expected to", "was
made of"). Every sentence here is written for this file (session 43, h43r)."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _extract(sentence: str):
    return extract_document(Document("a.txt", "The story\n\n" + sentence, "a")).events


@pytest.mark.parametrize("sentence, title, day", [
    ("The dam failed on 3 March 1911, and the lower town was flooded within an hour.",
     "The lower town is flooded within an hour", date(1911, 3, 3)),
    ("The king died in 1547, and his lands were divided among his three sons.",
     "His lands are divided among his three sons", date(1547, 1, 1)),
    ("The first train ran on 1 August 1859, and a public holiday was declared in the town.",
     "A public holiday is declared in the town", date(1859, 8, 1)),
    ("The mill closed in 1962, and the workers were laid off without notice.",
     "The workers are laid off without notice", date(1962, 1, 1)),
    ("The virus reached the capital in March 2020, and the schools were closed within a week.",
     "The schools are closed within a week", date(2020, 3, 1)),
    ("The club went into administration in 2009, and its stadium was sold to a developer.",
     "Its stadium is sold to a developer", date(2009, 1, 1)),
    ("Thieves broke into the gallery on 4 April 2023, and the most valuable painting was taken from the upper floor.",
     None, date(2023, 4, 4)),
])
def test_the_passive_clause_of_its_own_is_a_happening(sentence: str, title: str | None, day: date) -> None:
    events = _extract(sentence)
    found = [e for e in events if e.title.lower().startswith(("the lower", "his lands", "a public", "the workers",
                                                               "the schools", "its stadium", "the most valuable"))]
    assert found and found[0].begin == day, [(e.title, e.begin) for e in events]
    if title is not None:
        assert found[0].title == title, [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The plant opened in 1975, and the site was owned by the council.",
    "The vote took place in May 2019, and the result was expected to be close.",
    "The hall was built in 1890, and the roof was made of slate.",
])
def test_a_state_after_and_is_no_happening(sentence: str) -> None:
    assert len(_extract(sentence)) == 1, [(e.title, e.begin) for e in _extract(sentence)]
