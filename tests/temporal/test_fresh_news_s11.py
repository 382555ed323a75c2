"""Twelve news articles written for session eleven, scored by the shared TempEval-3 scorer.

The articles in ``fresh_news_s11/`` were written and annotated by hand (TimeML conventions) before
the tagger's output on them was looked at, so they measure the tagger on news nobody tuned it to.
They are scored the way the corpora are (``test_timeml.py``): exported to plain text, tagged,
scored by ``shared/timeml/score_timex.py``; once with each document's date (the TimeML route) and
once without it (a folder dropped into the app).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.temporal.evaluate import tag_corpus

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh_news_s11"
# EXPLORER_SHARED names the shared folder when the checkout is not its sibling (a worktree under /work/wt)
SCORER = Path(os.environ.get("EXPLORER_SHARED") or HERE.parents[1].parent / "shared") / "timeml" / "score_timex.py"

# route -> minimum (relaxed F1, value F1), just below what was measured. First score, before any
# rule was written from them (main at 9b941c9): relaxed P 0.941 R 0.992 F1 0.966, strict F1 0.921,
# value F1 0.873 (accuracy 0.904); without the dates 0.356 (most datelines give no year, so the
# document date is unknown and relative dates stay undated, as issue 11 asks). Session twelve: 0.347
# without the dates, since the writer's own future in undated news ("will report on Dec. 10") no
# longer takes the last year the article named: of the ten such dates here three had been right by
# that luck and seven wrong; all ten now wait for the document's date.
THRESHOLDS = {
    "dct": (0.96, 0.90),
    "no-dct": (0.96, 0.34),
}


def _run(*args: str) -> None:
    r = subprocess.run([sys.executable, str(SCORER), *args], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def assert_fresh_scores(gold: Path, tmp: Path, route: str, minimum: tuple[float, float]) -> None:
    """Score a fresh hand-annotated set by ``route`` ("dct" or "no-dct") and hold it to ``minimum``
    (relaxed F1, value F1): the figures measured when the set was written, so a later rule that
    loses them fails here."""
    if not SCORER.exists():
        pytest.skip(f"shared TimeML scorer not found at {SCORER}")
    res = score_folder(gold, tmp, with_dct=route == "dct")
    got = (res["relaxed"]["F1"], res["value"]["F1"])
    print(gold.name, route, "relaxed F1", round(got[0], 3), "value F1", round(got[1], 3))
    for name, g, w in zip(("relaxed", "value"), got, minimum):
        assert g >= w, f"{gold.name} ({route}): {name} F1 {g:.3f} < {w}"


def score_folder(gold: Path, tmp: Path, with_dct: bool = True) -> dict:
    """Export ``gold``'s TimeML files, tag the plain text (without the dates when asked) and score."""
    plain = tmp / "plain"
    _run("export", "--gold", str(gold), "--out", str(plain), "--quiet")
    if not with_dct:
        for f in plain.glob("*.dct"):
            f.unlink()
    pred = tmp / "pred.jsonl"
    tag_corpus(plain, pred)
    out = tmp / "score.json"
    _run("score", "--gold", str(gold), "--pred", str(pred), "--json", str(out), "--quiet")
    return json.loads(out.read_text())


def test_the_fresh_articles_are_all_there() -> None:
    files = sorted(FRESH.glob("*.tml"))
    assert len(files) == 12
    assert sum(f.read_text().count("<TIMEX3 ") - 1 for f in files) == 241  # the DCT of each is not scored


@pytest.mark.parametrize("route", sorted(THRESHOLDS))
def test_fresh_news_values(route: str, tmp_path: Path) -> None:
    if not SCORER.exists():
        pytest.skip(f"shared TimeML scorer not found at {SCORER}")
    res = score_folder(FRESH, tmp_path, with_dct=route == "dct")
    got = (res["relaxed"]["F1"], res["value"]["F1"])
    print(route, "relaxed P/R/F1:", [round(res["relaxed"][k], 3) for k in ("P", "R", "F1")],
          "value F1:", round(got[1], 3))
    for name, g, w in zip(("relaxed", "value"), got, THRESHOLDS[route]):
        assert g >= w, f"fresh news s11 ({route}): {name} F1 {g:.3f} < {w}"
