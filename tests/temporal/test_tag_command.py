"""``explorer tag FILE...``: many files and folders in one process, each with its own document date."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def explorer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def _rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def test_files_and_folders_in_one_run_each_with_its_own_date(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("The mayor resigned on Tuesday.\n")
    (folder / "a.meta.json").write_text(json.dumps({"date": "2019-01-10"}))  # a Thursday
    (folder / "b.txt").write_text("The mayor resigned on Tuesday.\n")
    (folder / "b.meta.json").write_text(json.dumps({"date": "2020-03-05"}))  # a Thursday
    lone = tmp_path / "c.txt"
    lone.write_text("WASHINGTON, June 4, 2015 - The bill passed yesterday.\n")
    run = explorer("tag", str(folder), str(lone))
    assert run.returncode == 0, run.stderr
    by_doc: dict[str, dict[str, str]] = {}
    dated: dict[str, set[tuple[str, str]]] = {}
    for row in _rows(run.stdout):
        by_doc.setdefault(Path(row["doc"]).name, {})[row["text"]] = row["value"]
        dated.setdefault(Path(row["doc"]).name, set()).add((row["doc_date"], row["doc_date_source"]))
    assert by_doc["a.txt"]["Tuesday"] == "2019-01-08"
    assert by_doc["b.txt"]["Tuesday"] == "2020-03-03"
    assert by_doc["c.txt"]["yesterday"] == "2015-06-03"
    # every line says which date its own file was read against, and where that date came from
    assert dated == {"a.txt": {("2019-01-10", "sidecar")}, "b.txt": {("2020-03-05", "sidecar")},
                     "c.txt": {("2015-06-04", "dateline")}}


def test_dct_applies_to_every_file_and_a_bad_path_does_not_stop_the_rest(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("They met yesterday.\n")
    run = explorer("tag", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "b.txt"),
                   "--dct", "2011-04-01")
    assert run.returncode == 0
    assert "missing.txt" in run.stderr
    rows = _rows(run.stdout)
    assert [(Path(r["doc"]).name, r["value"]) for r in rows] == [("a.txt", "2011-03-31"), ("b.txt", "2011-03-31")]
    assert {(r["doc_date"], r["doc_date_source"]) for r in rows} == {("2011-04-01", "given")}


def test_a_range_is_written_as_its_two_ends(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The summit ran 12-14 June 2010 in Toronto.\n")
    run = explorer("tag", str(article))
    assert [(r["text"], r["value"]) for r in _rows(run.stdout)] == [("12", "2010-06-12"), ("14 June 2010", "2010-06-14")]


def test_timeml_for_many_files_goes_into_a_folder(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Prices rose in 2010.\n")
    assert explorer("tag", str(tmp_path), "--format", "timeml").returncode == 2
    out = tmp_path / "out"
    run = explorer("tag", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "timeml", "-o", str(out))
    assert run.returncode == 0, run.stderr
    for name in ("a.tml", "b.tml"):
        root = ET.fromstring((out / name).read_text())
        assert [t.text for t in root.find("TEXT").findall("TIMEX3")] == ["2010"]
        assert root.findtext("DOCID") == name[:-4]  # each file's own id, as extract writes it, not "doc"


def test_an_anchor_names_the_expression_it_hangs_on_even_after_a_range(tmp_path: Path) -> None:
    """A range's ends are two lines, so the tagger's list index (what ``anchor`` held) named the wrong
    line after any range: "Two weeks later" pointed at "August 2019", not at "3 March 2020"."""
    article = tmp_path / "a.txt"
    article.write_text("The pool shut from June to August 2019. Talks opened on 3 March 2020. "
                       "Two weeks later they broke down. Last week the pool reopened.\n")
    rows = _rows(explorer("tag", str(article), "--dct", "2021-01-06").stdout)
    by_text = {row["text"]: row for row in rows}
    assert by_text["Two weeks later"]["value"] == "2020-03-17", rows
    assert by_text["Two weeks later"]["anchor"] == by_text["3 March 2020"]["start"], rows
    starts = {row["start"] for row in rows}
    assert all(row["anchor"] in starts for row in rows if isinstance(row["anchor"], int)), rows
