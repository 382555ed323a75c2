"""Every label the timeline draws lies inside the item's bounding rectangle, the region Qt repaints
when the item changes. The top lane's titles sat above it (in the room kept above the first lane):
after a search the screen kept that label as painted before, at full strength among faded ones,
and cut where the new paint began."""

from __future__ import annotations


def test_the_top_lanes_titles_are_repainted_with_the_rest(make_window, qtbot, tmp_path):
    for i in range(20):  # twenty short diaries of my own: more lanes than the view shows at once
        (tmp_path / f"wharf{i:02d}.txt").write_text(
            f"Wharf {i} diary\n\nOn 3 March {1990 + i % 7} the dockers of wharf {i} unloaded a cargo of cedar.\n",
            encoding="utf-8")
    win = make_window()
    win.open_paths([str(tmp_path)])
    qtbot.waitUntil(lambda: win.timeline.lane_count() >= 20, timeout=60_000)
    item = win.timeline.item
    view = item.scene().views()[0]
    view.viewport().repaint()
    rects = item.label_rects()
    assert rects, "no label drawn"
    repainted = view.mapFromScene(item.mapToScene(item.boundingRect())).boundingRect()
    first_lane_y = item.last_geometry[4][0]  # the first lane's line, where its marks sit
    assert any(r.bottom() <= first_lane_y for r in rects)  # the top lane's title, above its marks, is among them
    outside = [r for r in rects if not repainted.contains(r.toAlignedRect())]
    assert not outside, (repainted, outside)
