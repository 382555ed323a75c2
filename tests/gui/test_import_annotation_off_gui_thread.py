"""An import into an annotated project annotates its new articles without holding the window (issue 16).

What the background run needs of the stored annotation (``stored_annotation``: the entities, the
groups, the old events near the new dates) takes seconds at 1M events; it is made on the thread that
sends the job to the child, never on the GUI thread, so the event loop keeps turning meanwhile.

The project: a few thousand events from ``explorer bench project`` (the generated articles of the
import benchmark), annotated and saved; the article imported is the benchmark's own, whose people the
project does not know. To stand for the seconds a 1M project costs, the stored annotation's making is
slowed by a sleep (which holds no lock a thread would need): on the GUI thread that second would be
one frozen turn, off it the timer keeps ticking.
"""

from __future__ import annotations

import inspect
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

import explorer.gui.people as people_module
from explorer.commands.bench_project import build_project

ARTICLE = str(Path(__file__).parent / "data" / "harbour-bridge-vote.txt")
PEOPLE = {"Casimir Oudendijk", "Dagmar Thijssen"}
#: How long the stored annotation's making is held (s): a 1M project's order of magnitude, shortened.
SLOW_S = 1.0


@pytest.fixture(scope="module")
def project_file(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("annotated") / "thousands.tlproj")
    build_project(3000, path, articles=3, jobs=1)
    return path


def _open(win, qtbot, path: str) -> None:
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.open_paths([path])
    assert win.people.has_annotation()
    qtbot.waitUntil(lambda: not win.people.is_annotating(), timeout=30_000)


def test_the_stored_annotation_is_made_off_the_gui_thread_and_the_event_loop_keeps_turning(
        make_window, qtbot, project_file, tmp_path, monkeypatch):
    import shutil

    copy = str(tmp_path / "copy.tlproj")
    shutil.copy(project_file, copy)
    win = make_window()
    _open(win, qtbot, copy)
    events_before = win.model.key_count()
    assert events_before >= 3000

    real = people_module.stored_annotation
    calls: list[tuple[threading.Thread, float, float]] = []

    def recorded(project, hashes):
        t0 = time.perf_counter()
        stored = real(project, hashes)
        time.sleep(SLOW_S)
        calls.append((threading.current_thread(), t0, time.perf_counter()))
        return stored

    monkeypatch.setattr(people_module, "stored_annotation", recorded)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    # applying the result takes more than one turn: the relabelling is one (the job's poll), the
    # groups and the lists, then ``annotated``, come from the event loop again, not from inside it
    stacks: dict[str, list[str]] = {}

    def stack_at(what: str) -> None:
        stacks[what] = [frame.function for frame in inspect.stack()]

    unsubscribe = win.model.project.subscribe(lambda change: stack_at("relabelled") if change.kind == "entities" else None)
    win.people.annotated.connect(lambda: stack_at("annotated"))
    try:
        with qtbot.waitSignal(win.people.annotated, timeout=120_000):
            win.open_paths([ARTICLE])
    finally:
        timer.stop()
        unsubscribe()
    assert "_check_worker" in stacks["relabelled"] and "_check_worker" not in stacks["annotated"]

    # made once, on a thread that is not the GUI thread
    assert len(calls) == 1
    thread, began, ended = calls[0]
    assert thread is not threading.main_thread() and thread.name == "task-send"
    # the timer kept ticking while it was made: no turn held the window for the slowed second
    during = [t for t in ticks if began <= t <= ended]
    assert len(during) >= 10
    edges = [began, *during, ended]
    assert max(b - a for a, b in zip(edges, edges[1:])) < SLOW_S / 2
    # and the article's events got their people, the old events were kept
    fresh = [e for e in (win.model.event_by_key(k) for k in range(win.model.key_count()))
             if e.doc == str(Path(ARTICLE).resolve()) or e.doc == ARTICLE]
    assert fresh and win.model.key_count() == events_before + len(fresh)
    assert PEOPLE <= {a for e in fresh for a in e.actors}
    assert PEOPLE <= {e.name for e in win.people.actors()}


def test_a_failure_while_making_the_stored_annotation_is_reported_not_raised(
        make_window, qtbot, project_file, tmp_path, monkeypatch):
    """A failure on the sending thread comes back as the job's error: a status message, the app alive."""
    import shutil

    copy = str(tmp_path / "copy.tlproj")
    shutil.copy(project_file, copy)
    win = make_window()
    _open(win, qtbot, copy)

    def broken(project, hashes):
        raise ValueError("no stored annotation today")

    monkeypatch.setattr(people_module, "stored_annotation", broken)
    messages: list[str] = []
    win.people.message.connect(messages.append)
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        win.open_paths([ARTICLE])
    qtbot.waitUntil(lambda: not win.people.is_annotating(), timeout=60_000)
    assert any("no stored annotation today" in m for m in messages)
