"""A small window (800 x 550, half a laptop screen) kept the table at its minimum and the Actors &
Places dock at its width, and crushed the article text to a column of one word a line
("comple / tely", g-ww1c.png): the text every event is checked against was the one pane left
unreadable. The source pane now keeps room for a line of words, and what gives is the dock."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from explorer.gui.source_pane import SOURCE_MIN_CHARS

from .keys import K, press


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_the_article_text_keeps_a_line_of_words_in_a_small_window(window, qtbot):
    window.resize(1380, 900)
    _settle()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Home)  # an event selected: its article in the pane
    qtbot.waitUntil(lambda: window.source.document_path is not None)
    wide = window.source.text.viewport().width()
    for size in ((800, 550), (683, 500)):  # 683: half a 1366 px laptop screen
        window.resize(*size)
        _settle()
        text = window.source.text
        room = text.viewport().width() // text.fontMetrics().averageCharWidth()
        assert room >= SOURCE_MIN_CHARS, (size, window.bottom_splitter.sizes(), window.facets.width())
        assert window.table.width() >= window.table.minimumWidth()  # the titles keep theirs too
        assert window.width() <= size[0], "the window can still be made this small"
    window.resize(1380, 900)
    _settle()
    assert window.source.text.viewport().width() >= 0.8 * wide  # and it grows back


def test_an_exception_in_the_size_hint_is_reported_and_the_layout_goes_on(window, qtbot, monkeypatch):
    """The hint is a Qt override called by every layout pass: what it raises is reported, and Qt
    gets a size it accepts (no hint), not None."""
    text = window.source.text

    def broken():
        raise ZeroDivisionError("no font")

    monkeypatch.setattr(text, "fontMetrics", broken)
    with qtbot.capture_exceptions() as caught:
        hint = text.minimumSizeHint()
        window.resize(900, 600)
        _settle()
    assert any(isinstance(e[1], ZeroDivisionError) for e in caught)
    assert not hint.isValid()
    monkeypatch.undo()
    assert text.minimumSizeHint().width() >= SOURCE_MIN_CHARS * text.fontMetrics().averageCharWidth()
