"""The search index answers exactly what one ``in`` per text answers, for any needle, and fast at 1M."""

from __future__ import annotations

import random
import time

import numpy as np
import pytest

from explorer.store.search_index import SearchIndex
from explorer.store.text_fold import fold

TEXTS = [
    "12 May 1999\nTroops crossed the river\nreport-1.txt\nOn 12 May 1999 troops crossed the river.\nArmy",
    "1999-05-13\nTalks collapsed\nreport-2.txt\nTalks collapsed, the envoy said.\nEnvoy\nGeneva",
    "Straße 5\nÉLAN vital\nnotes.md\nThe Straße was closed; élan returned.\n",
    "c. 300 BC\nThe city fell\nancient.txt\nAround 300 BC the city fell.\nCity",
    "",
]


def plain(texts, needle):
    needle = fold(needle)
    return np.array([needle in fold(t) for t in texts], bool)


@pytest.mark.parametrize("needle", [
    "", "e", "E", "may", "12 may", "may 1999", "1999-05", "-", "9-0", "river.", " the ", "the\nriver",
    "strasse", "STRASSE 5", "élan", "Élan", "bc", "300 bc", "c.", "zzz", "envoy\ngeneva", ";", "sse 5\nél",
])
def test_answers_what_plain_search_answers(needle):
    index = SearchIndex(TEXTS)
    assert index.mask(needle).tolist() == plain(TEXTS, needle).tolist()


def test_random_texts_and_needles_agree():
    rng = random.Random(7)
    alphabet = "ab c-.\nÄß1  "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(300)]
    index = SearchIndex()
    for start in range(0, len(texts), 70):  # built in chunks, queried in between
        index.add(texts[start:start + 70])
        index.mask("a")
    for _ in range(2000):
        text = rng.choice(texts)
        if rng.random() < 0.7 and text:
            i = rng.randrange(len(text))
            needle = text[i:i + rng.randint(1, 6)]
        else:
            needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        assert index.mask(needle).tolist() == plain(texts, needle).tolist(), repr(needle)


def test_capped_segments_answer_as_one(monkeypatch):
    from explorer.store import search_index

    monkeypatch.setattr(search_index, "SEGMENT_CAP", 40)
    rng = random.Random(3)
    texts = [" ".join(rng.choice(["may", "mayor", "1999", "x-ray", "ray"]) for _ in range(4)) for _ in range(200)]
    index = SearchIndex()
    for start in range(0, len(texts), 9):
        index.add(texts[start:start + 9])
    assert len(index._segments) > 3  # capped: many segments, each sorted on its own
    for needle in ("may", "ay", "may ", "x-r", "1999 ray", "ray", "r"):
        assert index.mask(needle).tolist() == plain(texts, needle).tolist(), needle


def test_replaced_text_is_searched_instead_of_the_old_one():
    index = SearchIndex(TEXTS)
    index.replace(0, "Ceasefire signed\nreport-1.txt")
    texts = ["Ceasefire signed\nreport-1.txt", *TEXTS[1:]]
    for needle in ("troops", "ceasefire", "report", "fire sig"):
        assert index.mask(needle).tolist() == plain(texts, needle).tolist()


def test_within_only_narrows():
    index = SearchIndex(TEXTS)
    within = np.array([False, True, True, True, True])
    assert index.mask("the", within).tolist() == (plain(TEXTS, "the") & within).tolist()
    assert index.mask("", within).tolist() == within.tolist()


def test_keys_added_after_a_query_are_found():
    index = SearchIndex(TEXTS[:2])
    assert index.mask("city").tolist() == [False, False]
    index.add(TEXTS[2:])
    assert index.mask("city").tolist() == plain(TEXTS, "city").tolist()
    assert len(index) == len(TEXTS)


MONTHS = "January February March April May June July August September October November December".split()


def _generated(n: int, seed: int = 1) -> list[str]:
    """Search texts shaped like the app's: date, title, document, sentence, names (about 230 chars)."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 11)))
             for _ in range(60_000)]
    names = [w.capitalize() + " " + rng.choice(words).capitalize() for w in words[:5_000]]
    out = []
    for k in range(n):
        sentence = " ".join(rng.choices(words, k=28)) + "."
        out.append(f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {1900 + k % 120}\n{' '.join(sentence.split()[:6])}\n"
                   f"article-{k % 4000}.txt\n{sentence}\n{rng.choice(names)}\n{rng.choice(names)}")
    return out


@pytest.mark.benchmark
@pytest.mark.slow
def test_search_at_a_million(benchmark):
    texts = _generated(1_000_000)
    build_cpu, build_wall = time.process_time(), time.perf_counter()
    index = SearchIndex(texts)
    index.mask("x")  # settles the postings
    build_cpu, build_wall = time.process_time() - build_cpu, time.perf_counter() - build_wall
    worst = {}
    for needle in ("e", "ab", "abc", "may", "may 19", "article-12", "zzzzq", "1 may 1950", "e "):
        cpu, wall = time.process_time(), time.perf_counter()
        index.mask(needle)
        worst[needle] = (time.process_time() - cpu, time.perf_counter() - wall)
    utf8 = sum(len(fold(t).encode()) + 1 for t in texts)
    benchmark.extra_info.update({"build_cpu_s": build_cpu, "build_wall_s": build_wall, "index_mb": index.nbytes / 1e6,
                                 "text_mb": index.text.nbytes / 1e6,
                                 **{f"{k}_cpu_ms": v[0] * 1e3 for k, v in worst.items()}})
    print(f"\nbuild {build_cpu:.1f} s CPU / {build_wall:.1f} s wall; held {index.nbytes / 1e6:.0f} MB "
          f"(text {index.text.nbytes / 1e6:.0f} MB, its UTF-8 {utf8 / 1e6:.0f} MB)")
    for needle, (cpu, wall) in worst.items():
        print(f"{needle!r}: {cpu * 1e3:.0f} ms CPU / {wall * 1e3:.0f} ms wall")
    benchmark.pedantic(index.mask, args=("abc",), rounds=3, iterations=1)
    assert max(cpu for cpu, _ in worst.values()) < 0.1
    assert index.nbytes < 1.5 * utf8  # a str per text and 8-byte postings held 2.5 times that


def test_sealing_packs_the_dense_rows_without_a_byte_per_key_and_token():
    """A sealed segment's frequent tokens are bits over its keys; made as a bool per key and token
    first, a seal held ``tokens x keys`` bytes for a moment (the background build's peak)."""
    import tracemalloc

    from explorer.store.search_index import _Segment, _seal

    rng = np.random.default_rng(5)
    span, dense_tokens = 100_000, 200  # 20 MB as bools, 2.5 MB as bits
    words, keys = [], []
    for token in range(dense_tokens):
        held = np.flatnonzero(rng.random(span) < 0.05)  # in one key of 20: dense
        words.append(np.full(len(held), token, np.int32))
        keys.append(held.astype(np.int32) + 7)
    segment = _Segment(7, 7 + span, np.concatenate(words), np.concatenate(keys))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        sealed = _seal(segment)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(sealed.dense_words) == dense_tokens and sealed.dense_bits.shape == (dense_tokens, span // 8)
    for token in (0, 99, 199):
        assert (np.flatnonzero(np.unpackbits(sealed.dense_bits[token], count=span)) + 7).tolist() == keys[token].tolist()
    assert peak < 12e6, f"{peak / 1e6:.1f} MB at once to seal {segment.postings} postings"
