"""A monarch's title before one name makes it a given or regnal name: "King Hussein" is not "Saddam
Hussein" of the same story when the story calls him otherwise (President Saddam Hussein, "Saddam"),
nor "Queen Noor" the minister Maria Noor (session 28: the king's arrival in Washington was given
Saddam Hussein as its actor). A prince named in full by house and name alone ("Norodom Sihanouk") is
still the "Prince Sihanouk" of the story. Our own sentences, other names."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _labelled(text: str):
    doc = Document("a.txt", text, "", date(2024, 9, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize(("text", "full", "monarch"), [
    ("Iraq's President Saddam Hussein rejected the offer on Monday. King Hussein of Jordan arrived in Washington on Tuesday.",
     "Saddam Hussein", "Hussein"),
    ("Finance Minister Maria Noor was charged on 3 May. Queen Noor opened the new hospital on 5 May.",
     "Maria Noor", "Noor"),
    ("Senator Tom Abdullah criticised the deal on Friday. Later, Jordan's King Abdullah signed the accord on Saturday.",
     "Tom Abdullah", "Abdullah"),
    ("The historian Anna Francis spoke on 2 June. Pope Francis visited the island on 4 June.",
     "Anna Francis", "Francis"),
])
def test_a_monarchs_name_is_not_the_namesakes(text: str, full: str, monarch: str) -> None:
    events = _labelled(text)
    last = events[-1]
    assert full not in last.actors, (last.title, last.actors)
    assert any(monarch in a for a in last.actors), (last.title, last.actors)
    assert full in events[0].actors, (events[0].title, events[0].actors)


@pytest.mark.parametrize("text", [
    "King Faisal bin Nasser of Harran arrived on Monday. On Tuesday, King Faisal met the envoy.",
    "Emperor Akiro Tanemura opened the bridge on 3 May. On 9 May Emperor Akiro visited the port.",
])
def test_a_monarchs_given_name_is_the_one_named_in_full_with_it(text: str) -> None:
    last = _labelled(text)[-1]
    full = text.split(" of ")[0].split(" opened")[0].split(" ", 1)[1]
    assert full in last.actors, (last.title, last.actors)


@pytest.mark.parametrize(("text", "full"), [
    ("In 1955 Norodom Tevan proclaimed the kingdom neutral. In March 1970, Prince Tevan was deposed.", "Norodom Tevan"),
    ("Tomas Arvel of the house of Brenn was crowned on 3 May 1802. In 1810 King Arvel signed the charter.", "Tomas Arvel"),
])
def test_a_monarch_named_in_full_by_no_other_title_is_the_same_person(text: str, full: str) -> None:
    last = _labelled(text)[-1]
    assert full in last.actors, (last.title, last.actors)


# An article imported on its own into a project that holds the namesake's article names the monarch
# as a whole annotation of both does (entities/extend.py asks the same ``people_groups.is_regnal``):
# never the person whose surname the one name is, and the one whose given name it is.
_PAIRS = [
    ("Iraq's President Saddam Hussein rejected the offer on Monday. Hussein said the talks had failed.",
     "King Hussein of Jordan arrived in Washington on Tuesday.", "Hussein", "Saddam Hussein"),
    ("Finance Minister Maria Noor was charged on 3 May. Noor said she was innocent.",
     "Queen Noor opened the new hospital on 5 May.", "Noor", "Maria Noor"),
    ("Senator Tom Abdullah criticised the deal on Friday.",
     "On Saturday, Jordan's King Abdullah signed the accord in Amman.", "Abdullah", "Tom Abdullah"),
]


def _owner(project, spelling: str, doc: str) -> str | None:
    return next((e.name for e in project.actor_index.entities.values() for r in e.mentions
                 if r.doc == doc and r.text == spelling), None)


def _whole_and_imported(first: str, second: str):
    from tests.entities.test_extend_lone_names import _extracted, _imported, _whole
    docs = _extracted([first, second])
    return _whole(docs), _imported(docs)[0], docs[1].document.path


@pytest.mark.parametrize(("first", "second", "word", "full"), _PAIRS)
def test_an_imported_monarchs_name_is_not_the_stored_namesake(first: str, second: str, word: str, full: str) -> None:
    whole, imported, path = _whole_and_imported(first, second)
    assert _owner(whole, word, path) == word
    assert _owner(imported, word, path) == word
    events = [e for e in imported.events() if e.doc == path]
    assert events and all(full not in e.actors for e in events), [(e.title, e.actors) for e in events]
    assert any(word in e.actors for e in events), [(e.title, e.actors) for e in events]


@pytest.mark.parametrize(("first", "second", "full"), [
    ("King Faisal bin Nasser of Harran arrived on Monday.", "On Tuesday, King Faisal met the envoy in Cairo.", "Faisal bin Nasser"),
    ("Emperor Akiro Tanemura opened the bridge on 3 May.", "On 9 May Emperor Akiro visited the port.", "Akiro Tanemura"),
])
def test_an_imported_monarchs_given_name_is_the_stored_one_named_in_full_with_it(first: str, second: str, full: str) -> None:
    whole, imported, path = _whole_and_imported(first, second)
    word = full.split()[0]
    assert _owner(whole, word, path) == full
    assert _owner(imported, word, path) == full


@pytest.mark.parametrize(("first", "second", "word", "full"), [
    ("Iraq's President Saddam Hussein rejected the offer on Monday. Hussein said the talks had failed.",
     "King Hussein of Jordan arrived in Washington on Tuesday. Hussein told reporters he hoped for peace.",
     "Hussein", "Saddam Hussein"),
    ("Finance Minister Maria Noor was charged on 3 May. Noor said she was innocent.",
     "Queen Noor opened the new hospital on 5 May. Noor thanked the nurses.", "Noor", "Maria Noor"),
])
def test_an_imported_article_naming_the_monarch_and_the_surname_alone_splits_them_as_a_whole_run(
        first: str, second: str, word: str, full: str) -> None:
    # the new article's own reading keeps its one word together; a whole run gives the monarch's
    # mention to no namesake and the bare surname to the person named in full
    whole, imported, path = _whole_and_imported(first, second)
    crowned = next(e for e in imported.events() if e.doc == path)
    assert full not in crowned.actors and word in crowned.actors, (crowned.title, crowned.actors)
    assert [a for e in whole.events() if e.doc == path for a in e.actors[:1]] == \
        [a for e in imported.events() if e.doc == path for a in e.actors[:1]]
