"""``explorer bench import``: one article imported into a project through the app's own route, timed.

The small tests run in CI (a project of a few hundred events from ``explorer bench project``); the
benchmark (skipped in CI) imports the same article into a 100k-event project. Run it with
``python -m pytest --benchmark-only -s tests/gui/test_bench_import.py``; ``TE_BENCH_EVENTS`` sets the size
or ``TE_BENCH_PROJECT`` names a ready project (never changed: the bench works on a copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.commands.bench_import import TreeMemory, bench_extract
from explorer.commands.bench_project import build_project
from explorer.gui.bench_import import TARGETS, bench_import
from explorer.store import Project

ARTICLE = str(Path(__file__).parent / "data" / "harbour-bridge-vote.txt")
#: People the article names; the project's generated articles name none of them.
PEOPLE = {"Casimir Oudendijk", "Dagmar Thijssen"}


@pytest.fixture
def small_project(tmp_path, generated_project) -> str:
    """The test's own copy of a project of 600 events from 3 articles (built once per process)."""
    return str(generated_project(tmp_path / "small.tlproj", 600, 3))


def test_the_command_prints_every_figure_and_the_article_arrives_with_its_actors(
        small_project, tmp_path, qapp, capsys):
    """``explorer bench import PROJECT ARTICLE`` prints one JSON line per figure against its target;
    the article's events reach the timeline, then carry the people it names."""
    from explorer import cli

    before = Project.open(small_project)
    docs, events = len(before.documents()), len(before.events())
    work = tmp_path / "work"
    work.mkdir()
    assert cli.main(["bench", "import", "--workdir", str(work), small_project, ARTICLE]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    by_figure = {r["figure"]: r for r in records}
    assert set(by_figure) == set(TARGETS)
    for rec in records:
        assert rec["target"] == TARGETS[rec["figure"]] and rec["holds"] == (rec["value"] <= rec["target"])
    imported = by_figure["import_events_s"]
    assert imported["added"] == 1 and imported["new_events"] > 0
    assert imported["events_after"] == events + imported["new_events"]
    assert imported["marks"] > imported["marks_before"]  # drawn on the timeline
    annotation = by_figure["import_annotation_s"]
    # (at 600 events the annotation of the article can end before the timeline's grab that ends
    # import_events_s: both are timed from the import's start, neither bounds the other)
    assert annotation["finished"] and 0 < imported["value"] and 0 < annotation["value"] < float("inf")
    assert annotation["with_actors"] > 0 and PEOPLE <= set(annotation["actors"])
    assert by_figure["import_save_ms"]["modified"] is False
    # (the children's figure may read 0 here: at 600 events the annotation's child can live less than
    # one 50 ms sampling period; test_the_memory_of_child_processes_is_read_together checks the reading)
    assert by_figure["total_peak_rss_mb"]["value"] >= by_figure["children_peak_rss_mb"]["value"]
    # the project given is left as it was; the copy the bench worked on is gone
    after = Project.open(small_project)
    assert (len(after.documents()), len(after.events())) == (docs, events)
    assert list(work.iterdir()) == []


def test_the_save_timed_writes_the_imported_article_with_its_actors(small_project, qapp, monkeypatch):
    """``import_save_ms`` is File > Save of the project with the new article: the file saved then
    holds the article's document, and its events name the people found after the import."""
    from explorer.store import saving as store_saving

    saved = []
    real = store_saving.save

    def spy(project, target, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        real(project, target, *args, **kwargs)
        reopened = Project.open(target)
        mine = [d for d in reopened.documents() if d.document.path.endswith("harbour-bridge-vote.txt")]
        names = {a for e in reopened.events() if mine and e.doc == mine[0].document.path for a in e.actors}
        saved.append((len(mine), names))

    monkeypatch.setattr(store_saving, "save", spy)
    records = bench_import(small_project, [ARTICLE], lambda rec: None)
    assert next(r for r in records if r["figure"] == "import_save_ms")["value"] > 0
    assert len(saved) == 1 and saved[0][0] == 1 and PEOPLE <= saved[0][1]


def test_the_command_line_variant_times_extract_into_a_copy(small_project, tmp_path):
    """``--cli``: ``explorer extract --project`` of the article into a copy, as a child process; its
    wall clock, CPU time and memory are printed, the project given is not changed."""
    size = os.path.getsize(small_project)
    records = bench_extract(small_project, [ARTICLE], lambda rec: None, jobs=1, workdir=str(tmp_path))
    by_figure = {r["figure"]: r for r in records}
    extract = by_figure["cli_extract_s"]
    assert extract["returncode"] == 0 and 0 < extract["value"] < float("inf")
    assert extract["cpu_s"] > 0 and extract["file_mb"] > 0
    assert by_figure["cli_peak_rss_mb"]["value"] > 20  # an interpreter with the tagger loaded
    assert os.path.getsize(small_project) == size
    assert [p.name for p in tmp_path.iterdir()] == ["small.tlproj"]


def test_a_failing_extract_is_reported_not_timed(small_project, tmp_path):
    """An article that cannot be imported (a missing path) makes the extract fail: the figure is
    infinite and does not hold, with the command's last words."""
    records = bench_extract(small_project, [str(tmp_path / "missing")], lambda rec: None, jobs=1,
                            workdir=str(tmp_path))
    extract = records[0]
    assert extract["returncode"] != 0
    assert extract["value"] == float("inf") and not extract["holds"] and extract["stderr"]


def test_the_memory_of_child_processes_is_read_together(tmp_path):
    """The children's peak is their resident memory summed at one moment: a child holding 120 MB
    (and its own child holding 60 MB) shows as at least 180 MB."""
    code = ("import subprocess, sys, time; b = b'x' * (120 * 2**20); "
            "p = subprocess.Popen([sys.executable, '-c', \"b = b'y' * (60 * 2**20); import time; time.sleep(8)\"]); "
            "time.sleep(8); p.kill()")
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        memory = TreeMemory()
        deadline = time.perf_counter() + 8
        while memory.children_mb < 180 and time.perf_counter() < deadline:
            memory.sample(force=True)
            time.sleep(0.05)
        assert memory.children_mb >= 180
        assert memory.total_mb > memory.children_mb and memory.parent_mb > 0
    finally:
        child.kill()
        child.wait()


@pytest.mark.benchmark
@pytest.mark.slow
def test_importing_one_article_into_a_large_project(tmp_path, qapp, benchmark):
    path = os.environ.get("TE_BENCH_PROJECT")
    if not path:
        path = str(tmp_path / "bench.tlproj")
        build_project(int(os.environ.get("TE_BENCH_EVENTS", "100000")), path)
    records = benchmark.pedantic(bench_import, args=(path, [ARTICLE], lambda rec: print(json.dumps(rec), flush=True)),
                                 rounds=1, iterations=1)
    assert {r["figure"] for r in records} == set(TARGETS)
