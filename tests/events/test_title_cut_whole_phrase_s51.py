"""A short title cut from a long clause keeps whole phrases (session fifty-one, the lead's own pages): "The
pandemic then shut their shared laboratory for eleven weeks" was titled "… for eleven", a count without
its noun; a letter that names ("Series A", "Plan B") keeps its letter and loses the sentence's full stop.
Our own sentences; each failed before (guards marked).
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of as _titles


@pytest.mark.parametrize("text,title", [
    ("The lab opened in 2019. The pandemic then shut their shared laboratory for eleven weeks.",
     "The pandemic shuts their shared laboratory for eleven weeks"),
    ("The depot opened in 1988. A strike then halted their whole bus fleet for twelve days.",
     "A strike halts their whole bus fleet for twelve days"),
    ("The quarry opened in 1930. The flood then cut their only road link for three months.",
     "The flood cuts their only road link for three months"),
    ("The bridge opened in 1971. The storm then blocked their main shipping lane for nine hours.",
     "The storm blocks their main shipping lane for nine hours"),
])
def test_a_short_title_keeps_its_last_phrase_whole(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text,title", [
    ("In February 2024 the firm raised a $15 million Series A.", "The firm raises a $15 million Series A"),
    ("On 3 June the club fell back on Plan B.", "The club falls back on Plan B"),
    ("In May 2019 the lab was awarded a Grade A.", "The lab is awarded a Grade A"),
])
def test_a_naming_letter_ends_the_title_without_the_full_stop(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize("text,title", [
    ("In 1990 the family moved to the U.S.", "The family moves to the U.S."),  # guard: an initialism keeps its stops
    ("The school opened in 1880. The headmaster later moved the boarders into a house near the river Wend.",
     "The headmaster moves the boarders into a house"),  # guard: a cut between two whole phrases stays
])
def test_whole_phrases_stay(text: str, title: str) -> None:
    assert title in _titles(text)
