"""The source pane keeps the selected event's sentence on screen when it gets narrower or wider.
Its text re-wraps and the scroll position, counted in lines, pointed elsewhere: after an import
the Actors list filled, widened its dock, and the selected sentence of a long history left the
pane for another part of it (seen on the WikiWars folder after Go to date)."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event
from .keys import K, press, selected

FILLER = ("The long war went on through the hills and the valleys, and the armies marched back and forth "
          "across the same rivers while the towns along them emptied. ")
TARGET = "On 9 May 1945 the last garrison surrendered."


def _history() -> ExtractedDocument:
    paragraphs = [FILLER * 3 for _ in range(40)]
    paragraphs.insert(30, TARGET)
    text = "\n\n".join(paragraphs)
    doc = Document("/corpus/history.txt", text, "A long history", None, "unknown")
    event, timex = _event(doc, TARGET, "9 May 1945", "1945-05-09", date(1945, 5, 9), date(1945, 5, 9))
    return ExtractedDocument(doc, (timex,), (event,))


def _sentence_on_screen(window) -> bool:
    edit = window.source.text
    return edit.viewport().rect().contains(edit.cursorRect().center())


def test_the_selected_sentence_stays_on_screen_when_the_pane_narrows_and_widens(qtbot, make_window):
    window = make_window()
    window.add_documents([_history()])
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 1)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_End)  # the user selects the event: the source pane scrolls to its sentence
    assert selected(window).timex == "9 May 1945"
    edit = window.source.text
    assert edit.verticalScrollBar().value() > 0 and _sentence_on_screen(window)
    for width in (900, 700, 1200, 1000):  # the user resizes the window: the text re-wraps each time
        window.resize(width, 800)
        qtbot.waitUntil(lambda: edit.viewport().width() < 10_000)
        qtbot.wait(20)
        assert _sentence_on_screen(window), width
