"""Benchmark (skipped in CI): the Actors list arriving on 10k and 100k events, in the real window.

The sample's articles are extracted and annotated once; copies of them (each with its own text, so
its own document and event ids) make the corpus, and the worker's labels are carried to the copies'
ids (the groups are left out: they name the originals' ids). The result is handed to ``People`` as the worker's poll hands it; a 10 ms ``QTimer`` heartbeat
gives the longest event-loop turn from then until ``annotated`` and the turns after it (the target
is 100 ms), and events per second of the whole application. Before the worker's labels were kept
(``Project.set_annotation(labels=...)``), 10,038 events took one 8.4-13 s turn; with them (session
16, a loaded 2-core machine): 10,038 events 0.25 s to ``annotated``, longest turn 0.40 s; 100,002
events 1.6 s, longest turn 2.0 s.

Run: ``python -m pytest -p no:xdist tests/gui/test_labels_benchmark.py --benchmark-only -s``.
"""

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from explorer.entities.annotation import Annotation, annotate_documents
from explorer.events.event_ids import document_key
from explorer.ingest import extract_paths
from explorer.resources import sample_dir


def copies(n_events: int) -> tuple[list, Annotation]:
    """At least ``n_events`` events: the sample's documents copied, with the annotation's labels."""
    base = [dataclasses.replace(d, mentions=None) for d in extract_paths([str(sample_dir())], jobs=1).documents]
    found = annotate_documents(base)
    per = sum(len(d.events) for d in base)
    docs, labels = [], {}
    for k in range(-(-n_events // per)):
        for d in base:
            doc = dataclasses.replace(d.document, path=f"{d.document.path}.copy{k}", text=f"{d.document.text}\n\nCopy {k}.\n")
            key = document_key(doc)

            def new_id(old: str | None) -> str | None:
                return None if old is None or "#" not in old else key + old[old.rfind("#"):]

            events = tuple(dataclasses.replace(e, id=new_id(e.id), doc=doc.path, anchor=new_id(e.anchor) or e.anchor)
                           for e in d.events)
            labels.update({e.id: found.labels[o.id] for e, o in zip(events, d.events) if o.id in found.labels})
            docs.append(dataclasses.replace(d, document=doc, events=events))
    # no groups: the sample's name the sample's own event ids, which the copies do not have
    return docs, Annotation(found.index, (), labels)


@pytest.mark.xfail(reason="target not met yet: with the worker's labels, 10k events took one 0.4 s turn and 100k one "
                          "2.0 s turn (was 8.4-13 s at 10k), all in ProjectEventModel._update_documents diffing every "
                          "document's rows in one turn; slicing it over turns is the next step", strict=False)
@pytest.mark.parametrize("n_events", [10_000, 100_000])
def test_actors_arriving_keeps_every_turn_short(benchmark, make_window, n_events):
    docs, annotation = copies(n_events)
    win = make_window()
    win.add_documents(docs)
    app = QApplication.instance()
    people = win.people
    figures: dict[str, float] = {}

    def arrive() -> None:
        people._generation += 1
        generation = people._generation
        gaps: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        heart = QTimer()
        heart.setInterval(10)
        heart.timeout.connect(beat)
        done: list[float] = []
        people.annotated.connect(lambda: done.append(time.perf_counter()))
        heart.start()
        last[0] = start = time.perf_counter()
        QTimer.singleShot(0, lambda: people._on_result(generation, annotation))
        while (not done or time.perf_counter() - done[0] < 1.0) and time.perf_counter() - start < 120:
            app.processEvents()
            time.sleep(0.002)
        heart.stop()
        assert done, "the annotation was never applied"
        figures.update(events=win.model.key_count(), result_to_annotated_s=done[0] - start,
                       events_per_s=win.model.key_count() / (done[0] - start), longest_turn_ms=max(gaps) * 1000)

    benchmark.pedantic(arrive, rounds=1, iterations=1)
    benchmark.extra_info.update(figures)
    print(figures)
    assert figures["events"] >= n_events
    assert figures["longest_turn_ms"] < 100
