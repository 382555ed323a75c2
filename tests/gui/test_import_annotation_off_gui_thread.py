"""An import into an annotated project annotates its new articles without holding the window (issue 16).

What the background run needs of the stored annotation (``stored_annotation``: the entities, the
groups, the old events near the new dates) takes seconds at 1M events; it is made on the thread that
sends the job to the child, never on the GUI thread, so the event loop keeps turning meanwhile.

The project: a few thousand events from ``explorer bench project`` (the generated articles of the
import benchmark), annotated and saved; the article imported is the benchmark's own, whose people the
project does not know. To stand for the seconds a 1M project costs, the stored annotation's making is
held until the GUI thread's event loop has turned :data:`TURNS` times (a timer counts them): off the
GUI thread that comes at once; on it, it never could (the hold gives up after a minute and the test
fails). It waited on a clock before (a one-second sleep, no gap over half a second between timer
ticks): on a loaded machine the OS alone starved the GUI thread that long, and the test failed with the
annotation off the GUI thread as it should be.
"""

from __future__ import annotations

import inspect
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

import explorer.gui.people as people_module
from explorer.commands.bench_project import build_project

ARTICLE = str(Path(__file__).parent / "data" / "harbour-bridge-vote.txt")
PEOPLE = {"Casimir Oudendijk", "Dagmar Thijssen"}
#: The event-loop turns the stored annotation's making waits for: the window kept turning meanwhile.
TURNS = 10
#: The longest the making waits for them (s): only reached if it ran where the loop cannot turn.
GIVE_UP_S = 60.0


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
    calls: list[tuple[threading.Thread, bool]] = []
    holding, turned = threading.Event(), threading.Event()
    turns: list[int] = []

    def recorded(project, hashes):
        stored = real(project, hashes)
        holding.set()
        calls.append((threading.current_thread(), turned.wait(GIVE_UP_S)))
        return stored

    def tick() -> None:  # one turn of the GUI thread's event loop while the making is held
        if holding.is_set() and not turned.is_set():
            turns.append(1)
            if len(turns) >= TURNS:
                turned.set()

    monkeypatch.setattr(people_module, "stored_annotation", recorded)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
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
    thread, loop_turned = calls[0]
    assert thread is not threading.main_thread() and thread.name == "task-send"
    # the event loop turned while it was made: the window was never held by it
    assert loop_turned and len(turns) == TURNS
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
