"""``explorer actors``, ``places`` and ``groups`` run as a user would, without Qt: the commands'
output through ``main(argv)`` in this process (``tests.cli_runner``: a new interpreter per command
cost seconds of CPU each), the Qt-free check in a real subprocess, where ``sys.modules`` is clean."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "corpus"


def _run(*args: str) -> str:
    run = run_cli(*args, cwd=REPO)
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def actors_json() -> list[dict]:
    return json.loads(_run("actors", str(CORPUS), "--format", "json"))


def test_actors_json_has_kind_counts_and_merged_variants(actors_json: list[dict]) -> None:
    by_name = {r["name"]: r for r in actors_json}
    lavrov = by_name["Sergei Lavrov"]
    assert lavrov["kind"] == "person"
    assert {v["text"] for v in lavrov["variants"]} >= {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"}
    assert lavrov["mentions"] == sum(v["count"] for v in lavrov["variants"])
    assert lavrov["events"] >= 2
    assert by_name["Atlas Mining Corporation"]["kind"] == "org"
    assert not {r["kind"] for r in actors_json} - {"person", "org"}
    events = [r["events"] for r in actors_json]
    assert events == sorted(events, reverse=True)


def test_actors_text_is_an_aligned_table_sorted_by_events(actors_json: list[dict]) -> None:
    lines = _run("actors", str(CORPUS)).splitlines()
    header, rows = lines[0], lines[1:]
    assert header.split() == ["NAME", "KIND", "EVENTS", "MENTIONS", "VARIANTS"]
    kind_col = header.index("KIND")
    assert all(row[kind_col:].split()[0] in ("person", "org") for row in rows)
    assert rows[0].startswith(actors_json[0]["name"])
    assert len(rows) == len(actors_json)


def test_actors_kind_filter_and_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(_run("actors", str(CORPUS), "--kind", "person", "--format", "csv"))))
    assert rows and {r["kind"] for r in rows} == {"person"}
    smiths = [r for r in rows if r["name"].endswith("Smith")]
    assert {r["name"] for r in smiths} == {"John Smith", "Mary Smith"}


def test_places_lists_only_places_with_gazetteer_names() -> None:
    rows = json.loads(_run("places", str(CORPUS), "--format", "json"))
    names = {r["name"] for r in rows}
    assert {"Moscow", "Madrid", "Riyadh"} <= names
    assert {r["kind"] for r in rows} == {"place"}


def test_groups_lists_sources_dates_and_disputes() -> None:
    groups = json.loads(_run("groups", str(CORPUS), "--format", "json"))
    assert len(groups) == 4
    disputed = [g for g in groups if g["disputed"]]
    assert len(disputed) == 1 and len(disputed[0]["dates"]) == 2
    moscow = next(g for g in groups if g["dates"] == [["2021-03-02", "2021-03-02"]])
    assert moscow["sources"] == 3 and len({e["doc"] for e in moscow["events"]}) == 3
    text = _run("groups", str(CORPUS))
    assert "DISPUTED" in text and "3 sources" in text


def test_entity_commands_never_import_qt() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from explorer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    for cmd in ('actors', 'places', 'groups'): assert main([cmd, {str(CORPUS)!r}, '--jobs', '1']) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'PyQt6')]\n"
        "assert not bad, bad\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr
