"""The selection's card never leaves a lane looking empty: the timeline tells the card where each
lane's marks in view run (:meth:`~explorer.gui.render.TimelineItem.lane_mark_hulls`), and a place
hiding all of them loses to one that does not (see tests/gui/test_selection_card_place.py). Here:
those lines are where the user sees the marks, after real key presses that move the view."""

from __future__ import annotations

import pytest

from explorer.gui.event_roles import EVENT_ROLE

from .keys import K, press


def _drawn_hulls(window):
    window.timeline.plot.viewport().grab()
    return window.timeline.item.lane_mark_hulls()


def _positions(window, doc: str):
    out = []
    for r in range(window.proxy.rowCount()):
        event = window.proxy.index(r, 0).data(EVENT_ROLE)
        if event.doc == doc and event.begin is not None:
            pos = window.timeline.viewport_pos_of(event.id)
            if pos is not None and window.timeline.plot.viewport().rect().contains(pos):
                out.append(pos)
    return out


@pytest.mark.parametrize("keys", [(), (K.Key_Minus,), (K.Key_Plus, K.Key_Left)])
def test_each_lane_line_runs_through_the_marks_the_user_sees(qtbot, window, keys):
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    for key in keys:
        press(qtbot, key)
    hulls = _drawn_hulls(window)
    for doc in ("/corpus/alpha.txt", "/corpus/beta.txt"):
        seen = _positions(window, doc)
        if not seen:
            continue
        ys = {round(p.y()) for p in seen}
        assert len(ys) == 1  # a lane's marks sit on one line
        line = next(h for h in hulls if abs(h.center().y() - seen[0].y()) <= 1.5)
        xs = [p.x() for p in seen]
        assert line.left() <= min(xs) + 1.5 and max(xs) - 1.5 <= line.right(), (doc, line, xs)
