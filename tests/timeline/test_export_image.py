"""Images a report can use: labels laid out at the export size, a thinned grid, margins, one event
count with what is left out said in the caption, and fades and dashes that survive PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtGui import QImage

from explorer.timeline import EventsArray
from explorer.timeline.caption import caption, event_counts, figure_title

from .conftest import make_event

DAY = 86400.0


def _events():
    evs = [make_event(i, title=f"Battle number {i} of the long war", begin=date(1990, 1, 1) + timedelta(days=61 * i))
           for i in range(40)]
    evs.append(make_event(40, title="Undated rumour", begin=None, certainty="undated"))
    evs.append(make_event(41, title="Long ago", begin=date(1700, 1, 1), end=date(1700, 12, 31)))
    evs.append(make_event(42, title="Inferred open span", begin=date(1992, 1, 1), end=date(1994, 12, 31),
                          certainty="inferred", mod="AFTER"))
    return EventsArray.from_events(evs, "none")


def test_one_count_and_a_caption_for_what_is_not_drawn():
    arr = _events()
    x0, x1 = 631152000.0, 631152000.0 + 8 * 365 * DAY  # 1990-1998
    counts = event_counts(arr, x0, x1)
    assert counts.total == 43 and counts.undated == 1 and counts.outside == 1
    assert counts.shown + counts.outside + counts.undated == counts.total
    assert figure_title(counts, 3) == "Timeline of 43 events from 3 documents"
    text = caption(counts)
    assert "41 of 43 events drawn" in text and "1 outside the dates shown" in text and "1 undated" in text
    assert caption(event_counts(arr, -1e12, 1e12)).startswith("42 of 43")


def _render(arr, path, x_range, **kw):
    from explorer.gui.render.export import export_timeline

    return export_timeline(arr, path, size=(1000, 500), x_range=x_range, title="T", **kw)


def test_the_png_has_margins(qapp, tmp_path):
    arr = _events()
    x_range = (631152000.0, 631152000.0 + 8 * 365 * DAY)
    path, _ = _render(arr, tmp_path / "t.png", x_range, dpi=300)
    img = QImage(str(path))
    assert img.width() == round(1000 * 300 / 96)
    k = img.width() / 1000
    bg = img.pixel(2, 2)
    right = [img.pixel(img.width() - 1 - dx, y) for dx in range(int(20 * k)) for y in range(0, img.height(), 7)]
    assert all(p == bg for p in right), "nothing runs to the image's right edge"


def test_the_grid_is_thinned_to_the_export_scale(qapp, tmp_path):
    """At 300 DPI the ticks and grid are those of the figure's logical size, not three times as many."""
    from explorer.gui.render.figure import make_figure

    arr = _events()
    fig = make_figure(arr, size=(1000, 500), x_range=(631152000.0, 631152000.0 + 8 * 365 * DAY))
    try:
        axis = fig.date_axis
        fig.widget.grab()
        on_screen = [text for _, text in axis.last_minor]
        from explorer.gui.render.export import render_figure

        sizes = []
        compute = axis.tickValues
        axis.tickValues = lambda a, b, size: sizes.append(size) or compute(a, b, size)
        render_figure(fig, tmp_path / "g.png", dpi=300)
        assert [text for _, text in axis.last_minor] == on_screen
        assert sizes and max(sizes) <= 1000  # the grid asked for the ticks of 1000 logical pixels, not 3125
    finally:
        fig.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")
def test_pdf_keeps_fading_ends_and_dashed_outlines(qapp, tmp_path):
    """Rasterised by poppler: the open end fades (several levels of colour, not one solid block) and
    the inferred span's outline is dashed (its top edge alternates ink and fill)."""
    from explorer.gui.render.figure import make_figure
    from explorer.gui.render.export import render_figure

    evs = [make_event(0, title="Inferred open span", begin=date(1992, 1, 1), end=date(1994, 12, 31),
                      certainty="inferred", mod="AFTER")]
    arr = EventsArray.from_events(evs, "none")
    x0, x1 = 631152000.0, 631152000.0 + 8 * 365 * DAY
    fig = make_figure(arr, size=(1000, 400), x_range=(x0, x1))
    try:
        fig.widget.grab()
        pdf = render_figure(fig, tmp_path / "f.pdf")
        geo = fig.item.last_geometry
    finally:
        fig.close()
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-singlefile", str(pdf), str(tmp_path / "f")], check=True,
                   capture_output=True, timeout=60)
    img = QImage(str(tmp_path / "f.png"))
    assert not img.isNull()
    # the figure's device pixels map 1:1 at 96 DPI; find the bar's row and its right end
    vx0, vx1, left_px, width_px, lane_y = geo[:5]
    scale = width_px / (vx1 - vx0)
    end_x = left_px + ((arr.end[0]) - vx0) * scale
    y = int(round(lane_y[0]))
    fade = [img.pixelColor(int(end_x) + 3 + k, y) for k in range(0, 30, 3)]
    levels = {c.red() + c.green() + c.blue() for c in fade}
    assert len(levels) >= 4, f"the fading end is one block in the PDF: {levels}"
    start_x = left_px + (arr.begin[0] - vx0) * scale
    top = y - 5  # the bar's top edge (precise bars are 10 px tall)
    edge = [min(img.pixelColor(x, top + d).lightness() for d in (-1, 0, 1)) for x in range(int(start_x) + 6, int(end_x) - 6)]
    dark = [v < 200 for v in edge]
    changes = sum(1 for a, b in zip(dark, dark[1:]) if a != b)
    assert changes >= 10, "the dashed outline is lost in the PDF"


def test_the_images_key_is_one_row_of_symbols_when_the_lane_axis_names_the_lanes(qapp, small_events):
    """Lanes by document coloured by document: the image's lane axis names each lane and its marks
    have the lane's colour, so the legend is the symbol key alone (it repeated the lane axis in
    rows of document names, "+18 more documents"); lanes by actor coloured by document still list
    the documents' colours, which nothing else in the image names."""
    from explorer.gui.render.figure import make_figure
    from explorer.timeline.lanes import colour_by_document

    by_doc = EventsArray.from_events(small_events, "document")
    docs = np.asarray([by_doc.lanes.keys.index(e.doc) for e in small_events], np.int64)
    fig = make_figure(by_doc, size=(1000, 500), colouring=colour_by_document(docs, list(by_doc.lanes.labels)))
    try:
        kinds = [kind for kind, _colour, _text in fig.legend.entries()]
        assert kinds == ["day", "coarse", "range", "inferred", "open", "cluster"]
        assert fig.legend._rows == 2  # the symbols' row and the undated line
    finally:
        fig.close()
    by_actor = EventsArray.from_events(small_events, "actor")
    fig = make_figure(by_actor, size=(1000, 500), colouring=colour_by_document(docs, list(by_doc.lanes.labels)))
    try:
        lanes = [text for kind, _colour, text in fig.legend.entries() if kind == "lane"]
        assert lanes == list(by_doc.lanes.labels)
    finally:
        fig.close()
