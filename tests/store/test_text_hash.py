"""Equal strings of a text column found in numpy (issue 16: the id index and the people counts made
no string per row on opening): every answer is the one a dict over the strings gives."""

from __future__ import annotations

import random

import numpy as np

from explorer.store.id_index import IdIndex
from explorer.store.text_hash import EXACT_BYTES, column_hashes, hash_strings, string_codes


def _column(strings: list[str]) -> tuple[str, np.ndarray]:
    return "".join(strings), np.cumsum([len(s) for s in strings], dtype=np.int64)


def _cut(text: str, ends: np.ndarray):
    starts = np.concatenate([[0], ends[:-1]]).astype(np.int64)
    return lambda row: text[int(starts[row]):int(ends[row])]


def _strings(seed: int, n: int) -> list[str]:
    """Short and long strings over few letters (many equal, many long ones alike but for a byte a
    window skips), non-ASCII letters and a lone surrogate (an undecodable file name) among them."""
    rng = random.Random(seed)
    letters = "ab" + "é" * (seed % 2) + "\udcff" * (seed % 3 == 0)
    out = []
    for _ in range(n):
        size = rng.choice([0, 1, 3, 7, 8, 9, 16, 24, 31, 32, 33, 40, 57])
        out.append("".join(rng.choice(letters) for _ in range(size)))
    return out


def test_codes_are_equal_exactly_when_the_strings_are(monkeypatch) -> None:
    from explorer.store import text_hash

    monkeypatch.setattr(text_hash, "CHUNK", 256)  # several chunks of rows, as in a large column
    for seed in range(6):
        strings = _strings(seed, 3000)
        text, ends = _column(strings)
        hashes, rows = column_hashes(text, ends)
        codes, names = string_codes(rows, hashes, _cut(text, ends))
        assert [names[c] for c in codes.tolist()] == strings  # each row's code names its own string
        assert len(names) == len(set(strings))  # one code per distinct string


def test_long_strings_alike_but_for_a_skipped_byte_share_a_hash_and_are_still_told_apart() -> None:
    one, other = "a" * 40, "a" * 9 + "b" + "a" * 30  # byte 9 lies between two windows of a 40-byte row
    assert len(one.encode()) > EXACT_BYTES
    text, ends = _column([one, other, one])
    hashes, rows = column_hashes(text, ends)
    assert hashes[0] == hashes[1] == hashes[2]  # the hash only says where to look...
    codes, names = string_codes(rows, hashes, _cut(text, ends))
    assert codes.tolist() == [0, 1, 0] and names == [one, other]  # ...the strings decide
    index = IdIndex(text, ends, _cut(text, ends))
    assert index.rows_of([other, one, "a" * 39]).tolist() == [1, 0, -1]


def test_hashes_of_a_list_are_those_of_the_same_rows_in_a_column() -> None:
    strings = _strings(3, 500)
    text, ends = _column(strings)
    assert np.array_equal(hash_strings(strings), column_hashes(text, ends)[0])
    assert np.array_equal(hash_strings(strings[::-1]), column_hashes(text, ends)[0][::-1])


def test_the_id_index_answers_as_a_dict_of_first_rows() -> None:
    for seed in range(4):
        ids = _strings(seed + 10, 2000)
        text, ends = _column(ids)
        first: dict[str, int] = {}
        for row, event_id in enumerate(ids):
            first.setdefault(event_id, row)
        index = IdIndex(text, ends, _cut(text, ends))
        asked = list(first) + ["never stored", "a" * 33 + "é", ""]
        want = [first.get(i, -1) for i in asked]
        assert index.rows_of(asked).tolist() == want
        assert [index.row_of(i) for i in asked[:50]] == want[:50]


def test_an_empty_column_finds_nothing() -> None:
    index = IdIndex("", np.zeros(0, np.int64), lambda row: "")
    assert index.rows_of(["x", ""]).tolist() == [-1, -1] and len(index) == 0
    text, ends = _column(["", ""])
    hashes, rows = column_hashes(text, ends)
    codes, names = string_codes(rows, hashes, _cut(text, ends))
    assert codes.tolist() == [0, 0] and names == [""]


def test_many_ids_at_once_are_confirmed_byte_for_byte(monkeypatch) -> None:
    """Past a few ids the matches are confirmed in numpy (bytes compared), not id by id: the same
    answers, non-ASCII ids and ids alike but for a skipped byte included."""
    from explorer.store import text_hash

    monkeypatch.setattr(text_hash, "CHUNK", 512)  # several chunks of pairs and rows
    ids = _strings(1, 3000) + _strings(2, 3000) + ["a" * 9 + "b" + "a" * 30, "a" * 40]
    text, ends = _column(ids)
    first: dict[str, int] = {}
    for row, event_id in enumerate(ids):
        first.setdefault(event_id, row)
    index = IdIndex(text, ends, _cut(text, ends))
    asked = ["a" * 40, "never", *first, "a" * 10 + "b" + "a" * 29, "é" * 12]
    assert index.rows_of(asked).tolist() == [first.get(i, -1) for i in asked]


def test_ids_asked_in_any_order_find_their_rows_when_many_hashes_are_shared(monkeypatch) -> None:
    """The ids are looked up in hash order and answered in the order asked; with hashes made to
    collide (16 values for thousands of ids) every id's run of rows is searched to its end."""
    from explorer.store import text_hash

    real = text_hash.row_hashes
    monkeypatch.setattr(text_hash, "row_hashes", lambda summary: real(summary) % np.uint64(16))
    ids = _strings(5, 3000)
    text, ends = _column(ids)
    first: dict[str, int] = {}
    for row, event_id in enumerate(ids):
        first.setdefault(event_id, row)
    index = IdIndex(text, ends, _cut(text, ends))
    asked = list(first)
    random.Random(2).shuffle(asked)
    asked += ["never", "b" * 50]
    assert index.rows_of(asked).tolist() == [first.get(i, -1) for i in asked]
    assert index.rows_of(asked[:10]).tolist() == [first.get(i, -1) for i in asked[:10]]
