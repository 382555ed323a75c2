"""File ▸ Export Image's options dialog shows the whole suggested title: at 1366x768 its box was
about 190 px wide and showed only the title's last words ("…of 1,117 events from 12 documents"), so
what would be printed over the picture could not be read before saving."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.gui.export_dialog import ExportOptionsDialog

from .keys import export_to


def shown_title(edit) -> bool:
    """Whether the line edit shows all of its text (nothing scrolled out at either end)."""
    return edit.fontMetrics().horizontalAdvance(edit.text()) <= edit.contentsRect().width() - 8


def test_ctrl_e_shows_the_whole_title_and_exports_what_is_typed(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"
    seen = {}

    def look(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.title_edit
        seen["title"] = edit.text()
        seen["whole"] = shown_title(edit)
        seen["start"] = edit.cursorPosition() == 0
        qtbot.keyClick(edit, Qt.Key.Key_End)
        qtbot.keyClicks(edit, " (draft)")
        seen["typed"] = edit.text()
        dialog.hide()

    export_to(monkeypatch, path, look)
    titles = []
    real_export = window.timeline.export_image

    def export_image(*args, **kwargs):
        titles.append(kwargs.get("title"))
        return real_export(*args, **kwargs)

    monkeypatch.setattr(window.timeline, "export_image", export_image)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    assert seen["title"], "a title is suggested"
    assert seen["whole"], f"the box hides part of {seen['title']!r}"
    assert seen["start"]
    assert titles == [seen["typed"]] and seen["typed"].endswith(" (draft)")


def test_a_title_too_long_for_the_screen_shows_its_start(qtbot):
    long_title = "An account of the wars of the republic and the empire, " * 6
    dialog = ExportOptionsDialog("png", (1000, 600), 300, long_title)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366
    assert dialog.title_edit.cursorPosition() == 0


def test_the_suggested_title_counts_what_an_import_added_while_the_dialog_was_open(qtbot, make_window, corpus,
                                                                                  monkeypatch, tmp_path):
    """Ctrl+E during an import: the documents read while the dialog is open are drawn, and the
    title left as suggested says so (it printed the count of when the dialog opened)."""
    win = make_window()
    win.add_documents(corpus[:1])
    qtbot.waitUntil(lambda: win.timeline.mark_count() > 0)
    seen = {}

    def look(dialog):
        seen["offered"] = dialog.title_edit.text()
        win.add_documents(corpus[1:])  # the import goes on behind the dialog
        qtbot.waitUntil(lambda: win.timeline.mark_count() == 5)
        seen["now"] = win.timeline.figure_title()

    export_to(monkeypatch, tmp_path / "view.svg", look)
    titles = []
    real_export = win.timeline.export_image
    monkeypatch.setattr(win.timeline, "export_image",
                        lambda *a, **k: titles.append(k.get("title")) or real_export(*a, **k))
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen["offered"] != seen["now"]
    assert titles == [seen["now"]]
    assert seen["now"] in (tmp_path / "view.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize("typed_height", [None, 700])
def test_the_dialog_s_height_and_title_follow_an_import_running_behind_it(qtbot, make_window, monkeypatch, tmp_path,
                                                                       typed_height):
    """Ctrl+E early in an import offered the height and the title of the first articles ("Timeline
    of 0 events from 0 documents", 450 px) while the rest arrived behind the dialog: an image of
    twenty lanes in the height of two, its labels gone. The boxes follow what is drawn, but for a
    height the user typed."""
    from .test_monkey import monkey_corpus

    documents = monkey_corpus(n_docs=20, per_doc=6)
    win = make_window()
    win.add_documents(documents[:2])
    qtbot.waitUntil(lambda: win.timeline.lane_count() == 2)
    seen = {}

    def look(dialog):
        seen["offered"] = (dialog.height_box.value(), dialog.title_edit.text())
        if typed_height is not None:
            dialog.height_box.setFocus()
            dialog.height_box.selectAll()
            qtbot.keyClicks(dialog.height_box, str(typed_height))
        win.add_documents(documents[2:])  # the import goes on behind the dialog
        qtbot.waitUntil(lambda: win.timeline.lane_count() == 20)  # drawn: the dialog was told
        seen["shown"] = (dialog.height_box.value(), dialog.title_edit.text())
        seen["now"] = win.timeline.figure_title()
        seen["fits"] = win.timeline.export_size()[1]

    export_to(monkeypatch, tmp_path / "view.svg", look)
    win.timeline.setFocus()
    qtbot.waitUntil(win.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (height0, title0), (height, title) = seen["offered"], seen["shown"]
    assert "from 2 documents" in title0 and title == seen["now"] and "from 20 documents" in title
    if typed_height is None:
        assert height == seen["fits"] > height0  # room for the twenty lanes
    else:
        assert height == typed_height
    svg = (tmp_path / "view.svg").read_text(encoding="utf-8")
    assert title in svg and f'height="{height}' in svg[:2000]
