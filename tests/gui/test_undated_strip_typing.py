"""Tab from the timeline goes to its strip of undated events, and there typing did not start the
filter as it does on the timeline, the table and the text: the letters no shortcut takes went to the
list's own type-ahead, which jumped the selection to whichever undated title began with them
(sample, g-ty2.png: "soleimani" typed after Tab moved the selection and, at its "n", opened a
note on another event). The strip now hands typed text to the filter as the timeline does; the
timeline's one-letter commands keep their keys there too."""

from __future__ import annotations

from .keys import K, press
from .test_type_to_filter import type_word


def test_typing_in_the_undated_strip_starts_the_filter(window, qtbot):
    strip = window.timeline.undated_list
    assert strip.count() and strip.isVisible()  # the corpus has undated events
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Right)  # an event selected
    before = window.selection.current_event()
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(strip.hasFocus)
    type_word(qtbot, "Kabul")
    box = window.table_panel.filter
    assert box.hasFocus() and box.text() == "Kabul"
    assert not strip.selectedItems()  # the list's type-ahead picked no undated event
    press(qtbot, K.Key_Escape)  # the filter cleared: the event selected before is selected still
    qtbot.waitUntil(lambda: box.text() == "")
    qtbot.waitUntil(lambda: (e := window.selection.current_event()) is not None and e.id == before.id)
