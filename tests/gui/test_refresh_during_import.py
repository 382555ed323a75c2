"""What the user sees while an import streams documents in, one per event-loop turn: the table
stays in date order and its Date column fits the dates it shows. Each of these waited on a
zero-time timer that every added document restarted, so it ran only once the import had ended
(the rows of a long import piled up unsorted at the bottom of the table)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from explorer.gui.event_roles import EVENT_ROLE


def _stream(qtbot, window, arriving, look) -> list:
    """Add ``arriving`` one document per event-loop turn, as an import's batches come; ``look()``
    after each (what the user would see then)."""
    seen: list = []

    def one_more() -> None:
        if arriving:
            window.add_documents([arriving.pop(0)])
            seen.append(look())

    feed = QTimer()
    feed.setInterval(0)
    feed.timeout.connect(one_more)
    feed.start()
    qtbot.waitUntil(lambda: not arriving, timeout=20_000)
    feed.stop()
    return seen


def _articles(tmp_path, n: int = 30) -> list:
    from explorer.ingest import extract_paths

    for i in range(n):  # written latest first, so each new one sorts above the ones before
        (tmp_path / f"n{i:02}.txt").write_text(
            f"Harbour news {i}\n\nOn 3 March {2020 - i} the harbour council met.\n", encoding="utf-8")
    return sorted(extract_paths([tmp_path]).documents, key=lambda d: d.events[0].doc)


def _years_in_table(window) -> list[int]:
    proxy = window.proxy
    out = []
    for r in range(proxy.rowCount()):
        event = proxy.index(r, 0).data(EVENT_ROLE)
        if event is not None and event.begin is not None and "harbour" in event.sentence:
            out.append(event.begin.year)
    return out


def test_the_table_stays_in_date_order_while_articles_stream_in(qtbot, make_window, tmp_path, monkeypatch):
    import explorer.gui.event_model as event_model

    # The pause between sorts follows the last sort's measured cost, which a loaded machine inflates;
    # held at zero, what is tested is only that a pending sort is not postponed by each arrival.
    monkeypatch.setattr(event_model, "SORT_PAUSE_MAX_MS", 0)
    window = make_window()
    arriving = _articles(tmp_path)
    seen = _stream(qtbot, window, arriving, lambda: _years_in_table(window))
    assert len(seen) == 30
    # how many rows at the bottom are out of date order after each document: the last few arrived
    # ones, never the whole import (unsorted until the end, the last look had 29)
    behind = [len(years) - _sorted_prefix(years) for years in seen]
    assert max(behind) <= 10, behind
    qtbot.waitUntil(lambda: _years_in_table(window) == sorted(_years_in_table(window)), timeout=20_000)


def _sorted_prefix(values: list) -> int:
    """The length of the longest prefix of ``values`` in ascending order."""
    n = 1
    while n < len(values) and values[n - 1] <= values[n]:
        n += 1
    return min(n, len(values))


def test_the_date_column_widens_for_the_dates_of_articles_still_streaming_in(qtbot, make_window, tmp_path):
    from explorer.gui.event_roles import Column
    from explorer.ingest import extract_paths

    for i in range(30):  # year-only dates first, then ranges of days, whose text is much wider
        when = f"In {1990 + i}" if i < 10 else f"From 3 March to 9 April {1990 + i}"
        (tmp_path / f"n{i:02}.txt").write_text(f"Harbour news {i}\n\n{when} the harbour council met.\n",
                                               encoding="utf-8")
    arriving = sorted(extract_paths([tmp_path]).documents, key=lambda d: d.events[0].doc)
    window = make_window()
    header = window.table.horizontalHeader()
    seen = _stream(qtbot, window, arriving, lambda: header.sectionSize(Column.DATE))
    qtbot.waitUntil(lambda: not window.table._date_timer.isActive(), timeout=20_000)
    wide = header.sectionSize(Column.DATE)
    assert wide > seen[5]  # the ranges need more room than the years
    # fitted while the ranges were still arriving, not once the import had ended
    assert seen[20] == wide, seen
    # and what the user reads in the column is the whole range, not a cut one
    texts = [window.proxy.index(r, Column.DATE).data() for r in range(window.proxy.rowCount())]
    longest = max(texts, key=window.table.fontMetrics().horizontalAdvance)
    assert "\u2013" in longest and window.table.fontMetrics().horizontalAdvance(longest) < wide
