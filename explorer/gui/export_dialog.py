"""File ▸ Export Image…: the timeline as it is shown (range, lanes, filter, emphasis) as PNG, SVG or PDF.

One dialog holds everything: the format, the title, the size in pixels and (for PNG) the resolution,
and the file to write, with a Browse… button for the system's file dialog. The format, the width,
the resolution and the folder and file name are remembered for the next export. It once took two
dialogs (a save dialog, then the size), and the size could not be chosen knowing the format. The
picture itself is made by :meth:`TimelineView.export_image`, the same figure builder as
``explorer export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget)

from explorer.exports.print_size import (PRESET_TEXT, PRESETS, SMALLEST_TEXT_PX, describe, printed_cm,
                                         text_points)
from explorer.gui.render.export import FORMATS

FILTERS = "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"
_EXT_OF_FILTER = {"PNG": ".png", "SVG": ".svg", "PDF": ".pdf"}
FORMAT_TEXT = {"png": "PNG image", "svg": "SVG vector image", "pdf": "PDF document"}
DPI_PRESETS = (96, 150, 300, 600)
#: The title box's width bounds, in pixels: at least the form's usual width, at most what a
#: 1366x768 screen holds beside the labels; the padding covers the frame and text margins.
TITLE_MIN_PX, TITLE_MAX_PX, TITLE_PADDING_PX = 260, 900, 24


class ExportOptionsDialog(QDialog):
    """Format, title, size (logical pixels at 96 DPI), PNG resolution and file of the exported figure."""

    def __init__(self, fmt: str, size: tuple[int, int], dpi: int, title: str, parent: QWidget | None = None,
                 path: str = "", print_size: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle("Export Image")
        self.fmt = fmt
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportImageFormat")
        for key in FORMATS:
            self.format_box.addItem(f"{FORMAT_TEXT[key]} (.{key})", key)
        self.format_box.setCurrentIndex(max(self.format_box.findData(fmt), 0))
        self.path_edit = QLineEdit(path or str(Path.home() / f"timeline.{fmt}"))
        self.path_edit.setObjectName("exportImagePath")
        browse = QPushButton("&Browse\u2026")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
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
        self.pixels.setObjectName("exportImagePixels")
        # A report-size choice: the figure laid out at the size it will be printed at, so its text
        # prints at 8 pt or more (see explorer.exports.print_size); "" is a size in pixels.
        self.print_box = QComboBox()
        self.print_box.setObjectName("exportPrintSize")
        self.print_box.addItem("Pixels (as below)", "")
        for key, printed in PRESETS.items():
            self.print_box.addItem(f"{PRESET_TEXT[key]}: {describe(printed)}", key)
        sizes = QHBoxLayout()
        sizes.addWidget(self.width_box)
        sizes.addWidget(QLabel("\u00d7"))
        sizes.addWidget(self.height_box)
        sizes.addStretch(1)  # width × height read as one size: the "×" took the room, the height sat far right
        form = QFormLayout(self)
        form.addRow("&Format", self.format_box)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Print size", self.print_box)
        size_label = QLabel("Si&ze")  # a row holding a layout: its label needs its own buddy for Alt+Z
        size_label.setBuddy(self.width_box)
        form.addRow(size_label, sizes)
        form.addRow("&Resolution", self.dpi_box)
        form.addRow("", self.pixels)
        where_label = QLabel("F&ile")
        where_label.setBuddy(self.path_edit)
        form.addRow(where_label, where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for box in (self.width_box, self.height_box, self.dpi_box):
            box.valueChanged.connect(self._update_pixels)
        for box in (self.width_box, self.height_box):
            box.valueChanged.connect(self._size_typed)
        self.print_box.currentIndexChanged.connect(self._print_size_chosen)
        self.print_box.setCurrentIndex(max(self.print_box.findData(print_size), 0))
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.path_edit.textChanged.connect(self._path_typed)
        self._update_pixels()
        self._path_typed(self.path_edit.text())
        #: What the dialog offered and the user has not changed (see :meth:`offer`).
        self.offered_title = title
        self._height_typed = False

    def offer(self, height: int, title: str) -> None:
        """The timeline changed under the open dialog (an import still reading adds documents,
        lanes, events): the height that gives every lane its room and the title that counts what
        is drawn, each put in its box unless the user typed one there or chose a print size.
        Opened early in an import, the dialog offered 450 px and "Timeline of 0 events from 0
        documents" while thirty articles arrived behind it."""
        if not self._height_typed and not self.print_size() and height != self.height_box.value():
            self._setting_size = True
            try:
                self.height_box.setValue(height)
            finally:
                self._setting_size = False
        if self.title_edit.text() == self.offered_title and title != self.offered_title:
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)
        self.offered_title = title

    def _format_chosen(self, *_args) -> None:
        """A format picked from the list: the file's extension follows it, PNG alone has a resolution."""
        self.fmt = str(self.format_box.currentData())
        self.dpi_box.setEnabled(self.fmt == "png")
        path = self.path_edit.text().strip()
        if path:
            p = Path(path)
            wanted = p.with_suffix(f".{self.fmt}") if p.suffix.lower().lstrip(".") in FORMATS or not p.suffix \
                else Path(path + f".{self.fmt}")
            if str(wanted) != path:
                self.path_edit.setText(str(wanted))
        self._update_pixels()

    def _path_typed(self, text: str) -> None:
        """A file name typed with a known extension: the format follows it; Save needs a file."""
        ext = Path(text.strip()).suffix.lower().lstrip(".")
        if ext in FORMATS and ext != self.format_box.currentData():
            self.format_box.setCurrentIndex(self.format_box.findData(ext))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))

    def browse(self) -> None:
        """The system's save dialog, for finding a folder; the format stays the one chosen here."""
        path = ask_export_path(self, self.path_edit.text().strip() or f"timeline.{self.fmt}")
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        """The file to write, its extension the chosen format's."""
        path = self.path_edit.text().strip()
        if Path(path).suffix.lower().lstrip(".") != self.fmt:
            path += f".{self.fmt}"
        return path

    def _print_size_chosen(self, *_args) -> None:
        """A print size picked: the layout size that prints at it, and its resolution."""
        key = self.print_size()
        if not key:
            return
        printed = PRESETS[key]
        self._setting_size = True
        try:
            self.width_box.setValue(printed.layout_size()[0])
            self.height_box.setValue(printed.layout_size()[1])
            self.dpi_box.setValue(round(printed.dpi))
        finally:
            self._setting_size = False

    def _size_typed(self, *_args) -> None:
        """A size typed by hand is a size in pixels, no longer the preset's, and the user's: the
        height the timeline offers as it changes no longer replaces it."""
        if not getattr(self, "_setting_size", False) and self.sender() is self.height_box:
            self._height_typed = True
        if not getattr(self, "_setting_size", False) and self.print_size():
            key = self.print_size()
            if (self.width_box.value(), self.height_box.value()) != PRESETS[key].layout_size():
                self.print_box.setCurrentIndex(0)

    def print_size(self) -> str:
        """The chosen print size's key, or "" for a size in pixels."""
        return str(self.print_box.currentData() or "")

    def _update_pixels(self) -> None:
        w, h = self.width_box.value(), self.height_box.value()
        # whatever the size, the image prints at its layout size: say so, and the text's size there
        printed = (f"prints at {printed_cm(w):.1f} \u00d7 {printed_cm(h):.1f} cm, "
                   f"text {text_points(SMALLEST_TEXT_PX):.0f} pt or more")
        if self.fmt == "png":
            k = self.dpi_box.value() / 96.0
            self.pixels.setText(f"{round(w * k)} \u00d7 {round(h * k)} pixels; {printed}")
        else:
            self.pixels.setText(f"vector: real text, any zoom; {printed}")

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
    """Ask what and where in one dialog, then write the image; returns the path written (None if
    cancelled or the file could not be written, which is said)."""
    settings = QSettings()
    fmt = str(settings.value("export/format", "png"))
    fmt = fmt if fmt in FORMATS else "png"
    folder = str(settings.value("export/lastDir", str(Path.home())))
    name = str(settings.value("export/fileName", "timeline"))
    printed = str(settings.value("export/printSize", ""))
    printed = printed if printed in PRESETS else ""
    # (the last export was for print: the dialog offers that print size again, which sets size and DPI)
    size = timeline.export_size()  # all the lanes, each as tall as on screen
    size = (int(settings.value("export/width", size[0])), size[1])
    dpi = int(settings.value("export/dpi", 300))
    suggested = timeline.figure_title()
    dialog = ExportOptionsDialog(fmt, size, dpi, suggested, parent,
                                 path=str(Path(folder) / f"{name}.{fmt}"), print_size=printed)

    def follow() -> None:  # the timeline redrawn under the dialog: its size and title follow
        dialog.offer(timeline.export_size()[1], timeline.figure_title())

    timeline.redrawn.connect(follow)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        timeline.redrawn.disconnect(follow)
    if not accepted:
        return None
    size, dpi, title = dialog.options()
    if title == dialog.offered_title:
        # the suggested title, left as it was, counts what is drawn at Save: an import still running
        # while the dialog was open printed "Timeline of 36 events" over a figure of 41 (34 drawn)
        title = timeline.figure_title()
    fmt, path = dialog.fmt, dialog.path()
    try:
        written, _ = timeline.export_image(path, size=size, dpi=dpi if fmt == "png" else 96, title=title)
    except OSError as err:
        QMessageBox.warning(parent, "Export Image", f"Could not write {path}:\n{err}")
        return None
    except ValueError as err:  # a size or resolution too big to draw: say so (never escape the slot)
        QMessageBox.warning(parent, "Export Image", f"Cannot export this image: {err}.")
        return None
    settings.setValue("export/lastDir", str(Path(path).parent))
    settings.setValue("export/fileName", Path(path).stem)
    settings.setValue("export/format", fmt)
    settings.setValue("export/width", size[0])
    settings.setValue("export/dpi", dpi)
    settings.setValue("export/printSize", dialog.print_size())
    return written
