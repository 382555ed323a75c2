"""A lowercase word typed while the timeline has focus is a word, not a run of one-letter commands.

Before, "news" typed on the timeline fired N (a note dialog opened on the selected event and the
rest of the word, "ews", went into it), "kabul" moved to the lane above and filtered on "abul", and
"strike" starred the selected event. Now every letter typed on the timeline starts the filter with
it, as a file manager's type-to-find does, and the timeline's commands have keys no word starts
with: * star, . zoom to selection (symbols), Ctrl+T tags, Ctrl+Shift+N note, Ctrl+G go to date,
Ctrl+K next colour key (window keys; not #, which starts a hashtag); the arrows move (H/J/K/L are gone). Real key presses, checked on
what the user sees: the filter box, the table, the selected event, the dialogs that open.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog

from explorer.gui.actions import ACTIONS, TIMELINE
from explorer.gui.event_roles import EVENT_ROLE

from .keys import CTRL, NO, SHIFT, K, press


def type_word(qtbot, word: str) -> None:
    """``word`` typed key by key where the focus is at each key (a capital with Shift)."""
    for char in word:
        target = QApplication.focusWidget()
        assert target is not None, "the focus is lost"
        qtbot.keyClick(target, char, SHIFT if char.isupper() else NO)


@pytest.fixture
def dialogs(monkeypatch):
    """Every text dialog a key opens, by title (none is shown: each answers Cancel)."""
    opened: list[str] = []

    def multi(parent, title, *args, **kwargs):
        opened.append(title)
        return "", False

    def single(parent, title, *args, **kwargs):
        opened.append(title)
        return "", False

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(multi))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(single))
    return opened


def _on_the_treaty(window, qtbot):
    treaty = next(r.event.id for r in window.model.project.rows() if r.event.timex == "5 May 2003")
    assert window.selection.select_event(treaty)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return treaty


# one word for each letter that was a command (S T N Z C G H J K L), lowercase as people type them
@pytest.mark.parametrize("word", ["news", "talks", "signed", "zone", "contacts", "government",
                                  "history", "january", "kabul", "later", "#kabul", "3rd"])
def test_a_lowercase_word_typed_on_the_timeline_goes_whole_into_the_filter(window, qtbot, dialogs, word):
    treaty = _on_the_treaty(window, qtbot)
    colour = window.timeline.colour_mode()
    type_word(qtbot, word)
    box = window.table_panel.filter
    assert box.hasFocus() and box.text() == word
    assert dialogs == []  # no note, tags or other dialog opened on the way
    assert not window.model.project.curation(treaty).starred
    assert not window.goto.bar.isVisible()
    assert window.timeline.colour_mode() == colour


def test_kabul_typed_lowercase_filters_to_the_event_in_kabul(window, qtbot, dialogs):
    _on_the_treaty(window, qtbot)
    type_word(qtbot, "kabul")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert "Kabul" in window.proxy.index(0, 0).data(EVENT_ROLE).sentence
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 1)


def test_the_commands_keys_that_no_word_starts_with(window, qtbot, dialogs):
    treaty = _on_the_treaty(window, qtbot)
    press(qtbot, K.Key_Asterisk)  # *: Star (the platform's key map matches Shift+8 to it, as it does ? and +)
    assert window.model.project.curation(treaty).starred
    assert window.timeline.hasFocus() and window.table_panel.filter.text() == ""
    press(qtbot, K.Key_T, CTRL)  # Ctrl+T: Tags
    assert dialogs == ["Tags"]
    press(qtbot, K.Key_N, CTRL | SHIFT)  # Ctrl+Shift+N: Note
    assert dialogs == ["Tags", "Note"]
    press(qtbot, K.Key_G, CTRL)  # Ctrl+G: Go to Date
    qtbot.waitUntil(window.goto.bar.isVisible)
    press(qtbot, K.Key_Escape)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    assert window.selection.select_event(treaty)
    before = window.timeline.visible_range()
    press(qtbot, K.Key_Period)  # .: Zoom to Selection
    qtbot.waitUntil(lambda: window.timeline.visible_range() != before)
    start, end = window.timeline.visible_range()
    assert end - start < before[1] - before[0]  # closer in, on the treaty
    colour = window.timeline.colour_mode()
    press(qtbot, K.Key_K, CTRL)  # Ctrl+K: Next Colour Key
    assert window.timeline.colour_mode() != colour
    assert window.table_panel.filter.text() == ""


def test_no_timeline_key_is_a_letter_a_word_could_start_with():
    for spec in ACTIONS:
        for key, scope in spec.keys():
            if scope == TIMELINE:
                assert not (len(key) == 1 and key.isalpha()), (spec.name, key)


def test_the_help_overlay_and_the_readme_say_the_keys(window):
    from pathlib import Path
    text = window.help_overlay.text()
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "start the word with a capital" not in readme
    rows = {line.split("\t")[1]: line.split("\t")[0] for line in text.splitlines() if line.count("\t") == 2}
    assert rows["Star"].startswith("*") and rows["Tags"].startswith("Ctrl+T")
    assert rows["Go to Date"].startswith("Ctrl+G") and rows["Zoom to Selection"].startswith(".")
    assert rows["Next Event"] == "\u2192 \u25c6"  # the arrow alone, no L
    assert "Other letters" not in window.help_overlay.footer.text()  # once: "Other letters ... start the filter"
    assert "no letter is a command" in window.help_overlay.footer.text()


def test_a_word_typed_in_the_undated_strip_goes_whole_into_the_filter(window, qtbot, dialogs):
    """The strip of undated events is part of the timeline: its keys were the timeline's, so "news"
    typed there opened a note too."""
    strip = window.timeline.undated_list
    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    press(qtbot, K.Key_Right)  # an undated event selected
    type_word(qtbot, "news")
    assert window.table_panel.filter.hasFocus() and window.table_panel.filter.text() == "news"
    assert dialogs == []
