"""The undated strip under the timeline by keyboard: Tab (after the timeline) and Ctrl+U (View >
Undated Events, the key shown in the menu) reach it; the arrows pick an undated event, which the
table and the source pane then show; Enter shows its sentence. Only a mouse click reached it before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event, build_corpus
from .keys import CTRL, SHIFT, K, press, selected
from .test_keys_focus import marked
from .test_linking import highlighted

GAMMA = ("The museum opened on 3 April 2004 with a speech. "
         "One day the wing will be rebuilt. "
         "Eventually the collection may move abroad.")


@pytest.fixture
def win(make_window, qtbot):
    """The hand-built corpus and a third article with two undated events (three in the strip)."""
    gamma = Document("/corpus/gamma.txt", GAMMA, "Gamma museum notes", date(2006, 1, 1), "header")
    events = [
        _event(gamma, "The museum opened on 3 April 2004 with a speech.", "3 April 2004", "2004-04-04",
               date(2004, 4, 3), date(2004, 4, 3)),
        _event(gamma, "One day the wing will be rebuilt.", "One day", "FUTURE_REF", None, None),
        _event(gamma, "Eventually the collection may move abroad.", "Eventually", "FUTURE_REF", None, None),
    ]
    window = make_window()
    window.add_documents(build_corpus() + [ExtractedDocument(gamma, tuple(t for _, t in events),
                                                             tuple(e for e, _ in events))])
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 6)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def _strip_texts(win) -> list[str]:
    lst = win.timeline.undated_list
    return [lst.item(i).text() for i in range(lst.count())]


def test_tab_reaches_the_undated_strip_and_the_arrows_pick_an_event(qtbot, win):
    strip = win.timeline.undated_list
    assert "Undated (3)" in win.timeline.undated_label.text() and len(_strip_texts(win)) == 3
    press(qtbot, K.Key_Tab)
    assert strip.hasFocus() and marked(win) == ["undated"]
    assert selected(win) is None  # passing through selects nothing
    press(qtbot, K.Key_Right)  # the first undated event, not the timeline's next event
    first = selected(win)
    assert first is not None and first.begin is None and strip.hasFocus()
    assert strip.currentItem().text() == _strip_texts(win)[0] and strip.currentItem().isSelected()
    press(qtbot, K.Key_Right)
    second = selected(win)
    assert second is not None and second.begin is None and second.id != first.id
    assert win.source.document_path == second.doc
    assert highlighted(win, "sentence") == [second.sentence]
    press(qtbot, K.Key_Home)
    assert selected(win).id == first.id
    press(qtbot, K.Key_End)
    assert strip.currentItem().text() == _strip_texts(win)[-1]
    last = selected(win)
    press(qtbot, K.Key_Return)  # its sentence, with the keyboard in the source text
    assert win.source.text.hasFocus()
    assert highlighted(win, "sentence") == [last.sentence]
    cursor = win.source.text.textCursor().position()
    assert last.sentence_start <= cursor <= last.sentence_end


def test_tab_passes_on_to_the_table_and_shift_tab_comes_back(qtbot, win):
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Tab)
    assert win.table.hasFocus() and marked(win) == ["table"]
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.timeline.undated_list.hasFocus() and marked(win) == ["undated"]
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.timeline.hasFocus() and marked(win) == ["timeline"]


def test_ctrl_u_from_the_table_selects_the_first_undated_event(qtbot, win):
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Tab)
    assert win.table.hasFocus()
    press(qtbot, K.Key_Down)  # a dated event selected in the table
    assert selected(win).begin is not None
    press(qtbot, K.Key_U, CTRL)
    strip = win.timeline.undated_list
    assert strip.hasFocus() and marked(win) == ["undated"]
    event = selected(win)
    assert event is not None and event.begin is None
    assert strip.currentItem().text() == _strip_texts(win)[0]
    assert highlighted(win, "sentence") == [event.sentence]
    press(qtbot, K.Key_Right)
    assert selected(win).id != event.id and selected(win).begin is None


def test_the_view_menu_shows_the_shortcut(win):
    view = next(m for m in win.menuBar().findChildren(QMenu) if m.title() == "&View")
    action = next(a for a in view.actions() if a.text().replace("&", "") == "Undated Events")
    assert action.shortcut() == QKeySequence("Ctrl+U")


def test_without_undated_events_tab_skips_the_strip_and_ctrl_u_says_so(qtbot, make_window):
    window = make_window()
    documents = build_corpus()
    alpha = documents[0]
    window.add_documents([alpha])
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 3)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Tab)
    assert window.table.hasFocus()
    press(qtbot, K.Key_U, CTRL)
    assert window.table.hasFocus()
    assert "undated" in window.statusBar().currentMessage().lower()


@pytest.mark.parametrize("key", [K.Key_Right, K.Key_Left])
def test_an_arrow_from_an_undated_event_goes_to_the_dated_event_beside_it_in_its_text(qtbot, win, key):
    """Right (or Left) on the timeline from an undated event had jumped to the first (or last) event
    of the whole folder; it now goes to the story's time where the undated event is told."""
    press(qtbot, K.Key_U, CTRL)
    for _ in range(3):  # to the museum notes' first undated event in the strip
        if selected(win).doc == "/corpus/gamma.txt":
            break
        press(qtbot, K.Key_Right)
    assert selected(win).doc == "/corpus/gamma.txt" and selected(win).begin is None
    press(qtbot, K.Key_Backtab, SHIFT)
    assert win.timeline.hasFocus()
    press(qtbot, key)
    event = selected(win)
    assert event.sentence.startswith("The museum opened") and event.begin == date(2004, 4, 3)
    assert highlighted(win, "sentence") == [event.sentence]


def test_a_lane_whose_events_are_all_undated_says_so_and_a_click_selects_one(qtbot, make_window):
    """Fourteen of thirty news files dropped in with no date had lanes that stayed blank: now such a
    lane reads "2 undated events", and a click there selects the first of them."""
    from PySide6.QtCore import Qt

    delta = Document("/corpus/delta.txt", "Someday the bridge will open. One day the toll may end.", "Delta bridge notes",
                     None, "unknown")
    events = [_event(delta, "Someday the bridge will open.", "Someday", "FUTURE_REF", None, None),
              _event(delta, "One day the toll may end.", "One day", "FUTURE_REF", None, None)]
    window = make_window()
    window.add_documents(build_corpus() + [ExtractedDocument(delta, tuple(t for _, t in events), tuple(e for e, _ in events))])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 5)
    timeline.plot.repaint()
    qtbot.waitUntil(lambda: bool(timeline.item.last_undated_notes))
    notes = timeline.item.last_undated_notes
    assert [text for _lane, _rect, text in notes] == ["2 undated events"]
    lane, rect, _text = notes[0]
    assert "Delta" in timeline.lane_name(lane)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    event = selected(window)
    assert event is not None and event.doc == "/corpus/delta.txt" and event.sentence == "Someday the bridge will open."
    assert timeline.undated_list.currentItem().data(Qt.ItemDataRole.UserRole) == event.id


def test_the_strip_lists_the_documents_in_their_order_and_each_one_s_events_in_its_text(qtbot, make_window):
    """An import takes documents as they finish reading and puts them in the folder's order when it
    ends: the lanes moved, but the strip kept the order of arrival (the museum notes, read first,
    stayed first though their lane went last). It follows the lanes' order, then the text."""
    gamma = Document("/corpus/gamma.txt", GAMMA, "Gamma museum notes", date(2006, 1, 1), "header")
    events = [
        _event(gamma, "The museum opened on 3 April 2004 with a speech.", "3 April 2004", "2004-04-04",
               date(2004, 4, 3), date(2004, 4, 3)),
        _event(gamma, "Eventually the collection may move abroad.", "Eventually", "FUTURE_REF", None, None),
        _event(gamma, "One day the wing will be rebuilt.", "One day", "FUTURE_REF", None, None),
    ]  # given out of text order (the project puts them back in it)
    window = make_window()
    window.add_documents([ExtractedDocument(gamma, tuple(t for _, t in events), tuple(e for e, _ in events))]
                         + build_corpus())
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 6)
    in_text = [events[2][0].title, events[1][0].title]
    assert _strip_texts(window) == in_text + ["Someday the archive will open"]
    project = window.model.project
    hashes = [d.hash for d in project.documents()]
    assert project.arrange_documents(hashes[1:] + hashes[:1])  # the folder's order: alpha, beta, gamma
    window.timeline.refresh()  # now, not when the coalescing timer fires
    assert _strip_texts(window) == ["Someday the archive will open"] + in_text
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_U, CTRL)  # the first the strip lists is the first selected
    assert selected(window).sentence == "Someday the archive will open."
