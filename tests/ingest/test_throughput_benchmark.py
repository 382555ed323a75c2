"""Words per second of ``extract`` and ``tag`` on 400 generated news articles, in-process and as whole
processes on every core, beside ``dateparser.search_dates`` on the same files; and where a whole
``extract`` spends its time (issue 16). A benchmark: skipped in CI, run with ``--benchmark-only``.

The articles come from the generator ``explorer bench project`` uses (news-like text with datelines,
people, organisations, places and dates in many forms), not from the five sample articles alone.
CPU seconds are the measure (the machine is shared; wall seconds are printed beside them)."""

from __future__ import annotations

import functools
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = 400


def _articles(folder: Path, count: int) -> list[str]:
    from explorer.commands.bench_project import write_articles

    return [str(p) for p in write_articles(folder, count)]


def _process(args: list[str]) -> tuple[float, float]:
    """(CPU seconds of the process and its children, wall seconds) of one ``python -m explorer ...``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert run.returncode == 0, run.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def _cpu(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c0, time.perf_counter() - t0


def _stages(paths: list[str], out: Path, monkeypatch) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """CPU seconds of each stage of the ``extract`` route run in this process with one job (so the
    reading and tagging are seen too): what a whole process does besides tagging."""
    import explorer.entities as entities
    import explorer.entities.annotate as annotate
    import explorer.events.build as build
    import explorer.exports.project as exports
    import explorer.ingest.extract as extract
    import explorer.temporal as temporal
    from explorer.cli import main

    spent: dict[str, float] = {}

    def timed(module, name: str, label: str) -> None:  # type: ignore[no-untyped-def]
        real = getattr(module, name)

        @functools.wraps(real)
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            c0 = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - c0

        monkeypatch.setattr(module, name, wrapper)

    timed(extract, "read_with_metadata", "read files")
    timed(extract, "date_document", "date documents")
    timed(temporal, "tag", "tag")
    timed(build, "make_title", "events: titles")
    timed(extract, "build_events", "events (titles included)")
    timed(annotate, "find_mentions", "entities: mentions")
    timed(entities, "build_index", "entities: index (mentions included)")
    timed(entities, "group_events", "grouping")
    timed(entities, "score_events", "salience")
    timed(exports, "write_project", "rows and JSON out")
    total = _cpu(lambda: main(["extract", *paths, "--jobs", "1", "-o", str(out)]))[0]
    spent["whole route (in-process)"] = total
    return spent


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_words_per_second_on_400_articles(benchmark, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Round two: ``extract`` on 400 articles (whole process, 2 cores) was 2.5x faster than
    ``search_dates`` alone while the tagger in-process was far faster. The tagger must stay 6x
    search_dates in-process, and the whole ``extract`` at least 2x (CPU) on the same files."""
    dateparser_search = pytest.importorskip("dateparser.search")
    from explorer.documents import read_document
    from explorer.ingest import date_document, read_sidecar
    from explorer.temporal import tag
    from explorer.temporal.grammar import _find_candidates_cached

    folder = tmp_path / "articles"
    folder.mkdir()
    paths = _articles(folder, ARTICLES)
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)

    dateparser_search.search_dates("warm up on 13 October 2015", languages=["en"])
    theirs = _cpu(lambda: [dateparser_search.search_dates(t, languages=["en"]) for t in texts])

    def tag_files() -> None:
        _find_candidates_cached.cache_clear()
        for p in paths:
            doc = date_document(read_document(p), None, read_sidecar(p))
            tag(doc.text, doc.date, dct_inferred=doc.date_source == "inferred")

    benchmark.pedantic(tag_files, rounds=1, iterations=1)
    tag_in = _cpu(tag_files)
    stages = _stages(paths, tmp_path / "in-process.jsonl", monkeypatch)
    extract_in = stages["whole route (in-process)"]
    tag_proc = _process(["tag", str(folder)])
    extract_proc = _process(["extract", str(folder), "-o", str(tmp_path / "out.jsonl")])
    half_folder = tmp_path / "half"
    half_folder.mkdir()
    for p in paths[: ARTICLES // 2]:
        (half_folder / Path(p).name).write_text(Path(p).read_text(encoding="utf-8"), encoding="utf-8")
    half_words = sum(len(t.split()) for t in texts[: ARTICLES // 2])
    extract_half = _process(["extract", str(half_folder), "-o", str(tmp_path / "half.jsonl")])

    rows = [
        ("dateparser.search_dates, in-process", theirs),
        ("tag, in-process", tag_in),
        ("extract, in-process (one job)", (extract_in, float("nan"))),
        ("explorer tag FOLDER, whole process", tag_proc),
        ("explorer extract FOLDER, whole process", extract_proc),
    ]
    print(f"\n{ARTICLES} generated articles, {words} words, {sum(map(len, texts)) / 2**20:.2f} MB")
    print(f"  {'':44s} {'CPU s':>8s} {'wall s':>8s} {'words/s (CPU)':>14s} {'vs search_dates':>16s}")
    for name, (cpu, wall) in rows:
        print(f"  {name:44s} {cpu:8.2f} {wall:8.2f} {words / cpu:14,.0f} {theirs[0] / cpu:15.1f}x")
    print(f"  extract of half the articles: {extract_half[0]:.2f} CPU s, {extract_half[1]:.2f} wall s "
          f"({half_words / extract_half[0]:,.0f} words/s)")
    print("  where the in-process extract route spends its CPU seconds:")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"    {name:40s} {seconds:7.2f}")
    benchmark.extra_info.update({name: {"cpu": cpu, "wall": wall} for name, (cpu, wall) in rows})
    benchmark.extra_info["stages"] = stages
    assert theirs[0] / tag_in[0] >= 6
    assert theirs[0] / extract_proc[0] >= 2
    # what grows faster than the corpus shows as a dearer word in the larger half
    assert extract_proc[0] / words <= 1.5 * extract_half[0] / half_words
