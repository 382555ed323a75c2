"""A date right after a noun of a happening held or befalling on a day ("the vote on 9 June", "a
blaze on 2 May") is that happening's, kept where the main clause tells none: a plan, a condition, a
wish (``events.dated_nominals.held_on_its_date``, ``events.build``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.dated_nominals import held_on_its_date
from explorer.ingest import extract_document
from tests.events.one_sentence_event import one_sentence_event as _event


@pytest.mark.parametrize("sentence, timex, expected", [
    ("Growers may raise the levy at the summit in Tarnow on 4 June.", "4 June", "The summit in Tarnow"),
    ("Fares would be cut if the council wins the referendum on 12 May.", "12 May", "The referendum"),
    ("We thank the staff at the depot, where a blaze on 2 August halted deliveries.", "2 August", "A blaze"),
    ("Ostmark's walkout in March could cost the league its sponsor.", "March", "Ostmark's walkout"),
])
def test_a_happenings_noun_names_its_date(sentence: str, timex: str, expected: str) -> None:
    assert held_on_its_date(_event(sentence, timex)) == expected


@pytest.mark.parametrize("sentence, timex, expected", [
    # session 59 (h59q): a state bounded by "since" or "until" a dated happening's noun tells that happening
    # (a court report, a museum's label, a village history of our own)
    ("Orme had been unable to work since an accident at a warehouse in 2015.", "2015", "An accident at a warehouse"),
    ("The organ had been silent since a fire in the nave in 1921.", "1921", "A fire in the nave"),
    ("The chapel was used as a store until its closure in 1988.", "1988", "The chapel closes"),
])
def test_a_states_bound_names_its_happening(sentence: str, timex: str, expected: str) -> None:
    assert held_on_its_date(_event(sentence, timex)) == expected


@pytest.mark.parametrize("sentence, timex", [
    ("The ferry may sail on 4 June.", "4 June"),  # no noun before the date
    ("The board could meet in May.", "May"),
    ("Tolls have risen since the year 2019.", "2019"),  # a state's bound, no happening's noun
    ("The mayor hopes to open the bridge in May.", "May"),  # a noun of no happening on a day ("bridge")
    ("Prices could fall if the vote is won in May.", "May"),  # a verb between the noun and its date
    # a saying's venue: the date is the saying's
    ("The harbour master told a news conference on 9 May that the channel might reopen.", "9 May"),
    # what would have been held was not
    ("Under the old plan the treaty would have gone to a referendum on 3 April.", "3 April"),
])
def test_no_title_without_a_happenings_noun_right_before_the_date(sentence: str, timex: str) -> None:
    assert held_on_its_date(_event(sentence, timex)) is None


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 1)).events}


def test_the_pipeline_keeps_a_planned_clauses_noun_date() -> None:
    text = ("Water talks\n\nThe two ministries met in February to prepare. "
            "Donors could double the fund at the summit in Tarnow on 4 June.")
    assert "The summit in Tarnow" in _titles(text)


def test_the_pipeline_still_drops_a_plan_with_no_happenings_noun() -> None:
    text = ("Water talks\n\nThe two ministries met in February to prepare. "
            "Donors could double the fund on 4 June.")
    assert not any("4 June" in t or "fund" in t for t in _titles(text))
