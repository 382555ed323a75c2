"""In a small window the source pane centred the selected event's date; a long sentence whose date
comes late was then shown from its middle, its subject above the pane's top (a 640 x 480 window:
"Khamenei to lead the Quds Force some time between …", x-640-right.png). The pane now scrolls up to
the sentence's first word as far as the date stays in view. Real key presses (Right) select events."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from explorer.ingest import extract_paths

from .keys import K, press, selected

FILLER = "The harbour board met every month in the old customs house by the quay, and its clerk kept the minutes. " * 6
LONG = ("After a long argument about the cost of the repairs, the chairman of the board signed the "
        "contract for a new stone pier on 4 March 1911.")
TEXT = f"The harbour\n\n{FILLER}\n\n{LONG}\n\n{FILLER}\n\nThe new pier opened on 9 June 1913.\n"


@pytest.fixture
def win(make_window, qtbot, tmp_path):
    (tmp_path / "harbour.txt").write_text(TEXT, encoding="utf-8")
    documents = list(extract_paths([tmp_path]).documents)
    window = make_window()
    window.add_documents(documents)
    qtbot.waitUntil(lambda: window.timeline.mark_count() >= 2)
    window.resize(640, 480)
    for _ in range(5):
        QApplication.processEvents()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def _top_of(text, position: int) -> int:
    cursor = QTextCursor(text.document())
    cursor.setPosition(position)
    return text.cursorRect(cursor).top()


def test_a_long_sentence_is_shown_from_its_first_word_in_a_small_pane(win, qtbot):
    press(qtbot, K.Key_Home)
    qtbot.waitUntil(lambda: selected(win) is not None and "4 March 1911" in selected(win).timex)
    event = selected(win)
    text = win.source.text
    for _ in range(5):
        QApplication.processEvents()
    height = text.viewport().height()
    sentence_lines = (_top_of(text, event.timex_end) - _top_of(text, event.sentence_start)) // text.fontMetrics().lineSpacing()
    assert height // text.fontMetrics().lineSpacing() > sentence_lines + 1, "the pane is tall enough for the sentence"
    assert _top_of(text, event.sentence_start) >= 0, "the sentence's first word is above the pane"
    assert text.cursorRect().bottom() <= height, "the date is below the pane"
    press(qtbot, K.Key_Right)  # the next event: its own sentence in view, the date too
    qtbot.waitUntil(lambda: "9 June 1913" in selected(win).timex)
    assert 0 <= text.cursorRect().top() and text.cursorRect().bottom() <= text.viewport().height()
