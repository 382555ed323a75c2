"""The search text as UTF-8 blobs, and the search index over it, answer exactly what one folded
``in`` per text answers (casefolded, Latin and Greek accents off: explorer.store.text_fold), for odd text too (accents, Cyrillic, CJK, "ß"/"İ", lone surrogates,
regex metacharacters, empty needles), however the texts are chunked, indexed and sealed."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tests.property_examples import examples

from explorer.store import search_index, search_text
from explorer.store.text_fold import fold
from explorer.store.search_index import SearchIndex
from explorer.store.search_text import SearchText

#: Characters that fold oddly or are wide in UTF-8: "ß" folds to "ss", "İ" to "i" + a combining dot,
#: "ẞ" to "ss", final sigma; Cyrillic, CJK, a lone surrogate; regex metacharacters; field breaks.
ODD = "aAbBsSß ẞİıiÉée\u0301ΣσςЖжДд中文字。.*+?()[]{}|^$\\-–\n\t1290\ud800"

words = st.text(alphabet=ODD, max_size=12)
#: A search text shaped like an event's: date, title, document, sentence, names, one per line.
event_texts = st.lists(words, min_size=5, max_size=7).map("\n".join)


def plain(texts: list[str], needle: str) -> list[bool]:
    needle = fold(needle)
    return [needle in fold(t) for t in texts]


@st.composite
def texts_and_needles(draw):
    texts = draw(st.lists(st.one_of(event_texts, words), max_size=40))
    needles = []
    for _ in range(draw(st.integers(1, 6))):
        if texts and draw(st.booleans()):  # a piece of a text, so that something matches
            text = draw(st.sampled_from(texts))
            i = draw(st.integers(0, len(text)))
            needle = text[i:i + draw(st.integers(0, 8))]
            needles.append(needle.upper() if draw(st.booleans()) else needle)
        else:
            needles.append(draw(words))
    return texts, needles


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of a few texts, segments of a few postings: every boundary is crossed."""
    monkeypatch.setattr(search_text, "CHUNK_TEXTS", 3)
    monkeypatch.setattr(search_index, "SEGMENT_CAP", 24)


SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(texts_and_needles())
def test_scan_and_contains_answer_as_plain_search(small_chunks, case):
    texts, needles = case
    text = SearchText()
    for start in range(0, len(texts), 4):
        text.add(texts[start:start + 4])
    assert len(text) == len(texts)
    assert list(text) == [fold(t) for t in texts]
    for needle in needles:
        expected = plain(texts, needle)
        assert text.scan(needle).tolist() == expected, repr(needle)
        assert text.scan_all(needle).tolist() == expected, repr(needle)
        keys = np.arange(len(texts))[::-1]  # any order
        assert text.contains(needle, keys).tolist() == expected[::-1], repr(needle)
        if len(texts) > 2:
            assert text.scan(needle, 1, len(texts) - 1).tolist() == expected[1:-1], repr(needle)


@SETTINGS
@given(texts_and_needles(), st.integers(0, 40))
def test_index_answers_as_plain_search(small_chunks, case, indexed):
    texts, needles = case
    index = SearchIndex()
    for start in range(0, len(texts), 5):  # built in chunks, the last keys not yet indexed
        index.append(texts[start:start + 5])
        index.index_to(min(indexed, start + 5))
    assert index.indexed == min(indexed, len(texts))
    for needle in needles:
        assert index.mask(needle).tolist() == plain(texts, needle), repr(needle)


@SETTINGS
@given(texts_and_needles(), st.data())
def test_replaced_texts_and_within_answer_as_plain_search(small_chunks, case, data):
    texts, needles = case
    if not texts:
        return
    index = SearchIndex(texts)
    texts = list(texts)
    for _ in range(data.draw(st.integers(0, 3))):
        key = data.draw(st.integers(0, len(texts) - 1))
        texts[key] = data.draw(event_texts)
        index.replace(key, texts[key])
    within = np.array(data.draw(st.lists(st.booleans(), min_size=len(texts), max_size=len(texts))))
    for needle in needles:
        expected = np.array(plain(texts, needle))
        assert index.mask(needle).tolist() == expected.tolist(), repr(needle)
        assert index.mask(needle, within).tolist() == (expected & within).tolist(), repr(needle)
        assert index.text.scan_all(needle).tolist() == expected.tolist(), repr(needle)


def test_sealed_segments_keep_frequent_tokens_as_bits(monkeypatch):
    """Sealed segments hold a common word as bits and a rare one as keys, and answer both."""
    monkeypatch.setattr(search_index, "SEGMENT_CAP", 400)
    texts = [f"the report {k} said" + (" quokka" if k % 97 == 0 else "") for k in range(1000)]
    index = SearchIndex()
    for start in range(0, len(texts), 50):
        index.add(texts[start:start + 50])
    sealed = [s for s in index._segments if isinstance(s, search_index._Sealed)]
    assert sealed and all(len(s.dense_words) for s in sealed)
    assert any(len(s.sparse_keys) for s in sealed)
    for needle in ("the", "quokka", "repo", "7 said", "said quo", "99", "x"):
        assert index.mask(needle).tolist() == plain(texts, needle), needle


def test_texts_cost_their_utf8_bytes_not_a_string_each():
    """A million-character text in UTF-8 plus an offset per text, whatever its widest character."""
    texts = [f"2001-05-0{k % 9}\u2013 event {k} in Zürich" for k in range(20_000)]
    text = SearchText(texts)
    utf8 = sum(len(fold(t).encode()) + 1 for t in texts)
    assert text.nbytes <= utf8 + 8 * len(texts)
    assert text[12_345] == fold(texts[12_345])
    assert text[-1] == fold(texts[-1])


def test_offsets_are_int32_unless_a_chunk_passes_two_gigabytes():
    """4 bytes an offset (4 MB per million texts), filled a few texts at a time or in one go; a chunk's
    blob of 2 GB or more (texts of over 130 kB on average) keeps int64."""
    texts = [f"Ärger {k} – {'x' * (k % 7)}" for k in range(5_000)]
    whole, steps = SearchText(texts), SearchText()
    for start in range(0, len(texts), 333):
        steps.add(texts[start:start + 333])
    utf8 = sum(len(fold(t).encode()) + 1 for t in texts)
    for text in (whole, steps):
        assert text.nbytes == utf8 + 4 * len(texts)
        assert text.texts(0, len(texts)) == [fold(t) for t in texts]
        assert text.scan("ärger 4").tolist() == [fold("ärger 4") in fold(t) for t in texts]
    assert search_text._offsets(np.array([5, 2**31 - 2])).dtype == np.int32
    assert search_text._offsets(np.array([5, 2**31])).dtype == np.int64
