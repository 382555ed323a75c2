"""Fit All uses the first view's robust fit: a handful of century-wide vague spans never squash the
rest; pressed again, it shows everything."""

from __future__ import annotations

import dataclasses
from datetime import date

from explorer.gui.formatting import day_start_seconds

from .keys import K, press
from .test_monkey import monkey_corpus


def test_fit_all_ignores_a_few_century_spans_and_again_shows_everything(qtbot, make_window):
    docs = monkey_corpus(n_docs=3, per_doc=60)
    first = docs[0]
    vague = [dataclasses.replace(e, begin=date(1800 + 100 * i, 1, 1), end=date(1899 + 100 * i, 12, 31))
             for i, e in enumerate(first.events[:3])]  # the 1800s, 1900s, 2000s, as in "the 19th century"
    docs[0] = dataclasses.replace(first, events=tuple(vague) + first.events[3:])
    window = make_window()
    window.add_documents(docs)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 150)
    first_view = timeline.visible_range()
    assert first_view[0] > day_start_seconds(date(1890, 1, 1)) and first_view[1] < day_start_seconds(date(2060, 1, 1))
    timeline.setFocus()
    press(qtbot, K.Key_Plus)
    press(qtbot, K.Key_0)
    assert timeline.visible_range() == first_view  # the same robust fit
    press(qtbot, K.Key_0)
    x0, x1 = timeline.visible_range()
    assert x0 <= day_start_seconds(date(1800, 1, 1)) and x1 >= day_start_seconds(date(2099, 12, 31))
    press(qtbot, K.Key_0)
    assert timeline.visible_range() == first_view
