"""Timeline images without a window: PNG (raster at any DPI), SVG and PDF (vector, real text).

Everything is rendered from the figure's scene with ``QGraphicsScene.render`` into a ``QImage``, a
``QSvgGenerator`` or a ``QPdfWriter`` (pyqtgraph's own SVG exporter fails under PySide6 6.12). Axis
and event text are painted directly, never through cached pictures, so vector files keep them as
text; event positions are computed relative to the visible range, so large epoch seconds keep their
precision. Sizes are logical pixels at 96 DPI; ``dpi`` scales the PNG (300 DPI gives 3.125x pixels).
"""

from __future__ import annotations

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


def render_figure(fig, path: str | os.PathLike[str], dpi: float = SCREEN_DPI) -> Path:
    """Write ``fig`` to ``path`` (format from the suffix)."""
    from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from explorer.gui.render.figure import no_item_caching

    path = Path(path)
    fmt = format_of(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    no_item_caching(fig.scene)
    from explorer.timeline.caption import caption, event_counts

    if fig.item.events is not None:  # the caption says what the image leaves out
        fig.legend.set_note(caption(event_counts(fig.item.events, *fig.x_range())))
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
    format_of(path)
    ensure_app()
    from explorer.gui.render.figure import make_figure
    from explorer.gui.render.theme import THEMES

    fig = make_figure(events, title=title, theme=THEMES[theme], size=size, x_range=x_range,
                      colouring=colouring)
    try:
        out = render_figure(fig, path, dpi)
        return out, fig.x_range()
    finally:
        fig.close()
