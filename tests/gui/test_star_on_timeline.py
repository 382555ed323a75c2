"""A starred event is marked on the timeline itself, not only in the table (the star showed only as a
"★" before the table's title): S on the timeline draws a gold star over the event's mark, and the
star stays through zooming out (where the mark joins a cluster badge), a Filter that keeps the
event, Save and reopening the project; undo takes it away. Checked on what the plot paints: the
star's gold pixels at the event's mark, grabbed from the screen."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from explorer.gui.render.stars import STAR_FILL

from .keys import CTRL, K, press


def gold_near(window, event_id: str, radius: int = 9) -> int:
    """Star-gold pixels the plot shows within ``radius`` of the event's mark (what a user sees)."""
    window.timeline.plot.viewport().repaint()
    pos = window.timeline.viewport_pos_of(event_id)
    assert pos is not None
    image = window.timeline.plot.viewport().grab().toImage()
    dpr = image.devicePixelRatio()
    cx, cy, r = round(pos.x() * dpr), round(pos.y() * dpr), round(radius * dpr)
    near = pixels(image)[max(cy - r, 0):cy + r + 1, max(cx - r, 0):cx + r + 1]
    return int((near == QColor(STAR_FILL).rgb()).sum())


def pixels(image) -> np.ndarray:
    """An image's pixels as 0xffRRGGBB words, row by row."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    words = np.frombuffer(image.constBits(), np.uint32, image.sizeInBytes() // 4)
    return words.reshape(image.height(), image.bytesPerLine() // 4)[:, :image.width()]


def starred_ids(window) -> set[str]:
    return {event_id for event_id, _ in window.timeline.starred_marks()}


def _star_the_treaty(window, qtbot) -> str:
    treaty = next(r.event.id for r in window.model.project.rows() if r.event.timex == "5 May 2003")
    assert window.selection.select_event(treaty)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    assert gold_near(window, treaty) == 0  # nothing is starred yet: no gold on the mark
    press(qtbot, K.Key_Asterisk)  # Edit ▸ Star, as the menu gives it
    assert window.model.project.curation(treaty).starred
    return treaty


def test_s_draws_a_star_on_the_mark_and_undo_takes_it_away(qtbot, window):
    treaty = _star_the_treaty(window, qtbot)
    qtbot.waitUntil(lambda: gold_near(window, treaty) > 10)
    assert treaty in starred_ids(window)
    # the star is where the mark is
    (_, at), = [m for m in window.timeline.starred_marks() if m[0] == treaty]
    mark = window.timeline.viewport_pos_of(treaty)
    assert abs(at.x() - mark.x()) <= 2 and abs(at.y() - mark.y()) <= 2
    # the label and the selected event's card say it too
    assert window.model.mark_title(window.model.key_of(treaty)).startswith("\u2605")
    assert window.timeline.highlight.card_text()[0].startswith("\u2605")
    press(qtbot, K.Key_Z, CTRL)
    assert not window.model.project.curation(treaty).starred
    qtbot.waitUntil(lambda: gold_near(window, treaty) == 0)
    assert treaty not in starred_ids(window)


def test_the_star_stays_through_zoom_out_and_a_filter(qtbot, window):
    treaty = _star_the_treaty(window, qtbot)
    qtbot.waitUntil(lambda: gold_near(window, treaty) > 10)
    for _ in range(6):  # zoomed far out the events of a document merge into one cluster badge
        press(qtbot, K.Key_Minus)
    qtbot.waitUntil(lambda: treaty in starred_ids(window))
    assert gold_near(window, treaty) > 10
    window.timeline.fit_all()
    # a Filter that keeps the treaty keeps its star; one that hides it draws none
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, "treaty")
    qtbot.waitUntil(lambda: window.timeline.drawn_event_ids() == [treaty])
    qtbot.waitUntil(lambda: gold_near(window, treaty) > 10)
    window.table_panel.filter.clear()
    qtbot.keyClicks(window.table_panel.filter, "members")
    qtbot.waitUntil(lambda: len(window.timeline.drawn_event_ids()) == 1 and treaty not in window.timeline.drawn_event_ids())
    window.timeline.plot.viewport().repaint()
    assert treaty not in starred_ids(window)


def test_the_star_is_on_the_timeline_after_save_and_reopen(qtbot, window, make_window, monkeypatch, tmp_path):
    treaty = _star_the_treaty(window, qtbot)
    target = tmp_path / "starred.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    qtbot.keyClick(window, K.Key_S, CTRL)
    assert target.is_file()
    window.close()

    again = make_window()
    with qtbot.waitSignal(again.loadFinished, timeout=10_000):
        again.open_paths([str(target)])
    qtbot.waitUntil(lambda: again.timeline.mark_count() == 5)
    qtbot.waitUntil(lambda: gold_near(again, treaty) > 10)
    assert starred_ids(again) == {treaty}


def test_an_exported_image_shows_the_star(qtbot, window, tmp_path):
    """Export Image draws the current view: the starred event's star is in the PNG as on screen."""
    def gold_pixels(path) -> int:
        return int((pixels(QImage(str(path))) == QColor(STAR_FILL).rgb()).sum())

    window.timeline.export_image(tmp_path / "before.png", size=(800, 400))
    assert gold_pixels(tmp_path / "before.png") == 0
    _star_the_treaty(window, qtbot)
    window.timeline.export_image(tmp_path / "after.png", size=(800, 400))
    assert gold_pixels(tmp_path / "after.png") > 10


def test_stars_moved_one_key_at_a_time_are_the_stars_looked_up_whole():
    """A toggle looks up only the keys that changed (a star at 1M events: a comparison, not a
    lookup of every mark); whatever the toggles, the positions are those of a whole lookup."""
    from explorer.gui.render.stars import FEW_CHANGES, restarred, star_positions

    rng = np.random.default_rng(7)
    rows = np.r_[rng.permutation(500), rng.integers(0, 500, 200)]  # keys drawn in several lanes too
    flags = np.zeros(500, bool)
    positions = star_positions(rows, flags)
    for step in range(60):
        new = flags.copy()
        new[rng.integers(0, 500, 1 if step % 3 else FEW_CHANGES + 5)] ^= True
        positions = restarred(rows, flags, new, positions)
        assert positions.tolist() == star_positions(rows, new).tolist()
        flags = new
    assert restarred(rows, None, flags, positions).tolist() == star_positions(rows, flags).tolist()
