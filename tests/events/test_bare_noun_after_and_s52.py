"""A clause of its own after "and" whose subject is a bare noun of an activity or a substance, one word with
no article, and whose verb tells what befell it with no object: a stopping or a resuming with only a time or
a measure after it, a shutting down, a sweeping through, or an act without an object ("The pump failed in
June, and work stopped for a week", "…, and water swept through the cellars"): a happening of its own
(session 52, h52r; joined_clauses._BARE_NOUN_ACT). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The main pump failed in June 1962, and work stopped for a week.", "Work stops for a week"),
        ("The union accepted the offer on 3 May 1975 and production resumed within two days.",
         "Production resumes within two days"),
        ("The kiln cracked in 1911, and pottery ceased for a season.", "Pottery ceases for a season"),
        ("A supplier went bankrupt in March 1998, and construction shut down for three months.",
         "Construction shuts down for three months"),
        ("The dam gave way in 1889, and water swept through the lower streets.", "Water sweeps through the lower streets"),
    ],
)
def test_a_bare_noun_after_and_tells_a_happening_of_its_own(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles


@pytest.mark.parametrize(
    "text",
    [
        # (guard) a pronoun, a quantifier, a plural or a stopping with something stopped after it is no such clause
        "The mill closed in 1920, and nothing happened for years.",
        "The price was cut in May, and demand stopped falling.",
        "The rules changed in 1990, and everything stopped.",
    ],
)
def test_no_bare_noun_clause(text: str) -> None:
    titles = titles_of(text)
    assert len(titles) == 1, titles
