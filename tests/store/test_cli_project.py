"""``extract --project`` and ``extract FILE.tlproj --format …`` as a user runs them, with exports read back."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from explorer.curation import edits
from explorer.store import Project


@pytest.fixture
def curated(tmp_path: Path, articles: Path, cli) -> tuple[Path, dict[str, str]]:
    """A project made by the CLI, then edited through the core as the app would, and saved."""
    path = tmp_path / "case.tlproj"
    cli("extract", str(articles), "--project", str(path))
    project = Project.open(path)
    by_timex = {e.timex: e.id for e in project.events()}
    ids = {
        "redated": by_timex["March 3, 2019"], "rejected": by_timex["June 2018"],
        "starred": by_timex["12 May 2018"], "merged": by_timex["14 April 2019"],
    }
    project.apply(edits.redate(project, ids["redated"], "March 2019"))
    project.apply(edits.retitle(project, ids["redated"], "Warnings, issued; by the \"office\""))
    project.apply(edits.set_lane(project, ids["redated"], "Weather"))
    project.apply(edits.reject(project, ids["rejected"]))
    project.apply(edits.star(project, ids["starred"]))
    project.apply(edits.set_tags(project, ids["starred"], ["legal", "draft"]))
    project.apply(edits.annotate(project, ids["starred"], "Never ratified, see p. 4;\nfollow up"))
    project.apply(edits.merge(project, ids["redated"], ids["merged"]))
    project.save()
    return path, ids


def test_reextraction_keeps_every_edit(curated, articles: Path, cli) -> None:
    path, ids = curated
    before = Project.open(path)
    expected = [(r.event, r.curation) for r in before.rows(include_hidden=True)]
    run = cli("extract", str(articles), "--project", str(path))
    assert "0 new and 2 updated" in run.stderr
    cli("extract", str(path), "--reextract", "--format", "jsonl")
    after = Project.open(path)
    assert [(r.event, r.curation) for r in after.rows(include_hidden=True)] == expected
    assert after.edits() == before.edits()
    assert after.event(ids["redated"]).begin == date(2019, 3, 1)


def test_a_changed_article_reports_its_orphaned_edits(curated, articles: Path, cli) -> None:
    path, ids = curated
    flood = articles / "flood.txt"
    flood.write_text(flood.read_text().replace("March 3, 2019", "early March"), encoding="utf-8")
    run = cli("extract", str(articles), "--project", str(path))
    assert "explorer: 1 edit lost its expression when the document changed" in run.stderr
    report = next(line for line in run.stderr.splitlines() if line.startswith("explorer:   flood.txt:"))
    assert "dated March 2019" in report and "renamed" in report and "moved to lane Weather" in report
    assert "on “March 3, 2019” in “The first warnings were issued on March 3, 2019, by the regional weather office.”" in report
    assert "the new text has “early March” there" in report
    project = Project.open(path)
    assert len(project.orphaned_edits()) == 1
    assert project.previous_text(project.orphaned_edits()[0][0].doc_hash) is not None  # kept in the file
    june = next(r for r in project.rows() if r.event.timex == "June 2018")
    assert june.curation.rejected  # the other edits in the changed file followed their expressions


def test_adding_articles_to_an_existing_project(tmp_path: Path, articles: Path, cli, fx) -> None:
    path = tmp_path / "p.tlproj"
    cli("extract", str(articles / "flood.txt"), "--project", str(path))
    cli("extract", str(articles / "treaty.md"), "--project", str(path))
    assert [Path(d.document.path).name for d in Project.open(path).documents()] == ["flood.txt", "treaty.md"]


def export(cli, path: Path, fmt: str, *extra: str) -> str:
    return cli("extract", str(path), "--format", fmt, *extra).stdout


def test_csv_json_jsonl_carry_the_edits_and_leave_rejected_out(curated, cli) -> None:
    path, ids = curated
    rows = list(csv.DictReader(io.StringIO(export(cli, path, "csv"))))
    by_id = {row["id"]: row for row in rows}
    assert ids["rejected"] not in by_id and ids["merged"] not in by_id
    redated = by_id[ids["redated"]]
    assert (redated["begin"], redated["end"], redated["value"]) == ("2019-03-01", "2019-03-31", "2019-03")
    assert redated["title"] == "Warnings, issued; by the \"office\"" and redated["lane"] == "Weather"
    assert json.loads(redated["sources"]) == [ids["redated"], ids["merged"]]  # lists read back as JSON
    starred = by_id[ids["starred"]]
    assert starred["starred"] == "True" and json.loads(starred["tags"]) == ["legal", "draft"]
    assert starred["note"] == "Never ratified, see p. 4;\nfollow up"
    with_rejected = {row["id"]: row for row in csv.DictReader(io.StringIO(export(cli, path, "csv", "--include-rejected")))}
    assert with_rejected[ids["rejected"]]["rejected"] == "True"

    records = json.loads(export(cli, path, "json"))
    lines = [json.loads(line) for line in export(cli, path, "jsonl").splitlines()]
    assert records == lines
    assert {r["id"] for r in records} == set(by_id)
    assert next(r for r in records if r["id"] == ids["starred"])["tags"] == ["legal", "draft"]


def test_timelinejs_has_the_fields_timelinejs_needs(curated, cli, tmp_path: Path) -> None:
    path, ids = curated
    out = tmp_path / "timeline.json"
    cli("extract", str(path), "--format", "timelinejs", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"events"} and "headline" in data["title"]["text"]
    slides = {s["unique_id"]: s for s in data["events"]}
    assert ids["rejected"] not in slides
    for slide in data["events"]:
        start = slide["start_date"]
        assert isinstance(start["year"], int) and set(start) <= {"year", "month", "day", "display_date"}
        assert 1 <= start.get("month", 1) <= 12 and 1 <= start.get("day", 1) <= 31
        assert slide["text"]["headline"]
        if "end_date" in slide:
            assert isinstance(slide["end_date"]["year"], int)
    redated = slides[ids["redated"]]
    assert redated["start_date"]["year"] == 2019 and redated["start_date"]["month"] == 3 and "day" not in redated["start_date"]
    assert redated["group"] == "Weather"
    assert "&quot;office&quot;" in redated["text"]["headline"]


def test_ics_is_read_back_by_the_icalendar_package(curated, cli, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    path, ids = curated
    out = tmp_path / "events.ics"
    cli("extract", str(path), "--format", "ics", "-o", str(out))
    raw = out.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert ids["rejected"] not in events
    redated = events[ids["redated"]]
    assert redated.decoded("DTSTART") == date(2019, 3, 1)
    assert redated.decoded("DTEND") == date(2019, 3, 31) + timedelta(days=1)  # exclusive end, all-day
    assert str(redated["SUMMARY"]) == "Warnings, issued; by the \"office\""
    starred = events[ids["starred"]]
    assert "Never ratified, see p. 4;\nfollow up" in str(starred["DESCRIPTION"])
    assert [str(c) for c in starred["CATEGORIES"].cats] == ["legal", "draft"]
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        assert type(start) is date  # all-day events
        assert event.decoded("DTEND") > start


def test_timeml_writes_one_file_per_document_with_the_edits(curated, cli, tmp_path: Path) -> None:
    path, ids = curated
    folder = tmp_path / "timeml"
    run = cli("extract", str(path), "--format", "timeml", "-o", str(folder))
    files = sorted(folder.glob("*.tml"))
    assert [f.name for f in files] == ["flood.tml", "treaty.tml"] and len(run.stdout.splitlines()) == 2
    flood = ET.parse(folder / "flood.tml").getroot()
    timexes = {t.text: t.attrib for t in flood.iter("TIMEX3")}
    assert timexes["March 3, 2019"]["value"] == "2019-03"
    assert "June 2018" not in timexes  # rejected
    text = "".join(flood.find("TEXT").itertext())
    assert "June 2018" in text  # the words stay, only the tag goes
    no_folder = cli("extract", str(path), "--format", "timeml", check=False)
    assert no_folder.returncode == 2 and "-o" in no_folder.stderr


def test_plain_extract_streams_the_fields_of_a_project_export_and_new_formats_work_without_a_project(
    articles: Path, cli, tmp_path: Path
) -> None:
    lines = cli("extract", str(articles)).stdout.splitlines()
    cli("extract", str(articles), "--project", str(tmp_path / "p.tlproj"))
    exported = cli("extract", str(tmp_path / "p.tlproj")).stdout.splitlines()
    assert lines and [json.loads(line) for line in lines] == [json.loads(line) for line in exported]
    assert json.loads(lines[0])["starred"] is False  # the stream is a project never written
    data = json.loads(cli("extract", str(articles), "--format", "timelinejs").stdout)
    assert data["events"]


def test_help_documents_the_project_options(cli) -> None:
    text = cli("extract", "--help").stdout
    for option in ("--project", "--include-rejected", "--reextract", "-o", "timeml", "timelinejs", "ics"):
        assert option in text
