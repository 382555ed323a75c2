"""Session 52 (events precision), found on pages of our own (``own_texts_s52p``: a hospital trust's board
minutes, a retailer's trading update, a charity's fundraising update, a league's standings note) and on the
opened and readable parts: an opinion survey or a poll read by its share ("62% of members said they were
satisfied", "A survey published last week put support for an assembly at 47 percent", "The first exit poll
puts the Centre Party on 29 percent") and a side's results counted since a date ("Ardley have lost only once at
home since August", "they have lost once at home since 2024"). Neither is a happening a reader lists (the gold
README: a tally and a statistic are background); beside them what a reader lists stays: a survey that counts
or rates a thing, a vote, one game. Our own sentences."""

from __future__ import annotations

import pytest

# (the same reader as session 50's: the titles of a short page's events holding a word)
from tests.events.test_measures_tallies_and_forecasts_s50 import _titles


# --------------------------------------------------------------------- an opinion survey or a poll read


@pytest.mark.parametrize("sentence, word", [
    ("In a survey carried out in March, 62% of members said they were satisfied with the service.", "62%"),
    ("A poll of 2,000 adults in May suggested that 48 per cent supported the tax.", "poll"),
    ("A survey of tenants in January found that 70 per cent wanted the heating replaced.", "survey"),
    ("A poll published on Monday put support for the new stadium at 41 percent.", "poll"),
    ("The latest poll for the Courier puts the Greens on 18 per cent this week.", "poll"),
    ("An opinion poll last week showed 55% of voters backing the ferry plan.", "poll"),
    ("19:40 - The first exit poll puts the Liberals on 31 percent.", "poll"),
])
def test_an_opinion_survey_read_by_its_share_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("A survey in 2019 counted 4,300 pairs of terns on the island.", "survey"),          # counts a thing
    ("A survey in the spring of 2022 rated the bridge as poor.", "survey"),            # rates a thing
    ("The union said 87 percent of its members had backed the strike in a ballot that closed on 2 May.", "back"),  # a vote
    ("In July the two candidates debated on television, and a poll put her level with him.", "debat"),
    ("The council published the results of its parking survey on 4 June.", "publish"),  # no share read
])
def test_a_survey_that_counts_a_vote_and_a_telling_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1


# --------------------------------------------------------------------- results counted since a date


@pytest.mark.parametrize("sentence, word", [
    ("Kelso have lost only once at home since October and have kept six clean sheets.", "los|kept|keep"),
    ("The champions have lost once at home since 2023, and they lead the table by five points.", "los|lead"),
])
def test_results_counted_since_a_date_are_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, *word.split("|")) == []


@pytest.mark.parametrize("sentence, word", [
    ("The Foxes won 2-1 at Ashby on Saturday, their first win since Christmas.", "won|win"),   # one game
    ("Kelso scored twice in the first half on 4 October.", "scor"),
    ("The club has played at Mill Park since 1921.", "play"),
])
def test_one_game_and_a_state_since_a_date_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, *word.split("|"))) == 1
