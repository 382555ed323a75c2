"""The user's route for a history: the WikiWars histories dropped in as plain text with no
document date, through the same extraction as the app. Each event whose expression is one the
gold annotates with a year must land in that year; a BC history must give dated events.

Only the readable quarters are used (a document's index in sorted order % 4 != 3); the fourth
quarter is scored by ``shared/tools/score-slices`` alone and never opened."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from explorer.ingest import extract_paths

# EXPLORER_SHARED names the shared folder when the checkout is not its sibling (a worktree under /work/wt)
TIMEML = Path(os.environ.get("EXPLORER_SHARED") or Path(__file__).resolve().parents[2].parent / "shared") / "timeml"
HISTORIES = TIMEML / "wikiwars" / "train"
# measured 0.976 (890 of 912) when this test was written; the issue asks for 95%
RIGHT_YEAR = 0.95


def _gold_year(value: str) -> int | None:
    """A TIMEX3 value's year in astronomical numbering, as the event record writes it (1 BC = 0)."""
    m = re.match(r"^(BC)?(\d{4})", value or "")
    if not m:
        return None
    year = int(m.group(2))
    return 1 - year if m.group(1) else year


def _scorer(*args: str) -> None:
    r = subprocess.run([sys.executable, str(TIMEML / "score_timex.py"), *args], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="module")
def dropped_in(tmp_path_factory: pytest.TempPathFactory):
    if not (TIMEML / "score_timex.py").exists() or not HISTORIES.is_dir():
        pytest.skip(f"shared TimeML corpora not found at {TIMEML}")
    tmp = tmp_path_factory.mktemp("histories")
    gold_dir, plain, folder = tmp / "gold", tmp / "plain", tmp / "folder"
    gold_dir.mkdir()
    folder.mkdir()
    for i, f in enumerate(sorted(HISTORIES.rglob("*.tml"))):
        if i % 4 != 3:
            (gold_dir / f.name).symlink_to(f)
    _scorer("export", "--gold", str(gold_dir), "--out", str(plain), "--quiet")
    for txt in plain.glob("*.txt"):  # the text alone: no .dct beside it, as a user's folder
        (folder / txt.name).write_text(txt.read_text(encoding="utf-8"), encoding="utf-8")
    spans = tmp / "gold.jsonl"
    _scorer("gold2jsonl", "--gold", str(gold_dir), "--out", str(spans), "--quiet")
    gold = defaultdict(list)
    for line in spans.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if _gold_year(g["value"]) is not None:
            gold[g["doc"]].append((g["start"], g["end"], _gold_year(g["value"]), g["value"]))
    return extract_paths([folder], jobs=1), gold


def test_dropped_in_histories_place_their_events_in_the_right_year(dropped_in) -> None:
    corpus, gold = dropped_in
    assert all(d.document.date_source in ("unknown", "inferred") for d in corpus.documents)
    checked, right, wrong = 0, 0, []
    for e in corpus.events:
        if e.begin is None:
            continue
        doc = Path(e.doc).stem
        years = {y for a, b, y, _ in gold[doc] if a < e.timex_end and e.timex_start < b}
        if not years:
            continue
        checked += 1
        if e.begin.year in years or e.end.year in years:
            right += 1
        else:
            wrong.append((doc, e.timex, e.begin.isoformat(), sorted(years)))
    print(f"right year {right}/{checked}", *wrong[:20], sep="\n  ")
    assert checked > 500
    assert right / checked >= RIGHT_YEAR


def test_a_bc_history_shows_its_events_on_the_timeline(dropped_in) -> None:
    corpus, gold = dropped_in
    bc_docs = {doc for doc, spans in gold.items() if sum(v.startswith("BC") for *_, v in spans) > len(spans) / 2}
    assert bc_docs, "the readable histories include an ancient one"
    for doc in bc_docs:
        dated = [e for e in corpus.events if Path(e.doc).stem == doc and e.begin is not None]
        assert len(dated) >= 10, doc
        assert sum(e.begin.year <= 0 for e in dated) / len(dated) > 0.8, doc
