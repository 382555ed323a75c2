"""An opened project reads its events' sentences from its documents' texts instead of holding them a
second time (issue 16, memory: about 95 MB at 1M events). The sentences come back exactly as saved,
non-ASCII text included; a file whose stored sentences are not slices of its texts keeps its own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from explorer.commands.bench_project import write_articles
from explorer.store import Project, import_paths
from explorer.store import stored_events
from explorer.store.stored_events import SliceColumn, TextColumn, shared_sentences


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    folder = tmp_path_factory.mktemp("shared-sentences")
    (folder / "accents.txt").write_text(
        "Zürich, 3 March 2021 — The council approved the new tram line on 2 March 2021.\n\n"
        "Élodie Bérard said on 5 March 2021 that work on the café would start in June 2022 \U0001f68b. "
        "The first trams ran on 9 May 2023.\n", encoding="utf-8")
    write_articles(folder, 4, seed=7, events_per_article=8)
    project = Project()
    import_paths(project, [folder], jobs=1)
    path = folder / "p.tlproj"
    project.save(path)
    events = [e for d in project.documents() for e in project.extracted(d.hash).events]
    assert any(not e.sentence.isascii() for e in events)
    return path, events


@pytest.mark.parametrize("whole_check", [65_536, 0])  # every row compared, or the sampled check of large files
def test_opening_shares_the_sentences_and_gives_them_back_as_saved(saved: tuple[Path, list], whole_check: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored_events, "WHOLE_CHECK", whole_check)
    path, events = saved
    opened = Project.open(path)
    assert isinstance(opened.stored_events().columns["sentence"], SliceColumn)
    back = [e for d in opened.documents() for e in opened.extracted(d.hash).events]
    assert [e.sentence for e in back] == [e.sentence for e in events]
    assert back == events
    stored = opened.stored_events()
    rows = np.arange(len(stored))[::-1]
    assert stored.columns["sentence"].values_at(rows) == [events[i].sentence for i in rows.tolist()]


def _column(texts: list[str]) -> TextColumn:
    blob = "".join(texts).encode("utf-8")
    return TextColumn(blob, np.array([len(t) for t in texts], np.int64).tobytes(), "sentence")


def test_sentences_that_are_not_slices_of_the_texts_are_kept_as_stored() -> None:
    docs = ["Alpha beta. Gamma délta.", "One two. Three."]
    starts, stops = np.array([0, 12, 0, 9]), np.array([11, 24, 8, 15])
    right = [docs[0][0:11], docs[0][12:24], docs[1][0:8], docs[1][9:15]]
    shared = shared_sentences(_column(right), docs, [2, 2], starts, stops)
    assert shared is not None and shared.values(0, 4) == right and shared[3] == "Three."
    for i in range(4):  # one row's text changed, its length kept: refused
        wrong = list(right)
        wrong[i] = wrong[i][::-1]
        assert shared_sentences(_column(wrong), docs, [2, 2], starts, stops) is None
    assert shared_sentences(_column(right), docs, [3, 1], starts, stops) is None  # rows in other documents
    assert shared_sentences(_column(right), docs, [2, 2], starts, stops + 1) is None  # lengths differ
