"""Benchmark (skipped in CI): each lane grouping of a folder with hundreds of actors, in the real
window, with an event selected (its card drawn at each paint).

Session 21's review timed lanes by actor on twelve WikiWars histories (756 actor lanes) at about
45 s. Session 22 measured it (cProfile, the window offscreen and the xvfb route): the switch itself
took 0.1-0.4 s of CPU for every grouping on ww-nd and tb-nd; the 45 s were the folder's reading
and the finding of actors behind "finding actors…" (the annotation's child process, most of it
compiling per-name patterns), before lanes by actor can exist. What the switch did pay: each paint
with the selection's card weighed every lane's band of marks (756, most off screen) against some
200 places for the card, 90-125 ms a paint, so every arrow key lagged; now only what lies in the
view box is weighed (26 ms under the profiler). This corpus: switches 0.01-0.05 s CPU each, a
repaint with the card by 796 actor lanes 18.8 -> 10.5 ms CPU.

This benchmark builds a corpus of my own (60 documents, 800 actors, several actors an event),
selects the last event and switches the lanes to each grouping, timing the switch until the
timeline is drawn, then one repaint with the card. Targets: a switch under 2 s, a repaint under
100 ms (CPU time: the wall clock grows with the others' load on a shared machine).

Run: ``python -m pytest -p no:xdist tests/gui/test_lane_grouping_benchmark.py --benchmark-only -s``.
"""

from __future__ import annotations

import dataclasses
import json
import random
import time

import pytest
from PySide6.QtWidgets import QApplication

from .test_monkey import monkey_corpus

N_DOCS, PER_DOC, N_ACTORS = 60, 40, 800


def _corpus_with_actors() -> list:
    """The monkey corpus with one to three actors an event out of ``N_ACTORS`` (names of my own)."""
    rng = random.Random(22)
    names = [f"Harbour Guild {i}" for i in range(N_ACTORS)]
    out = []
    for doc in monkey_corpus(N_DOCS, PER_DOC):
        events = tuple(dataclasses.replace(e, actors=tuple(rng.sample(names, rng.randint(1, 3)))) for e in doc.events)
        out.append(dataclasses.replace(doc, events=events))
    return out


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()


@pytest.mark.benchmark
@pytest.mark.slow
def test_each_lane_grouping_with_hundreds_of_actor_lanes(qtbot, make_window, benchmark):
    window = make_window()
    window.add_documents(_corpus_with_actors())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 0, timeout=30000)
    model = window.model
    last = max((model.event_by_key(k) for k in range(model.key_count())),
               key=lambda e: (e.begin is not None, e.begin or e.end))
    assert window.selection.select_event(last.id)
    _settle()
    figures: dict[str, dict[str, float]] = {}

    def run() -> None:
        for mode in ("actor", "place", "document", "none", "actor"):
            cpu, wall = time.process_time(), time.perf_counter()
            timeline.set_lane_mode(mode)
            timeline.repaint()
            QApplication.processEvents()
            switch = (time.process_time() - cpu, time.perf_counter() - wall)
            _settle()
            cpu = time.process_time()
            timeline.plot.viewport().repaint()  # one paint of the lanes with the selection's card
            paint_cpu = time.process_time() - cpu
            figures[mode] = {"lanes": timeline.lane_count(), "switch_cpu_s": round(switch[0], 3),
                             "switch_wall_s": round(switch[1], 3), "paint_cpu_ms": round(1000 * paint_cpu, 1),
                             "card": timeline.highlight.last_card is not None}

    benchmark.pedantic(run, rounds=1, iterations=1)
    print(json.dumps(figures, indent=1))
    benchmark.extra_info.update(figures)
    assert figures["actor"]["lanes"] > 500  # the case is exercised: hundreds of actor lanes
    assert all(f["switch_cpu_s"] < 2.0 for f in figures.values()), figures
    assert figures["actor"]["card"] and figures["actor"]["paint_cpu_ms"] < 100, figures
