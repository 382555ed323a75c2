"""In a small window the lane names give up room to the plot: at 700x480 they took 240 of the
timeline's 520 pixels, every mark squeezed into the rest (h38g review, small-window.png). They now
take at most 30% of the timeline's width (never under 120 px), cut at a phrase's end; at the usual
sizes they keep their 240 px."""

from __future__ import annotations

import dataclasses

from .test_monkey import monkey_corpus

LONG = "The regional council has finally approved the budget for the new harbour bridge {}"


def _long_titled(n: int = 4):
    docs = monkey_corpus(n_docs=n, per_doc=8)
    return [dataclasses.replace(d, document=dataclasses.replace(d.document, title=LONG.format(i)))
            for i, d in enumerate(docs)]


def test_lane_names_give_room_to_the_plot_in_a_small_window(qtbot, make_window):
    window = make_window()
    window.add_documents(_long_titled())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() > 20)
    wide = timeline.lane_axis.width()
    assert 230 <= wide <= 240  # the usual size: the names keep their room
    window.resize(700, 480)
    qtbot.waitUntil(lambda: timeline.lane_axis.width() <= 0.3 * timeline.plot.width() + 1)
    assert timeline.lane_axis.width() >= 120
    shown = timeline.lane_axis.shown
    assert all(name and len(name) < len(LONG) for name in shown)  # cut to fit, never empty
    assert all(LONG.split()[0] in name for name in shown)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: timeline.lane_axis.width() == wide)
