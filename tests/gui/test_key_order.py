"""The kept row orders (explorer/gui/key_order.py, Qt-free) against plain Python sorts: ties, a
descending read, a filter's mask, edits that move keys, keys appended, ranks made in steps."""

from __future__ import annotations

import random

import numpy as np
import pytest

from explorer.gui.key_order import KeyOrder, string_rank_steps, string_ranks

WORDS = ["Émile", "emile", "Zoë", "zoe", "Ångström", "angstrom", "Straße", "STRASSE", "event", "Event", "", "ärger"]


def reference(primary, date, visible=None, descending=False) -> list[int]:
    keys = sorted(range(len(primary)), key=lambda k: (primary[k], date[k], k), reverse=descending)
    return [k for k in keys if visible is None or visible[k]]


@pytest.mark.parametrize("seed", range(5))
def test_keys_in_order_with_ties_reversed_and_narrowed_match_a_plain_sort(seed):
    rng = random.Random(seed)
    n = 400
    titles = [rng.choice(WORDS).casefold() for _ in range(n)]
    primary = string_ranks(titles)
    date = np.array([rng.randrange(5) for _ in range(n)], np.int64)  # many exact ties: key decides
    order = KeyOrder.build(primary, date)
    visible = np.array([rng.random() < 0.6 for _ in range(n)])
    by_text = [(titles[k], int(date[k]), k) for k in range(n)]
    assert order.keys().tolist() == [k for *_, k in sorted(by_text)]
    assert order.keys(descending=True).tolist() == [k for *_, k in sorted(by_text, reverse=True)]
    assert order.keys(visible).tolist() == reference(primary.tolist(), date.tolist(), visible)
    assert order.keys(visible, True).tolist() == reference(primary.tolist(), date.tolist(), visible, True)
    k = rng.randrange(n)
    ref = reference(primary.tolist(), date.tolist())
    assert np.flatnonzero(order.after(k)).tolist() == sorted(ref[ref.index(k) + 1:])
    assert np.flatnonzero(order.after(k, descending=True)).tolist() == sorted(ref[:ref.index(k)])


@pytest.mark.parametrize("seed", range(5))
def test_moving_edited_and_new_keys_gives_the_order_a_fresh_sort_gives(seed):
    rng = random.Random(seed)
    n = 300
    titles = [rng.choice(WORDS).casefold() for _ in range(n)]
    date = [rng.randrange(4) for _ in range(n)]
    order = KeyOrder.build(string_ranks(titles), np.array(date, np.int64))
    for _ in range(4):
        edited = rng.sample(range(len(titles)), 7)
        for k in edited:  # retitled or re-dated
            titles[k] = rng.choice(WORDS).casefold() + rng.choice(["", " x"])
            date[k] = rng.randrange(4)
        new = list(range(len(titles), len(titles) + rng.randrange(4)))
        titles += [rng.choice(WORDS).casefold() for _ in new]
        date += [rng.randrange(4) for _ in new]
        order.move([*edited, *new, *edited[:2]], lambda k: (titles[k], date[k], int(k)))
        assert order.keys().tolist() == sorted(range(len(titles)), key=lambda k: (titles[k], date[k], k))
        assert order.place[order.perm].tolist() == list(range(len(titles)))


def test_moving_only_the_changed_keys_keeps_the_others_in_place():
    titles = ["b", "a", "c", "a"]
    order = KeyOrder.build(string_ranks(titles), np.zeros(4, np.int64))
    assert order.keys().tolist() == [1, 3, 0, 2]
    titles[2] = "0"
    titles.append("aa")
    order.move([2, 4], lambda k: (titles[k], 0, int(k)))
    assert order.keys().tolist() == [2, 1, 3, 4, 0]
    assert order.keys(np.array([True, False, True, True, True]), descending=True).tolist() == [0, 4, 3, 2]
    with pytest.raises(ValueError):
        order.move([7], lambda k: (titles[k] if k < len(titles) else "", 0, int(k)))


def test_ranks_made_in_steps_equal_ranks_made_at_once(monkeypatch):
    from explorer.gui import key_order

    monkeypatch.setattr(key_order, "RANK_CHUNK", 7)
    rng = random.Random(3)
    values = [rng.choice(WORDS).casefold() for _ in range(50)]
    out: list[np.ndarray] = []
    steps = sum(1 for _ in string_rank_steps(lambda a, b: values[a:b], len(values), out))
    assert steps >= 2 * (50 // 7)  # many small steps, not one
    assert out[0].tolist() == string_ranks(values).tolist()
    ranks = out[0].tolist()
    assert all((ranks[i] < ranks[j]) == (values[i] < values[j]) for i in range(50) for j in range(50))


def test_an_order_built_on_the_date_order_equals_one_built_by_two_keys():
    rng = np.random.default_rng(5)
    primary, date = rng.integers(0, 30, 5000), rng.integers(0, 40, 5000)
    by_date = KeyOrder.build(date, date)
    assert KeyOrder.build_on(primary, by_date).perm.tolist() == KeyOrder.build(primary, date).perm.tolist()


def test_ranks_of_distinct_strings_over_many_runs_merge_to_the_ranks_of_one_sort(monkeypatch):
    from explorer.gui import key_order

    monkeypatch.setattr(key_order, "RANK_CHUNK", 5)
    rng = random.Random(9)
    values = [f"{rng.choice(WORDS)}{rng.randrange(40)}".casefold() for _ in range(203)]
    out: list[np.ndarray] = []
    for _ in string_rank_steps(lambda a, b: values[a:b], len(values), out):
        pass
    assert out[0].tolist() == string_ranks(values).tolist()


def test_positions_and_ranks_are_int32_while_they_fit():
    """Half the memory of int64 (at 1M keys: 4 MB per order's positions, 4 MB for the title ranks,
    4 MB for the model's key -> row); the keys themselves (``perm``, what the rows read) stay int64."""
    from explorer.gui.key_order import index_type, inverse

    rng = random.Random(3)
    titles = [rng.choice(WORDS).casefold() for _ in range(300)]
    ranks = string_ranks(titles)
    out: list[np.ndarray] = []
    for _ in string_rank_steps(lambda a, b: titles[a:b], len(titles), out):
        pass
    order = KeyOrder.build(ranks, np.zeros(300, np.int64))
    assert ranks.dtype == out[0].dtype == order.place.dtype == np.int32
    assert order.perm.dtype == order.keys(np.ones(300, bool)).dtype == np.int64
    assert order.place[order.perm].tolist() == list(range(300))
    order.move([7, 300, 301], lambda k: (titles[k] if k < 300 else "", 0, k))  # moved, and keys appended
    assert order.place.dtype == np.int32 and order.place[order.perm].tolist() == list(range(302))
    place = inverse(np.array([4, 0, 2]), 6)
    assert place.dtype == np.int32 and place.tolist() == [1, -1, 2, -1, 0, -1]
    assert index_type(2**31 - 2) is np.int32 and index_type(2**31) is np.int64


def test_ranks_in_steps_hold_the_distinct_strings_not_every_one():
    """Between steps only each chunk's distinct strings are held (the strings are read again for the
    ranks): a million casefolded titles kept through the merge were about 100 MB of the build's peak."""
    import tracemalloc

    count = 40_000

    def values(start: int, stop: int) -> list[str]:  # fresh strings on every read, as casefold() makes them
        return [f"title number {k % 50} " * 6 for k in range(start, stop)]

    out: list[np.ndarray] = []
    steps = string_rank_steps(values, count, out)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = 0
        for _ in steps:
            held = max(held, tracemalloc.get_traced_memory()[0] - before)
    finally:
        tracemalloc.stop()
    assert out[0].tolist() == string_ranks(values(0, count)).tolist()
    assert held < 1_000_000, f"{held / 1e6:.1f} MB held between steps for {count} strings of 50 distinct"


def test_inverse_of_a_million_keys_takes_no_int64_range():
    """The positions are written from a range of their own type: at 1M keys 4 MB of result and 4 MB of
    range at once, not an 8 MB int64 range (part of the background build's peak)."""
    import tracemalloc

    from explorer.gui.key_order import inverse

    order = np.random.default_rng(2).permutation(1_000_000)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        place = inverse(order)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert place[order[:1000]].tolist() == list(range(1000))
    assert peak < 9e6, f"{peak / 1e6:.1f} MB"
