"""Re-dating an event to "264 BC" in the Edit Date dialog, typed with real key presses: the table's
date column and the timeline show it there (the dialog answered "not a date" before session 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from explorer.gui.event_roles import Column

CTRL = Qt.KeyboardModifier.ControlModifier
PORT = (
    "The Port on the Headland\n\n"
    "Fishermen settled the headland in 612 BC and built a wooden quay there. "
    "The elders signed a pact with the river towns in 501 BC. A fire destroyed the quay in 540 BC.\n"
)


def _type_in_the_dialog(qtbot, words: str, asked: list, done: list) -> None:
    """Once the modal date dialog is up and active, select its text, type ``words`` and press Enter;
    a dialog asking again ("… is not a date I can read") gets Escape, so a refusal fails the test
    instead of hanging it. It looks every 50 ms (10 s at most) rather than once after a fixed delay,
    so a loaded machine does not send the keys to the main window. ``asked``: each dialog's question."""

    def answer(tries_left: int = 200) -> None:
        if done:
            return
        dialog = QApplication.activeModalWidget()
        line = dialog.findChild(QLineEdit) if dialog is not None else None
        if (line is None or QApplication.activeWindow() is not dialog) and tries_left:
            QTimer.singleShot(50, lambda: answer(tries_left - 1))
            return
        if line is None:
            return
        asked.append(dialog.findChild(QLabel).text())
        if len(asked) == 1:
            qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
            qtbot.keyClicks(line, words)
            qtbot.keyClick(line, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(line, Qt.Key.Key_Escape)
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def _date_shown(win, event_id: str) -> str:
    proxy = win.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == event_id)
    return proxy.index(row, Column.DATE).data()


def test_typing_264_bc_in_the_date_dialog_moves_the_event_in_table_and_timeline(qtbot, make_window) -> None:
    win = make_window()
    win.project_ctl.add_text_document(PORT)
    project = win.model.project
    settled, pact = (next(r.event for r in project.rows() if r.event.timex == t).id for t in ("612 BC", "501 BC"))
    qtbot.waitUntil(lambda: {settled, pact} <= set(win.timeline.drawn_event_ids()))
    x = lambda event_id: win.timeline.viewport_pos_of(event_id).x()  # noqa: E731
    assert x(settled) < x(pact) and _date_shown(win, settled) == "612 BC"
    assert win.selection.select_event(settled)
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    asked: list[str] = []
    done: list[bool] = []
    _type_in_the_dialog(qtbot, "264 BC", asked, done)
    qtbot.keyClick(win.timeline, Qt.Key.Key_D, CTRL)
    done.append(True)
    assert len(asked) == 1 and asked[0].startswith("Date of"), asked  # read at the first asking
    qtbot.waitUntil(lambda: _date_shown(win, settled).startswith("264 BC"))  # marked edited after it
    assert win.actions["undo"].text().startswith("&Undo Date event")
    qtbot.waitUntil(lambda: settled in win.timeline.drawn_event_ids() and x(settled) > x(pact))
    assert "264 BC" in win.timeline.tooltip_text(project.event(settled))


def test_a_date_range_before_year_one_typed_in_the_filters_keeps_the_events_in_it(qtbot, make_window) -> None:
    """The filters' "from" and "until" read "550 BC" and "300 BC" as the edits do (they were refused
    and marked as no date)."""
    win = make_window()
    win.project_ctl.add_text_document(PORT)
    panel = win.filters
    def shown() -> set[str]:
        return {win.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).timex for r in range(win.proxy.rowCount())}

    assert {"612 BC", "540 BC", "501 BC"} <= shown()
    for edit, text in ((panel.since, "550 BC"), (panel.until, "300 BC")):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(panel.until, Qt.Key.Key_Return)
    assert shown() == {"540 BC", "501 BC"}  # 612 BC and the undated are out
    assert panel.since.toolTip() == panel.until.toolTip() == ""  # neither marked "Not a date I can read"
