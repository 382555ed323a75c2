"""The actor of a clause whose subject stands after a framing phrase or before a time adverb (issue
12): "In the spring of 1903 the brewers raised prices" was acted by the brewers, "Three weeks later
they struck" by "they" (or whom it stands for), "Hollin Shipping today ordered" by Hollin Shipping.
A frame's words were read as part of the subject, so the actor was no one or the frame itself. Our
own sentences, none from the gold set."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.agents import title_subject
from explorer.events.build import build_events


def _labelled(text: str):
    doc = Document("a.txt", text, "", date(2026, 5, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize("sentence, subject", [
    ("In the cold spring of 1903 the brewers raised their prices.", "the brewers"),
    ("During the flood of 1911 to 1912 the ferry stopped running.", "the ferry"),
    ("Over the next four days the crew repaired the hull.", "the crew"),
    ("Three weeks later they struck again.", "they"),
    ("Last winter I moved to the coast.", "I"),
    ("Together they rebuilt the chapel.", "they"),
    ("Hollin Shipping today ordered two new tugs.", "Hollin Shipping"),
    ("Mount Ostra last erupted in 1921.", "Mount Ostra"),
    # no frame: the subject stays whole
    ("The first tug arrived in May.", "The first tug"),
])
def test_the_subject_is_read_past_its_frame(sentence: str, subject: str) -> None:
    assert title_subject(sentence, sentence, 0) == subject


@pytest.mark.parametrize("text, title_start, actor", [
    ("Brewing in Tallow\n\nIn the cold spring of 1903 the brewers raised their prices.\n", "brewers", "the brewers"),
    ("Sea notes\n\nOver the next four days the crew repaired the hull, on 2 June 1950.\n", "crew", "the crew"),
    ("Ships\n\nHollin Shipping today ordered two new tugs from a yard in Kessel.\n", "Hollin Shipping", "Hollin Shipping"),
    ("Volcanoes\n\nMount Ostra last erupted in 1921, when ash fell on Varden.\n", "Mount Ostra", "Mount Ostra"),
    ("A life\n\nIda and Per Lunde married in 1950. Together they rebuilt the chapel in 1954.\n", "Together they", None),
])
def test_the_framed_subject_acts(text: str, title_start: str, actor: str | None) -> None:
    events = [e for e in _labelled(text) if title_start in e.title]
    assert events, [e.title for e in _labelled(text)]
    for event in events:
        assert event.actors, (event.title, event.actors)
        if actor is not None:
            assert actor in event.actors, (event.title, event.actors)


@pytest.mark.parametrize("sentence, subject", [
    ("Pickets occupy the depot yard until 4 June.", "Pickets"),
    ("Volunteers carry the boats to the shore on Sunday.", "Volunteers"),
])
def test_a_plural_present_in_y_ends_its_subject(sentence: str, subject: str) -> None:
    title = sentence.split(" until")[0].split(" on Sunday")[0]
    assert title_subject(title, sentence, 0) == subject
