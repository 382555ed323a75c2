"""``explorer bench project``: generated articles through the real engine, replicated to N events."""

from __future__ import annotations

from explorer.cli import main
from explorer.store.project import Project


def test_a_generated_project_holds_the_events_asked_for_each_with_its_own_id_document_and_labels(tmp_path, capsys):
    out = tmp_path / "big.tlproj"
    assert main(["bench", "project", "--events", "600", "--articles", "3", "--jobs", "1", "-o", str(out)]) == 0
    project = Project.open(out)
    events = project.events()
    assert len(events) >= 600
    assert len({e.id for e in events}) == len(events)  # copies are distinct events, not the same ids
    docs = project.documents()
    assert len({d.hash for d in docs}) == len(docs) > 3  # copies are documents of their own
    originals = [d for d in docs if "/copy-" not in d.document.path]
    assert len(originals) == 3  # only these went through the tagger
    copies = [e for e in events if "/copy-" in e.doc]
    assert copies and any(e.actors or e.places for e in copies)  # the annotation reaches the copies
    by_doc = {d.document.path: d.document.text for d in docs}
    for e in copies[:50]:  # offsets still index the copy's text as shown
        assert by_doc[e.doc][e.timex_start:e.timex_end] == e.timex
    assert project.actor_index is not None  # stored: opening never recomputes it
