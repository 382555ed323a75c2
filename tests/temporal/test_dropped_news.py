"""News dropped into the app as plain text, with no date given and no sidecar: every article that
has a temporal expression gives events, dated where the text allows and otherwise undated but
anchored on the document (so they move when the user gives the date), never an invented day.

Uses the readable three quarters of TimeBank in the shared TimeML corpora (skipped without them)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.ingest.extract import iter_extract

SHARED = Path(os.environ.get("EXPLORER_SHARED") or Path(__file__).resolve().parents[2].parent / "shared")
TIMEML = SHARED / "timeml"


def _readable(corpus: Path) -> list[Path]:
    """The corpus's documents outside the held-out quarter (index % 4 == 3 in sorted path order)."""
    files = sorted(str(p) for p in corpus.rglob("*.tml"))
    return [Path(f) for i, f in enumerate(files) if i % 4 != 3]


@pytest.fixture(scope="module")
def timebank_as_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = TIMEML / "tbaq-cleaned"
    if not (TIMEML / "score_timex.py").exists() or not corpus.is_dir():
        pytest.skip(f"shared TimeML corpora not found at {TIMEML}")
    tmp = tmp_path_factory.mktemp("timebank")
    gold = tmp / "gold"
    gold.mkdir()
    for f in [p for p in _readable(corpus) if p.parent.name == "TimeBank"][:30]:
        (gold / f.name).symlink_to(f)
    plain = tmp / "plain"
    r = subprocess.run([sys.executable, str(TIMEML / "score_timex.py"), "export", "--gold", str(gold),
                        "--out", str(plain), "--quiet"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for dct in plain.glob("*.dct"):
        dct.unlink()  # dropped in as a user would: the text alone
    return plain


def test_thirty_timebank_articles_dropped_in_without_a_date_give_events(timebank_as_text: Path) -> None:
    files = sorted(str(p) for p in timebank_as_text.glob("*.txt"))
    assert len(files) == 30
    results = [r if isinstance(r, Exception) else r.extracted for r in iter_extract(files, jobs=1)]
    assert not [r for r in results if isinstance(r, Exception)]
    silent = [r.document.name for r in results  # "now" and "the future" alone are no time to show
              if any(t.type in ("DATE", "TIME") and not t.value.endswith("_REF") for t in r.timexes)  # type: ignore[union-attr]
              and not r.events]  # type: ignore[union-attr]
    assert silent == [], silent
    for result in results:
        for event in result.events:  # type: ignore[union-attr]
            assert event.doc_date_source in ("header", "dateline", "filename", "inferred", "unknown")
            if event.timex and event.doc_date_source == "unknown":
                # nothing to count from: a relative date waits for the document's date
                assert event.begin is not None or event.anchor is not None, event.timex


def test_wire_files_named_by_their_day_are_dated_by_the_name(timebank_as_text: Path) -> None:
    """TimeBank's wire files are named by the day they were filed ("APW19980219.0476"): with nothing
    printed in the text, that day is the document's date, and the relative dates count from it."""
    files = sorted(str(p) for p in timebank_as_text.glob("*.txt"))
    results = [r.extracted for r in iter_extract(files, jobs=1)]  # type: ignore[union-attr]
    named = 0
    for result in results:
        doc = result.document
        digits = re.search(r"(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?![0-9])", Path(doc.path).stem)
        if doc.date_source == "filename":
            named += 1
            if digits is None:  # a wire name with a two-figure year: "AP900815-0044"
                wire = re.match(r"^[A-Z]{2,5}([0-9]{2})([0-9]{2})([0-9]{2})[-_.]", Path(doc.path).stem)
                assert wire is not None and int(wire[1]) > 30, doc.path
                assert doc.date.isoformat() == f"19{wire[1]}-{wire[2]}-{wire[3]}", doc.path
            else:
                assert doc.date.isoformat() == "-".join(digits.groups()), doc.path
            assert all(e.doc_date == doc.date.isoformat() and e.doc_date_source == "filename" for e in result.events)
    assert named >= 20, named
