"""Two kinds seen on an own page (a politician's life), with pages and sentences of our own:

- "she" after a sentence whose subject is someone the text tells nothing of names the story's person
  the text tells a woman ("Anna Reisz …, the daughter of a railway clerk. … Gruber appointed her foreign
  minister …. She left office in 2006" was titled "Peter Gruber leaves office");
- a participle aside after "a treaty with Slovenia" tells of the treaty, not of the name after the
  preposition ("Slovenia is signed").
"""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from tests.events.test_precision_kinds_s10 import _events

_LIFE = ("Anna Reisz: a political life\n\nAnna Reisz was born in Graz in 1948, the daughter of a railway clerk. "
         "She studied law in Vienna and joined the Social Democrats in 1969.\n\nReisz was elected to the city council "
         "in 1978 and to parliament five years later. In 1987 the chancellor, Franz Haller, made her minister of "
         "health. She resigned two years later over a hospital scandal.\n\nWhen Haller stepped down in 1999, she "
         "stood for the party leadership and lost narrowly to Peter Gruber. Gruber appointed her foreign minister "
         "after the election of 2002.\n\nAs foreign minister she negotiated the border treaty with Slovenia, signed "
         "in Ljubljana on 3 June 2004. She left office when the coalition collapsed in 2006 and retired from "
         "parliament in 2008.")


@pytest.mark.parametrize("expected", ["Anna Reisz leaves office when the coalition collapses", "Anna Reisz retires from parliament"])
def test_she_names_the_woman_the_story_is_about(expected: str) -> None:
    titles = {e.title for e in _events(_LIFE, None)}
    assert expected in titles
    assert not any(t.startswith("Peter Gruber") for t in titles)


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("As foreign minister she negotiated the border treaty with Slovenia, signed in Ljubljana on 3 June 2004.",
     "3 June 2004", "The border treaty with Slovenia is signed"),
    ("She wrote a letter to Marrow Trust, posted on 3 May 1990.", "3 May 1990", "A letter to Marrow Trust is posted"),
    # guard: a "which" clause after such a name tells of the name
    ("He sold the hall to Marrow Trust, which opened it in 1990.", "1990", "Marrow Trust opens it"),
])
def test_a_participle_aside_tells_of_the_noun_before_the_preposition(sentence: str, date_text: str,
                                                                     title: str) -> None:
    assert _title(sentence, date_text) == title
