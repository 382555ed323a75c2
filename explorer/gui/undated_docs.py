"""A non-modal bar for documents without a date: how many, and a way to give them one.

A news file dropped in without a dateline or a sidecar has no document date, so "yesterday" and
"last week" in it cannot be placed and it gives few or no events, silently. This bar says how many
documents are in that state and offers to set a date, typed in words ("3 March 2019"), for all of
them at once or for one chosen in the list; their relative dates re-resolve at once (the project
re-extracts a document whose date is set). Each setting is an undoable edit, all of them one step.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from explorer.curation import edits
from explorer.gui.formatting import elide
from explorer.gui.plain_text import document_name

ALL = "__all__"


class UndatedDocumentsBar(QFrame):
    """Shown while the project has documents without a date and the user has not dismissed it."""

    #: A message for the status bar ("Set the date of 3 documents to 2019-03-03").
    message = Signal(str)

    def __init__(self, project: Callable, push: Callable, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undatedDocumentsBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undatedDocumentsBar { background: #fef3c7; border: 1px solid #f59e0b; }")
        self._project = project  # () -> the current Project
        self._push = push  # pushes a core command through the window's undo stack
        self._undo_stack = undo_stack
        self._dismissed: frozenset[str] = frozenset()  # the undated documents when the user closed the bar
        self.text = QLabel()
        self.text.setObjectName("undatedDocumentsText")
        self.which = QComboBox()
        self.which.setObjectName("undatedDocumentsWhich")
        self.which.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._chosen: str | None = None  # what the user picked in ``which`` (kept across recounts)
        self.which.activated.connect(lambda _i: setattr(self, "_chosen", self.which.currentData()))
        self.date = QLineEdit()
        self.date.setObjectName("undatedDocumentsDate")
        self.date.setPlaceholderText("a date in words, e.g. 3 March 2019")
        self.date.setClearButtonEnabled(True)
        self.date.returnPressed.connect(self.apply)
        self.set_button = QPushButton("Set date")
        self.set_button.clicked.connect(self.apply)
        self.close_button = QToolButton()
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Hide until other documents without a date arrive")
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        row.addWidget(self.text, 1)
        row.addWidget(self.which)
        row.addWidget(self.date)
        row.addWidget(self.set_button)
        row.addWidget(self.close_button)
        self.hide()

    def undated(self) -> list:
        """The project's document records with no date (none found, given or inferred)."""
        return [r for r in self._project().documents() if r.date_status == "none"]

    def refresh(self) -> None:
        """Recount; show the bar when documents lack a date (unless dismissed for exactly these)."""
        records = self.undated()
        hashes = frozenset(r.hash for r in records)
        total = len(self._project().documents())
        if not records or hashes <= self._dismissed:
            self.hide()
            return
        n = len(records)
        self.text.setText(
            f"<b>{n} of {total} documents have no date</b>: their relative dates (\u201clast week\u201d) "
            "cannot be placed. Set one:" if n > 1 else
            f"<b>{html.escape(elide(document_name(records[0].document), 50))}</b> has no date: its relative "
            "dates (\u201clast week\u201d) cannot be placed. Set one:")
        current = self._chosen
        self.which.blockSignals(True)
        self.which.clear()
        if n > 1:
            self.which.addItem(f"for all {n}", ALL)
        for r in records:
            self.which.addItem(elide(document_name(r.document), 40), r.hash)
        index = self.which.findData(current)
        self.which.setCurrentIndex(index if index >= 0 else 0)
        self.which.blockSignals(False)
        self.show()

    def apply(self) -> None:
        """Set the typed date on the chosen documents (one undoable step)."""
        words = self.date.text().strip()
        if not words:
            self.message.emit("Type a date first, in words (3 March 2019) or as 2019-03-03")
            self.date.setFocus()
            return
        try:
            when = edits.parse_date(words)[0]
        except ValueError:
            self.message.emit(f"Not a date: \u201c{words}\u201d (try 3 March 2019)")
            self.date.setFocus()
            return
        choice = self.which.currentData()
        targets = [r.hash for r in self.undated() if choice in (ALL, r.hash)]
        if not targets:
            return
        project = self._project()
        self._undo_stack.beginMacro(f"Set the date of {len(targets)} documents to {when.isoformat()}")
        try:
            for doc_hash in targets:
                self._push(edits.set_document_date(project, doc_hash, when))
        finally:
            self._undo_stack.endMacro()
        self.date.clear()
        self.message.emit(f"Set the date of {len(targets)} document{'s' if len(targets) > 1 else ''} to "
                          f"{when.isoformat()}: their relative dates are placed (Ctrl+Z to undo)")
        self.refresh()

    def dismiss(self) -> None:
        self._dismissed = frozenset(r.hash for r in self.undated())
        self.hide()
