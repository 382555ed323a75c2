"""Issue 11, session 20: a season that names a campaign ("the Spring Offensive of 1918", "a spring
offensive", "Meade's fall campaign", "the Winter Counteroffensive") is the season the campaign was
fought in, as the readable histories mark it; the year after the campaign's name is its year, and
the season, a label, does not move the story. Names that are no campaign stay unmarked. Histories
of our own, with no document date."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, None)]


@pytest.mark.parametrize("text, expected", [
    ("The northern army regrouped in 1917. Its great Spring Offensive of 1918 failed within weeks.",
     ("Spring", "1918-SP")),
    ("The rebels held the hills in 1862. That autumn the governor ordered a fall campaign against them.",
     ("fall", "1862-FA")),
    ("In June 1924 the militia launched a summer offensive along the coast.", ("summer", "1924-SU")),
    # (a history labels a winter by the year of its January: session 21, winter_labels.py)
    ("The siege began in 1709. The Winter Counteroffensive broke it.", ("Winter", "1709-WI")),
])
def test_a_campaigns_season_is_marked(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_the_campaigns_season_moves_no_story() -> None:
    text = ("In August 1824 the fleet sailed south. It launched a spring offensive against the ports, and in "
            "October it took the last of them.")
    values = dict(_values(text))
    assert values["October"] == "1824-10"


@pytest.mark.parametrize("text", [
    "Operation Winter Storm began at dawn.",
    "The men who fall fighting are remembered.",
    "Prices fall as campaigns end.",
])
def test_no_campaign_no_season(text: str) -> None:
    assert not [t for t in tag(text, None) if t.value.endswith(("-WI", "-FA", "-SP", "-SU"))]


@pytest.mark.parametrize("text", [
    # (session 55) "the fall" after a verb or a preposition of place is the noun: a roof's, a rider's, a
    # city's; only a preposition of time ("in the fall", "by the fall") makes it the season
    "The deputy examined the seam in September 1934. Having heard the fall, he withdrew six men.",
    "Gas gathered behind the fall in the return airway in March 1911.",
    "The jockey broke his collarbone in May 2019. Nobody in the stands saw the fall.",
])
def test_the_fall_after_a_verb_or_a_place_word_is_no_season(text: str) -> None:
    assert not [t for t in tag(text, None) if t.text.lower().endswith("fall")]


@pytest.mark.parametrize("text, expected", [
    # guards: the season after a preposition of time stays
    ("The mill closed in March 1931 and reopened in the fall.", ("the fall", "1931-FA")),
    ("Work on the dam began in 1936 and stopped late in the fall.", ("the fall", "1936-FA")),
])
def test_the_fall_after_a_time_word_is_the_season(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)
