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


def _titles(sentence: str) -> list[tuple[str, str]]:
    events = extract_document(Document("a.txt", "Lives\n\n" + sentence, "t"), dct=date(2025, 6, 30)).events
    return [(e.title, e.timex) for e in events]


@pytest.mark.parametrize("sentence, wanted", [
    # (a habit or a schedule's date, "every day until …", used to drop the death with it)
    ("Ann Hale kept a rain diary every day until her death on 3 March 1990.", ("Ann Hale dies", "3 March 1990")),
    ("Tom Reid walked his dog on the beach each morning until his death in 1971.", ("Tom Reid dies", "1971")),
    ("Our club opened its doors every Sunday until its closure in 2004.", ("Our club closes", "2004")),
    # (a state's clause told until it: the happening, not the state, is the date's)
    ("Mary Cole lived in the lodge until her death in 1962.", ("Mary Cole dies", "1962")),
])
def test_a_stretch_told_until_its_doers_end_lists_the_end(sentence: str, wanted: tuple[str, str]) -> None:
    assert wanted in _titles(sentence), _titles(sentence)


@pytest.mark.parametrize("sentence, wanted", [
    # guards: a doer the possessive names no one for keeps the clause's title, which names the happening
    ("Ranulf ruled until his death in 1154.", ("Ranulf rules until his death", "1154")),
    # (a happening that is no doer's end stays the habit it bounds: nothing listed)
    ("He walked the dog each morning until the storm in 1971.", None),
])
def test_a_stretch_told_until_another_happening_is_unchanged(sentence: str, wanted: tuple[str, str] | None) -> None:
    titles = _titles(sentence)
    assert (wanted in titles) if wanted else titles == [], titles
