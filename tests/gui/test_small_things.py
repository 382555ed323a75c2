"""Smaller things seen on real corpora: the facet lists show only names that filter to something,
and ] or [ at a document's end says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event
from .keys import CTRL, K, press, selected


def test_places_and_actors_with_no_event_are_not_listed(qtbot, make_window):
    """Paris is named only in a sentence with no event: it filters to nothing, so it is not listed."""
    text = "Paris was quiet that spring. On 5 May 2003 the treaty was signed in Kabul by Hamid Karzai."
    doc = Document("/corpus/kabul.txt", text, "Treaty", date(2003, 6, 1), "header")
    event, timex = _event(doc, "On 5 May 2003 the treaty was signed in Kabul by Hamid Karzai.", "5 May 2003",
                          "2003-05-05", date(2003, 5, 5), date(2003, 5, 5))
    win = make_window()
    win.add_documents([ExtractedDocument(doc, (timex,), (event,))])
    with qtbot.waitSignal(win.people.changed, timeout=30_000):
        win.annotate_entities()
    names = {e.name for e in win.people.places()}
    assert {"Paris", "Kabul"} <= names  # both found...
    listed = [win.facets.places.item(i).text() for i in range(win.facets.places.count())]
    assert listed == ["Kabul  (1)"]  # ...only the one with an event listed
    assert all(not win.facets.actors.item(i).text().endswith("(0)") for i in range(win.facets.actors.count()))


def test_next_in_text_at_the_end_of_a_document_says_so(qtbot, window):
    window.timeline.setFocus()
    press(qtbot, K.Key_Home)
    doc = selected(window).doc
    for _ in range(8):  # past the last event of the document
        press(qtbot, K.Key_BracketRight)
    assert selected(window).doc == doc
    assert window.statusBar().currentMessage() == "The last event in this document"
    for _ in range(8):
        press(qtbot, K.Key_BracketLeft)
    assert window.statusBar().currentMessage() == "The first event in this document"


def test_show_rejected_adds_them_marked_rather_than_showing_only_them(qtbot, window):
    from explorer.gui.event_roles import Column

    total = window.proxy.rowCount()
    window.timeline.setFocus()
    press(qtbot, K.Key_Home)
    gone = selected(window)
    press(qtbot, K.Key_Delete)
    assert window.proxy.rowCount() == total - 1
    window.actions["show_rejected"].trigger()
    assert window.proxy.rowCount() == total  # the rejected one added back, the others still there
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == gone.id)
    title = window.proxy.index(row, Column.TITLE).data()
    assert title.startswith("\u2715") and title.endswith("(rejected)")
    key = window.model.key_of(gone.id)
    assert window.model.mark_title(key).startswith("\u2715")
    window.actions["show_rejected"].trigger()
    assert window.proxy.rowCount() == total - 1


def test_an_edited_date_is_marked_and_its_old_words_struck_out(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from explorer.gui.event_roles import Column

    window.timeline.setFocus()
    press(qtbot, K.Key_Home)
    event = selected(window)
    assert ("event" in {k for *_, k in window.source.highlighted_ranges()})
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("4 July 1999", True)))
    press(qtbot, K.Key_D, CTRL)
    window.selection.select_event(event.id)
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == event.id)
    cell = window.proxy.index(row, Column.DATE)
    assert cell.data().startswith("1999-07-04") and cell.data().endswith("\u270e")
    assert "the text says" in cell.data(Qt.ItemDataRole.ToolTipRole)
    kinds = {(s, e): k for s, e, k in window.source.highlighted_ranges()}
    assert kinds[(event.timex_start, event.timex_end)] == "superseded"
    assert window.model.mark_title(window.model.key_of(event.id)).endswith("\u270e")
