"""The headless command line, run the way a user runs it, with real arguments: in this process
(tests/cli_runner.py; a new interpreter per command cost ~3 s of CPU each) where the test reads the
command's output, in a real subprocess where it is about the process: start-up and exit codes."""

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
SAMPLE = REPO / "data"
REQUIRED = {
    "doc", "id", "title", "sentence", "sentence_start", "sentence_end", "timex", "timex_start", "timex_end",
    "value", "type", "begin", "end", "certainty", "actors", "places", "derivation", "anchor",
}


def explorer(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd)


def explorer_process(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "explorer", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def sample_events() -> list[dict]:
    run = explorer("extract", "data", "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_every_record_has_the_fields_and_offsets_point_into_the_text(sample_events: list[dict]) -> None:
    assert sample_events
    texts: dict[str, str] = {}
    for event in sample_events:
        assert REQUIRED <= event.keys()
        text = texts.setdefault(event["doc"], (REPO / event["doc"]).read_text(encoding="utf-8"))
        assert event["doc"].startswith("data/")  # the path as given
        assert text[event["timex_start"] : event["timex_end"]] == event["timex"]
        assert text[event["sentence_start"] : event["sentence_end"]] == event["sentence"]
        assert event["sentence_start"] <= event["timex_start"] <= event["timex_end"] <= event["sentence_end"]
        if event["timex"] == "":  # a notable occurrence the text does not date
            assert event["value"] == "" and event["certainty"] in {"undated", "inferred"}
            assert "notable occurrence" in event["derivation"]
        assert event["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert event["certainty"] in {"exact", "inferred", "undated"}
        if event["begin"] is None:
            assert event["certainty"] == "undated"
        else:
            assert event["begin"] <= event["end"]
        assert isinstance(event["actors"], list) and isinstance(event["places"], list)
    assert len({e["id"] for e in sample_events}) == len(sample_events)


def _find(events: list[dict], doc_part: str, begin: str, end: str) -> list[dict]:
    return [e for e in events if doc_part in e["doc"] and e["begin"] == begin and e["end"] == end]


def test_sample_moscow_visits_are_three_months_of_2015(sample_events: list[dict]) -> None:
    for month, last in (("07", "31"), ("08", "31"), ("09", "30")):
        hits = _find(sample_events, "russia", f"2015-{month}-01", f"2015-{month}-{last}")
        assert any("Moscow" in e["sentence"] and "Suleimani" in e["sentence"] for e in hits), month


def test_sample_assad_visit_is_february_2019(sample_events: list[dict]) -> None:
    hits = _find(sample_events, "quds-force", "2019-02-01", "2019-02-28")
    assert any("Assad" in e["sentence"] and e["value"] == "2019-02" for e in hits)


def test_sample_kabul_visit_is_december_26_2018(sample_events: list[dict]) -> None:
    hits = _find(sample_events, "direct-talks", "2018-12-26", "2018-12-26")
    assert any("Kabul" in e["sentence"] and e["timex"].endswith("December 26") for e in hits)


@pytest.mark.parametrize("false_date", ["we", "We", "may", "No. 1191", "1191", "[1]", "5 min read", "5", "12"])
def test_sample_has_none_of_the_false_dates(sample_events: list[dict], false_date: str) -> None:
    assert not [e for e in sample_events if e["timex"].strip() == false_date]


def test_csv_and_json_formats_carry_the_same_events(sample_events: list[dict]) -> None:
    as_csv = list(csv.DictReader(io.StringIO(explorer("extract", "data", "--format", "csv").stdout)))
    as_json = json.loads(explorer("extract", "data", "--format", "json").stdout)
    assert [r["id"] for r in as_csv] == [e["id"] for e in as_json] == [e["id"] for e in sample_events]
    assert int(as_csv[0]["timex_start"]) == sample_events[0]["timex_start"]


def test_dct_option_overrides_the_header(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed on March 3, 2019. The envoy will return on December 26.\n")
    run = explorer("extract", str(article), "--dct", "2019-03-04")
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    assert [e["begin"] for e in events if e["timex"] == "March 3, 2019"] == ["2019-03-03"]


def test_help_documents_every_subcommand() -> None:
    run = explorer_process("--help")
    assert run.returncode == 0
    for sub in ("extract", "tag", "open"):
        assert sub in run.stdout
    assert "--format" in explorer("extract", "--help").stdout


def test_bad_paths_give_a_clear_message_and_nonzero_exit(tmp_path: Path) -> None:
    run = explorer_process("extract", str(tmp_path / "missing"))
    assert run.returncode == 1
    assert "no such file or folder" in run.stderr
    assert "Traceback" not in run.stderr


def test_one_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The bridge opened on June 1, 2001 after years of work.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01" * 50)
    run = explorer("extract", str(tmp_path))
    assert run.returncode == 0
    assert "binary" in run.stderr
    assert "June 1, 2001" in run.stdout


def test_a_warning_names_the_program_its_kind_and_the_file_not_a_module(tmp_path: Path) -> None:
    (tmp_path / "saved-page.txt").write_text(
        "<!DOCTYPE html><html><head><title>Bridge opens</title></head>"
        "<body><p>The bridge opened on June 1, 2001 after years of work.</p></body></html>\n")
    run = explorer("extract", str(tmp_path))
    assert run.returncode == 0, run.stderr
    line = next(l for l in run.stderr.splitlines() if "saved-page.txt" in l)
    assert line.startswith("explorer: warning: ") and "explorer.documents" not in line


def test_tag_writes_timeml_that_parses(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    article = tmp_path / "a.txt"
    article.write_text("Prices rose in 2010 & fell on March 3, 2011 <sharply>.\n")
    run = explorer("tag", str(article), "--dct", "2011-04-01", "--format", "timeml")
    assert run.returncode == 0, run.stderr
    root = ET.fromstring(run.stdout)
    timexes = root.find("TEXT").findall("TIMEX3")
    assert {t.text for t in timexes} >= {"2010", "March 3, 2011"}
    assert "".join(root.find("TEXT").itertext()) == article.read_text()


def test_sidecar_gives_date_and_title(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("The envoy arrived on December 26 and left two days later.\n")
    (tmp_path / "note.meta.json").write_text(json.dumps({"date": "2019-01-10", "title": "Envoy trip"}))
    from explorer.documents import read_document
    from explorer.ingest import date_document, read_sidecar

    doc = date_document(read_document(str(article)), None, read_sidecar(str(article)))
    assert (doc.date.isoformat(), doc.date_source, doc.title) == ("2019-01-10", "sidecar", "Envoy trip")
