"""In the narrow Actors & Places dock (its first width at 1366x768), a long name is cut in the
middle so its count stays readable: cut at the right, "Qasem Soleimani  (9)" read "Qasem Soleima..."."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt


def test_a_long_name_in_a_narrow_dock_keeps_its_count_on_screen(annotated_window, qtbot):
    window = annotated_window
    lst = window.facets.actors
    assert lst.count() > 0
    window.resizeDocks([window.facets], [120], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.facets.width() <= 160)
    metrics = lst.fontMetrics()
    cut = 0
    for i in range(lst.count()):
        item = lst.item(i)
        room = lst.visualItemRect(item).width() - 2 * lst.style().pixelMetric(lst.style().PixelMetric.PM_FocusFrameHMargin) - 4
        shown = metrics.elidedText(item.text(), lst.textElideMode(), room)
        if shown != item.text():
            cut += 1
            assert re.search(r"\(\d+\)$", shown), f"{item.text()!r} shows as {shown!r}"
    assert cut > 0  # the dock was narrow enough to cut names
