"""An opening phrase whose object is a pronoun or a name, with no comma before the subject ("Under her
the line opened a route", "After Lind the firm was sold"), is cut from the title as "After the war the
army withdrew" was (session 52, h52t, ``titles.finish._past_an_opening_phrase``): the title told "Under her
the line opens a route to Valencia" and its actor was "under her the line"."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize("text, title", [
    ("Margit Holm became managing director in 1926. Under her the line opened a route to Valencia in 1929.",
     "The line opens a route to Valencia"),
    ("Per Lind became chief executive in 1960. Under Lind the company opened a plant in Ghent in 1962.",
     "The company opens a plant in Ghent"),
    ("Ada Vine arrived in 1901. Under her the hospital opened a children's ward in 1903.",
     "The hospital opens a children's ward"),
    ("Ruth Amsel led the union from 1950. Under Amsel the union signed its first national agreement in 1954.",
     "The union signs its first national agreement"),
    # guards: a phrase with a noun of its own, or "him" before the subject, as before; a pronoun subject
    # after a name is left as written
    ("Otto Krell took charge in 1958. Under him the club won the league in 1961.", "The club wins the league"),
    ("Queen Ada ruled from 1550. During her reign the city grew rapidly in the 1560s.", "The city grows rapidly"),
    ("Anneli Varo became chief conductor in 1990. Under Varo it moved into a new hall in 1995.",
     "Under Varo it moves into a new hall"),
])
def test_the_phrase_before_the_subject_is_cut(text: str, title: str) -> None:
    assert any(t.startswith(title) for t in titles_of(text)), titles_of(text)
