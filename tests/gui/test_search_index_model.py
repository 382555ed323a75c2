"""The model's search index (issue 16): built in the background after the search text, it answers
exactly what the search text answers, also after an edit and for events added later."""

from __future__ import annotations

import dataclasses

import numpy as np

from explorer.gui.event_model_search import HAYSTACK_CHUNK, INDEX_CHUNK
from explorer.gui.event_roles import Column
from tests.gui.quit_driver import synthetic_documents

NEEDLES = ["7", "event 3", "3-1", "synthetic", "1950", "doc", "happened. ", "zebra", "  "]


def plain(model, needle: str) -> list[bool]:
    return [needle.casefold() in h for h in model.haystacks()]


def test_the_index_is_built_in_the_background_and_agrees_with_the_search_text(qtbot, make_window):
    win = make_window()
    model = win.model
    sizes: list[int] = []
    index = model._search_index
    real = index.index_to
    index.index_to = lambda stop: sizes.append(stop - index.indexed) or real(stop)
    win.add_documents(synthetic_documents(2 * HAYSTACK_CHUNK))
    assert not model.search_index_ready()
    qtbot.waitUntil(model.search_index_ready, timeout=20_000)  # nothing asked: the event loop built it
    assert sizes and max(sizes) <= INDEX_CHUNK  # a chunk per turn: the window kept answering
    for needle in NEEDLES:
        assert model.search_mask(needle).tolist() == plain(model, needle), needle
    within = np.zeros(model.key_count(), bool)
    within[::2] = True
    assert model.search_mask("event", within).tolist() == [w and p for w, p in zip(within, plain(model, "event"))]


def test_an_edited_title_and_added_events_are_found(qtbot, make_window):
    win = make_window()
    model = win.model
    win.add_documents(synthetic_documents(200))
    qtbot.waitUntil(model.search_index_ready, timeout=10_000)
    key = 17
    old = model.event_by_key(key)
    model.replace_events({key: dataclasses.replace(old, title="Zebra crossing opened")})
    assert np.flatnonzero(model.search_mask("zebra")).tolist() == [key]
    assert not model.search_mask(old.title)[key]
    win.add_documents([_one_more_document()])
    mask = model.search_mask("quokka")  # indexed when asked, if the background has not yet
    assert mask.tolist() == plain(model, "quokka") and mask.sum() == 1


def _one_more_document():
    from datetime import date

    from explorer.documents import Document
    from explorer.events.record import Event
    from explorer.ingest import ExtractedDocument

    text = "A quokka was seen on 3 May 1999."
    event = Event(id="late#21", doc="/late.txt", title="A quokka was seen", sentence=text, sentence_start=0,
                  sentence_end=len(text), timex="3 May 1999", timex_start=21, timex_end=31, value="1999-05-03",
                  type="DATE", begin=date(1999, 5, 3), end=date(1999, 5, 3), certainty="exact")
    return ExtractedDocument(Document("/late.txt", text, "Late news"), (), (event,))


def test_the_search_text_and_index_cost_about_their_utf8_bytes(qtbot, make_window, monkeypatch):
    """Issue 16: at 1M events the search text was a million Python strings (two bytes a character
    once one character is wide, as "–" in a date range is) and the postings 8 bytes each: 0.7 GB
    added after opening, and at 9M the build ran the machine out of memory. What the background
    build keeps (tracemalloc, numpy's buffers included) is now about the texts' UTF-8 bytes plus a
    few dozen bytes an event: offsets and sealed postings."""
    import tracemalloc

    from explorer.store import search_index

    monkeypatch.setattr(search_index, "SEGMENT_CAP", 40_000)  # sealed as at a million events
    n = 20_000
    win = make_window()
    model = win.model
    win.add_documents(synthetic_documents(n))
    model._haystack_timer.stop()
    model.time_arrays()
    kept = 0  # grown over the steps of the search text and index (the title order's steps aside)
    tracemalloc.start()
    try:
        while not model.search_index_ready() or model._title_order_steps is not None:
            title = model.search_ready() and model._title_order_steps is not None
            before = tracemalloc.get_traced_memory()[0]
            model._build_haystacks_step()
            kept += 0 if title else tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    utf8 = sum(len(text.encode()) + 1 for text in model.haystacks())
    assert model.key_count() == n
    assert kept < 1.75 * utf8, (kept / n, utf8 / n)  # a str each, 8-byte postings: 3.5 times
    assert model.search_mask("event 3-1").tolist() == plain(model, "event 3-1")


def test_document_names_and_names_are_held_once_and_found_as_before(qtbot, make_window):
    """Issue 16 (memory at 1M): each event's own search text is its date, title and sentence; its
    document's name and its names are held once per distinct value. The answers stay those of the
    whole text, also for a needle spanning the title, the document's name and the sentence (it holds
    a line break: answered from each event's whole text)."""
    win = make_window()
    model = win.model
    win.add_documents(synthetic_documents(300))
    qtbot.waitUntil(model.search_index_ready, timeout=10_000)
    key = 5
    event = model.event_by_key(key)
    document = model.index(model.row_of_key(key), Column.DOCUMENT).data()  # as the table shows it
    whole = model.haystacks()[key]
    assert f"{event.title}\n{document}\n{event.sentence}".casefold() in whole
    spanning = [f"{event.title[-3:]}\n{document[:4]}", f"{document[-4:]}\n{event.sentence[:5]}",
                f"{event.title[-3:]}\n{event.sentence[:5]}", document, document[2:9].upper()]
    for needle in spanning + NEEDLES:
        mask = model.search_mask(needle)
        assert mask.tolist() == plain(model, needle), repr(needle)
    assert model.search_mask(spanning[0])[key] and model.search_mask(spanning[1])[key]
    own = model._search_index.text
    assert document.casefold() not in own[key]  # held once for its document, not in every event's text
    whole_bytes = sum(len(text.encode()) + 1 for text in model.haystacks())
    own_bytes = sum(len(text.encode()) + 1 for text in own)
    assert own_bytes <= whole_bytes - model.key_count() * (len("synthetic document ") + 1)
