"""An offscreen "monkey": random keys from the action table, random clicks on the timeline and a
curation sequence over 2,000 events, with a fixed seed; after every step the app must be alive and
consistent (nothing raised, the selection names an event that exists, the timeline draws exactly the
events the table keeps, a repaint works)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog

from explorer.documents import Document
from explorer.events.record import Event
from explorer.gui.actions import ACTIONS
from explorer.ingest import ExtractedDocument
from tests.property_examples import examples

SEED = 20261129
#: Random steps after the curation sequence. A random test like a property test, so it takes the
#: example budget's share of its 500 (tests/property_examples.py): 500 locally, fewer in CI; the first
#: steps press every key once in a random order, so however few the steps, no key goes untried.
STEPS = examples(500)
N_DOCS, PER_DOC = 20, 100  # 2,000 events in 20 lanes (more than fit: the lanes scroll)
#: Keys that open a file dialog, quit or replace the project: a monkey cannot answer those.
_SKIP = {"new_project", "open", "save", "save_as", "open_folder", "paste_document", "export_data",
         "export_image", "quit", "about", "cancel_import", "split_name"}


def monkey_corpus(n_docs: int = N_DOCS, per_doc: int = PER_DOC, seed: int = SEED) -> list[ExtractedDocument]:
    """Events at random days, months, years and multi-year spans; a few undated."""
    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        sentences, events = [], []
        pos = 0
        for i in range(per_doc):
            kind = rng.random()
            start = date(1900, 1, 1) + timedelta(days=rng.randrange(0, 120 * 365))
            if kind < 0.6:
                begin, end, expr = start, start, start.strftime("%d %B %Y")
            elif kind < 0.8:
                begin, end, expr = start.replace(day=1), start.replace(day=28), start.strftime("%B %Y")
            elif kind < 0.97:
                begin, end, expr = date(start.year, 1, 1), date(start.year + rng.randrange(0, 12), 12, 31), f"{start.year}"
            else:
                begin = end = None
                expr = "one day"
            sentence = f"Event {i} of document {d} happened on {expr}."
            s_start = pos
            t_start = s_start + sentence.index(expr)
            events.append(Event(
                id=f"m{d}#{t_start}", doc=f"/monkey/doc{d:02}.txt", title=f"Event {i} of document {d}",
                sentence=sentence, sentence_start=s_start, sentence_end=s_start + len(sentence), timex=expr,
                timex_start=t_start, timex_end=t_start + len(expr), value=begin.isoformat() if begin else "",
                type="DATE", begin=begin, end=end, certainty="exact" if begin else "undated"))
            sentences.append(sentence)
            pos += len(sentence) + 1
        doc = Document(f"/monkey/doc{d:02}.txt", " ".join(sentences), f"Monkey document {d}", date(2020, 1, 1), "header")
        out.append(ExtractedDocument(doc, (), tuple(events)))
    return out


def _keys() -> list[tuple[str, QKeySequence]]:
    out = []
    for spec in ACTIONS:
        if spec.name in _SKIP:
            continue
        for key, _scope in spec.keys():
            out.append((spec.name, QKeySequence(key)))
    return out


def _press(qtbot, window, seq: QKeySequence) -> None:
    combo = seq[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def _labels_name_their_marks(window, step: str) -> None:
    """Each title drawn belongs to the event whose mark it labels (same key, same date)."""
    timeline, model = window.timeline, window.model
    arr, x0 = timeline.arr, model.time_arrays().x0
    for box in timeline.item.last_labels:
        for m in box.members[:3].tolist():
            key = int(arr.row[m])
            assert key < len(x0) and x0[key] == arr.begin[m], f"{step}: a mark stands for another event"


def _consistent(window, step: str) -> None:
    window.timeline.plot.grab()  # a repaint may come before any queued rebuild: it must not fail
    _labels_name_their_marks(window, step)
    QApplication.processEvents()
    assert window.isVisible(), step
    model, timeline = window.model, window.timeline
    event = window.selection.current_event()
    if event is not None:
        assert model.key_of(event.id) is not None, f"{step}: the selection names an event that is gone"
    timeline.refresh()  # (a no-op unless a rebuild is pending) what is drawn must agree with the table
    proxy = window.selection.proxy
    kept = (model.key_of_row(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount()))
    dated = {k for k in kept if model.event_by_key(k).begin is not None}
    drawn = {model.key_of(e) for e in timeline.drawn_event_ids()}
    assert drawn == dated, f"{step}: the timeline draws other events than the table keeps"
    timeline.plot.grab()


@pytest.fixture
def monkey_window(make_window, qtbot, monkeypatch):
    answers = iter(["1 May 1950", "Renamed by the monkey", "tag-a", "2 June 1960"] * 1000)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(answers), True)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("a note", True)))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda parent, title, label, items, *a, **k: (items[0] if items else "", bool(items))))
    window = make_window()
    window.add_documents(monkey_corpus())
    qtbot.waitUntil(lambda: window.timeline.mark_count() > 1900, timeout=20_000)
    window.timeline.setFocus()
    return window


def test_the_monkey(qtbot, monkey_window):
    window = monkey_window
    rng = random.Random(SEED)
    keys = _keys()
    curation = [("next_event", QKeySequence("Right")), ("reject", QKeySequence("Del")),
                ("undo", QKeySequence("Ctrl+Z")), ("redo", QKeySequence("Ctrl+Shift+Z")),
                ("toggle_star", QKeySequence("*")), ("edit_date", QKeySequence("Ctrl+D")),
                ("edit_title", QKeySequence("F2")), ("undo", QKeySequence("Ctrl+Z"))]
    viewport = window.timeline.plot.viewport()
    steps = 0
    with qtbot.capture_exceptions() as caught:
        for name, seq in curation:
            window.timeline.setFocus()
            _press(qtbot, window, seq)
            _consistent(window, f"curation {name}")
            assert not caught, (name, caught[0][1])
        every_key_once = rng.sample(range(len(keys)), len(keys))
        picks = every_key_once + [rng.randrange(len(keys)) for _ in range(STEPS - len(keys))]
        for i, pick in enumerate(picks):
            name, seq = keys[pick]
            _press(qtbot, window, seq)
            if i % 5 == 0:  # a click somewhere on the timeline every fifth step
                at = QPoint(rng.randrange(viewport.width()), rng.randrange(viewport.height()))
                qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
            if QApplication.activeModalWidget() is not None:
                QApplication.activeModalWidget().close()
            for w in QApplication.topLevelWidgets():  # a monkey closes what it opened
                if w is not window and w.isVisible() and w.isWindow() and w.windowType() == Qt.WindowType.Dialog:
                    w.close()
            _consistent(window, f"step {i}: {name}")
            assert not caught, (i, name, caught[0][1])
            if not window.isActiveWindow():
                window.activateWindow()
            steps += 1
    assert steps == len(picks) >= STEPS
