"""Timeline images without a window: PNG (raster at any DPI), SVG and PDF (vector, real text).

Everything is rendered from the figure's scene with ``QGraphicsScene.render`` into a ``QImage``, a
``QSvgGenerator`` or a ``QPdfWriter`` (pyqtgraph's own SVG exporter fails under PySide6 6.12). Axis
and event text are painted directly, never through cached pictures, so vector files keep them as
text; event positions are computed relative to the visible range, so large epoch seconds keep their
precision. Sizes are logical pixels at 96 DPI; ``dpi`` scales the PNG (300 DPI gives 3.125x pixels).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from explorer.timeline import EventsArray

FORMATS = ("png", "svg", "pdf")
SCREEN_DPI = 96.0


def ensure_app():
    """A ``QApplication``, on the offscreen platform when there is no display (or none wanted)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def format_of(path: str | os.PathLike[str]) -> str:
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise ValueError(f"cannot tell the image format of {str(path)!r}: use .png, .svg or .pdf")
    return ext


#: Limits on what an export may ask for: a PNG of 20000 x 20000 pixels at 1200 DPI would need a
#: 2 TiB image. ``MAX_PIXELS`` (ARGB, 4 bytes each) is 1 GiB of memory.
MIN_DPI, MAX_DPI = 24.0, 1200.0
MIN_SIDE, MAX_SIDE = 100, 20000
MAX_PIXELS = 256 * 1024 * 1024


def check_image_request(size: tuple[int, int], dpi: float, fmt: str = "png") -> None:
    """Refuse sizes and resolutions that are not numbers in range, or a raster too big to allocate,
    with a message that says what is allowed (``ValueError``)."""
    try:
        w, h, dpi = float(size[0]), float(size[1]), float(dpi)
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"the size must be two numbers of pixels, not {size!r}") from None
    if not all(math.isfinite(v) for v in (w, h)) or w != int(w) or h != int(h) or not (
            MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise ValueError(f"the size must be whole pixels, {MIN_SIDE}-{MAX_SIDE} a side, not {size[0]}x{size[1]}")
    if not math.isfinite(dpi) or not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(f"the resolution must be {MIN_DPI:.0f}-{MAX_DPI:.0f} DPI, not {dpi:g}")
    if fmt == "png":
        k = dpi / SCREEN_DPI
        pixels = round(w * k) * round(h * k)
        if pixels > MAX_PIXELS:
            raise ValueError(f"a {w:.0f}x{h:.0f} image at {dpi:g} DPI would be {round(w * k)}x{round(h * k)} pixels "
                             f"({pixels * 4 / 2**30:.1f} GiB); lower the size or the DPI")


def render_figure(fig, path: str | os.PathLike[str], dpi: float = SCREEN_DPI) -> Path:
    """Write ``fig`` to ``path`` (format from the suffix). An SVG never holds a character XML 1.0
    forbids (a control character in a title or label becomes U+FFFD)."""
    from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from explorer.gui.render.figure import no_item_caching, set_export_note

    path = Path(path)
    fmt = format_of(path)
    check_image_request((fig.widget.width(), fig.widget.height()), dpi, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    no_item_caching(fig.scene)
    set_export_note(fig)  # the caption says what the image leaves out
    QApplication.processEvents()
    w, h = fig.widget.width(), fig.widget.height()
    source = QRectF(fig.widget.viewport().rect()) if fig.widget.viewport() else QRectF(0, 0, w, h)
    source = fig.widget.mapToScene(fig.widget.viewport().rect()).boundingRect()
    background = QColor(fig.item.theme.background)

    def draw(painter: QPainter, target: QRectF, scale: float) -> None:
        fig.item.pixel_scale = scale
        try:
            painter.fillRect(target, background)
            fig.scene.render(painter, target, source)
        finally:
            fig.item.pixel_scale = 1.0

    if fmt == "png":
        k = max(dpi, 1.0) / SCREEN_DPI
        image = QImage(round(w * k), round(h * k), QImage.Format.Format_ARGB32)
        image.fill(background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw(painter, QRectF(0, 0, image.width(), image.height()), k)
        painter.end()
        dpm = round(dpi / 0.0254)
        image.setDotsPerMeterX(dpm)
        image.setDotsPerMeterY(dpm)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    elif fmt == "svg":
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setResolution(round(SCREEN_DPI))
        gen.setTitle(fig.title or "Timeline")
        gen.setDescription("Timeline Explorer figure")
        painter = QPainter(gen)
        draw(painter, QRectF(0, 0, w, h), 1.0)
        painter.end()
        _well_formed_svg(path)
    else:
        writer = QPdfWriter(str(path))
        writer.setResolution(round(SCREEN_DPI))
        writer.setTitle(fig.title or "Timeline")
        writer.setCreator("Timeline Explorer")
        page = QPageSize(QSizeF(w * 72.0 / SCREEN_DPI, h * 72.0 / SCREEN_DPI), QPageSize.Unit.Point, "figure")
        writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        draw(painter, QRectF(0, 0, w, h), 1.0)
        painter.end()
    return path


def _well_formed_svg(path: Path) -> None:
    """Qt writes label text into the SVG as it is: replace what XML 1.0 forbids."""
    from explorer.exports.safe_text import xml_text

    text = path.read_text(encoding="utf-8", errors="surrogateescape")
    cleaned = xml_text(text)
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8", errors="surrogateescape")


def export_timeline(
    events: EventsArray,
    path: str | os.PathLike[str],
    size: tuple[int, int] = (1600, 900),
    dpi: float = SCREEN_DPI,
    x_range: tuple[float, float] | None = None,
    title: str | None = None,
    theme: str = "light",
    colouring=None,
) -> tuple[Path, tuple[float, float]]:
    """Write an image of ``events``; returns the path and the time range shown (epoch seconds)."""
    check_image_request(size, dpi, format_of(path))
    ensure_app()
    from explorer.gui.render.figure import make_fitted_figure
    from explorer.gui.render.theme import THEMES

    fig = make_fitted_figure(events, title=title, theme=THEMES[theme], size=size, x_range=x_range,
                      colouring=colouring)
    try:
        out = render_figure(fig, path, dpi)
        return out, fig.x_range()
    finally:
        fig.close()
