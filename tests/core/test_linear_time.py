"""Extraction grows linearly with the text (issue 15): nothing is done once per expression over the
whole text or the whole sentence, a sentence is never longer than a bound, and one document's
events are never compared pairwise when grouping. Speed itself is a benchmark (skipped in CI)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from explorer.documents import Document
from explorer.entities import grouping
from explorer.events import build
from explorer.events.record import Event
from explorer.ingest import extract_document
from explorer.sentences import MAX_SENTENCE_CHARS, split_sentences

PROSE = ("The council met on 12 March 2019 in the capital. Two weeks later the minister resigned. "
         "In 2018 the army moved north, and the talks stalled. Yesterday the mayor said the dam would be "
         "inspected in June. Officials said the river burst its banks after days of heavy rain.\n\n")
CLAUSES = ("on 5 May 2003 the council met, in June the army moved north, two weeks later the talks stalled, "
           "the minister resigned in 2018, yesterday the mayor spoke, the dam broke on Tuesday, ")


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_the_text_is_hashed_once_per_document_not_once_per_event(monkeypatch) -> None:
    calls: list[int] = []
    real = build.hashlib.sha1

    def counting(data: bytes):
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(build.hashlib, "sha1", counting)
    build._text_digest.cache_clear()
    extracted = extract_document(Document("long.txt", _text(PROSE, 20_000), "Long"), date(2020, 1, 1))
    assert len(extracted.events) > 100
    assert len(calls) == 1


def test_a_clause_list_without_punctuation_is_cut_into_bounded_sentences() -> None:
    text = _text(CLAUSES, 50_000)
    sentences = split_sentences(text)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE_CHARS
    assert len(sentences) >= 50_000 // MAX_SENTENCE_CHARS
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
    # nothing but the spaces at the cuts is left out
    covered = sum(s.end - s.start for s in sentences)
    assert covered >= len(text.strip()) - len(sentences)
    assert all(text[s.end - 1] == "," or text[s.end - 1].isalnum() for s in sentences[:-1])  # cut at clause breaks


def test_events_of_one_document_are_never_compared_when_grouping(monkeypatch) -> None:
    compared: list[int] = []
    real = grouping.similarity
    monkeypatch.setattr(grouping, "similarity", lambda a, b, words=None: compared.append(1) or real(a, b, words))
    events = [Event(id=f"a#{i}", doc="a.txt", title="t", sentence=f"The council met again {i}", sentence_start=0,
                    sentence_end=25, timex="2018", timex_start=0, timex_end=4, value="2018", type="DATE",
                    begin=date(2018, 1, 1), end=date(2018, 12, 31), certainty="exact", actors=("Council",))
              for i in range(3000)]
    other = [Event(id="b#1", doc="b.txt", title="t", sentence="The council met again 7", sentence_start=0,
                   sentence_end=23, timex="2018", timex_start=0, timex_end=4, value="2018", type="DATE",
                   begin=date(2018, 1, 1), end=date(2018, 12, 31), certainty="exact", actors=("Council",))]
    groups = grouping.group_events(events + other)
    assert len(compared) <= 3001  # each event against the one other document's event, not 4.5 million pairs
    assert len(groups) == 1 and set(groups[0].docs) == {"a.txt", "b.txt"}


def _seconds(text: str) -> float:
    from explorer.temporal.grammar import _find_candidates_cached

    _find_candidates_cached.cache_clear()
    t0 = time.perf_counter()
    extract_document(Document("big.txt", text, "Big"), date(2020, 1, 1))
    return time.perf_counter() - t0


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("unit", [PROSE, PROSE.replace("\n\n", " "), CLAUSES], ids=["prose", "one-line", "clauses"])
def test_extraction_time_is_linear_from_64_kb_to_16_mb(benchmark, unit: str) -> None:
    """Seconds per megabyte at 16 MB stay within 2x of those at 64 KB (before: 256 KB 3.3 s, 1 MB 22.5 s,
    4 MB 329 s)."""
    sizes = [64 << 10, 256 << 10, 1 << 20, 4 << 20, 16 << 20]
    per_mb = {}
    for size in sizes[:-1]:
        per_mb[size] = _seconds(_text(unit, size)) / (size / 2**20)
    big = _text(unit, sizes[-1])
    seconds = benchmark.pedantic(_seconds, args=(big,), rounds=1, iterations=1)
    per_mb[sizes[-1]] = seconds / 16
    benchmark.extra_info["seconds_per_mb"] = {f"{k >> 10} KB": round(v, 2) for k, v in per_mb.items()}
    print(benchmark.extra_info["seconds_per_mb"])
    assert per_mb[sizes[-1]] <= 2 * per_mb[sizes[0]]
