"""An import annotated alone labels its pronoun subjects with the same reach as a whole annotation.

A pronoun looks back to its own paragraph and the one before (``ActorIndex.horizons``). An import's
documents were annotated with those bounds but labelled, and later relabelled in the project, with
the old 3,000-character reach, because the bounds were left out of the import's delta: "It closed the
yard" four paragraphs after two companies were named took the last of them only when imported."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.entities.extend import annotate_new
from explorer.ingest.extract import extract_document
from explorer.store.extending import stored_annotation
from explorer.store.importing import annotate_project
from explorer.store.project import Project

_FAR = ("Kelby Harbour Council approved a slipway in March 2015. Marlow Fisheries paid for half of it in "
        "April 2015.\n\nThe tides were high that year. Divers checked the footings twice.\n\n"
        "The weather stayed poor. Crews waited for weeks.\n\nIt closed the yard in May 2016.\n")
_OTHER = "Report\n\nThe Ostby Ferry Company opened a route in June 2014.\n"


def _docs():
    return [extract_document(Document(f"/corpus/{name}.txt", text, name), date(2021, 3, 1))
            for name, text in (("other", _OTHER), ("far", _FAR))]


def _project(docs) -> Project:
    project = Project()
    for doc in docs:
        project.add_extracted(doc, notify=False)
    return project


def _actors_in_may(project: Project) -> tuple[str, ...]:
    return next(e.actors for e in project.events(include_rejected=True) if e.timex == "May 2016")


def test_an_imported_pronoun_looks_no_further_than_a_whole_annotation_does() -> None:
    docs = _docs()
    whole = _project(docs)
    annotate_project(whole)
    stepped = _project(docs[:1])
    annotate_project(stepped)
    hashes = [stepped.add_extracted(docs[1], notify=False).hash]
    stepped.extend_annotation(annotate_new(stored_annotation(stepped, hashes), [stepped.extracted(h) for h in hashes]))
    assert "Marlow Fisheries" not in _actors_in_may(whole)
    assert _actors_in_may(stepped) == _actors_in_may(whole)
    assert "/corpus/far.txt" in stepped.actor_index.horizons  # a later relabel in the project keeps the bound
