"""Importing a folder into an open, annotated project annotates only the new articles (issue 16):
the background run is handed the new documents alone, the Actors dock and the events show the new
names, and every old entity and old event keeps its name.

Corpus: tests/entities/corpus, the first two articles saved as an annotated project, the other two
imported into it through the app."""

from __future__ import annotations

import shutil
from pathlib import Path

from explorer.gui.facets import NAME_ROLE
from explorer.store import Project
from explorer.store.importing import import_paths

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


def facet_names(lst) -> set[str]:
    return {lst.item(i).data(NAME_ROLE) for i in range(lst.count())}


def labels(window) -> dict[str, tuple]:
    model = window.model
    return {e.id: (e.actors, e.places) for e in (model.event_by_key(k) for k in range(model.key_count()))}


def test_importing_a_folder_into_an_annotated_project_annotates_only_its_articles(make_window, qtbot, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for name in ("a-wire.txt", "b-daily.txt"):
        shutil.copy(CORPUS / name, old / name)
    for name in ("c-gazette.txt", "d-post.txt"):
        shutil.copy(CORPUS / name, new / name)
    saved = tmp_path / "news.tlproj"
    project = Project(saved)
    import_paths(project, [old], jobs=1)
    project.save()

    win = make_window()
    with qtbot.waitSignal(win.loadFinished, timeout=30_000):
        win.open_paths([str(saved)])
    people = win.people
    assert people.has_annotation() and not people.is_annotating()
    before_ids = {e.id: e.name for e in people.index.entities.values()}
    before_labels = labels(win)
    before_actors = facet_names(win.facets.actors)
    assert "Sergei Lavrov" in before_actors and "Bashar al-Assad" not in before_actors

    handed, whole = [], []
    real_new = people.new_job_factory
    people.new_job_factory = lambda stored, docs: handed.append([d.document.path for d in docs]) or real_new(stored, docs)
    people.job_factory = lambda docs: whole.append(len(docs))
    with qtbot.waitSignal(people.annotated, timeout=60_000):
        with qtbot.waitSignal(win.loadFinished, timeout=60_000):
            win.open_paths([str(new)])

    assert whole == []  # no whole annotation
    assert [sorted(h) for h in handed] == [[str(new / n) for n in ("c-gazette.txt", "d-post.txt")]]
    assert people.index is win.model.project.actor_index
    # old entities keep their ids and names; old events their actors and places
    after_ids = {e.id: e.name for e in people.index.entities.values()}
    assert {i: after_ids.get(i) for i in before_ids} == before_ids
    after_labels = labels(win)
    assert {i: after_labels[i] for i in before_labels} == before_labels
    # the dock lists the new articles' people beside the old ones; the new events name them
    qtbot.waitUntil(lambda: "Bashar al-Assad" in facet_names(win.facets.actors), timeout=10_000)
    actors = facet_names(win.facets.actors)
    assert before_actors <= actors and {"Mohammed bin Salman", "Bashar al-Assad"} <= actors
    new_events = {i: v for i, v in after_labels.items() if i not in before_labels}
    assert new_events and any("Bashar al-Assad" in a for a, _ in new_events.values())
    # a known person named again in a new article is the same entity, not a second one
    assert sum(1 for e in people.index.people() if e.name == "Sergei Lavrov") == 1
