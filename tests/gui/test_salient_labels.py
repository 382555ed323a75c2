"""The zoomed-out first view tells the sample's story: where labels compete, the salient events win."""

from __future__ import annotations

import numpy as np


def _open(qtbot, window, paths) -> None:
    with qtbot.waitSignal(window.loadFinished, timeout=30_000):
        window.open_paths([str(p) for p in paths])


def drawn_titles(timeline) -> list[str]:
    """What the timeline drew as text, as a user reads it: each title (its full title when the label
    is that title, elided or not) and each cluster's caption (its most important member's title)."""
    arr = timeline.item.events
    out = []
    for box in timeline.item.last_labels:
        shown = (box.caption if box.is_cluster else box.text).rstrip("\u2026")
        if not shown:
            continue
        for m in np.asarray(box.members).tolist():
            title = arr.titles[int(arr.row[m])]
            if " ".join(title.split()).startswith(shown):
                out.append(title)
                break
    return out


def test_the_first_view_of_the_sample_labels_the_moscow_visits_assad_and_kabul(qtbot, make_window):
    from explorer.resources import sample_dir

    window = make_window()  # 1200x800, as the app's default on a small screen
    _open(qtbot, window, [sample_dir()])
    timeline = window.timeline
    model = window.model
    dated = sum(model.event_by_key(k).begin is not None for k in range(model.key_count()))
    qtbot.waitUntil(lambda: timeline.mark_count() >= dated > 0, timeout=10_000)
    timeline.plot.repaint()
    qtbot.wait(50)
    titles = drawn_titles(timeline)
    # the three July-September 2015 visits: labelled one by one, or as a cluster captioned by one of them
    # (since the sample no longer shows the documents-without-a-date bar, the view is 30 px taller and
    # every lane gets two label rows, so the visits share one cluster: "4 Qassem Suleimani visits Moscow")
    arr = timeline.item.events
    moscow = [box for box in timeline.item.last_labels
              if "visits Moscow" in (box.caption if box.is_cluster else box.text)]
    visits = sum(sum("visits Moscow" in arr.titles[int(arr.row[m])] for m in np.asarray(b.members).tolist())
                 for b in moscow)
    assert sum("visits Moscow" in t for t in titles) >= 1 and visits >= 2, titles
    assert "Bashar al-Assad visits Tehran" in titles, titles
    assert any("Shamkhani leads a delegation" in t for t in titles), titles
