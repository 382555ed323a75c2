"""Accuracy on a fixed slice of public TimeML corpora, scored by the shared TempEval-3 scorer.

Every 4th document of TBAQ (news), WikiWars (narrative) and the tweets is exported to plain text, tagged,
and scored with ``shared/timeml/score_timex.py``; the test fails if strict/relaxed span F1 or
value F1 fall below what the tagger reached when the thresholds were set (a little below it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.temporal.evaluate import tag_corpus

# EXPLORER_SHARED names the shared folder when the checkout is not its sibling (a worktree under /work/wt)
SHARED = Path(os.environ.get("EXPLORER_SHARED") or Path(__file__).resolve().parents[2].parent / "shared")
TIMEML = SHARED / "timeml"

# corpus dir -> minimum (strict F1, relaxed F1, value F1), just below what was measured
THRESHOLDS = {
    # measured 0.872/0.932/0.781 after the third round of issue 11 (was 0.865/0.925/0.768); 0.874/0.934/0.786
    # after round three's news work (clock times on their day, tense of delays and plans, anaphoric
    # "previous", the writer's "last"/future on a dated page, fiscal years, rates as sets)
    "tbaq-cleaned": (0.87, 0.93, 0.783),
    # measured 0.879/0.934/0.871 (BC years, times of day and day ranges, then a BC story's seasons); 0.879/0.934/0.872
    "wikiwars/train": (0.875, 0.93, 0.868),
    # measured 0.868/0.912/0.766 after round three's informal forms (was 0.847/0.905/0.759): a clock
    # time on its weekday, day-range lists, sets, short forms; corpus-only values are not written.
    # 0.896/0.961/0.808 after session five's posts (a period noun or season alone in a post), days
    # in figures, short weekdays and greetings
    "tweets/train": (0.89, 0.955, 0.80),
}


def _run(*args: str) -> None:
    r = subprocess.run([sys.executable, str(TIMEML / "score_timex.py"), *args], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr


def score_slice(corpus: str, tmp: Path, every: int = 4) -> dict:
    files = sorted((TIMEML / corpus).rglob("*.tml"))[::every]
    gold = tmp / "gold"
    gold.mkdir()
    for f in files:
        (gold / f.name).symlink_to(f)
    plain = tmp / "plain"
    _run("export", "--gold", str(gold), "--out", str(plain), "--quiet")
    pred = tmp / "pred.jsonl"
    tag_corpus(plain, pred)
    out = tmp / "score.json"
    _run("score", "--gold", str(gold), "--pred", str(pred), "--json", str(out), "--quiet")
    return json.loads(out.read_text())


@pytest.mark.parametrize("corpus", sorted(THRESHOLDS))
def test_timeml_slice(corpus: str, tmp_path: Path) -> None:
    if not (TIMEML / "score_timex.py").exists() or not (TIMEML / corpus).is_dir():
        pytest.skip(f"shared TimeML corpora not found at {TIMEML} (sibling 'shared/' of the repository)")
    res = score_slice(corpus, tmp_path)
    got = (res["strict"]["F1"], res["relaxed"]["F1"], res["value"]["F1"])
    want = THRESHOLDS[corpus]
    print(corpus, "strict/relaxed/value F1:", [round(x, 3) for x in got])
    for name, g, w in zip(("strict", "relaxed", "value"), got, want):
        assert g >= w, f"{corpus}: {name} F1 {g:.3f} < {w}"
