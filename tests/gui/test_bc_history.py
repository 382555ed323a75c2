"""A BC history opened in the app as a user would: the real tagger finds "264 BC" and "146 B.C.", the
axis names BC years, the marks run from the first war to the fall of the city, the table sorts them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from explorer.gui.event_roles import Column

#: About 430 words in the manner of a history of the Punic Wars, written for these tests.
HISTORY = Path(__file__).parent / "data" / "rome-and-carthage.txt"


def _bc_year(text: str) -> int | None:
    """264 from "264 BC" (or "2 Aug 216 BC"); None for anything else."""
    found = re.search(r"(\d+) BC\b", text)
    return int(found.group(1)) if found else None


def test_a_bc_history_on_the_axis_the_marks_and_the_table(qtbot, make_window, tmp_path):
    shutil.copy(HISTORY, tmp_path / HISTORY.name)
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        window.open_paths([str(tmp_path)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() >= 12, timeout=10_000)
    model = window.model
    events = [model.event_by_key(k) for k in range(model.key_count())]
    first = next(e for e in events if e.timex == "264 BC")
    last = next(e for e in events if e.timex.endswith("146 B.C."))

    timeline.plot.repaint()
    qtbot.wait(50)
    # the axis: every year it names is a BC year, in the story's centuries, running backwards
    labels = [t for _, t in timeline.axis.last_minor] + [t for _, _, t in timeline.axis.last_bands]
    years = [_bc_year(t) for t in labels]
    assert labels and all(y is not None and 100 <= y <= 300 for y in years), labels
    assert years == sorted(years, reverse=True)
    # the marks: all in view, the first war's start left of the city's fall, in one lane
    area = timeline.plot.viewport().rect()
    p_first, p_last = timeline.viewport_pos_of(first.id), timeline.viewport_pos_of(last.id)
    assert area.contains(p_first) and area.contains(p_last)
    assert p_first.x() < p_last.x() and p_first.y() == p_last.y()
    drawn = set(timeline.drawn_event_ids())
    assert first.id in drawn and last.id in drawn

    # the table, sorted by date as the user asks for it (a click on the Date header)
    table = window.table
    header = table.horizontalHeader()
    proxy = table.model()
    x = header.sectionViewportPosition(Column.DATE) + header.sectionSize(Column.DATE) // 2
    for _ in range(2):
        if header.sortIndicatorSection() == Column.DATE and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            break
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    dates = [proxy.index(r, Column.DATE).data() for r in range(proxy.rowCount())]
    dated = [d for d in dates if _bc_year(d or "") is not None]
    assert dated[0] == "264 BC", dates
    assert [_bc_year(d) for d in dated] == sorted((_bc_year(d) for d in dated), reverse=True)
    assert any(_bc_year(d) == 146 for d in dated)


def test_go_to_date_reaches_a_bc_year(qtbot, make_window, tmp_path):
    """G, "218 BC", Enter: the timeline shows that year and the event told in it is selected; the status
    line names the year as a reader writes it (the box used to answer "no date I can read")."""
    from explorer.calendar import Day, EPOCH_ORDINAL, SECONDS_PER_DAY

    from .keys import CTRL, K, press, selected

    shutil.copy(HISTORY, tmp_path / HISTORY.name)
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        window.open_paths([str(tmp_path)])
    qtbot.waitUntil(lambda: window.timeline.mark_count() >= 12, timeout=10_000)
    window.timeline.setFocus()
    messages: list[str] = []
    window.goto.went.connect(messages.append)
    press(qtbot, K.Key_G, CTRL)
    qtbot.keyClicks(window.goto.bar.edit, "218 BC")
    press(qtbot, K.Key_Return)
    assert not window.goto.bar.isVisible()
    lo, hi = window.timeline.visible_range()
    first, last = Day.of(-217, 1, 1), Day.of(-217, 12, 31)  # 218 BC is astronomical year -217
    assert lo / SECONDS_PER_DAY + EPOCH_ORDINAL <= first.toordinal()
    assert last.toordinal() <= hi / SECONDS_PER_DAY + EPOCH_ORDINAL
    assert hi - lo < 3 * 365 * SECONDS_PER_DAY  # that year, not the whole history
    assert selected(window).timex == "218 BC"
    assert messages and messages[-1].startswith("Showing 1 January 218 BC \u2013 31 December 218 BC"), messages
