"""Find and Filter together (issue 15): with Find text, a Filter keystroke searches once, not once
per range of rows the proxy removes or inserts (6.85 s per keystroke at 8k events, minutes at 100k)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from explorer import navigation as nav
from explorer.gui import search_bar
from explorer.gui.event_roles import EVENT_ROLE
from tests.gui.quit_driver import synthetic_documents


def _window_with_search(make_window, qtbot, n_events: int):
    win = make_window()
    win.add_documents(synthetic_documents(n_events))
    qtbot.waitUntil(lambda: win.proxy.rowCount() >= n_events)
    win.search.open()
    qtbot.keyClicks(win.search.bar.edit, "event 3")  # Find: matches scattered through the table
    assert win.search.matches()
    return win


def test_a_filter_keystroke_searches_once(qtbot, make_window, monkeypatch):
    win = _window_with_search(make_window, qtbot, 4000)
    calls: list[int] = []
    real = nav.search
    monkeypatch.setattr(search_bar.nav, "search", lambda events, text: calls.append(1) or real(events, text))
    edit = win.table_panel.filter
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_7)  # keeps every event with a 7 in its title: thousands of ranges
    qtbot.waitUntil(lambda: len(calls) > 0)
    qtbot.wait(50)
    assert 0 < win.proxy.rowCount() < 4000
    assert len(calls) == 1
    expected = real(win.nav.visible_events(), "event 3")
    assert [e.id for e in win.search.matches()] == [e.id for e in expected]  # and the result is right
    assert win.search.bar.message.text().startswith(f"{len(expected)} match")


def test_typing_into_the_filter_of_a_large_table_filters_once_when_typing_pauses(qtbot, make_window, monkeypatch):
    from explorer.gui import table_view

    monkeypatch.setattr(table_view, "LARGE_TABLE_ROWS", 1000)  # 4k events stand for a large table here
    win = _window_with_search(make_window, qtbot, 4000)
    filtered: list[str] = []
    win.proxy.filterTextChanged.connect(filtered.append)
    edit = win.table_panel.filter
    edit.setFocus()
    qtbot.keyClicks(edit, "t 3")  # three keystrokes, no refilter between them
    assert filtered == [] and win.proxy.rowCount() == 4000
    qtbot.waitUntil(lambda: filtered == ["t 3"], timeout=2000)
    assert 0 < win.proxy.rowCount() < 4000
    qtbot.keyClick(edit, Qt.Key.Key_1)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter filters at once
    assert filtered == ["t 3", "t 31"]


@pytest.mark.benchmark
@pytest.mark.slow
def test_filter_keystrokes_with_find_stay_under_100_ms_at_100k_events(qtbot, make_window, benchmark):
    """Each keystroke in the filter box, with Find text, at 100k events: under 100 ms. The refilter
    itself runs once when typing pauses; its time is reported, not held to the target."""
    win = _window_with_search(make_window, qtbot, 100_000)
    edit = win.table_panel.filter
    edit.setFocus()
    keys = [Qt.Key.Key_E, Qt.Key.Key_V, Qt.Key.Key_E, Qt.Key.Key_N, Qt.Key.Key_T]
    worst: list[float] = []

    def keystroke(i=[0]) -> None:
        t0 = time.perf_counter()
        qtbot.keyClick(edit, keys[i[0] % len(keys)])
        qtbot.wait(0)
        win.search.matches()
        worst.append(time.perf_counter() - t0)
        i[0] += 1

    benchmark.pedantic(keystroke, rounds=5, iterations=1)
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: win.proxy.filter_text() == edit.text(), timeout=30_000)
    win.search.matches()
    benchmark.extra_info["worst_keystroke_ms"] = round(max(worst) * 1000, 1)
    benchmark.extra_info["refilter_after_pause_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    print(benchmark.extra_info)
    assert max(worst) < 0.1


def test_the_filter_search_text_is_built_in_the_background_before_the_first_keystroke(qtbot, make_window):
    """Issue 16: the first Filter keystroke at 100k events took 2.1 s building every event's search
    text; it is now built a chunk per event-loop turn after the events arrive."""
    from explorer.gui.event_model_search import HAYSTACK_CHUNK

    win = make_window()
    model = win.model
    sizes: list[int] = []
    real = model._extend_haystacks
    model._extend_haystacks = lambda stop: sizes.append(stop - len(model._search_index)) or real(stop)
    win.add_documents(synthetic_documents(3 * HAYSTACK_CHUNK))
    assert not model.search_ready()
    qtbot.waitUntil(model.search_ready, timeout=10_000)  # nothing typed: the event loop built it
    assert sizes and max(sizes) <= HAYSTACK_CHUNK  # in chunks: the window kept answering meanwhile
    sizes.clear()
    edit = win.table_panel.filter
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_7)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < win.proxy.rowCount() < 3 * HAYSTACK_CHUNK)
    assert all(size <= 0 for size in sizes)  # the keystroke only searched
    shown = [win.proxy.index(r, 0).data(EVENT_ROLE) for r in range(win.proxy.rowCount())]
    assert shown and all("7" in model.haystacks()[model.key_of(e.id)] for e in shown)
