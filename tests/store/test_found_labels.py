"""A new annotation's own labels (the worker's, ``Project.set_annotation(labels=...)``) are what the
rows show, so the GUI thread labels no event again; who and where changing for a document, or a new
title, labels from the index as before."""

from __future__ import annotations

from datetime import date

from explorer.curation import edits
from explorer.documents import Document
from explorer.entities.annotation import annotate_documents
from explorer.ingest import extract_document
from explorer.store import Project

TEXTS = {
    "council.txt": "Mayor Ruth Okafor opened the new bridge on 3 March 2021. On 9 May 2021 the council approved the budget.",
    "harbour.txt": "Captain Ivo Marsh sailed from the harbour on 12 June 2020. He returned on 30 June 2020.",
}


def annotated(marked: bool) -> tuple[Project, dict]:
    project = Project()
    docs = [extract_document(Document(name, text, name), date(2021, 12, 1)) for name, text in TEXTS.items()]
    for doc in docs:
        project.add_extracted(doc)
    result = annotate_documents(docs)
    # a label the index would never give: it shows whether the rows read the worker's labels
    labels = {i: (("Marked",), ()) for i in result.labels} if marked else result.labels
    project.set_annotation(result.index, list(result.groups), labels=labels)
    return project, result.labels


def test_rows_show_the_workers_labels_and_equal_the_index_labels() -> None:
    project, labels = annotated(marked=False)
    events = project.events()
    assert events and all((e.actors, e.places) == labels[e.id] for e in events)
    assert all(project.actor_index.label(e) == e for e in events)
    marked, _ = annotated(marked=True)
    assert {e.actors for e in marked.events()} == {("Marked",)}


def test_who_and_where_changing_or_a_new_title_labels_from_the_index() -> None:
    project, _ = annotated(marked=True)
    first, second = (d.hash for d in project.documents())
    project.entities_changed([first])  # a merge or split touching the first document
    assert all(e.actors != ("Marked",) for e in project.events() if e.doc == "council.txt")
    assert all(e.actors == ("Marked",) for e in project.events() if e.doc == "harbour.txt")
    sailed = next(e for e in project.events() if e.doc == "harbour.txt")
    project.apply(edits.retitle(project, sailed.id, "Ivo Marsh leaves port"))
    assert project.event(sailed.id).actors == ("Ivo Marsh",)
