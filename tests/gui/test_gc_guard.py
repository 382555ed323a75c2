"""The GUI thread's collector (explorer/gui/gc_guard.py) runs a full collection only once the oldest
generation has grown by a quarter since the last one, CPython's own rule (issue 16: a full pass
over a 100k-event project, 150-235 ms, landed on a Filter keystroke every tenth young collection)."""

from __future__ import annotations

import gc

import pytest

from explorer.gui import gc_guard

#: these tests are of the app's own freezing, which other GUI tests leave out (tests/gui/conftest.py)
pytestmark = pytest.mark.real_freeze


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: tracked by the collector


def test_a_full_collection_waits_until_the_old_generation_grew_by_a_quarter(qapp, monkeypatch):
    was_enabled = gc.isenabled()
    gc.disable()
    keep = [Node() for _ in range(40_000)]  # a loaded project's objects
    gc.collect()
    collector = gc_guard.GuiGarbageCollector()
    collector.timer.stop()
    monkeypatch.setattr(gc_guard, "workers_busy", lambda: False)
    done: list[int] = []
    real = gc.collect
    monkeypatch.setattr(gc_guard.gc, "collect", lambda generation=2: done.append(generation) or real(generation))
    try:
        kept = collector.old.kept
        assert kept >= 40_000
        monkeypatch.setattr(gc_guard.gc, "get_count", lambda: (701, 11, 11))  # every generation due by count
        more = [Node() for _ in range(kept // 10)]  # a tenth more: not worth a full pass
        collector.check()
        assert done == [1]
        more += [Node() for _ in range(kept // 5)]  # now over a quarter more
        collector.check()
        assert done == [1, 2]
        assert collector.old.pending == 0 and collector.old.kept >= kept
        collector.check()  # nothing new since: no full pass again
        assert done == [1, 2, 1]
    finally:
        del keep, more
        if was_enabled:
            gc.enable()


def test_documents_added_are_kept_out_of_later_full_collections(make_window, qtbot):
    """As an opened project's: the events added (an import, a load) are frozen, so the next full
    collection scans only what was made since."""
    from tests.gui.quit_driver import synthetic_documents

    win = make_window()
    before = gc.get_freeze_count()
    win.add_documents(synthetic_documents(2000))
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 2000)
    assert gc.get_freeze_count() > before + 2000
    assert len(gc.get_objects(2)) < 2000  # none of the events left in the oldest generation
