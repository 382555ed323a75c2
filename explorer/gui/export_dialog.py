"""File ▸ Export Image…: the timeline as it is shown (range, lanes, filter, emphasis) as PNG, SVG or PDF.

Two steps, as in most desktop apps: a save dialog picks the file (the format follows the extension),
then a small dialog picks the size in pixels and, for PNG, the resolution. The picture itself is
made by :meth:`TimelineView.export_image`, the same figure builder as ``explorer export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QSpinBox, QWidget)

from explorer.gui.render.export import FORMATS, format_of

FILTERS = "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"
_EXT_OF_FILTER = {"PNG": ".png", "SVG": ".svg", "PDF": ".pdf"}
DPI_PRESETS = (96, 150, 300, 600)
#: The title box's width bounds, in pixels: at least the form's usual width, at most what a
#: 1366x768 screen holds beside the labels; the padding covers the frame and text margins.
TITLE_MIN_PX, TITLE_MAX_PX, TITLE_PADDING_PX = 260, 900, 24


class ExportOptionsDialog(QDialog):
    """Size (logical pixels at 96 DPI), PNG resolution and title of the exported figure."""

    def __init__(self, fmt: str, size: tuple[int, int], dpi: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(f"Export {fmt.upper()}")
        self.fmt = fmt
        self.width_box = QSpinBox(minimum=200, maximum=20000, value=size[0], suffix=" px")
        self.height_box = QSpinBox(minimum=150, maximum=20000, value=size[1], suffix=" px")
        self.dpi_box = QSpinBox(minimum=48, maximum=1200, value=dpi, suffix=" DPI")
        self.dpi_box.setEnabled(fmt == "png")
        self.title_edit = QLineEdit(title)
        # Wide enough to read the whole suggested title ("WikiWars: 1,117 events from 12 documents")
        # before saving it into the picture: the form's default width showed only its last words.
        room = self.title_edit.fontMetrics().horizontalAdvance(title) + TITLE_PADDING_PX
        self.title_edit.setMinimumWidth(max(TITLE_MIN_PX, min(room, TITLE_MAX_PX)))
        self.title_edit.setCursorPosition(0)  # a title too long even so shows its start, not its end
        self.pixels = QLabel()
        sizes = QHBoxLayout()
        sizes.addWidget(self.width_box)
        sizes.addWidget(QLabel("\u00d7"))
        sizes.addWidget(self.height_box)
        form = QFormLayout(self)
        form.addRow("Title", self.title_edit)
        form.addRow("Size", sizes)
        form.addRow("Resolution", self.dpi_box)
        form.addRow("", self.pixels)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for box in (self.width_box, self.height_box, self.dpi_box):
            box.valueChanged.connect(self._update_pixels)
        self._update_pixels()

    def _update_pixels(self) -> None:
        if self.fmt == "png":
            k = self.dpi_box.value() / 96.0
            self.pixels.setText(f"{round(self.width_box.value() * k)} \u00d7 {round(self.height_box.value() * k)} pixels")
        else:
            self.pixels.setText("vector: real text, any zoom")

    def options(self) -> tuple[tuple[int, int], int, str]:
        return (self.width_box.value(), self.height_box.value()), self.dpi_box.value(), self.title_edit.text()


def ask_export_path(parent: QWidget | None, suggestion: str) -> str | None:
    path, chosen = QFileDialog.getSaveFileName(parent, "Export Image", suggestion, FILTERS)
    if not path:
        return None
    if Path(path).suffix.lower().lstrip(".") not in FORMATS:  # no or another extension: from the filter
        path += next((ext for key, ext in _EXT_OF_FILTER.items() if chosen.startswith(key)), ".png")
    return path


def export_image_dialog(timeline, parent: QWidget | None = None) -> Path | None:
    """Ask where and how, then write the image; returns the path written (None if cancelled)."""
    settings = QSettings()
    folder = str(settings.value("export/lastDir", str(Path.home())))
    fmt = str(settings.value("export/format", "png"))
    path = ask_export_path(parent, str(Path(folder) / f"timeline.{fmt}"))
    if path is None:
        return None
    fmt = format_of(path)
    size = timeline.export_size()  # all the lanes, each as tall as on screen
    dpi = int(settings.value("export/dpi", 300))
    dialog = ExportOptionsDialog(fmt, size, dpi, timeline.figure_title(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    size, dpi, title = dialog.options()
    try:
        written, _ = timeline.export_image(path, size=size, dpi=dpi if fmt == "png" else 96, title=title)
    except OSError as err:
        QMessageBox.warning(parent, "Export Image", f"Could not write {path}:\n{err}")
        return None
    except ValueError as err:  # a size or resolution too big to draw: say so (never escape the slot)
        QMessageBox.warning(parent, "Export Image", f"Cannot export this image: {err}.")
        return None
    settings.setValue("export/lastDir", str(Path(path).parent))
    settings.setValue("export/format", fmt)
    settings.setValue("export/dpi", dpi)
    return written
