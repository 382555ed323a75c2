"""The bar for documents without a date hid itself once the date was set (or on its ✕), and the
keyboard fell to whatever came next in the focus chain: the Actors list (g-tb4.png, tb-nd with one
undated article), so the next arrow key scrolled names instead of moving on the timeline. The
keys now go back to the timeline, as they do when the find and go-to-date bars close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import pytest

from .test_empty_and_undated import NEWS, _open


@pytest.fixture
def news(tmp_path):
    for name, text in NEWS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _bar_shown(qtbot, make_window, folder):
    window = make_window()
    _open(qtbot, window, [folder])
    bar = window.undated_docs
    qtbot.waitUntil(bar.isVisible)
    qtbot.mouseClick(bar.date, Qt.MouseButton.LeftButton)  # where the user clicks to type
    qtbot.waitUntil(bar.date.hasFocus)
    return window, bar


def test_setting_the_date_gives_the_keys_back_to_the_timeline(qtbot, make_window, news):
    window, bar = _bar_shown(qtbot, make_window, news)
    qtbot.keyClicks(bar.date, "3 March 2019")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline, timeout=2000)


def test_a_date_set_for_one_of_two_keeps_the_box_for_the_next(qtbot, make_window, news):
    window, bar = _bar_shown(qtbot, make_window, news)
    bar.which.setCurrentIndex(1)
    bar.which.activated.emit(1)  # as a user's pick does
    qtbot.keyClicks(bar.date, "2019-03-03")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)
    assert bar.isVisible() and bar.date.hasFocus()  # the other document is next


def test_closing_the_bar_gives_the_keys_back_to_the_timeline(qtbot, make_window, news):
    window, bar = _bar_shown(qtbot, make_window, news)
    bar.close_button.setFocus()
    qtbot.keyClick(bar.close_button, Qt.Key.Key_Space)  # the ✕ pressed from the keyboard
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline, timeout=2000)
