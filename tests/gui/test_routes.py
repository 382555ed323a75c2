"""One corpus, every route, the same events with the same fields.

The corpus is the bundled sample plus HTML, DOCX and PDF copies of one article (the HTML one with a
``<script>`` whose metadata gives another date than the article's dateline). It goes through
``extract`` to stdout, ``extract -o``, ``extract --project`` then an export in every format, and the
app's import then File ▸ Export Data; every route must give the records of the stdout stream.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.gui import export_data_dialog

REPO = Path(__file__).resolve().parents[2]
FORMATS = ("jsonl", "json", "csv", "timelinejs", "ics", "timeml")
#: the formats a stream without a project writes (TimeML needs a project's documents)
STREAM_FORMATS = ("jsonl", "json", "csv", "timelinejs", "ics")

DATELINE = "January 8, 2019"
PARAGRAPHS = [
    "Flood in the valley",
    DATELINE,
    "Officials in the valley said yesterday that the river burst its banks after days of heavy rain.",
    "Minister Jane Roe visited Lowtown on Monday, two days after the first warnings.",
    "The first warnings were issued on March 3, 2018, by the regional weather office in Lowtown.",
    "Engineers will return next month to assess the damage, Roe said.",
]
HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Flood in the valley</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-08T10:00:00Z"}</script>
</head><body><article>%s</article></body></html>"""


@pytest.fixture
def corpus(tmp_path) -> Path:
    from ..store.conftest import minimal_pdf  # the PDF builder of the importer tests

    docx = pytest.importorskip("docx")
    folder = tmp_path / "corpus"
    shutil.copytree(REPO / "data", folder, ignore=shutil.ignore_patterns("README.md"))
    # each copy's headline names its format: a project knows a document by its text, and three
    # identical texts would be one document by every route
    html = [f"{PARAGRAPHS[0]} (web)", *PARAGRAPHS[1:]]
    (folder / "flood.html").write_text(HTML % "".join(f"<p>{p}</p>" for p in html), encoding="utf-8")
    document = docx.Document()
    for paragraph in [f"{PARAGRAPHS[0]} (docx)", *PARAGRAPHS[1:]]:
        document.add_paragraph(paragraph)
    document.save(str(folder / "flood.docx"))
    (folder / "flood.pdf").write_bytes(minimal_pdf([f"{PARAGRAPHS[0]} (pdf)", *PARAGRAPHS[1:]]))
    return folder


def run_cli(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", *args]) == 0
    return out.getvalue()


def ics_records(text: str) -> list[dict]:
    unfolded = text.replace("\r\n ", "")
    unescape = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
    return [
        json.loads(re.sub(r"\\(.)", lambda m: unescape.get(m.group(1), m.group(0)), line[len("X-TIMELINE-RECORD:"):]))
        for line in unfolded.split("\r\n") if line.startswith("X-TIMELINE-RECORD:")
    ]


def csv_text(record: dict) -> dict:
    """A record as its CSV row reads back: lists as JSON, None as empty, the rest as text."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else "" if v is None else str(v)
            for k, v in record.items()}


def check_export(fmt: str, path: Path, expected: list[dict]) -> None:
    """The file at ``path`` (a folder for TimeML) holds exactly the records of ``expected``."""
    dated = [r for r in expected if r["begin"] is not None]
    if fmt == "jsonl":
        assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == expected
    elif fmt == "json":
        assert json.loads(path.read_text(encoding="utf-8")) == expected
    elif fmt == "csv":
        with open(path, encoding="utf-8", newline="") as handle:
            assert list(csv.DictReader(handle)) == [csv_text(r) for r in expected]
    elif fmt == "timelinejs":
        assert [s["record"] for s in json.loads(path.read_text(encoding="utf-8"))["events"]] == dated
    elif fmt == "ics":
        assert ics_records(path.read_bytes().decode("utf-8")) == dated
    else:  # TimeML: every dated expression tagged with its value, in its document's file
        tagged: dict[str, set] = {}
        for tml in path.glob("*.tml"):
            root = ET.parse(tml).getroot()
            tagged[tml.stem] = {(t.text, t.get("value")) for t in root.find("TEXT").iter("TIMEX3")}
        for record in dated:
            if record["timex"] and "/" not in record["value"]:
                stem = Path(record["doc"]).stem if Path(record["doc"]).suffix else record["doc"]
                name = next(n for n in tagged if n == stem or n.startswith(stem))
                # a range is marked the TimeML way, each end its own tag: the first end carries the record's value
                assert any(value == record["value"] and record["timex"].startswith(text)
                           for text, value in tagged[name]), record


def test_the_routes_cover_every_format_each_route_offers() -> None:
    """A format added to the stream, the project export or the dialog is a route this test must run."""
    from explorer.exports import FORMATS as stream
    from explorer.exports.project import FORMATS as project

    assert set(STREAM_FORMATS) == set(stream)
    assert set(FORMATS) == set(project) == set(export_data_dialog.FORMATS)


def test_every_route_gives_the_same_events_with_the_same_fields(corpus, tmp_path, make_window, qtbot, monkeypatch):
    stream = subprocess.run([sys.executable, "-m", "explorer", "extract", str(corpus)], capture_output=True,
                            text=True, cwd=REPO, timeout=300, check=True).stdout
    expected = [json.loads(line) for line in stream.splitlines()]
    assert {Path(r["doc"]).name for r in expected} >= {"flood.html", "flood.docx", "flood.pdf"}
    assert any(r["actors"] for r in expected) and any(r["places"] for r in expected)
    # one date rule: the HTML copy is dated by its dateline, as the DOCX copy is, not by its script
    yesterday = {Path(r["doc"]).suffix: r["value"] for r in expected if r["timex"] == "yesterday"}
    assert yesterday[".html"] == yesterday[".docx"] == yesterday[".pdf"] == "2019-01-07"

    for fmt in STREAM_FORMATS:  # the stream (no project) in every format, to stdout and with -o
        shown = tmp_path / f"stdout.{fmt}"
        shown.write_text(run_cli(str(corpus), "--format", fmt, "--jobs", "1"), encoding="utf-8")
        check_export(fmt, shown, expected)
        out = tmp_path / f"o.{fmt}"
        run_cli(str(corpus), "--format", fmt, "-o", str(out), "--jobs", "1")
        check_export(fmt, out, expected)

    project = tmp_path / "p.tlproj"
    run_cli(str(corpus), "--project", str(project))
    for fmt in FORMATS:
        target = tmp_path / ("cli-timeml" if fmt == "timeml" else f"cli.{fmt}")
        run_cli(str(project), "--format", fmt, "-o", str(target))
        check_export(fmt, target, expected)

    win = make_window()
    with qtbot.waitSignal(win.project_ctl.importFinished, timeout=120_000):
        win.open_paths([str(corpus)])
    qtbot.waitUntil(lambda: win.people.index is not None and not win.people.is_annotating(), timeout=120_000)
    for fmt in FORMATS:
        target = tmp_path / ("app-timeml" if fmt == "timeml" else f"app.{fmt}")

        def accept(dialog, fmt=fmt, target=target) -> bool:
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            dialog.path.setText(str(target))
            return True

        monkeypatch.setattr(export_data_dialog, "run_dialog", accept)
        win.project_ctl.export_data()
        check_export(fmt, target, expected)
