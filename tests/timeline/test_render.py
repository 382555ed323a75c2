"""The Qt side: the item's level of detail and labels, image export read back, CLI export, benchmark."""

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date

import numpy as np
import pytest

from explorer.timeline import EventsArray
from explorer.timeline.labels import overlaps

from .conftest import make_event

pytest.importorskip("PySide6")
from PySide6.QtGui import QColor, QImage  # noqa: E402

from explorer.gui.render.export import export_timeline  # noqa: E402
from explorer.gui.render.figure import make_figure  # noqa: E402

DAY = 86400.0
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def non_background(image: QImage, background="#ffffff", step=4) -> int:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = img.constBits()
    arr = np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine() // 4, 4)
    bg = QColor(background)
    sub = arr[::step, ::step, :3].astype(int)
    return int(np.sum(np.abs(sub - [bg.blue(), bg.green(), bg.red()]).sum(axis=2) > 30))


@pytest.fixture
def arr(small_events):
    return EventsArray.from_events(small_events, "document", {"a.txt": "Iran and Russia", "b.txt": "Quds force", "c.txt": "Direct talks"})


def test_png_size_dpi_and_content(qapp, arr, tmp_path):
    path, shown = export_timeline(arr, tmp_path / "t.png", size=(800, 450), dpi=300, title="My timeline")
    img = QImage(str(path))
    assert (img.width(), img.height()) == (2500, 1406)
    assert round(img.dotsPerMeterX() * 0.0254) == 300
    assert non_background(img) > 2000


def test_svg_has_real_text_and_precise_coordinates(qapp, tmp_path):
    start = date(2024, 1, 10)
    evs = [make_event(1, title="First day event", begin=start), make_event(2, title="Second day event", begin=date(2024, 1, 11))]
    a = EventsArray.from_events(evs, "none")
    x0 = 1704844800.0 - DAY  # 2024-01-09, so ~1.7e9 seconds
    path, shown = export_timeline(a, tmp_path / "t.svg", size=(1000, 500), x_range=(x0, x0 + 4 * DAY), title="Precision")
    assert shown == pytest.approx((x0, x0 + 4 * DAY))
    tree = ET.parse(path)
    texts = {}
    for el in tree.iter():
        if el.tag.endswith("text") and (el.text or "").strip():
            texts[el.text.strip()] = el
    assert {"First day event", "Second day event", "Precision"} <= set(texts)
    assert any(re.fullmatch(r"(Jan )?1[01]|2024-01-1[01]|.*Jan.*", t) for t in texts), sorted(texts)
    # one day apart on a 4-day view: the labels are a quarter of the plot width apart, to a pixel
    dx = float(texts["Second day event"].get("x")) - float(texts["First day event"].get("x"))
    plot_w = 1000 - 200  # at least the plot is most of the width; a day is > 150 px
    assert 150 < dx < 1000 / 4 + 1
    assert plot_w > 0


def test_svg_axis_years_and_lanes(qapp, arr, tmp_path):
    path, _ = export_timeline(arr, tmp_path / "t.svg", title="Years")
    text = path.read_text()
    for needle in ("Sanctions from 2013 onward", "Occupation 1997-2004", ">2000<", ">2010<", "Quds force", "Undated (1)"):
        assert needle in text, needle


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_pdf_opens_renders_and_keeps_text(qapp, arr, tmp_path):
    path, _ = export_timeline(arr, tmp_path / "t.pdf", size=(1200, 600), title="Pdf figure", theme="dark")
    subprocess.run(["pdftoppm", "-png", "-r", "48", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    img = QImage(str(pages[0]))
    assert img.width() == pytest.approx(1200 * 48 / 96, abs=2)
    assert non_background(img, "#1e1f22", step=2) > 300
    if shutil.which("pdftotext"):
        text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)
        for needle in ("Pdf figure", "Sanctions from 2013 onward", "2000", "2010", "Quds force"):
            assert needle in text, needle


def test_export_matches_requested_range(qapp, arr, tmp_path):
    x0, x1 = 946684800.0, 1104537600.0  # 2000-01-01 .. 2005-01-01
    _, shown = export_timeline(arr, tmp_path / "t.svg", x_range=(x0, x1))
    assert shown == pytest.approx((x0, x1), abs=1.0)
    text = (tmp_path / "t.svg").read_text()
    assert "Visit to Moscow" not in text and "Ceasefire talks" in text


def test_item_density_then_marks_with_non_overlapping_labels(qapp):
    rng = np.random.default_rng(3)
    n = 60000
    b = rng.integers(0, 3650, n) + 10957  # 2000-2009
    a = EventsArray.from_columns(b, b, rng.integers(0, 4, n), np.arange(n), [f"Event {i}" for i in range(n)],
                                 __import__("explorer.timeline.lanes", fromlist=["LaneSet"]).LaneSet("none", tuple("abcd"), tuple("ABCD")))
    fig = make_figure(a, size=(1200, 700))
    try:
        fig.widget.grab()
        assert all(d.mode == "density" for d in fig.item.last_detail.lanes)
        x0 = 10957 * DAY + 400 * DAY
        fig.set_x_range(x0, x0 + 20 * DAY)
        fig.widget.grab()
        assert all(d.mode == "marks" for d in fig.item.last_detail.lanes)
        assert fig.item.last_labels and not overlaps(fig.item.last_labels)
    finally:
        fig.close()


def test_cli_export_without_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "cli.png"
    res = subprocess.run([sys.executable, "-m", "explorer", "export", os.path.join(REPO, "data"), "-o", str(out),
                          "--size", "800x450", "--from", "2010-01-01", "--to", "2020-12-31", "--title", "Sample"],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert res.returncode == 0, res.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (800, 450)


def test_bench_small_prints_figures():
    res = subprocess.run([sys.executable, "-m", "explorer", "bench", "render", "--events", "2000", "--steps", "6"],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert res.returncode == 0, res.stderr
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    figures = {(r["figure"], r["impl"]) for r in recs}
    assert {("repaint_ms", "ours"), ("repaint_ms", "scatter"), ("load_s", "ours"), ("rss_mb", "ours")} <= figures
    assert all(r["events"] == 2000 and r["value"] > 0 for r in recs)


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.parametrize("n", [10_000, 100_000, 1_000_000])
def test_render_targets(benchmark, n):
    from explorer.gui.bench import bench_render

    recs = benchmark.pedantic(bench_render, args=(n, 40, 8 if n >= 1_000_000 else None), rounds=1, iterations=1)
    got = {(r["figure"], r["impl"]): r["value"] for r in recs}
    benchmark.extra_info.update({f"{f}_{i}": v for (f, i), v in got.items()})
    assert got[("repaint_ms", "ours")] <= 16.0
    assert got[("load_s", "ours")] <= 3.0
    assert got[("rss_mb", "ours")] <= 1500.0
    # the same in the app's widgets: model, proxy, sorted table and timeline
    assert got[("repaint_ms", "app")] <= 16.0
    assert got[("load_s", "app")] <= 3.0
    assert got[("rss_mb", "app")] <= 1500.0
    if n >= 1_000_000:
        assert got[("repaint_ms", "scatter")] >= 10 * got[("repaint_ms", "ours")]
