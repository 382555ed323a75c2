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


class _FreezeLeftToTheSuite:
    """The ``gc`` module as explorer.gui.gc_guard sees it in a GUI test that does not ask for the real
    freeze (``@pytest.mark.real_freeze``): freezing and thawing do nothing, everything else is gc's.

    Why: the app freezes everything alive once documents are shown (``keep_loaded_heap_out_of_
    collections``), and after such a test everything had to be thawed and collected again: a full
    pass over the worker's whole heap (466k objects, most of them the suite's 19k collected items)
    after every GUI test, 0.3-0.8 s each, a third of CI's time. Here the suite's own heap is frozen
    once (:func:`_freeze_the_suites_heap`) and each test's collection scans only what it made. The
    tests of the freeze itself (test_gc_guard, test_open_heap) ask for the real one."""

    def __getattr__(self, name: str):
        import gc

        return getattr(gc, name)

    @staticmethod
    def freeze() -> None:
        pass

    @staticmethod
    def unfreeze() -> None:
        pass


#: Whether this process froze the suite's heap yet (the permanent generation's size then).
_suite_frozen: list[int] = [0]


def _freeze_the_suites_heap() -> None:
    import gc

    gc.collect()
    gc.freeze()
    _suite_frozen[0] = gc.get_freeze_count()


@pytest.fixture(autouse=True)
def _collect_when_workers_are_done(request, monkeypatch):
    """Automatic collection is off in the app (see explorer/gui/gc_guard.py); collect after each
    test, once no worker thread runs, so wrappers are freed on this thread and never mid-work."""
    import gc

    from explorer.gui import gc_guard

    real_freeze = request.node.get_closest_marker("real_freeze") is not None
    if not real_freeze:
        monkeypatch.setattr(gc_guard, "gc", _FreezeLeftToTheSuite())
    if not _suite_frozen[0]:
        _freeze_the_suites_heap()
    yield
    assert gc_guard.wait_until_idle(60), "a worker thread was still running 60 s after the test"
    if real_freeze:
        # the test froze or thawed for real: what it froze is freed as before, by thawing and
        # collecting everything, and the suite's heap is frozen again
        gc.unfreeze()
        _freeze_the_suites_heap()
    else:
        gc.collect()  # what the test made: the suite's heap is frozen


@pytest.fixture
def corpus() -> list[ExtractedDocument]:
    return build_corpus()


@pytest.fixture(scope="session")
def explorer_app(qapp):
    """The QApplication set up as the app sets it up (names, icon, style sheet), once per process.

    Why once: ``create_app`` applies the style sheet, and applying it again restyles the whole
    application, 0.1-0.7 s a test; it leaves nothing a test changes (no test sets the style, the
    names or the quit policy), so what it set up for the first window holds for every later one."""
    _preload_the_annotation_children()
    app = create_app()
    app.setQuitOnLastWindowClosed(False)  # the test process must survive a window closing
    return app


def _preload_the_annotation_children() -> None:
    """The fork server (the app's start method once Qt runs threads) imports what the app's
    annotation children run, once per process, before it forks them.

    Why: a window's annotation starts a child that imported the ingest engine (1.3 s of CPU) before
    doing anything; the people-and-places tests start dozens. Each child still runs the real
    ``annotate_in_background`` path, loads the gazetteer and annotates; a failing import still fails
    in the child. Set before the first window: a fork server already running keeps what it had."""
    import multiprocessing

    multiprocessing.get_context("forkserver").set_forkserver_preload(["__main__", "explorer.ingest.engine"])


@pytest.fixture
def make_window(qtbot, explorer_app):
    """A factory for shown main windows, torn down (graphics first) after the test."""
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
    """A window showing the hand-built corpus, timeline drawn and the table sorted: the documents
    are sorted in on a later event-loop turn, and the marks can be drawn first, so a test that
    starts while that sort is pending sees a filter change as one layout change instead of the
    rows leaving and arriving (session 58's order-dependent failure of
    test_show_rejected_and_a_star_filter_move_rows_without_a_reset)."""
    win = make_window()
    win.add_documents(corpus)
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 5 and not win.model.sort_pending())
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
