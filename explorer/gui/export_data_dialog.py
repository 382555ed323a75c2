"""File ▸ Export Data…: the project's events, with the user's edits, as CSV, JSON, JSON Lines,
TimelineJS JSON, iCalendar or TimeML (one file per document, in a folder).

A small dialog picks the format, whether rejected events go too (they do not, unless asked) and the
destination; :func:`export_data` writes it with :mod:`explorer.exports.project`, the same code as
``explorer export-data`` on the command line.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QWidget)

from explorer.exports.project import write_project, write_timeml_folder
from explorer.store import Project

#: format -> (menu text, file suffix; "" for a folder)
FORMATS: dict[str, tuple[str, str]] = {
    "csv": ("CSV table (.csv)", ".csv"),
    "json": ("JSON (.json)", ".json"),
    "jsonl": ("JSON Lines (.jsonl)", ".jsonl"),
    "timelinejs": ("TimelineJS JSON (.json)", ".timeline.json"),
    "ics": ("iCalendar (.ics)", ".ics"),
    "timeml": ("TimeML, one file per document (folder)", ""),
}


def export_data(project: Project, path: str | os.PathLike[str], fmt: str, include_rejected: bool = False) -> int:
    """Write the export; returns how many events (or, for TimeML, documents) were written."""
    if fmt == "timeml":
        return len(write_timeml_folder(project, path, include_rejected))
    with open(path, "w", encoding="utf-8", newline="") as out:
        return write_project(project, out, fmt, include_rejected)


class ExportDataDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDataDialog")
        self.setWindowTitle("Export Data")
        self.project = project
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key, (text, _suffix) in FORMATS.items():
            self.format.addItem(text, key)
        last = str(QSettings().value("export/dataFormat", "csv"))
        self.format.setCurrentIndex(max(self.format.findData(last), 0))
        self.include_rejected = QCheckBox("Include rejected events")
        self.include_rejected.setObjectName("exportIncludeRejected")
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton("Browse\u2026")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("Save to", row)
        form.addRow("", self.include_rejected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self.path.textChanged.connect(self._update_ok)
        self._suggest_path()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _suggest_path(self, *args) -> None:
        folder = str(QSettings().value("paths/lastDir", str(Path.home())))
        base = Path(self.project.path).stem if self.project.path else "timeline"
        suffix = FORMATS[self.fmt()][1]
        current = self.path.text()
        stem = Path(current).name.split(".")[0] if current else base
        parent = str(Path(current).parent) if current else folder
        self.path.setText(os.path.join(parent, (stem or base) + (suffix or "-timeml")))

    def browse(self) -> None:
        if self.fmt() == "timeml":
            path = QFileDialog.getExistingDirectory(self, "Export TimeML to Folder", str(Path(self.path.text()).parent))
        else:
            path, _ = QFileDialog.getSaveFileName(self, "Export Data", self.path.text(),
                                                  f"{FORMATS[self.fmt()][0]};;All files (*)")
        if path:
            self.path.setText(path)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.path.text().strip()))

    def export(self) -> int:
        QSettings().setValue("export/dataFormat", self.fmt())
        return export_data(self.project, self.path.text().strip(), self.fmt(), self.include_rejected.isChecked())


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally (tests replace this to fill and accept it without a loop)."""
    return dialog.exec() == QDialog.DialogCode.Accepted
