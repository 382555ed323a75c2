"""Kinds of false event found reading real wire news (session 26): each dates no happening of its own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 14)).events]


_OPENING = "The dock strike began on 2 March. "


@pytest.mark.parametrize("sentence", [
    "Tuesday was the third day of the strike.",
    "Today is the eighth day of the blockade, which has closed the port.",
    "Today marks the 12th day of the walkout.",
    "In the capital, yesterday was the fifth straight day of protests.",
    "Sunday will be the tenth day since the talks collapsed.",
])
def test_a_day_counted_into_a_lasting_happening_is_no_event(sentence: str) -> None:
    assert _events(_OPENING + sentence) == [("The dock strike begins", "2 March")]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("On the third day of the strike, police cleared the gates.", "the third day"),
    ("The strike ended on the 12th day, when the owners gave in.", "the 12th day"),
    ("Tuesday was when the owners finally gave in.", "Tuesday"),
])
def test_a_happening_on_a_counted_day_keeps_it(sentence: str, date_text: str) -> None:
    assert date_text in [timex for _, timex in _events(_OPENING + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Friday was the ninth day of the siege.", "Friday"),
    ("It is the second week of the trial.", "the second week"),
])
def test_the_counted_day_has_the_role_of_a_tally(sentence: str, date_text: str) -> None:
    at = sentence.index(date_text)
    assert date_role(sentence, at, at + len(date_text)) == "tally"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The farm, worth $2 million in 2019, sold for half that on Monday.", "2019"),
    ("Her flats, worth a hundred thirty million dollars in October, are worth only half that now.", "October"),
    ("The collection, worth about 40,000 pounds at the end of 2020, was auctioned on Monday.", "the end of 2020"),
])
def test_what_a_thing_was_worth_at_a_date_is_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in [timex for _, timex in _events(_OPENING + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Port traffic fell to $14 billion last year, down $2.5 billion from 1996.", "1996"),
    ("Exports reached 9,000 tonnes in 2024, up 400 tonnes from 2021.", "2021"),
    ("Membership now stands at 310, down 40 members from 2022.", "2022"),
])
def test_the_baseline_of_a_sum_or_count_up_or_down_from_a_date_is_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in [timex for _, timex in _events(_OPENING + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The painting, bought for $500 in 1950, was sold on Monday.", "1950"),
    ("The club moved up three places in May.", "May"),
    ("A bid worth 12 million euros was lodged on Friday.", "Friday"),
])
def test_a_price_paid_or_a_move_at_a_date_keeps_it(sentence: str, date_text: str) -> None:
    assert date_text in [timex for _, timex in _events(_OPENING + sentence)]


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=None).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Saddam Hussein was captured on December 13, 2003 on a farm near Tikrit. With the capture of Hussein and a "
     "drop in attacks, some concluded the forces were prevailing.", "Saddam Hussein is captured on a farm near Tikrit"),
    ("General Orlov was captured on 3 June 1920. With the capture of Orlov, many believed the war was over.",
     "General Orlov is captured"),
    ("Most significantly, Hana Reth herself was captured on 12 May 1944 near the river. Shortly after the capture "
     "of Reth, some concluded the resistance was finished.", "Hana Reth herself is captured near the river"),
    ("President Ilse Marten died on 4 May 1961 in Vienna. With the death of Marten and a weak economy, few thought the party could last.",
     "Ilse Marten dies in Vienna"),
    ("Ana Varga was arrested on 9 October 2019 in Porto. Since the arrest of Varga, some have concluded the network is broken.",
     "Ana Varga is arrested in Porto"),
])
def test_a_happening_named_again_by_its_noun_is_one_event(text: str, title: str) -> None:
    titles = _titles(text)
    assert titles[0] == title
    assert not any(t.lower().startswith(("with the", "shortly after the")) for t in titles)


def test_a_noun_that_names_what_was_acted_on_is_not_read_as_its_doer() -> None:
    titles = _titles("Germany invaded Poland on 1 September 1939. After the invasion of Poland, France declared war.")
    assert "Germany invades Poland" in titles and "Poland invades" not in " ".join(titles)
