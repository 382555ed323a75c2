""""It" in a later clause of a sentence opened by the work done on a thing ("Work on the first dam began in
1903, and it was completed five years later") stands for the thing, not for the work nor for what the
sentence before acted on (session 56, titles.salient_antecedents.worked_on_thing). Sentences written for
the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("In 1902 Marta Oberholm won the competition for a water scheme. Work on the first dam began in the "
         "autumn of 1903, and it was completed five years later.", "The first dam is completed"),
        ("Construction of the new pier started in May 1890, and it was opened in June 1893.", "The new pier is opened"),
        ("The council bought the chapel in 1950. Conversion of the old chapel began in 1961, and it was "
         "dedicated in 1963.", "The old chapel is dedicated"),
    ],
)
def test_it_is_the_thing_worked_on(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


def test_the_work_itself_is_halted() -> None:
    # (guard) "it was halted" is the conversion's, not the chapel's
    titles = titles_of("Conversion of the old chapel began in 1961, but it was halted in 1962.")
    assert not any(t.startswith("The old chapel is halted") for t in titles), titles
