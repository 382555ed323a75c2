"""A narrow Actors & Places dock (a 640 x 480 window) cut each "Name  (count)" in its middle and took
the count's bracket and first digits with it ("Ira…15)", "Uni…(6)", x-640.png). The name is cut now,
at its end, and the count shown whole. What the list draws is read from its delegate, given the
narrow item rectangle the list paints such an item in."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyleOptionViewItem


def _drawn(lst, row: int, width: int) -> str:
    item = lst.item(row)
    option = QStyleOptionViewItem()
    option.initFrom(lst)
    rect = lst.visualItemRect(item)
    option.rect = QRect(rect.x(), rect.y(), width, rect.height())
    lst.itemDelegate().initStyleOption(option, lst.indexFromItem(item))
    return option.text


def test_a_narrow_item_keeps_its_count_whole_and_cuts_the_name(annotated_window, qtbot):
    for lst in (annotated_window.facets.actors, annotated_window.facets.places):
        qtbot.waitUntil(lambda: lst.count() > 0)
        metrics = lst.fontMetrics()
        for row in range(lst.count()):
            text = lst.item(row).text()
            count = re.search(r"\s+\(\d+\)$", text).group()
            assert _drawn(lst, row, 1000) == text  # room for all of it: drawn as it is
            width = metrics.horizontalAdvance(count) + metrics.horizontalAdvance(text[:-len(count)]) * 3 // 4 + 8
            drawn = _drawn(lst, row, width)
            assert drawn.endswith(count), (text, drawn)  # the count whole ...
            assert drawn != text and "\u2026" in drawn, (text, drawn)  # ... the name cut at its end
            assert text.startswith(drawn[:1])
