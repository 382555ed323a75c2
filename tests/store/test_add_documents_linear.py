"""Adding a document costs the same in a large project as in a small one.

``Project.add_extracted`` asked every document held whether it came from the new one's path (an
older text of the same file is replaced by it): an import of N files made N²/2 comparisons (16,000
documents: 3.5 CPU s, 4x for each doubling). The documents are now indexed by path
(:mod:`explorer.store.path_index`); these tests hold the answers to what the scan gave and count
the documents an add visits.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.documents import Document
from explorer.ingest.extract import ExtractedDocument
from explorer.store.project import Project


def extracted(path: str, text: str) -> ExtractedDocument:
    return ExtractedDocument(Document(path, text, text.split("\n", 1)[0]), (), ())


class CountingDict(dict):
    """A dict that counts the entries its walks hand out (``for``, ``values``, ``items``)."""

    visited = 0

    def __iter__(self):  # noqa: ANN204
        for key in super().__iter__():
            self.visited += 1
            yield key

    def values(self):  # noqa: ANN201
        for value in super().values():
            self.visited += 1
            yield value

    def items(self):  # noqa: ANN201
        for item in super().items():
            self.visited += 1
            yield item


def test_adding_a_document_visits_none_of_the_documents_already_there():
    project = Project()
    project._docs = CountingDict()  # noqa: SLF001 - the walks are what is counted
    for i in range(300):
        project.add_extracted(extracted(f"/news/a{i}.txt", f"Story {i}\n\nA ferry sank in the bay."), notify=False)
    walked = project._docs.visited  # noqa: SLF001
    assert len(project.documents()) == 300
    assert walked < 300  # the scan walked 0 + 1 + ... + 299 = 44,850


def test_a_changed_file_replaces_its_old_text_and_keeps_the_users_date():
    from datetime import date

    project = Project()
    first = project.add_extracted(extracted("/news/vote.txt", "Vote\n\nThe council voted."))
    project.add_extracted(extracted("/news/other.txt", "Other\n\nA bridge opened."))
    project.set_document_date(first.hash, date(2011, 3, 4))
    second = project.add_extracted(extracted("/news/vote.txt", "Vote\n\nThe council voted again."))
    assert [d.document.path for d in project.documents()] == ["/news/other.txt", "/news/vote.txt"]
    assert project.document_by_path("/news/vote.txt").hash == second.hash
    assert second.user_date == date(2011, 3, 4)  # taken from the text it replaced
    assert not project.has_document(first.hash)


def test_the_same_text_from_another_path_moves_the_document_to_that_path():
    project = Project()
    project.add_extracted(extracted("/old/place.txt", "Flood\n\nThe river rose."))
    moved = project.add_extracted(extracted("/new/place.txt", "Flood\n\nThe river rose."))
    assert project.document_by_path("/new/place.txt").hash == moved.hash
    assert project.document_by_path("/old/place.txt") is None
    # a new text at the old path then replaces nothing: the moved document stays
    project.add_extracted(extracted("/old/place.txt", "Flood\n\nThe river fell."))
    assert project.has_document(moved.hash) and len(project.documents()) == 2


def test_a_removed_document_is_no_longer_found_by_its_path():
    project = Project()
    record = project.add_extracted(extracted("/news/gone.txt", "Gone\n\nThe mill closed."))
    project.remove_document(record.hash)
    assert project.document_by_path("/news/gone.txt") is None
    again = project.add_extracted(extracted("/news/gone.txt", "Gone\n\nThe mill reopened."))
    assert [d.hash for d in project.documents()] == [again.hash]


PATHS = ["/a.txt", "/b.txt", "/c/a.txt"]
TEXTS = ["One\n\nA dam broke.", "Two\n\nA dam held.", "Three\n\nThe mayor resigned.", "Four\n\nRain fell."]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "remove"]), st.sampled_from(PATHS), st.sampled_from(TEXTS)),
                max_size=25))
def test_the_index_answers_as_a_walk_of_the_documents_would(steps):
    project = Project()
    for action, path, text in steps:
        if action == "add":
            project.add_extracted(extracted(path, text), notify=False)
        else:
            doc = project.document_by_path(path)
            if doc is not None:
                project.remove_document(doc.hash)
        for p in PATHS:
            walked = next((d for d in project.documents() if d.document.path == p), None)
            assert project.document_by_path(p) == walked
        paths = [d.document.path for d in project.documents()]
        assert len(paths) == len(set(paths))  # an add leaves one text per path


@pytest.mark.benchmark
def test_adds_per_second_do_not_fall_as_the_project_grows(benchmark):
    """Run: ``python -m pytest -p no:xdist tests/store/test_add_documents_linear.py --benchmark-only -s``.
    Session 18, bare adds of generated documents (the text hashed included), CPU s:
    2,000 / 8,000 / 16,000 documents 0.06 / 0.80 / 3.51 before, 0.03 / 0.11 / 0.23 after."""
    def add(n: int) -> float:
        docs = [extracted(f"/news/{i}.txt", f"Story {i}\n\nThe council met on Monday.") for i in range(n)]
        project = Project()
        start = time.process_time()
        for doc in docs:
            project.add_extracted(doc)
        return time.process_time() - start

    figures: dict[str, float] = {}

    def run() -> None:
        small, large = add(2_000), add(16_000)
        figures.update(small_s=small, large_s=large, per_doc_ratio=(large / 16_000) / max(small / 2_000, 1e-9))

    benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info.update(figures)
    print(figures)
    assert figures["per_doc_ratio"] < 3  # quadratic: 7x at 8x the documents
