"""iCalendar cannot hold an undated event or a day before year 1, so an ICS export is shorter than
every other format: the command line says by how much, and the count an export returns (the app's
"Exported N events") is what the calendar holds."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from explorer.calendar import Day
from explorer.cli import main
from explorer.events.record import Event
from explorer.exports.ics import fits_ics, left_out_of_ics, to_ics


def _event(id: str, begin, value: str) -> Event:  # type: ignore[no-untyped-def]
    return Event(id=id, doc="a.txt", title="Walls are raised", sentence="Walls were raised.", sentence_start=0,
                 sentence_end=18, timex="then", timex_start=0, timex_end=4, value=value, type="DATE",
                 begin=begin, end=begin, certainty="exact" if begin else "undated")


def test_left_out_counts_undated_and_bc_events_apart() -> None:
    events = [_event("a#1", date(1999, 5, 1), "1999-05-01"), _event("a#2", None, ""),
              _event("a#3", Day.of(-145, 1, 1), "BC0146"), _event("a#4", Day.of(-10, 1, 1), "BC0011")]
    assert [fits_ics(e) for e in events] == [True, False, False, False]
    assert left_out_of_ics(events) == (1, 2)
    assert to_ics(events).count("BEGIN:VEVENT") == 1


def test_extract_to_ics_says_what_it_left_out(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "walls.txt").write_text(
        "The walls of the hill town\n\nThe hill town was founded in 320 BC by settlers from the coast. "
        "Its walls were raised in 1350. The old gate was rebuilt in May 1999.\n",
        encoding="utf-8")
    out = tmp_path / "town.ics"
    assert main(["extract", str(folder), "--format", "ics", "-o", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    written = out.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    assert written >= 2, out.read_text(encoding="utf-8")
    assert "iCalendar left out" in err and "1 event before year 1" in err, err
    buffer = io.StringIO()
    from explorer.exports.project import write_project
    from explorer.store.project import Project

    assert main(["extract", str(folder), "--project", str(tmp_path / "t.tlproj"), "--jobs", "1"]) == 0
    project = Project.open(str(tmp_path / "t.tlproj"))
    assert write_project(project, buffer, "ics") == written
