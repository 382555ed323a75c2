"""The Filter and Find match a word typed with or without its accents, in either case: "ΒΟΥΛΗ" or
"Βουλη" finds "Βουλή" (Greek capitals are written without accents, and people type without them),
"zurich" finds "Zürich" and "kovač" finds "Kovac". Before, the search was case-insensitive only:
"ΒΟΥΛΗ" typed on the timeline showed no event at all. Real key presses; what the user sees is the
table's rows and the timeline's marks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.gui.event_roles import EVENT_ROLE
from explorer.ingest import extract_document

EL = ("ΑΘΗΝΑ, 3 Μαρτίου 2026 — Η Βουλή ψήφισε τον προϋπολογισμό.\n\n"
      "Το νομοσχέδιο κατατέθηκε στη Βουλή στις 12 Φεβρουαρίου 2026.\n")
EN = ("ZURICH, 4 March 2026 — Officials met in Zürich on 2 March 2026 to sign the accord.\n\n"
      "Minister Ana Kovac arrived in Geneva on 1 March 2026.\n")


@pytest.fixture
def accents(make_window, qtbot):
    win = make_window()
    win.add_documents([extract_document(Document("/c/one.txt", EL, "")),
                       extract_document(Document("/c/two.txt", EN, "", date(2026, 3, 4), "given"))])
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 3)
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    return win


def type_text(qtbot, text: str) -> None:
    """``text`` typed key by key where the focus is, as a keyboard of its alphabet sends it (QTest
    sends ASCII faithfully only: other letters go as key events with their text)."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        if ch.isascii():
            qtbot.keyClick(target, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch))


def shown_sentences(win) -> list[str]:
    return [win.proxy.index(r, 0).data(EVENT_ROLE).sentence for r in range(win.proxy.rowCount())]


@pytest.mark.parametrize("typed, found", [
    ("ΒΟΥΛΗ", "Βουλή"), ("Βουλη", "Βουλή"), ("βουλή", "Βουλή"),
    ("zurich", "Zürich"), ("ZÜRICH", "Zürich"), ("kovač", "Kovac"),
])
def test_a_word_typed_without_its_accents_filters_to_the_events_that_have_them(accents, qtbot, typed, found):
    type_text(qtbot, typed)
    assert accents.table_panel.filter.text() == typed
    qtbot.waitUntil(lambda: accents.proxy.rowCount() >= 1, timeout=3000)
    assert all(found in s for s in shown_sentences(accents))
    qtbot.waitUntil(lambda: accents.timeline.mark_count() == accents.proxy.rowCount())


def test_find_matches_without_accents_too(accents, qtbot):
    qtbot.keyClick(accents.timeline, Qt.Key.Key_Slash)  # / : Find
    qtbot.waitUntil(accents.search.bar.edit.hasFocus)
    type_text(qtbot, "ΒΟΥΛΗ")
    qtbot.waitUntil(lambda: len(accents.search.matches()) == 1, timeout=3000)
    assert all("Βουλή" in e.sentence for e in accents.search.matches())
