"""A corrections column's errors and a fact check's claim are no happenings (session 45, precision on
the page kinds analysts read; see :mod:`explorer.events.corrected_errors`): a saying marked as wrong
("wrongly said", "incorrectly reported"), an earlier version's or an error's telling, the page's own
slip ("We misspelled …", "A caption misidentified …"), any saying of the page's own in a corrections
column, and the words under a "Claim:" label. The corrected facts, told in their own sentences, stay;
so do acts done wrongly by anyone else ("Police misidentified the suspect"). Sentences written for these
tests, read by the route a dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.timex, e.title) for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events]


def _told(events: list[tuple[str, str]], words: str) -> bool:
    return any(words.lower() in title.lower() for _, title in events)


#: A happening told first, so each page has one event that must stay.
_OPENING = "The museum reopened on 2 May. "


@pytest.mark.parametrize(("sentence", "words"), [
    # a saying marked as wrong: neither the saying nor what it said
    ("A story on Tuesday wrongly stated that the ferry sank in 1952.", "ferry"),
    ("A story on Tuesday wrongly stated that the ferry sank in 1952.", "story"),
    ("We incorrectly reported last week that the mayor had resigned in March.", "mayor"),
    ("Our review mistakenly said the orchestra was founded in 1904.", "orchestra"),
    ("The leaflet falsely claimed that the clinic closed in January.", "clinic"),
    ("Yesterday's profile said, wrongly, that the singer retired in 2015.", "singer"),
    # an earlier version, or a telling through an error
    ("An earlier version of this article said the plant was sold to a German group in 2019.", "plant"),
    ("A previous version of the report stated that the dam was completed in 1961.", "dam"),
    ("Owing to an editing error, a graphic (14 May) stated that the school opened in 1990.", "school"),
    ("Because of a production error, our obituary (3 June) said the poet died in Paris.", "poet"),
    # the page's own slip
    ("We misspelled the name of the new bishop on Monday.", "misspel"),
    ("A caption on page 4 on Saturday misidentified the harbour.", "misidentif"),
    ("Our interview on Friday misquoted the head teacher.", "misquot"),
    # the words under a fact check's label
    ("Claim: A video viewed 40,000 times says the town hall was sold in April.", "town hall"),
    ("Claim: The minister scrapped the bus subsidy last month.", "subsidy"),
])
def test_an_error_owned_up_to_or_a_claim_tested_is_no_event(sentence: str, words: str) -> None:
    events = _events(_OPENING + sentence)
    assert not _told(events, words), events
    assert _told(events, "museum"), events  # the happening beside it stays


@pytest.mark.parametrize(("sentence", "words"), [
    # what is put right, in its own sentence
    ("The ferry sank in 1953.", "ferry sinks"),
    ("The plant was bought by its managers in March 2020.", "buy the plant"),
    # acts done wrongly by others: happenings
    ("Police misidentified the suspect on Friday.", "misidentif"),
    ("The patient was wrongly given the drug on 4 May.", "given the drug"),
    ("He was cleared in 2019 after a witness wrongly identified him.", "cleared"),
    # a telling that is no error
    ("The council said on Monday that the library would close in May.", "library"),
    ("A report published on 3 March found that the bridge was unsafe.", "report"),
    ("The paper's editor resigned on 5 June after the error.", "editor resigns"),
])
def test_a_happening_beside_such_words_stays(sentence: str, words: str) -> None:
    events = _events(_OPENING + sentence)
    assert _told(events, words), events


_COLUMN = "Corrections and clarifications\n\n"


@pytest.mark.parametrize(("sentence", "words"), [
    # in a corrections column, the page's own sayings are told to be put right
    ("A report on 3 May said that the councillor had resigned from the committee.", "councillor"),
    ("In our obituary of the painter (22 May), we said she was born in Hull.", "born"),
    ("An article on Monday stated that the pool closed in 2018.", "pool"),
    ("Our preview on Friday described the festival as sold out.", "festival"),
])
def test_a_corrections_column_s_own_sayings_are_no_events(sentence: str, words: str) -> None:
    events = _events(_COLUMN + sentence + " " + _OPENING)
    assert not _told(events, words), events
    assert _told(events, "museum"), events


@pytest.mark.parametrize(("sentence", "words"), [
    # a plain page's report of what a paper said stays (the gold README's statement convention)
    ("A report on 3 May said that the councillor had resigned from the committee.", "councillor"),
    ("An article on Monday stated that the pool closed in 2018.", "pool"),
])
def test_a_plain_page_s_report_of_a_saying_stays(sentence: str, words: str) -> None:
    assert _told(_events(_OPENING + sentence), words)
