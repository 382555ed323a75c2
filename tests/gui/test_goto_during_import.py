"""While an import is still reading, the status bar's "Reading N/M" ticks must not wipe what Go to
date just said: at 1366x768 on the WikiWars histories, "218 BC" typed during the load moved the view
to 1812 (the BC documents not read yet) and the line saying "No event shown in 218 BC; the next: ..."
was replaced by "Reading 10/12" within a tenth of a second, so the jump came with no word of why."""

from __future__ import annotations

from .keys import go_to



def tick(win, qtbot, done, total):
    """One progress report of the import job, as its ``progress`` signal delivers it."""
    qtbot.wait(150)  # past the controller's ten-a-second throttle
    win.project_ctl._on_progress(done, total)


def test_reading_ticks_keep_go_to_dates_message(qtbot, window):
    status = window.statusBar()
    go_to(window, qtbot, "1066")  # before every event of the corpus: it goes to the next one
    said = status.currentMessage()
    assert said.startswith("No event shown in 1066"), said
    tick(window, qtbot, 3, 12)
    assert status.currentMessage() == said
    window._on_progress(4, 12)  # the window's own progress line too
    assert status.currentMessage() == said


def test_reading_shows_again_once_the_message_is_gone(qtbot, window):
    status = window.statusBar()
    tick(window, qtbot, 3, 12)
    assert status.currentMessage().startswith("Reading 3/12")
    tick(window, qtbot, 5, 12)  # a progress line replaces the last one
    assert status.currentMessage().startswith("Reading 5/12")
    go_to(window, qtbot, "1066")
    assert status.currentMessage().startswith("No event shown")
    status.clearMessage()  # its five seconds are up
    tick(window, qtbot, 6, 12)
    assert status.currentMessage().startswith("Reading 6/12")
