"""The id index's rows by hash: the same order as a stable sort (rows of one hash in row order, so an
id stored twice answers with its first row), by a faster sort whose ties are put back in order."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.store import id_index
from explorer.store.id_index import rows_by_hash

HASHES = st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 6), max_size=300).map(lambda v: np.array(v, np.uint64))


@settings(max_examples=examples(200), deadline=None)
@given(HASHES)
def test_rows_by_hash_is_the_stable_order(hashes: np.ndarray) -> None:
    assert np.array_equal(rows_by_hash(hashes), np.argsort(hashes, kind="stable"))


@settings(max_examples=examples(50), deadline=None)
@given(HASHES)
def test_with_many_runs_of_ties_the_order_is_still_stable(hashes: np.ndarray) -> None:
    many, id_index.MANY_TIES = id_index.MANY_TIES, 1
    try:
        assert np.array_equal(rows_by_hash(hashes), np.argsort(hashes, kind="stable"))
    finally:
        id_index.MANY_TIES = many


def test_an_id_stored_twice_answers_with_its_first_row() -> None:
    ids = ["b", "a", "c", "a", "b", "a"] * 40
    text = "".join(ids)
    ends = np.cumsum([len(i) for i in ids])
    index = id_index.IdIndex(text, ends, lambda row: ids[row])
    assert index.rows_of(["a", "b", "c", "d"]).tolist() == [1, 0, 2, -1]
