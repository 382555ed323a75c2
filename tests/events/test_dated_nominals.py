"""A second date of a sentence right after a happening named by a noun is the noun's happening's,
not folded into the main clause's event (``events.dated_nominals``, ``events.one_happening``).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.dated_nominals import nominal_date_title
from explorer.ingest import extract_document
from tests.events.one_sentence_event import one_sentence_event as _event


@pytest.mark.parametrize("sentence, timex, expected", [
    ("The inquiry opened in June, after the sinking of the trawler Ostrand on 2 March.", "2 March",
     "The trawler Ostrand sinks"),
    ("The club's slide since May follows the resignation of its coach in April.", "April", "Its coach resigns"),
    # (the owner's last name only: a headline's surname)
    ("Ada Holm's arrest on 3 May was reported in June.", "3 May", "Holm is arrested"),
])
def test_the_date_after_the_nouns_phrase_is_its_happenings(sentence: str, timex: str, expected: str) -> None:
    assert nominal_date_title(_event(sentence, timex)) == expected


@pytest.mark.parametrize("sentence, timex", [
    ("We were sad to hear of the death in March of a founder member.", "March"),  # no one named before the date
    ("She worked at the mill from 1990 until her retirement in 2015.", "2015"),  # a state's end
    ("The council proposed a closure in May.", "May"),  # no owner
    ("The board met in May.", "May"),
])
def test_no_title_without_an_owner_or_for_a_states_end(sentence: str, timex: str) -> None:
    assert nominal_date_title(_event(sentence, timex)) is None


def test_the_pipeline_keeps_the_nouns_date_apart() -> None:
    text = ("Ferry notes\n\nThe inquiry opened in June 2024, after the sinking of the trawler Ostrand on "
            "2 March 2024.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 30)).events
    titles = {e.title for e in events}
    assert "The trawler Ostrand sinks" in titles and len(events) == 2, titles


@pytest.mark.parametrize("sentence, timex, expected", [
    ("The coach was sacked after Saturday's cup final at Harrow Park.", "Saturday", "The cup final"),
    ("Turnout fell sharply in Thursday's local elections, the count showed.", "Thursday", "The local elections"),
])
def test_a_date_that_owns_a_happenings_noun_is_its_date(sentence: str, timex: str, expected: str) -> None:
    assert nominal_date_title(_event(sentence, timex)) == expected


@pytest.mark.parametrize("sentence, timex", [
    ("Saturday's weather was poor.", "Saturday"),  # no happening's noun
    # (a noun the text names further with "of" is left to the rules that read "the … of" phrases)
    ("Monday's meeting of ministers was cancelled.", "Monday"),
])
def test_a_date_that_owns_no_happenings_noun_gives_no_title(sentence: str, timex: str) -> None:
    assert nominal_date_title(_event(sentence, timex)) is None


def test_the_pipeline_keeps_an_owned_nouns_date_apart() -> None:
    text = ("Run-off called\n\nThe mayor will face her rival in a run-off on 5 October after neither won half "
            "of the votes in Sunday's mayoral election.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 9, 18)).events
    assert "The mayoral election" in {e.title for e in events}, [e.title for e in events]
