"""The model contract (one insertion per document, the Event behind every row) and sorting the table
by clicking its header."""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.event_model import EventTableModel
from explorer.gui.event_roles import EVENT_ROLE, Column
from explorer.gui.event_proxy import EventProxyModel
from explorer.ingest import ExtractedDocument
from tests.gui.conftest import build_corpus


def test_a_load_is_one_insertion_then_one_per_document_never_per_event(qtbot, corpus):
    model = EventTableModel()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.add_documents(corpus)  # into an empty model: a load
    assert inserts == [(0, 5)]
    assert model.rowCount() == 6
    assert model.index(4, Column.TITLE).data(EVENT_ROLE).timex == "1997-2004"

    growing = EventTableModel()
    inserts.clear()
    growing.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    growing.add_document(corpus[0])
    growing.add_documents(corpus[1:])  # documents arriving as an import finishes them
    assert inserts == [(0, 2), (3, 5)]
    assert [growing.event_at(r).id for r in range(6)] == [model.event_at(r).id for r in range(6)]


def test_opening_a_document_twice_keeps_one_copy(corpus):
    model = EventTableModel()
    model.add_documents(corpus + corpus)
    assert model.document_count() == 2 and model.rowCount() == 6


def displayed_dates(window) -> list[str]:
    return [window.proxy.index(r, Column.DATE).data() for r in range(window.proxy.rowCount())]


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, header.height() // 2))


def test_clicking_the_date_header_sorts_chronologically(qtbot, window):
    # Sorted by date on open: spans and days interleave by time, undated last.
    assert displayed_dates(window) == ["1997\u20132004", "1998-01-12", "2001-03", "2003-05-05", "2010", "undated"]
    click_header(qtbot, window, Column.TITLE)
    titles = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    click_header(qtbot, window, Column.DATE)
    assert window.table.horizontalHeader().sortIndicatorSection() == Column.DATE
    assert displayed_dates(window)[0] == "1997\u20132004"
    click_header(qtbot, window, Column.DATE)  # again: newest first
    assert displayed_dates(window) == ["undated", "2010", "2003-05-05", "2001-03", "1998-01-12", "1997\u20132004"]


def test_sorting_keeps_the_selected_event(qtbot, window):
    table = window.table
    index = window.proxy.index(3, Column.TITLE)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    chosen = table.currentIndex().data(EVENT_ROLE)
    click_header(qtbot, window, Column.DOCUMENT)
    click_header(qtbot, window, Column.TITLE)
    assert table.currentIndex().data(EVENT_ROLE) is chosen
    assert window.selection.current_event() is chosen


def test_the_proxy_never_asks_per_row_even_while_filtering(qtbot, corpus):
    """Qt's own filter accepts every row in C++ (a million rows load in one pass), and filtering is
    one numpy mask applied to the source's row order: no call into Python per row, filtered or not
    (issue 16: 1.3-1.9 s per Filter keystroke at 100k events when Qt asked each row)."""
    model = EventTableModel()
    proxy = EventProxyModel(model)
    asked: list[int] = []
    accepts = proxy._accepts_key
    model.set_row_filter(lambda key: asked.append(key) or accepts(key))
    model.add_documents(corpus)
    assert proxy.rowCount() == 6 and asked == []

    proxy.set_filter_text("treaty")
    assert [proxy.index(r, Column.TITLE).data(EVENT_ROLE).timex for r in range(proxy.rowCount())] == ["5 May 2003"]
    assert asked == []
    assert proxy.accepted_mask().tolist() == [model.event_by_key(k).timex == "5 May 2003" for k in range(6)]

    asked.clear()
    proxy.set_filter_text("")
    assert proxy.rowCount() == 6 and asked == []
    model.add_document(ExtractedDocument(Document("gamma.txt", "On 1 May 2020 it ended.", "Gamma"), (),
                                         (dataclasses.replace(corpus[0].events[0], id="gamma#3", doc="gamma.txt"),)))
    assert proxy.rowCount() == 7 and asked == []


def test_a_filter_on_follows_rows_added_later(qtbot, corpus):
    model = EventTableModel()
    proxy = EventProxyModel(model)
    model.add_document(corpus[0])
    proxy.set_filter_text("1997")
    assert proxy.rowCount() == 0
    model.add_document(corpus[1])  # arrives while the filter is on
    assert [proxy.index(r, Column.TITLE).data(EVENT_ROLE).timex for r in range(proxy.rowCount())] == ["1997-2004"]
    assert len(proxy.accepted_mask()) == model.key_count()
    model.clear()
    assert proxy.rowCount() == 0
    model.add_documents(corpus)
    assert proxy.rowCount() == 1


def test_columns_built_for_every_event_shape():
    """Times, sort keys, certainty and open-end flags come from one pass per field: undated events,
    a missing end, an end before the begin (kept as one day), a span, a "from … onward"."""
    from datetime import date

    from explorer.gui.event_time_arrays import time_arrays_of
    from explorer.timeline.events_array import OPEN_END

    doc = Document("d.txt", "x" * 50, "D")
    base = build_corpus()[0].events[0]
    shapes = [(date(2001, 3, 5), None, "exact", None), (None, None, "undated", None),
              (date(2001, 3, 5), date(2001, 3, 1), "exact", None), (date(2001, 1, 1), date(2001, 12, 31), "inferred", None),
              (date(2013, 1, 1), date(2013, 12, 31), "exact", "AFTER")]
    events = [dataclasses.replace(base, id=f"d#{i}", doc=doc.path, begin=b, end=e, certainty=c, mod=m)
              for i, (b, e, c, m) in enumerate(shapes)]
    cols = time_arrays_of(events, 3)
    day = 86400.0
    start = (date(2001, 3, 5) - date(1970, 1, 1)).days * day
    assert cols.x0[0] == start and cols.x1[0] == start + day
    assert np.isnan(cols.x0[1]) and np.isnan(cols.x1[1])
    assert cols.x0[2] == start and cols.x1[2] == start + day
    assert cols.x1[3] - cols.x0[3] == 365 * day
    assert cols.span.tolist() == [False, False, False, True, True]
    assert cols.certainty.tolist() == [0, 1, 0, 1, 0]
    assert cols.flags.tolist() == [0, 0, 0, 0, OPEN_END]
    assert cols.lane.tolist() == [3] * 5
    keys = cols.date_key.tolist()
    assert keys[1] > max(keys[0], keys[2], keys[3], keys[4])  # undated sorts last
    assert keys[3] < keys[0]  # 2001 starts before 5 March 2001
    assert keys[0] == keys[2]


def test_documents_added_one_by_one_to_a_sorted_table_are_sorted_in_once(qtbot, corpus):
    """An import adds documents one at a time; each sort is a layout change the proxy and the views
    redo in full, so the ones added in one event-loop turn are sorted in together, on the next."""
    model = EventTableModel()
    model.sort(Column.DATE)
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *a: layouts.append(model.rowCount()))
    model.add_document(corpus[0])
    model.add_document(corpus[1])
    assert layouts == []
    qtbot.waitUntil(lambda: layouts == [6])
    keys = [model.event_at(r) for r in range(6)]
    dated = [e.begin for e in keys if e.begin is not None]
    assert dated == sorted(dated) and keys[-1].begin is None  # undated last
    model.add_document(dataclasses.replace(corpus[0], document=dataclasses.replace(corpus[0].document, path="again.txt"),
                                           events=tuple(dataclasses.replace(e, id="again" + e.id, doc="again.txt")
                                                        for e in corpus[0].events)))
    model.flush_sort()  # a reader that needs the order at once
    assert layouts == [6, 9]


def test_typing_searches_only_what_the_shorter_text_kept_and_a_backspace_searches_nothing(qtbot, corpus):
    """Issue 16: each filter text was a pass over every event's search text; a letter typed now
    searches only the events the text before it kept, and erasing it finds the earlier answer."""
    model = EventTableModel()
    proxy = EventProxyModel(model)
    model.add_documents(corpus)
    searched: list[str] = []

    text = model.haystacks()

    class Spy:
        """The search text, noting every key whose text is searched."""

        def contains(self, needle, keys):
            searched.extend(np.asarray(keys).tolist())
            return text.contains(needle, keys)

        def scan(self, needle, start=0, stop=None):
            searched.extend(range(start, len(text) if stop is None else stop))
            return text.scan(needle, start, stop)

    haystacks = Spy()
    model.haystacks = lambda: haystacks
    proxy.set_filter_text("tr")
    kept = proxy.rowCount()
    assert len(searched) == 6 and 0 < kept < 6
    searched.clear()
    proxy.set_filter_text("tre")
    assert len(searched) == kept  # only the rows "tr" kept
    assert [proxy.index(r, 0).data(EVENT_ROLE).timex for r in range(proxy.rowCount())] == ["5 May 2003"]
    searched.clear()
    proxy.set_filter_text("tr")
    assert searched == [] and proxy.rowCount() == kept
    del model.haystacks  # the model's own search texts again
    model.relabel(lambda e: dataclasses.replace(e, actors=("Treasury",)))  # new search texts: no stale answer
    proxy.set_filter_text("tre")
    assert proxy.rowCount() == 6
