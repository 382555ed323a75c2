"""A work's title quoted in a long subject is a name: a preposition inside it ("Herring Women at
Skagen", "A Long Night in Varna") opens no phrase to cut, so the title keeps the whole name and its
closing quote. Cut there, the title read 'Her large canvas "Herring Women wins a gold medal'. And a
verb whose base ends in "-ere" keeps it in the present ("premiered" -> "premieres", not "premiers").
Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.events.tense import present_of
from explorer.events.titles import make_title


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text", "kept"), [
    ('Her large canvas "Herring Women at Skagen" won a gold medal in 1889.', "1889", "Herring Women at Skagen"),
    ("The grim little novel “The House on Mill Lane” was banned by the council in 1931.", "1931", "The House on Mill Lane"),
    ('Their much-covered early single "Rain over Harwick" reached number one in 1966.', "1966", "Rain over Harwick"),
])
def test_the_quoted_name_stays_whole(sentence: str, date_text: str, kept: str) -> None:
    title = _title(sentence, date_text)
    assert kept in title.replace("“", '"').replace("”", '"'), title


def test_a_long_subject_still_loses_its_phrase() -> None:
    title = _title("A former manager of the Lower Ohio Teachers Pension Fund was sentenced to six years in 1990.", "1990")
    assert title == "A former manager is sentenced to six years"


@pytest.mark.parametrize(("past", "present"), [
    ("premiered", "premieres"), ("interfered", "interferes"), ("adhered", "adheres"), ("persevered", "perseveres"),
    ("entered", "enters"), ("offered", "offers"), ("delivered", "delivers"),
])
def test_bases_in_ere(past: str, present: str) -> None:
    assert present_of(past) == present
