"""FolderOrder decides, for files arriving in any order, what an import in the folder's order
decides: which file of a repeated text the project keeps (the last), which files are copies of
which (each of the first), and where each text goes (its first file's place)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from explorer.documents import ReadError
from explorer.ingest.folder_order import FolderOrder
from explorer.ingest.pool import run_in_order, run_items, schedule_big_apart
from explorer.ingest.same_text import FirstPaths


def _in_order(files: list[str], texts: list[str]) -> tuple[dict[str, str], list[str], list[str]]:
    """What an import in the folder's order keeps: each text's file (the last read), the copies
    (as FirstPaths names them) and the texts in the order they join."""
    kept: dict[str, str] = {}
    first = FirstPaths()
    copies = []
    for path, text in zip(files, texts):
        copy = first.check(text, path)
        if copy is not None:
            copies.append(str(copy))
        kept[text] = path
    return kept, copies, list(dict.fromkeys(texts))


@given(st.lists(st.sampled_from("abcd"), min_size=1, max_size=9).flatmap(
    lambda texts: st.tuples(st.just(texts), st.permutations(range(len(texts))))))
def test_any_arrival_order_decides_as_the_folder_order_does(case):
    texts, arrival = case
    files = [f"folder/{i:02d}.txt" for i in range(len(texts))]
    order = FolderOrder(files)
    kept: dict[str, str] = {}
    counted: list[str] = []
    for i in arrival:
        decided = order.arrive(files[i], texts[i])
        if decided.keep:
            kept[texts[i]] = files[i]
        if decided.first:
            counted.append(texts[i])
    expected_kept, expected_copies, expected_texts = _in_order(files, texts)
    assert kept == expected_kept
    assert [str(c) for c in order.copies()] == expected_copies
    assert sorted(counted) == sorted(expected_texts)  # each text counted once
    assert order.in_order(counted) == expected_texts


def test_problems_go_listing_first_then_by_the_files_places():
    order = FolderOrder(["f/a.txt", "f/b.txt", "f/c.txt"])
    problems = [ReadError("f/c.txt", "bad"), ReadError("f/unlisted", "no access"), ReadError("f/a.txt", "bad")]
    assert [p.path for p in sorted(problems, key=order.problem_key)] == ["f/unlisted", "f/a.txt", "f/c.txt"]


def _length(item: str) -> int:
    return len(item)


def test_in_this_process_a_big_item_is_worked_last_when_order_does_not_matter():
    items = ["a" * 500, "b" * 5, "c" * 10, "d" * 3]  # the first is fifty times the median
    sizes = [len(item) for item in items]
    assert [i for i, _ in run_items(_length, items, 1, ordered=False, sizes=sizes)] == [1, 2, 3, 0]
    alike = [5, 7, 6, 9]  # none big: the items' order
    assert [i for i, _ in run_items(_length, items, 1, ordered=False, sizes=alike)] == [0, 1, 2, 3]
    assert [i for i, _ in run_in_order(_length, items, jobs=1)] == [0, 1, 2, 3]  # the stream keeps the files' order
    assert [i for i, _ in run_items(_length, items, 1, ordered=False)] == [0, 1, 2, 3]  # no sizes: as listed


def test_on_several_workers_the_big_items_start_first_biggest_first():
    sizes = [40, 900, 50, 60, 5000, 45, 55]  # median 55: 900 and 5000 are big
    assert schedule_big_apart(sizes, first=True) == [4, 1, 0, 2, 3, 5, 6]
    assert schedule_big_apart(sizes, first=False) == [0, 2, 3, 5, 6, 1, 4]
