"""A title's past after a long subject is put in the headline's present, its number read from the
subject's head (issue 12, session 21: "A formal state of war between the two sides persisted", "The
size of the fleet was increased" kept their past in the events table); and an aside between dashes
goes from a title even when the aside holds a date of its own."""

from __future__ import annotations

import pytest

from explorer.events.titles.finish import verb_at
from explorer.events.titles.long_subjects import past_after_long_subject
from tests.events.titled import title_at


def _tense(title: str) -> str:
    words = title.split(" ")
    verb = verb_at(words)
    told = past_after_long_subject(words, verb) if verb is not None else None
    return " ".join(told) if told else title


@pytest.mark.parametrize("past, present", [
    ("A long dispute over grazing rights between the two valleys flared", "A long dispute over grazing rights between the two valleys flares"),
    ("The cost of the new harbour wall was doubled", "The cost of the new harbour wall is doubled"),
    ("Repairs to the old swing bridge over the canal were finished", "Repairs to the old swing bridge over the canal are finished"),
    ("The northern relief column, led by two engineers, arrived", "The northern relief column, led by two engineers, arrives"),
    ("The ferries, however, stopped", "The ferries, however, stop"),
    ("Proposals to close the rural post offices were withdrawn", "Proposals to close the rural post offices are withdrawn"),
    ("The count of ballots in the three western districts had ended", "The count of ballots in the three western districts ends"),
    ("Crowds lining the road from the station cheered", "Crowds lining the road from the station cheer"),
    ("Harbour Board workers stopped", "Harbour Board workers stop"),
])
def test_a_past_after_a_long_subject_takes_the_present_of_the_subjects_head(past: str, present: str) -> None:
    assert _tense(past) == present


@pytest.mark.parametrize("title", [
    "A report which criticised the mayor",  # the verb is a relative clause's
    "Two weeks after the levee failed",  # a clause opener before the verb
    "Wearied by the siege the defenders surrendered",  # a phrase opener, then its own subject
    "Moving faster than they had planned",
    "Seven villages and forty smaller or abandoned",  # "or" before a participle: an adjective
    "The town council meets",  # no past
])
def test_no_subject_of_its_own_before_the_verb_keeps_the_title_as_it_is(title: str) -> None:
    assert _tense(title) == title


def test_titles_made_from_sentences_read_the_long_subjects_verb_in_the_present() -> None:
    sentence = "In March 1887 the cost of the new harbour wall was doubled."
    assert title_at(sentence, "March 1887") == "The cost of the new harbour wall is doubled"


def test_a_dash_aside_goes_even_when_it_holds_another_date() -> None:
    sentence = "On 2 June 1905, Brell and Oster - two mill towns since 1850 - signed a water treaty."
    assert title_at(sentence, "2 June 1905", "1850") == "Brell and Oster sign a water treaty"


def test_a_dated_aside_with_a_verb_of_its_own_stays_in_its_own_dates_title() -> None:
    sentence = "On 2 June 1905, the two mills - rebuilt in 1850 - signed a water treaty."
    assert "rebuil" in title_at(sentence, "1850", "2 June 1905").lower()


def test_a_verbless_aside_goes_from_its_own_dates_title_too() -> None:
    sentence = "On 2 June 1905, Brell and Oster - two mill towns since 1850 - signed a water treaty."
    assert title_at(sentence, "1850", "2 June 1905") == title_at(sentence, "2 June 1905", "1850")
