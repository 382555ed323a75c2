""""There", the place just told, before a subject and its past act on something ("There the surveyors
condemned her mainmast, and the owners sold the cargo in early April", "There Kelvar agreed to the
inspections"): the act is a happening, as after "Then" or "Finally" (session 51, h51r; plain_past's
opening adverbs). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The brig put into Vigo on 12 March 1856. There the master sold the spoiled cargo.",
         "The master sells the spoiled cargo"),
        ("The envoys met at Lund in May 1721. There Sweden ceded the islands to Denmark.",
         "Sweden cedes the islands to Denmark"),
        ("The column reached the ford at dusk on 4 June 1862. There the cavalry captured a supply train.",
         "The cavalry captures a supply train"),
    ],
)
def test_an_act_after_there(text: str, title: str) -> None:
    assert title in [e.title for e in events_of(text)], [e.title for e in events_of(text)]


def test_there_before_no_act() -> None:
    # (guard) an end of a road is no happening
    titles = [e.title for e in events_of("The track climbs to the pass in 1870. There the road ended.")]
    assert not any("road" in t for t in titles), titles
