"""A full date in a file's name dates the document when nothing is printed: archives and wire
feeds name their files by the day, and a user who drops such a folder in expects the timeline to use
it rather than leave every "Monday" undated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document, extract_paths
from explorer.temporal.document_date import filename_date

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("name,when", [
    ("APW19980219.0476.txt", date(1998, 2, 19)),
    ("NYT_ENG_20130321.0200.tml.txt", date(2013, 3, 21)),
    ("2019-01-10-budget-vote.html", date(2019, 1, 10)),
    ("budget_2019_01_10.txt", date(2019, 1, 10)),
    ("report 2019.01.10 final.pdf", date(2019, 1, 10)),
    ("/some/folder/2020-02-29.md", date(2020, 2, 29)),
])
def test_a_full_date_in_the_name_is_read(name: str, when: date) -> None:
    assert filename_date(name, today=TODAY) == when


@pytest.mark.parametrize("name", [
    "budget-2019.txt",                # a year alone says too little
    "2019-01.txt",                    # so does a month
    "ID1234519980219.txt",            # glued to other digits: an identifier
    "19980219123.txt",
    "2019-02-30-notes.txt",           # no such day
    "2019-13-01.txt",
    "2019-01_10.txt",                 # mixed separators are not one date
    "1998-02-13-vs-1998-03-01.txt",   # two dates: which one?
    "2031-05-01-plan.txt",            # after today
    "900815-0044.txt",                # two-digit years are ambiguous (but see the wire names below)
    "scan-900815-0044.txt",
    "notes.txt",
])
def test_names_without_one_whole_past_date_give_none(name: str) -> None:
    assert filename_date(name, today=TODAY) is None


def test_a_name_earlier_than_what_the_text_reports_as_past_dates_something_else() -> None:
    text = "The minister resigned on March 3, 2019. A new cabinet was formed on April 2, 2019."
    assert filename_date("2019-01-10-cabinet.txt", text, today=TODAY) is None
    assert filename_date("2019-04-05-cabinet.txt", text, today=TODAY) == date(2019, 4, 5)


def test_a_plan_in_the_text_does_not_overrule_the_name() -> None:
    text = "The plant will open in December 2024, the company said on Monday."
    assert filename_date("2019-01-10.txt", text, today=TODAY) == date(2019, 1, 10)


def test_what_the_page_prints_beats_the_name_and_the_name_beats_inference() -> None:
    printed = Document("APW19980219.0476.txt", "WASHINGTON, March 3, 2019 — Officials met on Monday.", "t")
    assert (date_document(printed).date, date_document(printed).date_source) == (date(2019, 3, 3), "dateline")
    bare = Document("APW19980219.0476.txt", "Officials met on Monday, February 16, 1998, and again today.", "t")
    dated = date_document(bare)
    assert (dated.date, dated.date_source) == (date(1998, 2, 19), "filename")
    given = date_document(bare, date(1998, 3, 1))
    assert given.date_source == "given"


def test_every_event_of_a_named_file_carries_the_name_s_date(tmp_path: Path) -> None:
    (tmp_path / "APW19980219.0476.txt").write_text(
        "The rebels attacked the town on Monday. Talks resumed on Wednesday.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("The rebels attacked the town on Monday.\n", encoding="utf-8")
    corpus = extract_paths([tmp_path], jobs=1)
    named = [e for e in corpus.events if e.doc.endswith("APW19980219.0476.txt")]
    assert named and all((e.doc_date, e.doc_date_source) == ("1998-02-19", "filename") for e in named)
    # past reporting of a weekday counts back from the named day: Monday before Thursday 1998-02-19
    assert {e.begin.isoformat() for e in named} == {"1998-02-16", "1998-02-18"}
    plain = [e for e in corpus.events if e.doc.endswith("notes.txt")]
    assert plain and all(e.doc_date_source == "unknown" and e.begin is None for e in plain)


def test_the_name_s_check_and_the_inference_read_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name earlier than the text's latest past date: the check that rejects the name and the
    inference that then dates the text read the same dates, so the text's dates are read once."""
    from explorer.temporal import document_date

    reads: list[str] = []
    own = document_date.coordinate
    monkeypatch.setattr(document_date, "coordinate", lambda text, cands: reads.append(text) or own(text, cands))
    text = "The minister resigned on Monday, March 4, 2019. A new cabinet was formed on April 2, 2019 and met yesterday."
    dated = date_document(Document("2019-01-10-cabinet.txt", text, "t"))
    assert (dated.date, dated.date_source) == (date(2019, 4, 2), "inferred")
    assert reads == [text]


@pytest.mark.parametrize("name,want", [
    ("AP900815-0044.txt", date(1990, 8, 15)),
    ("NYT980212.0123.txt", date(1998, 2, 12)),
    ("AP901345-0044.txt", None),  # no thirteenth month
    ("report900815-0044.txt", None),  # no agency's capitals: six figures say nothing
    ("AP900815.txt", None),  # no story number after the day
])
def test_a_wire_name_with_a_two_figure_year(name: str, want: date | None) -> None:
    assert filename_date(name, "The council met on Tuesday.", today=date(2026, 1, 1)) == want
