"""A project saved before its actors were found (Ctrl+S during an import) gets them again on every
opening. That is nobody's work: opening such a file and quitting must not ask "Save the changes?",
and the title shows no star. An edit made afterwards still does.

Corpus: tests/entities/corpus, extracted by the real engine (the ``entity_documents`` fixture)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.store import Project


def _annotated(window) -> bool:
    return window.people.index is not None and not window.people.is_annotating()


def test_opening_a_file_saved_without_actors_finds_them_and_leaves_nothing_to_save(
    make_window, entity_documents, qtbot, tmp_path
):
    path = tmp_path / "early.tlproj"
    first = make_window()
    first.add_documents(entity_documents)  # no annotation yet, as when saved mid-import
    assert first.project_ctl._save_to(str(path))
    assert Project.open(path).actor_index is None  # the file holds no actors

    window = make_window()
    assert window.project_ctl.open_project(str(path), ask=False)
    qtbot.waitUntil(lambda: _annotated(window), timeout=60_000)
    assert window.facets.actors.count() >= 2  # the actors are shown
    assert not window.project_ctl.has_unsaved_work()
    assert "*" not in window.windowTitle()

    # the user's own edit is still work: merge two actors by the keyboard
    actors = window.facets.actors
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier)):
        item = actors.item(row)
        actors.scrollToItem(item)
        qtbot.mouseClick(actors.viewport(), Qt.MouseButton.LeftButton, modifier, actors.visualItemRect(item).center())
    qtbot.keyClick(actors, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.project_ctl.has_unsaved_work())
    assert "*" in window.windowTitle()
