"""Issue 12, session thirteen (the issue audit): one subject, two dated happenings joined by "and"
are two events, each titled from its own conjunct, whatever the verb's form ("rebuilt", "underwent")
and wherever the second date stands. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events


def _titled(text: str) -> list[str]:
    """The titles of the text's events, in the order of their dates."""
    doc = Document("a.txt", text, "t", date(2023, 6, 1), "given")
    return [e.title for e in sorted(build_events(doc, temporal.tag(text, doc.date)), key=lambda e: e.value)]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The guild bought the old hall in 1974 and rebuilt its roof in 1980.", "The guild buys the old hall",
         "The guild rebuilds its roof"),
        ("The poet left the city in 1921 and underwent surgery in 1923.", "The poet leaves the city",
         "The poet undergoes surgery"),
        ("In 1974 the guild bought the old hall and in 1980 repaired its roof.", "The guild buys the old hall",
         "The guild repairs its roof"),
        ("The guild bought the old hall in 1974, and in 1980 repaired its roof.", "The guild buys the old hall",
         "The guild repairs its roof"),
        ("The guild bought the old hall in 1974 and in 1980 rewrote its rules.", "The guild buys the old hall",
         "The guild rewrites its rules"),
    ],
)
def test_two_dated_conjuncts_of_one_subject_are_two_events(text: str, first: str, second: str) -> None:
    assert _titled(text) == [first, second]


def test_a_prefixed_irregular_past_reads_as_a_verb_in_the_headline_tense() -> None:
    from explorer.events.tense import IRREGULAR

    assert IRREGULAR["rebuilt"] == "rebuilds" and IRREGULAR["underwent"] == "undergoes"
    assert "resent" not in IRREGULAR and "upset" not in IRREGULAR


def _events(text: str) -> list:
    doc = Document("a.txt", text, "t", date(2023, 6, 1), "given")
    return build_events(doc, temporal.tag(text, doc.date))


@pytest.mark.parametrize(
    "text, title",
    [
        # a noun of the happening with the person's role between ("the death of the former mayor X"), then
        # the same happening told by its verb: one event, titled by the verb, with both mentions
        ("Town mourns\n\nThe death of the former mayor Ruth Alder in March 2019 shocked the town. Alder died at "
         "home after a short illness, her family said.\n", "Ruth Alder dies"),
        ("Club news\n\nThe resignation of the club's long-serving chairman Omar Pell in May 2015 surprised fans. "
         "Pell resigned after a row with the board over the new stadium.\n", "Omar Pell resigns"),
        ("Harbour\n\nThe arrest of the ferry captain Lars Moen on 3 June 2020 closed the port for a day. Moen was "
         "arrested after a collision in fog.\n", "Lars Moen is arrested"),
    ],
)
def test_a_nominal_happening_and_its_verb_are_one_event(text: str, title: str) -> None:
    events = _events(text)
    told = [e for e in events if title.split()[1] in e.title]
    assert [e.title for e in told] == [title], [e.title for e in events]
    assert told[0].timex and len(told[0].mentions) == 1


def test_a_nominal_never_takes_a_place_after_a_preposition_for_its_person() -> None:
    from explorer.events.titles.subjects import nominal_event

    assert nominal_event("the return of the troops to Kestrel Bay") is None
    assert nominal_event("the visit of the foreign minister Ada Kell to Holm") == "Ada Kell visits Holm"
