"""Session 49 (issue 12, events precision and titles), found on pages of our own (``own_texts_s49``) and
on the opened and readable parts: a tally over a period whose period is put first ("In December the
airport handled 412,000 passengers", "Last year the clinic treated 6,200 patients"), or counted into a
part of it ("landed 11,200 tonnes of cod in the first eleven months of 2025"); a figure told as a
difference from an earlier period's ("called out 41 times in 2025, ten more than in 2024"); a deal
foreseen to close ("The sale is expected to complete in the summer"), a forecast the gold README leaves
out, and a level foreseen by its figure ("Inflation is expected to reach the 2 percent target by
mid-2027"). None is a happening a reader lists; beside them the acts a reader lists stay: an act told
with a count in its year ("In 2019 the trust built 300 homes"), a tally on one day, a sale told done, a
scheduled act told as expected. And hearsay keeps its subject in its title: "Armed men are said to have
stopped a lorry on 19 October" was titled "To stop a lorry", with no actor. Our own sentences."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.events.extracted_events import events_of

_DAY = date(2026, 1, 14)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in events_of(text, _DAY)]


def _verbs(text: str, *words: str) -> list[tuple[str, str]]:
    """The events whose title holds a word starting with any of ``words``."""
    return [(t, x) for t, x in _events(text) if any(re.search(rf"\b{w}", t, re.IGNORECASE) for w in words)]


_PAGE = "Annual review\n\nThe board met on 4 January to approve this review. "


@pytest.mark.parametrize("sentence", [
    "In December the airport handled 412,000 passengers.",
    "Last year the clinic treated 6,200 patients.",
    "Over the whole of 2025 the port handled 5.3 million tonnes, a record.",
    "In 2024 our volunteers helped 3,400 households.",
    "During the summer the ferries carried 81,000 vehicles and the buses ran late.",
    "In the autumn the hostel housed 212 people.",
])
def test_a_tally_with_its_period_put_first_is_no_happening(sentence: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, "handle", "treat", "carr", "help", "house") == [], _events(page)


@pytest.mark.parametrize("sentence", [
    "Its members had landed 11,200 tonnes of cod in the first eleven months of 2025.",
    "The boats caught 4,000 tonnes of herring in the last three months of 2024.",
])
def test_a_tally_over_part_of_a_period_is_no_happening(sentence: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, "land", "catch") == [], _events(page)


@pytest.mark.parametrize("sentence", [
    "The team was called out 41 times in 2025, ten more than in 2024.",
    "In March the shop sold 400 bikes, 30 fewer than the year before.",
    "The lifeboat launched 63 times last year, 12 per cent more than in 2023.",
])
def test_a_figure_told_as_a_difference_from_an_earlier_periods_is_no_happening(sentence: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, "call", "sell", "launch") == [], _events(page)


@pytest.mark.parametrize(("sentence", "word"), [
    # acts counted in their year, a tally on one day, a difference from a forecast
    ("In 2019 the trust built 300 homes.", "build"),
    ("On Monday the port handled 20,000 tonnes after the strike ended.", "handle"),
    ("In March the club sold its ground to a developer.", "sell"),
    ("On Friday the ferry carried 400 passengers to the island, 100 more than the council had planned.", "carr"),
])
def test_acts_beside_tallies_stay(sentence: str, word: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, word), _events(page)


@pytest.mark.parametrize("sentence", [
    "The deal is expected to close in the second quarter of 2026.",
    "The sale of the Old Mill is expected to complete in the summer.",
    "The takeover is likely to be completed by March.",
    "The merger is expected to go through next year, subject to approval by regulators.",
    "Inflation is expected to reach the 2 percent target by mid-2027.",
    "Exports are forecast to hit their £4 billion goal next year.",
])
def test_a_deal_or_a_level_foreseen_is_no_happening(sentence: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, "deal", "sale", "takeover", "merger", "inflation", "exports") == [], _events(page)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The sale completed on 30 January.", "sale"),
    ("The council is expected to approve the budget in March.", "council"),
    ("The company is expected to close its Leeds plant in May.", "company"),
])
def test_a_deal_done_and_an_act_expected_stay(sentence: str, word: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, word), _events(page)


@pytest.mark.parametrize(("sentence", "title"), [
    ("Armed men are said to have stopped a private lorry on the same road on 19 October.",
     "Armed men are said to have stopped a private lorry"),
    ("The leaders are reported to have discussed migration over dinner on 7 June.",
     "The leaders are reported to have discussed migration"),
    ("Two of the guards were said to have fled the camp in March.", "Two of the guards are said to have fled"),
])
def test_hearsay_keeps_its_subject_in_its_title(sentence: str, title: str) -> None:
    titles = [t for t, _ in _events(_PAGE + sentence)]
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("The ministry said the convoy left on Monday.", "The convoy leaves"),
    ("Police reported that the driver fled on Sunday.", "The driver flees"),
])
def test_a_telling_before_a_told_act_still_gives_the_told_act(sentence: str, title: str) -> None:
    assert title in [t for t, _ in _events(_PAGE + sentence)], _events(_PAGE + sentence)


# Session 60 (issue 12): a service's other work and a sum raised for a cause, counted over the period put
# first, and many counted over a stretch put first with any verb, tally the period (own sentences).
@pytest.mark.parametrize(("sentence", "word"), [
    ("Last year the helpline answered 9,500 calls from carers and families.", "answer"),
    ("In 2024 the mobile library lent 41,000 books to readers in the villages.", "lend"),
    ("Over Christmas the food bank handed out 900 parcels.", "hand"),
    ("In the spring the cooperative distributed 2,300 seed packs among its members.", "distribut"),
    ("In 2025, the rotary club raised £18,000 for the hospice.", "raise"),
    ("Last year our supporters collected $6,400 towards the new roof.", "collect"),
    ("During 2023 the community bus carried 7,200 passengers to the hospital.", "carr"),
    ("Over the summer, volunteers collected 300 bags of litter from the beach.", "collect"),
    ("During the winter, gritters spread 5,000 tonnes of salt on the county's roads.", "spread"),
    ("Throughout 2022 the mill workers stitched 40,000 uniforms for the army.", "stitch"),
])
def test_work_and_sums_counted_over_a_period_put_first_are_no_happening(sentence: str, word: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, word) == [], _events(page)


@pytest.mark.parametrize(("sentence", "word"), [
    # guards: one act in the year, a funding round, a small count, a holiday's own day, a night's attack
    ("In 2024 the club won the league.", "win"),
    ("In 2021 the company raised $240 million from investors.", "raise"),
    ("In 1944 the yard delivered 40 ships to the navy.", "deliver"),
    ("On Christmas Eve the roof of the hall collapsed.", "collapse"),
    ("During the night, rebels fired 300 rockets at the city.", "fire"),
    ("In May the firm issued 2,000 shares to its staff.", "issue"),
])
def test_acts_told_after_a_period_put_first_stay(sentence: str, word: str) -> None:
    page = _PAGE + sentence
    assert _verbs(page, word), _events(page)
