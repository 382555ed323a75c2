"""Thirty-six short news texts written for session fourteen, in four batches, scored like the corpora.

Each batch (``fresh_news_s14``, ``fresh_news_s14b``, ``fresh_news_s14c``, ``fresh_news_s14e``, with a third of each held
aside in ``*_held/``) was written and annotated by hand in TimeML before the tagger was run on it; the
READMEs give each batch's first score on unchanged code, the kinds fixed from the read part and the
held part's score at the start and the end. Scored with ``shared/timeml/score_timex.py`` given each
document's date and without it, by the helper of the session-eleven set (skipped without the scorer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.temporal.test_fresh_news_s11 import assert_fresh_scores

HERE = Path(__file__).resolve().parent

# folder -> route -> minimum (relaxed F1, value F1), just below what was measured at the end of
# session fourteen (the held parts without the date scored 0.278, 0.259, 0.321: not run here, to keep
# the file near seven seconds)
THRESHOLDS = {
    "fresh_news_s14": {"dct": (0.99, 0.95), "no-dct": (0.99, 0.20)},
    "fresh_news_s14_held": {"dct": (0.96, 0.93)},
    "fresh_news_s14b": {"dct": (0.99, 0.96), "no-dct": (0.99, 0.39)},
    "fresh_news_s14b_held": {"dct": (0.99, 0.85)},
    "fresh_news_s14c": {"dct": (0.99, 0.95), "no-dct": (0.99, 0.44)},
    "fresh_news_s14c_held": {"dct": (0.96, 0.82)},
    # batch e (branch h14e): issue 11's named items; first score 0.667 / held 0.414, end 0.796 / 0.533
    "fresh_news_s14e": {"dct": (0.96, 0.79), "no-dct": (0.96, 0.36)},
    "fresh_news_s14e_held": {"dct": (0.93, 0.53)},
}


def test_the_fresh_texts_are_all_there() -> None:
    counts = {f: sum(p.read_text().count("<TIMEX3 ") - 1 for p in (HERE / f).glob("*.tml")) for f in THRESHOLDS}
    assert counts == {"fresh_news_s14": 79, "fresh_news_s14_held": 38, "fresh_news_s14b": 66,
                      "fresh_news_s14b_held": 27, "fresh_news_s14c": 58, "fresh_news_s14c_held": 27,
                      "fresh_news_s14e": 46, "fresh_news_s14e_held": 14}


@pytest.mark.parametrize("folder, route", [(f, r) for f in sorted(THRESHOLDS) for r in sorted(THRESHOLDS[f])])
def test_fresh_news_s14_values(folder: str, route: str, tmp_path: Path) -> None:
    assert_fresh_scores(HERE / folder, tmp_path, route, THRESHOLDS[folder][route])
