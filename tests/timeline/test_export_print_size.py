"""An image exported at a report's print size: its pixels and DPI place it at that size, its text
measures 8 pt or more there, nothing is clipped, and lanes that would not fit are left out with a
note saying so (the CLI's ``--print-size`` and the figure it draws)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage

from explorer.exports.print_size import MIN_PRINT_PT, PRESETS, text_points

N_DOCS = 30


def _harbour_logs(folder) -> None:
    """Thirty short logs of my own, each with a few dated entries (the busiest have more)."""
    folder.mkdir()
    for i in range(N_DOCS):
        days = [date(1960 + i % 5, 1 + k, 2 + i % 20) for k in range(1 + i % 7)]
        text = " ".join(f"On {d.day} {d:%B} {d.year} the pilot boat of berth {i} towed barge {k} into the basin."
                        for k, d in enumerate(days))
        (folder / f"berth{i:02d}.txt").write_text(f"Berth {i} logbook\n\n{text}\n", encoding="utf-8")


def _ink_runs(img: QImage, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    """Heights of the runs of rows holding dark ink between columns ``x0`` and ``x1``."""
    runs, run = [], 0
    for y in range(y0, y1):
        inked = any(QColor(img.pixel(x, y)).lightness() < 110 for x in range(x0, x1, 2))
        if inked:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return runs + ([run] if run else [])


@pytest.fixture(scope="module")
def column_export(qapp, tmp_path_factory):
    """``explorer export logs --print-size column``, keeping the figure's geometry as it rendered."""
    from explorer.cli import main
    from explorer.gui.render import export as render_export

    tmp_path = tmp_path_factory.mktemp("print")
    folder = tmp_path / "logs"
    _harbour_logs(folder)
    out = tmp_path / "column.png"
    seen = {}
    original = render_export.render_figure

    def render(fig, path, dpi=96.0):
        written = original(fig, path, dpi)
        seen.update(dpi=dpi, title=fig.title, plot=fig.plot.getViewBox().sceneBoundingRect(), notes=fig.legend.note_lines(),
                    legend=(fig.legend.sceneBoundingRect(), fig.legend.last_extent), lanes=fig.item.events.n_lanes,
                    titled={b.lane for b in fig.item.last_labels if b.count == 1 or b.caption},
                    labels=[(b.lane, b.count, b.text, b.caption) for b in fig.item.last_labels],
                    fonts=[fig.legend.font.pixelSize(), fig.date_axis._font.pixelSize(),
                           QFontInfo(fig.lane_axis.style["tickFont"] or QFont()).pixelSize()])
        return written

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_export, "render_figure", render)
        assert main(["export", str(folder), "-o", str(out), "--print-size", "column"]) == 0
    return QImage(str(out)), seen


def test_the_png_holds_the_pixels_and_dpi_of_a_report_column(column_export):
    img, seen = column_export
    want = PRESETS["column"]
    assert abs(img.width() - want.pixels()[0]) <= 2 and abs(img.height() - want.pixels()[1]) <= 2
    assert img.dotsPerMeterX() * 0.0254 == pytest.approx(300.0, abs=0.5) == img.dotsPerMeterY() * 0.0254
    assert img.width() / (img.dotsPerMeterX() * 0.0254) * 2.54 == pytest.approx(16.0, abs=0.05)  # placed at 16 cm


def test_its_text_is_eight_points_or_more_at_that_size(column_export):
    img, seen = column_export
    assert all(text_points(px) >= MIN_PRINT_PT for px in seen["fonts"])  # the fonts the export drew with
    # and measured: the lane names' ink (ascenders to descenders, about 0.9 of the font) in the PNG
    k = img.width() / PRESETS["column"].layout_size()[0]
    plot = seen["plot"]
    runs = _ink_runs(img, 4, int(plot.left() * k) - 6, int(plot.top() * k), int(plot.bottom() * k))
    assert runs, "no lane name drawn"
    tallest_pt = max(runs) / 300.0 * 72.0
    assert tallest_pt >= 0.85 * MIN_PRINT_PT, (runs, tallest_pt)


def test_lanes_that_do_not_fit_are_left_out_and_said_and_those_kept_are_titled(column_export):
    img, seen = column_export
    assert 1 <= seen["lanes"] < N_DOCS
    assert seen["titled"] == set(range(seen["lanes"])), seen["labels"]  # every lane kept has a title drawn
    assert any(f"of {N_DOCS} lanes shown" in line and "left out" in line for line in seen["notes"])
    # the caption and the note account for every event the title counts: drawn + not drawn + left out
    total = int(re.search(r"of ([\d,]+) events", seen["title"]).group(1).replace(",", ""))
    said = " ".join(seen["notes"])
    drawn = re.search(r"([\d,]+) of ([\d,]+) events drawn", said)
    assert drawn and int(drawn.group(2).replace(",", "")) == total
    left = int(re.search(r"lanes?, ([\d,]+) events?$", seen["notes"][-1]).group(1).replace(",", ""))
    not_drawn = sum(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) (?:undated|outside)", said))
    assert int(drawn.group(1).replace(",", "")) + not_drawn + left == total


def test_nothing_is_clipped(column_export):
    img, seen = column_export
    k = img.width() / PRESETS["column"].layout_size()[0]
    bg = img.pixel(2, 2)
    edge = int(10 * k)
    for x in range(img.width() - edge, img.width()):
        assert all(img.pixel(x, y) == bg for y in range(0, img.height(), 5)), "ink at the right edge"
    for y in range(img.height() - edge, img.height()):
        assert all(img.pixel(x, y) == bg for x in range(0, img.width(), 5)), "ink at the bottom edge"
    rect, (top, bottom) = seen["legend"]
    assert bottom <= rect.height() + 0.5  # the legend's last line (the note) is inside the legend


def test_the_title_of_a_column_figure_is_no_larger_than_a_reports_heading(column_export):
    """At 15 pt bold the title took an eighth of a 10 cm figure, larger than the report's own headings,
    and its room came out of the lanes: at a column's size it prints at 11 pt, still the largest text."""
    from explorer.exports.print_size import TITLE_PT_MAX, TITLE_PT_MIN, title_points

    img, seen = column_export
    k = img.width() / PRESETS["column"].layout_size()[0]
    title_ink = _ink_runs(img, img.width() // 4, 3 * img.width() // 4, 0, int(seen["plot"].top() * k) - int(4 * k))
    assert title_ink, "no title drawn"
    ink_pt = max(title_ink) / 300.0 * 72.0  # capitals to descenders: about 0.77 of the font size
    assert 0.7 * TITLE_PT_MIN <= ink_pt <= 0.8 * 12.0, (title_ink, ink_pt)  # 15 pt inked 11.5 pt
    assert title_points(PRESETS["column"].layout_size()[1]) == TITLE_PT_MIN
    assert title_points(PRESETS["page"].layout_size()[1]) == TITLE_PT_MAX == title_points(900)  # page, screen: as before
