"""One big file shows how far through it the extraction is, and a cancel stops it halfway (issue:
a 45 MB file showed nothing until it was done, and a cancel waited for its end)."""

from __future__ import annotations

import io
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.documents import Document
from explorer.ingest import document_progress, extract_document, ingest
from explorer.temporal.per_text import forget

PARAGRAPH = ("The river rose on {day} May 2019 and the council closed the lower bridge. Two days later "
             "the army brought sandbags, and the mayor said the ferry would not run. Engineers inspected "
             "the dam in June and found no damage.\n\n")


def _text(paragraphs: int) -> str:
    return "".join(PARAGRAPH.format(day=1 + i % 28) for i in range(paragraphs))


@pytest.fixture
def small_steps(monkeypatch) -> None:
    monkeypatch.setattr(document_progress, "STEP_CHARS", 400)


def test_fractions_rise_from_zero_to_one_and_the_events_are_the_same(small_steps) -> None:
    doc = Document("flood.txt", _text(30), "Flood")
    told: list[float] = []
    watched = extract_document(doc, date(2019, 7, 1), progress=told.append)
    assert told[0] == 0.0 and told[-1] == 1.0 and told == sorted(told)
    assert len(told) > 10  # reported inside the passes, not only between them
    assert watched.events == extract_document(doc, date(2019, 7, 1)).events


def test_finding_the_names_tells_how_far_it_has_read(small_steps) -> None:
    """The last pass (the document's names, for its titles and its actors) took a second a 100 kB
    of text without a tick."""
    doc = Document("flood.txt", _text(30), "Flood")
    told: list[float] = []
    extract_document(doc, date(2019, 7, 1), progress=told.append)
    titles_begin = 1.0 - document_progress.SHARES["titles"]
    assert len([f for f in told if titles_begin < f < 1.0]) >= 3


def test_a_cancel_stops_the_file_halfway_and_keeps_nothing_of_it(small_steps, tmp_path: Path) -> None:
    (tmp_path / "flood.txt").write_text(_text(30), encoding="utf-8")
    cancel = threading.Event()
    told: list[float] = []

    def within(path: str, fraction: float) -> None:
        told.append(fraction)
        if fraction > 0.3:
            cancel.set()

    got: list[str] = []
    run = ingest([tmp_path], lambda path, result: got.append(path), jobs=1, cancel=cancel, within=within)
    assert run.cancelled and run.done == 0 and not got and not run.problems
    assert told[-1] < 0.9  # it stopped soon after the cancel, not at the end


def test_dating_a_file_with_no_date_given_tells_how_far_it_has_read(small_steps) -> None:
    """Inferring a big file's date (its scan and the tense of each date it reports) took a quarter
    of its extraction with the bar at 0 (acceptance test, session 17)."""
    forget()  # the scan is kept per text: read this one afresh
    doc = Document("flood.txt", _text(30), "Flood")
    told: list[float] = []
    watched = extract_document(doc, progress=told.append)
    dating_ends = document_progress.SHARES["date"]
    inside = [f for f in told if 0.0 < f < dating_ends]
    assert len(inside) >= 3 and inside == sorted(inside)
    assert watched.events == extract_document(doc).events


def test_a_cancel_while_dating_stops_it_and_keeps_nothing_half_read(small_steps) -> None:
    forget()
    doc = Document("flood.txt", _text(30), "Flood")

    def cancel_once_moving(fraction: float) -> None:
        if fraction > 0.0:
            raise document_progress.Cancelled()

    with pytest.raises(document_progress.Cancelled):
        extract_document(doc, progress=cancel_once_moving)
    after = extract_document(doc)
    forget()
    assert after == extract_document(doc)  # dated again in full, as if never begun
    assert after.document.date_source == "inferred"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_line_names_the_file_and_how_far_through_it(small_steps, tmp_path: Path, monkeypatch) -> None:
    from explorer.commands import extract as command

    (tmp_path / "flood.txt").write_text(_text(30), encoding="utf-8")
    monkeypatch.setattr(command, "PROGRESS_EVERY_S", 0.0)
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["extract", str(tmp_path / "flood.txt"), "--jobs", "1"]) == 0
    said = err.getvalue()
    assert "reading flood.txt 0%" in said and any(f"flood.txt {n}%" in said for n in range(30, 100))
    assert said.index("reading flood.txt 0%") < said.index("reading 1/1 files")  # told while the file is read
    assert said.endswith("\r\x1b[K")
