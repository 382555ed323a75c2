"""Colour by document, actor or place, independent of the lanes, with the key in the legend; the
headless export's --colour; the Sources column's width; the first-run window size.

The corpus is tests/entities/corpus (four wire stories with actors, places and disputed groups),
extracted by the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication

from explorer.events.agents import names_only
from explorer.gui.actions import overlay_rows
from explorer.gui.event_roles import Column
from explorer.gui.palette import lane_color as table_colour
from explorer.timeline.events_array import Precision
from explorer.timeline.lanes import NO_ACTOR, OTHER, colour_by_names

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"



@pytest.fixture
def win(annotated_window):
    return annotated_window


def legend_names(timeline) -> list[str]:
    return [text for kind, _, text in timeline.legend.entries() if kind == "lane"]


def legend_colour(timeline, name: str) -> str:
    return next(QColor(c).name() for kind, c, text in timeline.legend.entries() if kind == "lane" and text == name)


def isolated_day_mark(timeline) -> int:
    """An exact single-day mark with no other mark within 14 pixels in its lane, on screen."""
    arr = timeline.arr
    x0, x1 = timeline.visible_range()
    width = timeline.plot.viewport().width()
    centre = (arr.begin + arr.end) / 2
    px = (centre - x0) / (x1 - x0) * width
    for i in np.flatnonzero((arr.precision == Precision.DAY) & (arr.certainty == 0)):
        if not 20 < px[i] < width - 20:
            continue
        near = (arr.lane == arr.lane[i]) & (np.abs(px - px[i]) < 14)
        bars = (arr.lane == arr.lane[i]) & (arr.precision != Precision.DAY) & (
            (arr.begin <= centre[i] + (x1 - x0) / width * 8) & (arr.end >= centre[i] - (x1 - x0) / width * 8))
        if near.sum() == 1 and not bars.any():
            return int(i)
    pytest.skip("no isolated day mark in view")


def test_colour_by_actor_from_the_menu_changes_legend_and_marks_and_is_remembered(win, make_window, qtbot):
    timeline = win.timeline
    assert timeline.lane_mode() == "document" and timeline.colour_mode() == "document"
    assert win.timeline_menus.colour_actions["document"].isChecked()
    # by document: a mark has its document's colour in the table
    event = timeline.lane_events(0)[0]
    assert timeline.mark_colour(event.id) == table_colour(0).name()
    # lanes by document coloured by document: the lane axis names them, the legend does not repeat them
    assert legend_names(timeline) == [] and timeline.lane_axis.drawn()[0] == timeline.lane_name(0)

    lanes_before = [timeline.lane_name(i) for i in range(timeline.lane_count())]
    doc_legend = lanes_before
    win.findChild(type(win.actions["quit"]), "action_colour_actor").trigger()
    assert timeline.colour_mode() == "actor"
    assert timeline.lane_mode() == "document"  # the lanes stay as they were
    assert [timeline.lane_name(i) for i in range(timeline.lane_count())] == lanes_before
    names = legend_names(timeline)
    assert "Sergei Lavrov" in names
    assert not set(doc_legend) & set(names)
    assert [t for k, _, t in timeline.legend.entries() if k == "heading"] == ["Actors:"]
    assert len(names) <= 12 + 2  # twelve names, "other", "(no actor)"
    key = timeline.colour_key()
    assert key.mode == "actor" and list(key.labels[:len(names)]) == names

    # every drawn event: its first actor's legend colour ("other" past the twelve, grey without one)
    for i in range(len(timeline.arr)):
        ev = win.model.event_by_key(int(timeline.arr.row[i]))
        named = names_only(ev.actors)  # descriptions ("trade officials") are no one's colour, as in the app
        first = named[0] if named else NO_ACTOR
        expected = legend_colour(timeline, first if first in names else OTHER)
        assert timeline.item.colour_at(i) == expected, (ev.title, first)
    lavrov = next(e for e in (win.model.event_by_key(int(r)) for r in timeline.arr.row)
                  if e.actors and e.actors[0] == "Sergei Lavrov")
    assert timeline.mark_colour(lavrov.id) == legend_colour(timeline, "Sergei Lavrov")

    # and on screen: the pixel at the centre of an isolated mark is its actor's legend colour
    timeline.fit_all()
    win.selection.clear() if hasattr(win.selection, "clear") else None
    qtbot.wait(50)
    i = isolated_day_mark(timeline)
    ev = win.model.event_by_key(int(timeline.arr.row[i]))
    if win.selection.current_event() is not None and win.selection.current_event().id == ev.id:
        pytest.skip("the mark is selected")
    want = QColor(timeline.item.colour_at(i))

    def drawn_in_its_colour() -> None:
        # polled, not read once after a fixed wait: on a loaded machine the fitted view is painted later
        pos = timeline.viewport_pos_of(ev.id)
        got = timeline.plot.viewport().grab().toImage().pixelColor(pos.x(), pos.y())
        assert max(abs(got.red() - want.red()), abs(got.green() - want.green()), abs(got.blue() - want.blue())) <= 6, (
            got.name(), want.name(), ev.title)

    qtbot.waitUntil(drawn_in_its_colour, timeout=10_000)

    assert QSettings().value("window/timelineColour") == "actor"
    again = make_window()  # a new window colours by actor, with lanes by document
    assert again.timeline.colour_mode() == "actor" and again.timeline.lane_mode() == "document"
    assert again.timeline_menus.colour_actions["actor"].isChecked()


def test_colour_is_independent_of_the_lanes_once_chosen_and_follows_them_before(win):
    timeline, menus = win.timeline, win.timeline_menus
    menus.lane_actions["actor"].trigger()  # nothing chosen yet: colours follow the lanes, as before
    assert timeline.colour_mode() == "actor" and menus.colour_actions["actor"].isChecked()
    menus.colour_actions["place"].trigger()
    menus.lane_actions["document"].trigger()
    assert timeline.colour_mode() == "place" and timeline.lane_mode() == "document"
    assert "Moscow" in legend_names(timeline)
    menus.lane_actions["none"].trigger()
    assert timeline.colour_mode() == "place" and timeline.lane_count() == 1
    assert [t for k, _, t in timeline.legend.entries() if k == "heading"] == ["Places:"]


def test_ctrl_k_on_the_timeline_cycles_the_colour_key_and_the_overlay_lists_it(win, qtbot):
    rows = {r.text: r for r in overlay_rows()}
    assert "Next Colour Key" in rows and rows["Next Colour Key"].keys == (("Ctrl+K", False),)
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    qtbot.keyClick(win.timeline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.timeline.colour_mode() == "actor"
    assert "Colour by actor" in win.statusBar().currentMessage()
    qtbot.keyClick(win.timeline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.timeline.colour_mode() == "place"
    qtbot.keyClick(win.timeline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.timeline.colour_mode() == "document"


def test_colour_key_caps_names_at_twelve_plus_other_and_none():
    names = [(f"P{i:02d}",) * (1 + (i < 3)) for i in range(20)] + [(), ("P00", "P19")]
    col = colour_by_names("actor", names)
    assert len(col.key) == 14 and col.key.labels[-2:] == (OTHER, NO_ACTOR)
    assert len(set(col.key.colors)) == 14  # every entry its own colour
    assert col.color_of_row(len(names) - 1) == col.key.color_of("P00")  # first actor decides
    assert col.color_of_row(19) == col.key.color_of(OTHER)
    assert sum(col.key.counts) == len(names)


def test_app_export_and_command_line_export_show_the_actor_key(win, tmp_path, capsys):
    win.timeline_menus.colour_actions["actor"].trigger()
    path, _ = win.timeline.export_image(tmp_path / "app.svg", size=(1200, 600))
    assert "Sergei Lavrov" in path.read_text(encoding="utf-8")

    from explorer.cli import main

    out = tmp_path / "cli.svg"
    assert main(["export", str(CORPUS), "-o", str(out), "--colour", "actor", "--size", "1400x700"]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "Actors:" in svg and "Sergei Lavrov" in svg
    out2 = tmp_path / "cli_doc.svg"
    assert main(["export", str(CORPUS), "-o", str(out2), "--size", "1400x700"]) == 0
    assert "Actors:" not in out2.read_text(encoding="utf-8")


def test_sources_column_fits_a_disputed_group_where_there_is_room_and_gives_way_to_the_title(win, qtbot):
    """In a 1280 window the title keeps half the room beside the dates, and the Sources column
    shows "▸ 2 sources" whole (the disputed dates are in its tooltip); in a wide window the
    disputed dates show in full."""
    from explorer.gui.table_view import MIN_TITLE_PX

    win.resize(1280, 820)
    qtbot.wait(20)
    table = win.table
    disputed = next(g for g in win.model.groups() if g.disputed)
    proxy = win.proxy
    texts = [proxy.index(r, Column.SOURCES).data() for r in range(proxy.rowCount())]
    row = next(r for r, t in enumerate(texts) if t and "\u26a0" in t)
    text = texts[row]
    assert "sources" in text and disputed is not None
    header = table.horizontalHeader()
    plain = text.split(" \u26a0")[0]
    assert table.fontMetrics().horizontalAdvance(plain) <= header.sectionSize(Column.SOURCES) - 8
    assert header.sectionSize(Column.TITLE) >= MIN_TITLE_PX
    tip = proxy.index(row, Column.SOURCES).data(Qt.ItemDataRole.ToolTipRole)
    assert "The sources disagree on the date" in tip
    win.resize(2600, 1000)
    qtbot.waitUntil(lambda: table.fontMetrics().horizontalAdvance(text) <= header.sectionSize(Column.SOURCES) - 8)
    assert header.sectionSize(Column.TITLE) >= header.sectionSize(Column.SOURCES)


def test_first_run_fills_most_of_the_screen_then_the_saved_geometry_wins(qtbot):
    from explorer.gui.app import create_app
    from explorer.gui.main_window import MainWindow

    create_app().setQuitOnLastWindowClosed(False)
    assert QSettings().value("window/geometry") is None  # isolated settings: a first run
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.teardown())
    avail = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    first = (min(max(round(avail.width() * 0.85), 1280), avail.width()),
             min(max(round(avail.height() * 0.85), 820), avail.height()))
    assert (window.width(), window.height()) == first
    centre = window.frameGeometry().center()
    assert abs(centre.x() - avail.center().x()) <= 2 and abs(centre.y() - avail.center().y()) <= 2

    size = (avail.width() - 100, avail.height() - 60)  # fits the (offscreen: 800x600) screen
    window.resize(*size)
    QSettings().setValue("window/geometry", window.saveGeometry())
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.teardown())
    assert (second.width(), second.height()) == size

    QSettings().setValue("window/geometry", QByteArray(b"garbage"))  # unreadable: as on a first run
    third = MainWindow()
    qtbot.addWidget(third, before_close_func=lambda w: w.teardown())
    assert (third.width(), third.height()) == first


def test_first_run_on_a_large_screen_takes_85_percent_centred(qtbot, monkeypatch):
    from PySide6.QtCore import QRect

    from explorer.gui.app import create_app
    from explorer.gui.main_window import MainWindow

    create_app().setQuitOnLastWindowClosed(False)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.teardown())

    class BigScreen:
        def availableGeometry(self):
            return QRect(0, 30, 2560, 1370)

    monkeypatch.setattr(window, "screen", lambda: BigScreen())
    window.setMaximumSize(10000, 10000)
    window.first_run_geometry()
    assert (window.width(), window.height()) == (round(2560 * 0.85), round(1370 * 0.85))
    centre = window.frameGeometry().center()
    assert abs(centre.x() - 1280) <= 2 and abs(centre.y() - (30 + 685)) <= 2
