"""The table's Date column fits the dates shown: a day, a month, a range, a BC year. It was 150 px
whatever it held: wide enough to waste the title's room on a folder of news dated by the day,
too narrow for a history's "12 Aug 216 BC–3 Sep 215 BC"."""

from __future__ import annotations

import dataclasses

import numpy as np

from explorer.calendar import Day, calendar_day, ordinal
from explorer.gui.date_widths import date_kinds, date_text
from explorer.gui.event_roles import Column
from explorer.gui.formatting import format_when


def date_cells(win) -> list[str]:
    return [win.proxy.index(r, Column.DATE).data() for r in range(win.proxy.rowCount())]


def assert_fits(win) -> int:
    """Every date the table shows is drawn whole (as the delegate draws it: text plus margins)."""
    table = win.table
    fm = table.fontMetrics()
    width = table.columnWidth(Column.DATE)
    widest = max(fm.horizontalAdvance(t) for t in date_cells(win))
    assert widest + 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 2 <= width
    return widest


def test_the_date_column_fits_its_dates_and_no_more(window, qtbot):
    qtbot.waitUntil(lambda: window.table.columnWidth(Column.DATE) < 140)  # ISO days and years here
    widest = assert_fits(window)
    assert window.table.columnWidth(Column.DATE) <= widest + 24


def test_a_rare_bc_day_range_is_shortened_in_its_middle_not_widening_every_row(make_window, qtbot):
    """A history's dates before year 1 read as "12 Aug 216 BC–3 Sep 215 BC". One such range among
    many shorter dates widened the Date column of every row; the column fits the dates most events
    have, and the rare range is drawn shortened in its middle, its first and last years kept."""
    from .test_monkey import monkey_corpus

    corpus = monkey_corpus(n_docs=4, per_doc=10)  # 40 events: days, months, years, spans
    doc = corpus[1]
    first = doc.events[0]
    bc = dataclasses.replace(first, id=first.id + "bc", begin=Day.of(-215, 8, 12), end=Day.of(-214, 9, 3),
                             value="-0215-08-12/-0214-09-03")
    corpus[1] = dataclasses.replace(doc, events=(bc,) + doc.events[1:])
    win = make_window()
    win.add_documents(corpus)
    text = "12 Aug 216 BC\u20133 Sep 215 BC"
    qtbot.waitUntil(lambda: text in date_cells(win))
    table = win.table
    others = [t for t in date_cells(win) if t != text]
    fm = table.fontMetrics()
    qtbot.waitUntil(lambda: max(map(fm.horizontalAdvance, others)) + 2 <= table.columnWidth(Column.DATE))
    qtbot.wait(50)  # the fit's timer has run: the column stays narrower than the rare range
    assert fm.horizontalAdvance(text) > table.columnWidth(Column.DATE)
    row = date_cells(win).index(text)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    index = win.proxy.index(row, Column.DATE)
    option.rect = table.visualRect(index)
    option.widget = table
    option.fontMetrics = fm
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    # drawn as a shorter reading that keeps both ends ("216–215 BC"), not cut in its middle
    assert option.text in ("12 Aug 216–3 Sep 215 BC", "216–215 BC")
    assert fm.horizontalAdvance(option.text) <= table.columnWidth(Column.DATE)
    assert max(map(fm.horizontalAdvance, others)) + 2 <= table.columnWidth(Column.DATE)


def test_each_kind_of_date_has_one_text_of_its_width():
    """The kinds stand for every date: the widths of all the texts are those of the kinds' texts."""
    rng = np.random.default_rng(3)
    pairs = []
    for _ in range(5000):
        y, m, d = int(rng.integers(-3000, 2100)), int(rng.integers(1, 13)), int(rng.integers(1, 29))
        kind = int(rng.integers(0, 4))
        if kind == 0:
            pairs.append((ordinal(y, m, d),) * 2)
        elif kind == 1:
            pairs.append((ordinal(y, 1, 1), ordinal(y + int(rng.integers(0, 3)), 12, 31)))
        elif kind == 2:
            pairs.append((ordinal(y, m, 1), ordinal(y + 1, m, 1) - 1 if rng.random() < 0.5 else ordinal(y, m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)))
        else:
            pairs.append((ordinal(y, m, d), ordinal(y, m, d) + int(rng.integers(1, 400))))
    begin, end = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    kinds = date_kinds(np.append(begin, np.iinfo(np.int64).min), np.append(end, np.iinfo(np.int64).min))
    texts = {date_text(pair, undated=key == -1) for key, pair in kinds.items()}
    every = {format_when(calendar_day(b), calendar_day(e)) for b, e in pairs} | {"undated"}
    assert texts <= every
    assert {len(t) for t in texts} == {len(t) for t in every}
    assert "undated" in texts


def test_a_narrow_table_keeps_room_for_the_titles(annotated_window, qtbot):
    """At 1366x768 a history folder's table left its titles 25 px ("…") once the Sources column
    came beside a wide Date column: the Document and Sources columns give way down to their headers'
    widths first."""
    from explorer.gui.table_view import MIN_TITLE_PX

    win = annotated_window
    table = win.table
    header = table.horizontalHeader()
    assert not header.isSectionHidden(Column.SOURCES)  # the corpus has sources grouped
    splitter = table.parentWidget()
    while splitter is not None and not hasattr(splitter, "setSizes"):
        splitter = splitter.parentWidget()
    total = sum(splitter.sizes())
    splitter.setSizes([430, total - 430])  # the table as narrow as at 1366x768: it keeps its minimum
    qtbot.wait(20)
    title, doc = header.sectionSize(Column.TITLE), header.sectionSize(Column.DOCUMENT)
    assert table.width() >= table.minimumWidth() > 430
    assert title >= MIN_TITLE_PX
    # the Document and Sources columns gave way first, down to their headers (never cut)
    assert doc >= header.sectionSizeHint(Column.DOCUMENT)
    assert header.sectionSize(Column.SOURCES) >= header.sectionSizeHint(Column.SOURCES)
    assert_fits(win)  # the dates are never the ones cut
