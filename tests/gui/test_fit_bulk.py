"""The first view of a mixed folder: one ancient history among modern articles must not squeeze the
modern events into the view's last pixels (the gold articles opened on 750 BC to AD 2100, every
modern lane a dot with a five-letter label); pressing 0 again still shows every event."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.gui.formatting import day_start_seconds
from explorer.ingest import extract_paths

from .keys import K, press

HISTORY = ("Old Harbour\n\n" + " ".join(
    f"In {year} BC the harbour {verb}." for year, verb in
    [(750, "was founded"), (700, "grew"), (650, "was walled"), (600, "was rebuilt"), (550, "traded with Tyre"),
     (500, "burned"), (450, "was rebuilt again"), (400, "silted up")]) + "\n")


def _news(i: int) -> str:
    year = 1995 + i
    return (f"Council news {i}\n\nOn 3 March {year} the council met. On 9 April {year} it voted on the budget. "
            f"On 2 June {year} the mayor resigned. On 5 September {year} a new mayor was elected.\n")


@pytest.fixture
def mixed(tmp_path):
    (tmp_path / "history.txt").write_text(HISTORY, encoding="utf-8")
    for i in range(20):
        (tmp_path / f"news-{i:02}.txt").write_text(_news(i), encoding="utf-8")
    return list(extract_paths([tmp_path]).documents)


def test_the_first_view_shows_the_bulk_and_0_again_shows_the_ancient_history(qtbot, make_window, mixed):
    window = make_window()
    window.add_documents(mixed)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 80)
    x0, x1 = timeline.visible_range()
    # the modern articles (1995-2014) fill the view: at most a few decades on screen
    assert x0 >= day_start_seconds(date(1900, 1, 1)) and x1 <= day_start_seconds(date(2100, 1, 1))
    assert x0 <= day_start_seconds(date(1995, 3, 3)) and x1 >= day_start_seconds(date(2014, 9, 5))
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_0)  # at the first view: every event
    x0, _x1 = timeline.visible_range()
    assert x0 < day_start_seconds(date(1, 1, 1))  # the history's BC years are in view
    press(qtbot, K.Key_0)  # and back to the bulk
    assert timeline.visible_range()[0] >= day_start_seconds(date(1900, 1, 1))
