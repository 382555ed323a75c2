"""The Filter box answers from the model's search index once it is built (issue 16): the rows shown
must be exactly those the plain ``needle in text`` pass shows, for any needle a user types."""

from __future__ import annotations

import os
import random
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from explorer.gui import event_proxy
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.event_proxy import INDEXED_SHARE

WORDS = ["Zürich", "São Paulo", "İstanbul", "Straße", "naïve", "O'Brien", "U.S.", "co-op", "3-1",
         "Council", "vote", "VOTE", "re-election", "Ångström", "Ελλάδα", "(draft)", "50%", "Mr. Smith",
         "talks", "peace", "1999", "e-mail", "Dvořák", "x"]

# typed letter by letter: each prefix is filtered too, so shorter needles' masks narrow longer ones
NEEDLES = ["vote", "VOTE", "u.s.", "u.s. c", "o'b", "zürich", "ZÜRICH", "sao", "são p", "strasse",
           "STRASSE", "i̇stanbul", "naïve", "ελλ", "(draft", "50%", "mr. smith", "co-op vote", "3-1",
           " talks", "talks ", "ångström", "dvořák", "e-mail", "1999", "doc 2", "nothing here"]


def _documents(n_docs: int = 6, per_doc: int = 150, seed: int = 16):
    """Generated documents whose titles mix the words above (spaces, punctuation, case, non-ASCII)."""
    from explorer.documents import Document
    from explorer.events.record import Event
    from explorer.ingest import ExtractedDocument

    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        path = f"/generated/doc {d}.txt"
        text = f"Doc {d}. " + "y" * per_doc
        events = []
        for i in range(per_doc):
            begin = date(1900, 1, 1) + timedelta(days=rng.randrange(40000))
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 5)))
            events.append(Event(
                id=f"g{d}#{i}", doc=path, title=title, sentence=text[:8], sentence_start=0, sentence_end=8,
                timex="y", timex_start=8 + i, timex_end=9 + i, value=begin.isoformat(), type="DATE",
                begin=begin, end=begin, certainty="exact"))
        docs.append(ExtractedDocument(Document(path, text, f"Generated doc {d}"), (), tuple(events)))
    return docs


def _type(edit, qtbot, text: str) -> None:
    """Key presses for ``text``: QTest types ASCII only, so other characters are sent as the key
    events a keyboard layout with them would send (no key code, the character as the event's text)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert edit.text().endswith(text)


def _shown(win) -> list[str]:
    proxy = win.proxy
    return [proxy.index(r, 0).data(EVENT_ROLE).id for r in range(proxy.rowCount())]


def _type_needles(win, qtbot) -> dict[str, list[str]]:
    """Types each needle into the Filter box (real key presses), then erases it: the rows shown
    after each needle and after each backspace."""
    edit = win.table_panel.filter
    edit.setFocus()
    seen: dict[str, list[str]] = {}
    for needle in NEEDLES:
        _type(edit, qtbot, needle)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.proxy.filter_text() == edit.text())
        seen[needle] = _shown(win)
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.proxy.filter_text() == edit.text())
        seen[needle[:-1] + "\b"] = _shown(win)
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: win.proxy.filter_text() == "")
    return seen


def _window(make_window, qtbot, docs):
    win = make_window()
    win.add_documents(docs)
    qtbot.waitUntil(lambda: win.proxy.rowCount() == sum(len(d.events) for d in docs))
    return win


@pytest.mark.parametrize("share", [0.0, INDEXED_SHARE], ids=["index-always", "index-for-many"])
def test_the_filter_shows_the_same_rows_with_and_without_the_search_index(qtbot, make_window, monkeypatch, share):
    """``share`` 0: the index answers every needle, also one a shorter needle narrowed to a few keys."""
    monkeypatch.setattr(event_proxy, "INDEXED_SHARE", share)
    docs = _documents()
    plain = _window(make_window, qtbot, docs)
    plain.model.search_index_ready = lambda: False  # the index never counts as built: the plain pass
    plain.model.search_mask = lambda *a, **k: pytest.fail("the plain pass asked the index")
    expected = _type_needles(plain, qtbot)

    indexed = _window(make_window, qtbot, docs)
    qtbot.waitUntil(indexed.model.search_index_ready, timeout=10_000)
    asked: list[str] = []
    real = indexed.model.search_mask
    indexed.model.search_mask = lambda needle, within=None: asked.append(needle) or real(needle, within)
    got = _type_needles(indexed, qtbot)

    assert asked  # the index answered
    assert any(expected[n] for n in NEEDLES) and any(not expected[n] for n in NEEDLES)  # the needles tell rows apart
    for needle, rows in expected.items():
        assert got[needle] == rows, repr(needle)


def test_events_added_after_the_index_is_built_are_filtered_alike(qtbot, make_window):
    """Keys added while a filter is on extend the kept mask: searched the same way either side."""
    docs = _documents(n_docs=8)
    win = _window(make_window, qtbot, docs[:4])
    qtbot.waitUntil(win.model.search_index_ready, timeout=10_000)
    edit = win.table_panel.filter
    edit.setFocus()
    _type(edit, qtbot, "u.s. c")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.proxy.filter_text() == "u.s. c")
    win.add_documents(docs[4:])
    qtbot.waitUntil(win.model.search_index_ready, timeout=10_000)
    expected = [e.id for d in docs for e in d.events if "u.s. c" in e.title.casefold()]
    qtbot.waitUntil(lambda: sorted(_shown(win)) == sorted(expected))
    asked: list[str] = []
    real = win.model.search_mask
    win.model.search_mask = lambda needle, within=None: asked.append(needle) or real(needle, within)
    mask = win.proxy._text_mask(300, win.model.key_count())  # a slice of new keys, from the index
    plain = [("u.s. c" in h) for h in win.model.haystacks()[300:]]
    assert asked == ["u.s. c"] and mask.tolist() == plain and any(plain)


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.parametrize("use_index", [False, True], ids=["plain", "index"])
def test_a_filter_keystrokes_refilter_at_100k_events(qtbot, make_window, benchmark, use_index):
    """One Filter keystroke's refilter (after the typing pause) at 100k events, with and without the
    search index; reported in ms. ``TE_BENCH_EVENTS`` sets another size (say 1000000)."""
    from tests.gui.quit_driver import synthetic_documents

    n = int(os.environ.get("TE_BENCH_EVENTS", "100000"))
    win = make_window()
    win.add_documents(synthetic_documents(n))
    qtbot.waitUntil(lambda: win.proxy.rowCount() >= n, timeout=600_000)
    qtbot.waitUntil(win.model.search_index_ready, timeout=900_000)
    if not use_index:
        win.model.search_index_ready = lambda: False
    edit = win.table_panel.filter
    edit.setFocus()
    texts = ["e", "ev", "eve", "event", "event 3", "event 3-", "event 3-1", "event 3-", "1", "19", "doc", "t 4-2"]
    times: list[float] = []

    def refilter(i=[0]) -> None:
        text = texts[i[0] % len(texts)]
        i[0] += 1
        t0 = time.perf_counter()
        edit.setText(text)  # a small table filters here; a large one when typing pauses, or at Enter
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.proxy.filter_text() == text, timeout=30_000)
        times.append(time.perf_counter() - t0)

    benchmark.pedantic(refilter, rounds=len(texts), iterations=1)
    benchmark.extra_info["refilter_ms"] = [round(t * 1000, 1) for t in times]
    benchmark.extra_info["worst_refilter_ms"] = round(max(times) * 1000, 1)
    print(use_index, benchmark.extra_info)
