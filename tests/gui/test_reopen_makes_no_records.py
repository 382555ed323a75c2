"""Opening a project again (over itself, or over one of as many documents) reads its columns and
makes no event record. The timeline compared the documents shown before with the new ones by
equality, and the new documents, equal to the old, compared their events, made from the stored
columns for it: reopening a 1M-event project took 131 s and 6 GB (9.8 s and 2.3 GB once compared
by identity)."""

from __future__ import annotations

import pytest

from explorer.store.stored_events import LazyTuple


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generated_project):
    return generated_project(tmp_path_factory.mktemp("reopen") / "gen.tlproj", 600, 3)


def _made(project) -> int:  # noqa: ANN001
    """How many documents' events or expressions were made into records."""
    made = 0
    for doc in project.documents():
        extracted = project.extracted(doc.hash)
        for part in (extracted.events, extracted.timexes):
            made += isinstance(part, LazyTuple) and part.is_made
    return made


def test_opening_the_same_project_again_makes_no_event_record(window, generated):
    assert window.project_ctl.open_project(str(generated), ask=False)
    window.timeline.grab()
    first = window.model.project
    made_first = _made(first)
    assert window.project_ctl.open_project(str(generated), ask=False)
    window.timeline.grab()
    again = window.model.project
    assert again is not first and window.timeline.mark_count() > 500
    assert _made(again) == made_first  # what the first opening made, no more
    assert _made(first) == made_first  # nor the records of the project let go
    assert window.timeline.lane_count() == len(again.documents())
    assert window.timeline.lane_name(0)  # the lanes are named from the new documents
