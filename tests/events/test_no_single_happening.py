"""Clauses whose subject or adverb tells no single happening (explorer.events.no_single_happening):
nobody did it, it was done again and again, or the reader is told to do it. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.no_single_happening import tells_no_single_happening
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events]


@pytest.mark.parametrize("title", [
    "Nobody is charged over the break-in",
    "No one is hurt",
    "None of the crew survives",
    "The bridge floods often",
    "The two councils meet regularly",
    "Plant out your seed potatoes",
    "Feed your starter twice",
    "Take your passport to the office",
    "The retreat represents a clear failure of the plan",
    "Each share entitles the holder to one dividend",
    "The result reflects anger at the tax",
])
def test_nobody_a_habit_or_a_step_for_the_reader_is_no_single_happening(title: str) -> None:
    assert tells_no_single_happening(title)


@pytest.mark.parametrize("title", [
    "Two people are killed",  # a count of those it happened to
    "The bridge floods",
    "The council often meets",  # an adverb before the verb: modality's habit reads it
    "Police thank readers for their help",
    "Your letter arrives",  # the reader's thing as the subject, no bare verb before it
    "Nora Neither joins the board",
    "Neither side proves able to win",  # may title another clause's happening
    "Ada Lind, who represents the ward, resigns",  # the state is an aside's
])
def test_a_count_a_plain_act_or_a_name_is_left_alone(title: str) -> None:
    assert not tells_no_single_happening(title)


@pytest.mark.parametrize("sentence", [
    "No one has scored since Saturday.",
    "Take your passport to the office on 3 May.",
    "The old fort changed hands often.",
    "Each share entitles the holder to buy bonds due 2031.",
])
def test_such_a_clause_gives_no_event(sentence: str) -> None:
    assert _titles("The depot reopened on Monday. " + sentence) == ["The depot reopens"]


@pytest.mark.parametrize("sentence", [
    "Under the proposal, the library's staff would move to the town hall from September.",
    "The new warden would ideally start in October.",
])
def test_what_would_be_told_by_no_one_is_no_happening(sentence: str) -> None:
    assert _titles("The depot reopened on Monday. " + sentence) == ["The depot reopens"]


@pytest.mark.parametrize("sentence", [
    # a history's "would" tells what came next, from before it
    "The victory at the ford would be followed by a second victory on 12 September 1918.",
    "The trust announced that the museum would reopen in September.",
    "A plan published on Friday would close the branch by 2029.",
])
def test_what_would_be_as_someone_told_or_decided_it_stays(sentence: str) -> None:
    assert len(_titles("The depot reopened on Monday. " + sentence)) >= 2


@pytest.mark.parametrize("title", [
    # every kind of the page's words to its reader is read by the one table (modality's "own telling"
    # was a second copy of it, and was the only one to know the kinds below the first two)
    "Good evening, everyone.",
    "Evening all, and thanks for dropping by",
    "Thanks for sticking with the feed this afternoon",
    "That's it for tonight",
    "We'll be back later with the scores",
    "I will update this post when the ferry docks",
    "Keep checking this feed for the road reopening",
    "Our next bulletin is due at six",
    "This concludes the quarterly earnings webcast",
    "Host: Hello there and welcome to the quiz night",
    "Reminder: the car park closes at dusk",
    "thanks for reading, and see you next week",
])
def test_the_page_speaking_to_its_reader_is_one_table(title: str) -> None:
    assert tells_no_single_happening(title)


@pytest.mark.parametrize("title", [
    "Thank you to the volunteers who rebuilt the stile in March",
    "Thanks to a bequest, the chapel reopens",
    "The next steel tariff report will be published in June",
    "The musical returns to the city in spring",
    "Good Morning Valley's host quits",
    # (a speaker's words are read as capitalised: a label before a lone greeting is left, as it was measured)
    "welcome to the harbour, said the mayor",
])
def test_what_only_looks_like_the_page_speaking_stays(title: str) -> None:
    assert not tells_no_single_happening(title)
