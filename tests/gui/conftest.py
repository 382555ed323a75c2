"""Fixtures for the GUI tests: a small hand-built corpus with known offsets, and windows showing it.

The corpus is built here rather than by the tagger, which is still changing: these tests are about
what the views do with events, not about which events the tagger finds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.documents import Document
from explorer.events.record import Event
from explorer.gui.app import create_app
from explorer.ingest import ExtractedDocument
from explorer.temporal.timex import Timex

ALPHA = (
    "The alliance was founded in March 2001 after long talks. "
    "Nothing else happened for a while, and the talks lasted two weeks. "
    "On 5 May 2003 the treaty was signed in Kabul.\n\n"
    "Much later, in 2010, the members met again."
)
BETA = (
    "A report from 12 January 1998 describes the first contacts. "
    "The war of 1997-2004 changed the region. "
    "Someday the archive will open."
)


def _event(doc: Document, sentence: str, expr: str, value: str, begin: date | None, end: date | None) -> tuple[Event, Timex]:
    s_start = doc.text.index(sentence)
    t_start = doc.text.index(expr, s_start)
    key = doc.path.rsplit("/", 1)[-1].split(".")[0]
    event = Event(
        id=f"{key}#{t_start}", doc=doc.path, title=sentence.rstrip(".")[:40], sentence=sentence,
        sentence_start=s_start, sentence_end=s_start + len(sentence), timex=expr, timex_start=t_start,
        timex_end=t_start + len(expr), value=value, type="DATE", begin=begin, end=end,
        certainty="exact" if begin else "undated",
    )
    timex = Timex(t_start, t_start + len(expr), expr, "DATE", value, begin=begin, end_day=end)
    return event, timex


def build_corpus() -> list[ExtractedDocument]:
    alpha = Document("/corpus/alpha.txt", ALPHA, "Alpha alliance history", date(2011, 1, 1), "header")
    beta = Document("/corpus/beta.txt", BETA, "Beta regional report", date(2005, 6, 1), "header")
    a = [
        _event(alpha, "The alliance was founded in March 2001 after long talks.", "March 2001", "2001-03",
               date(2001, 3, 1), date(2001, 3, 31)),
        _event(alpha, "On 5 May 2003 the treaty was signed in Kabul.", "5 May 2003", "2003-05-05",
               date(2003, 5, 5), date(2003, 5, 5)),
        _event(alpha, "Much later, in 2010, the members met again.", "2010", "2010",
               date(2010, 1, 1), date(2010, 12, 31)),
    ]
    duration_start = ALPHA.index("two weeks")
    duration = Timex(duration_start, duration_start + len("two weeks"), "two weeks", "DURATION", "P2W")
    b = [
        _event(beta, "A report from 12 January 1998 describes the first contacts.", "12 January 1998",
               "1998-01-12", date(1998, 1, 12), date(1998, 1, 12)),
        _event(beta, "The war of 1997-2004 changed the region.", "1997-2004", "1997/2004",
               date(1997, 1, 1), date(2004, 12, 31)),
        _event(beta, "Someday the archive will open.", "Someday", "FUTURE_REF", None, None),
    ]
    alpha_timexes = sorted([t for _, t in a] + [duration], key=lambda t: t.start)
    return [
        ExtractedDocument(alpha, tuple(alpha_timexes), tuple(e for e, _ in a)),
        ExtractedDocument(beta, tuple(t for _, t in b), tuple(e for e, _ in b)),
    ]


@pytest.fixture(autouse=True)
def _collect_when_workers_are_done():
    """Automatic collection is off in the app (see explorer/gui/gc_guard.py); collect after each
    test, once no worker thread runs, so wrappers are freed on this thread and never mid-work."""
    yield
    import gc

    from explorer.gui.gc_guard import wait_until_idle

    assert wait_until_idle(60), "a worker thread was still running 60 s after the test"
    gc.unfreeze()  # an opened project's objects are kept out of collections (gc_guard); not across tests
    gc.collect()


@pytest.fixture
def corpus() -> list[ExtractedDocument]:
    return build_corpus()


@pytest.fixture
def make_window(qtbot):
    """A factory for shown main windows, torn down (graphics first) after the test."""
    app = create_app()
    app.setQuitOnLastWindowClosed(False)  # the test process must survive a window closing
    from explorer.gui.main_window import MainWindow

    def make() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window, before_close_func=lambda w: w.teardown())
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts only reach the active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window, corpus, qtbot):
    """A window showing the hand-built corpus, timeline drawn."""
    win = make_window()
    win.add_documents(corpus)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 5)
    return win


ENTITY_CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


@pytest.fixture(scope="session")
def entity_documents() -> list[ExtractedDocument]:
    """The people-and-places test corpus, extracted by the tagger (once per run)."""
    from explorer.ingest import extract_paths

    return list(extract_paths([ENTITY_CORPUS]).documents)


@pytest.fixture
def annotated_window(make_window, entity_documents, qtbot):
    """A window on the people-and-places corpus once its actors, places and groups are applied."""
    window = make_window()
    window.add_documents(entity_documents, annotate=True)
    qtbot.waitUntil(lambda: window.people.index is not None and not window.people.is_annotating(), timeout=60_000)
    window.timeline.refresh()
    return window


@pytest.fixture
def lanes_window(make_window, qtbot):
    """Twenty lanes, more than the window shows at once, the timeline focused."""
    from .test_monkey import monkey_corpus

    window = make_window()
    window.add_documents(monkey_corpus(n_docs=20, per_doc=6))
    qtbot.waitUntil(lambda: window.timeline.lane_count() == 20)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    return window


def focused_while_reading(qtbot, make_window, documents: list[ExtractedDocument], marks: int):
    """A window showing ``documents`` as an import does while it reads the folder (actors and places
    not found yet), ``marks`` drawn, the timeline focused."""
    window = make_window()
    window.facets.set_reading(True)
    window.add_documents(documents)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == marks)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    return window
