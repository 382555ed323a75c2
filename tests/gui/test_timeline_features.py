"""The app's timeline as the issue asks for it: export from the menu, lanes from the View menu (kept in
the settings), the undated strip, hover details, rubber-band zoom, double-click fit, clusters, emphasis."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip

from explorer.gui.export_dialog import ExportOptionsDialog
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument
from explorer.timeline.labels import overlaps

from .conftest import build_corpus


def non_background(image: QImage, step: int = 3) -> int:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return int(np.sum(arr[::step, ::step, :3].astype(int).sum(axis=2) < 3 * 225))


def export_via_menu(qtbot, window, monkeypatch, path, size=(1000, 500), dpi=96):
    def accept(dialog):
        dialog.path_edit.setText(str(path))
        dialog.width_box.setValue(size[0])
        dialog.height_box.setValue(size[1])
        dialog.dpi_box.setValue(dpi)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", accept)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists()


def test_ctrl_e_exports_png_at_300_dpi(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"
    export_via_menu(qtbot, window, monkeypatch, path, size=(800, 400), dpi=300)
    img = QImage(str(path))
    assert (img.width(), img.height()) == (2500, 1250)
    assert round(img.dotsPerMeterX() * 0.0254) == 300
    assert non_background(img) > 2000
    assert QSettings().value("export/format") == "png"


def test_export_svg_is_the_visible_range_with_titles_and_axis_text(qtbot, window, monkeypatch, tmp_path):
    timeline = window.timeline
    timeline.set_visible_range(day_start_seconds(date(2000, 1, 1)), day_start_seconds(date(2006, 1, 1)))
    path = tmp_path / "view.svg"
    export_via_menu(qtbot, window, monkeypatch, path, size=(1400, 500))
    texts = {(el.text or "").strip() for el in ET.parse(path).iter() if el.tag.endswith("text")}
    joined = "\n".join(texts)
    for needle in ("On 5 May 2003 the treaty was signed", "Alpha alliance history", "Beta regional report",
                   "2002", "2004"):
        assert needle in joined, (needle, sorted(texts))
    assert "Much later" not in joined  # 2010 is outside the shown range
    # and the figure's range is the view's range
    _, shown = timeline.export_image(tmp_path / "again.svg", size=(1400, 500))
    assert shown == pytest.approx(timeline.visible_range(), abs=1.0)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_export_pdf_opens_and_renders(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.pdf"
    export_via_menu(qtbot, window, monkeypatch, path, size=(1000, 500))
    subprocess.run(["pdftoppm", "-png", "-r", "48", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    img = QImage(str(pages[0]))
    assert img.width() == pytest.approx(500, abs=2)
    assert non_background(img, step=2) > 300
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Alpha alliance history" in text


def test_cancelled_export_writes_nothing(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.chdir(tmp_path)
    assert window.timeline_menus.export_image() is None
    assert not list(tmp_path.iterdir())


def _with_actors(corpus: list[ExtractedDocument]) -> list[ExtractedDocument]:
    out = []
    for doc in corpus:
        events = []
        for e in doc.events:
            actors = {"1997-2004": ("Army", "UN"), "5 May 2003": ("UN",), "12 January 1998": ("Army",)}.get(e.timex, ())
            events.append(dataclasses.replace(e, actors=actors))
        out.append(dataclasses.replace(doc, events=tuple(events)))
    return out


def test_lanes_menu_switches_and_is_remembered(qtbot, make_window, monkeypatch):
    window = make_window()
    window.add_documents(_with_actors(build_corpus()))
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 5)
    timeline = window.timeline
    assert window.timeline_menus.lane_actions["document"].isChecked()
    window.findChild(type(window.actions["quit"]), "action_lanes_actor").trigger()
    assert timeline.lane_mode() == "actor"
    assert [timeline.lane_name(i) for i in range(timeline.lane_count())] == ["Army", "UN", "(no actor)"]
    war = next(e for e in timeline.lane_events(0) if e.timex == "1997-2004")
    assert timeline.lanes_of(war) == [0, 1]  # in both actors' lanes
    assert [e.timex for e in timeline.lane_events(1)] == ["1997-2004", "5 May 2003"]
    assert timeline.lane_axis.labels() == ("Army", "UN", "(no actor)")
    assert [text for kind, _, text in timeline.legend.entries() if kind == "lane"] == ["Army", "UN", "(no actor)"]
    window.selection.select_event(war.id)
    assert timeline.highlight.lanes() == (0.0, 1.0)  # outlined in both lanes
    assert QSettings().value("window/timelineLanes") == "actor"
    window.timeline_menus.lane_actions["none"].trigger()
    assert timeline.lane_count() == 1 and timeline.mark_count() == 5

    again = make_window()  # a new window starts with the lanes last chosen
    assert again.timeline.lane_mode() == "none"
    assert again.timeline_menus.lane_actions["none"].isChecked()


def test_undated_events_are_listed_and_clicking_one_selects_it(qtbot, window):
    timeline = window.timeline
    assert timeline.undated_row.isVisible()
    assert "Undated (1)" in timeline.undated_label.text()
    lst = timeline.undated_list
    assert lst.count() == 1 and lst.item(0).text().startswith("Someday the archive")
    rect = lst.visualItemRect(lst.item(0))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = window.selection.current_event()
    assert current is not None and current.timex == "Someday"
    assert window.source.document_path == "/corpus/beta.txt"


def test_hover_shows_written_and_resolved_date_certainty_derivation_and_source(qtbot, window):
    timeline = window.timeline
    war = next(e for e in timeline.lane_events(1) if e.timex == "1997-2004")
    qtbot.mouseMove(timeline.plot.viewport(), timeline.viewport_pos_of(war.id))
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    for needle in (war.title, "\u201c1997-2004\u201d", "1997\u20132004", "exact", "explicit", "Beta regional report"):
        assert needle in tip, (needle, tip)


def _drag(widget, button, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    def send(kind, pos, buttons, b):
        ev = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), b, buttons, modifiers)
        QApplication.sendEvent(widget, ev)

    send(QEvent.Type.MouseButtonPress, start, button, button)
    for i in range(1, 11):
        send(QEvent.Type.MouseMove, start + (end - start) * (i / 10), button, Qt.MouseButton.NoButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton, button)


@pytest.mark.parametrize("how", ["right", "shift"])
def test_rubber_band_zooms_to_the_dragged_range(qtbot, window, how):
    timeline = window.timeline
    vp = timeline.plot.viewport()
    y = vp.height() // 3
    a, b = QPoint(int(vp.width() * 0.4), y), QPoint(int(vp.width() * 0.6), y)

    def t(p):
        return timeline.vb.mapSceneToView(timeline.plot.mapToScene(p)).x()

    ta, tb = t(a), t(b)
    if how == "right":
        _drag(vp, Qt.MouseButton.RightButton, a, b)
    else:
        _drag(vp, Qt.MouseButton.LeftButton, a, b, Qt.KeyboardModifier.ShiftModifier)
    x0, x1 = timeline.visible_range()
    assert (x0, x1) == pytest.approx((ta, tb), abs=(tb - ta) * 0.02)


def test_double_click_fits_all_and_zoom_is_bounded(qtbot, window):
    timeline = window.timeline
    fitted = timeline.fit_range()
    timeline.set_visible_range(day_start_seconds(date(1950, 1, 1)), day_start_seconds(date(1951, 1, 1)))
    vp = timeline.plot.viewport()
    pos = QPointF(vp.width() - 8, 40)
    left = Qt.MouseButton.LeftButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
                          (QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonDblClick, left),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):  # what a real double-click sends
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, QPointF(vp.mapToGlobal(pos)), left, buttons,
                                               Qt.KeyboardModifier.NoModifier))
    assert timeline.visible_range() == pytest.approx(fitted)
    timeline.zoom(1e-6)
    x0, x1 = timeline.visible_range()
    assert x1 - x0 == pytest.approx(3 * 86400)  # a few days at most
    timeline.zoom(1e9)
    x0, x1 = timeline.visible_range()
    assert 2000 * 365 * 86400 < x1 - x0 <= 3001 * 365.25 * 86400  # a few millennia at most


def _dense_corpus(n: int = 60) -> list[ExtractedDocument]:
    base = build_corpus()
    alpha = base[0]
    template = alpha.events[1]
    # distinct expression spans: a project keys each event by its span in the document
    events = [dataclasses.replace(template, id=f"dense#{i}", title=f"Dense event number {i}", timex_start=i, timex_end=i + 1,
                                  begin=date(2003, 5, 1) + timedelta(days=i), end=date(2003, 5, 1) + timedelta(days=i))
              for i in range(n)]
    return [dataclasses.replace(alpha, events=tuple(events))]


def test_dense_events_cluster_without_overlap_and_a_cluster_click_zooms_in(qtbot, make_window):
    window = make_window()
    window.add_documents(_dense_corpus())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 60)
    timeline.set_visible_range(day_start_seconds(date(2000, 1, 1)), day_start_seconds(date(2008, 1, 1)))
    timeline.plot.viewport().repaint()
    labels = timeline.item.last_labels
    clusters = [b for b in labels if b.is_cluster]
    assert clusters and sum(b.count for b in labels) == 60 and not overlaps(labels)
    box = max(clusters, key=lambda b: b.count)
    left = timeline.item.last_geometry[2]
    y = timeline.item.last_geometry[4][box.lane] + timeline.item.last_geometry[5] - 4
    pos = timeline.plot.mapFromScene(timeline.plot.mapToScene(QPoint(int(left + box.left + box.width / 2), int(y))))
    before = timeline.visible_range()
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    after = timeline.visible_range()
    assert after[1] - after[0] < (before[1] - before[0]) / 4
    timeline.plot.viewport().repaint()
    labels = timeline.item.last_labels
    assert not overlaps(labels) and max(b.count for b in labels) < box.count  # the cluster splits
    timeline.set_visible_range(day_start_seconds(date(2003, 5, 1)), day_start_seconds(date(2003, 5, 6)))
    timeline.plot.viewport().repaint()
    labels = timeline.item.last_labels
    assert not overlaps(labels)
    assert sum(1 for b in labels if not b.is_cluster) >= 3  # titles appear as the clusters expand


def test_emphasis_dims_all_but_the_matches(qtbot, window):
    timeline = window.timeline
    war = next(e for e in timeline.lane_events(1) if e.timex == "1997-2004")
    timeline.set_emphasis({war.id})
    mask = timeline.item.emphasis_mask
    assert mask is not None and int(mask.sum()) == 1
    assert timeline.arr.title(int(np.flatnonzero(mask)[0])) == war.title
    timeline.set_emphasis(None)
    assert timeline.item.emphasis_mask is None


def test_with_hundreds_of_lanes_the_axis_draws_only_those_in_view(qtbot, make_window):
    """300 documents give 300 lanes: twelve show, scrolling brings the others, and the lane axis
    lays out the names in view only (all of them on every redraw froze imports)."""
    base = build_corpus()[0]
    docs = []
    for i in range(300):
        doc = dataclasses.replace(base.document, path=f"many/{i:03d}.txt", title=f"Document {i:03d}",
                                  text=f"{base.document.text}\n\nCopy {i}.")  # each its own content
        event = dataclasses.replace(base.events[0], id=f"{i:03d}#0", doc=doc.path)
        docs.append(ExtractedDocument(doc, (), (event,)))
    window = make_window()
    window.add_documents(docs)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 300)
    drawn = timeline.lane_axis.drawn()
    shown = timeline.lanes_in_view()
    assert set(drawn) <= set(range(0, shown + 2)) and {0, shown - 1} <= set(drawn)
    assert drawn[3] == "Document 003"
    assert len(timeline.lane_axis.labels()) == 300

    timeline.vb.setYRange(150, 162, padding=0)  # scrolled down to the middle lanes
    top, bottom = sorted(timeline.vb.viewRange()[1])
    assert 149 <= top < 151
    drawn = timeline.lane_axis.drawn()
    in_view = {l for l in range(300) if top <= l <= bottom}
    assert in_view <= set(drawn) and len(drawn) <= len(in_view) + 4  # half-shown lanes and one either side
    assert all(drawn[l] == f"Document {l:03d}" for l in in_view)
