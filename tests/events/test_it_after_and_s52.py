"""A clause of its own after "and" whose subject is "it", the place or the thing just told, and whose verb
is what befalls a place or a thing with no object, perhaps with only a measure after it ("The mill burned in
1908, and it reopened within a year"), or what was done to it in the passive ("…, and it was rebuilt within
a year"): a happening of its own, titled by the thing "it" stands for (session 52, h52r;
joined_clauses._IT_ACT_WITHOUT_OBJECT and OWN_SUBJECT_PASSIVE). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The cinema caught fire in 1936, and it reopened within a year.", "The cinema reopens within a year"),
        ("The village school flooded in 1968 and it closed for a term.", "The village school closes for a term"),
        ("Salvors towed the trawler off the rocks in 1952, and it sank within an hour.",
         "The trawler sinks within an hour"),
        ("The old bank failed in 1931; it shut within a month.", "The old bank shuts within a month"),
        ("Vandals wrecked the pavilion in 1987, and it was rebuilt within two years.",
         "The pavilion is rebuilt within two years"),
        ("The chapel lost its roof in a gale in 1903, and it was pulled down soon after.",
         "The chapel is pulled down soon after"),
    ],
)
def test_it_after_and_tells_a_happening_of_its_own(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles


@pytest.mark.parametrize(
    "text",
    [
        "The bridge cracked in May, and it was feared the span would fall.",
        "The hall flooded in June, and it was agreed that the fair would move.",
        "The dam failed in 1911, and it was clear the town must move.",
        "The fair opened in May and it rained for a week.",
    ],
)
def test_a_dummy_it_tells_no_happening(text: str) -> None:
    # (guard) a saying, a deciding, a judgement or the weather after "and it" is no happening of a thing
    titles = titles_of(text)
    assert len(titles) == 1, titles
