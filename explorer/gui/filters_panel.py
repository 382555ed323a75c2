"""The Filters dock: star, tag, certainty, document, date range, and the "rejected" view.

It edits an :class:`~explorer.curation.filters.EventFilter` on the project model; the table and the
timeline follow the model. Dates are typed in words, read by our tagger ("2001", "March 2003").
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDockWidget, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QWidget)

from explorer.curation.edits import DateNeeded, parse_date
from explorer.curation.filters import EventFilter
from explorer.gui.coalesce import start_once
from explorer.gui.project_model import ProjectEventModel
from explorer.gui.panes import toggle_panel
from explorer.gui.plain_text import document_name

CERTAINTIES = ("exact", "inferred", "undated")
REFRESH_MS = 250  #: the tag and document lists follow new documents at most this often
ANY = "(any)"


class FiltersPanel(QDockWidget):
    changed = Signal()

    def __init__(self, model: ProjectEventModel, parent: QWidget | None = None) -> None:
        super().__init__("Filters", parent)
        self.setObjectName("filtersDock")
        self.model = model
        body = QWidget(self)
        form = QFormLayout(body)
        self.starred = QCheckBox("Starred only")
        self.starred.setObjectName("filterStarred")
        self.rejected = QCheckBox("Rejected events only (to restore them)")
        self.rejected.setObjectName("filterRejected")
        self.tag = QComboBox()
        self.tag.setObjectName("filterTag")
        self.document = QComboBox()
        self.document.setObjectName("filterDocument")
        self.certainty: dict[str, QCheckBox] = {}
        certainty_row = QHBoxLayout()
        for name in CERTAINTIES:
            box = QCheckBox(name)
            box.setObjectName(f"filterCertainty_{name}")
            self.certainty[name] = box
            certainty_row.addWidget(box)
            box.toggled.connect(self.apply)
        self.since = QLineEdit()
        self.since.setObjectName("filterSince")
        self.since.setPlaceholderText("from (e.g. 2001)")
        self.until = QLineEdit()
        self.until.setObjectName("filterUntil")
        self.until.setPlaceholderText("until (e.g. March 2003)")
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        self.reset_button = QPushButton("Show all")
        self.reset_button.setObjectName("filterReset")
        form.addRow(self.starred)
        form.addRow("Tag", self.tag)
        form.addRow("Document", self.document)
        form.addRow("Certainty", certainty_row)
        form.addRow("Dates", dates)
        form.addRow(self.rejected)
        form.addRow(self.reset_button)
        self.setWidget(body)
        self.starred.toggled.connect(self.apply)
        self.rejected.toggled.connect(self.apply)
        self.tag.activated.connect(self.apply)
        self.document.activated.connect(self.apply)
        self.since.editingFinished.connect(self.apply)
        self.until.editingFinished.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)
        # The tag and document lists are rebuilt at most a few times a second: an import adds
        # documents one by one, and rebuilding them each time grew with the square of their number.
        self._listed: list = []  # the documents (``Document``) the document list shows, in its order
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_choices)
        model.reloaded.connect(self.refresh_choices)
        model.documentsChanged.connect(self._schedule_refresh)
        # A tag added or removed (or its undo) is offered at once the edits pause; only the tag list
        # is made again (the document list of a large project is thousands of items).
        self._tags_timer = QTimer(self)
        self._tags_timer.setSingleShot(True)
        self._tags_timer.setInterval(REFRESH_MS)
        self._tags_timer.timeout.connect(self.refresh_tags)
        model.curationsChanged.connect(self._schedule_tags)
        self.refresh_choices()

    def _schedule_refresh(self) -> None:
        start_once(self._refresh_timer)

    def _schedule_tags(self) -> None:
        start_once(self._tags_timer)

    def refresh_tags(self) -> None:
        """The Tag list: every tag the project's edits use, and the one chosen (which stays
        chosen, and listed, while the filter uses it, even once no event has it)."""
        self._tags_timer.stop()
        tags = {t for c in self.model.project.edited_curations().values() for t in c.tags}
        chosen = self.tag.currentData()
        if chosen:
            tags.add(chosen)
        tags = sorted(tags, key=str.casefold)
        _fill(self.tag, [(ANY, None)] + [(t, t) for t in tags])

    def refresh_choices(self) -> None:
        self.refresh_tags()
        documents = [d.document for d in self.model.project.documents()]
        listed = self._listed
        if listed and len(listed) < len(documents) and documents[:len(listed)] == listed:
            # documents were added (an import): only they are listed, after the others (a project
            # of 19k documents took 0.35 s to list again, in one event-loop turn)
            for doc in documents[len(listed):]:
                self.document.addItem(document_name(doc), doc.path)
        elif documents != listed or self.document.count() != len(documents) + 1:
            _fill(self.document, [(ANY, None)] + [(document_name(doc), doc.path) for doc in documents])
        self._listed = documents  # frozen records: the same objects, the same names

    def current_filter(self) -> EventFilter:
        since = _day(self.since.text(), 0)
        until = _day(self.until.text(), 1)
        tag = self.tag.currentData()
        doc = self.document.currentData()
        return EventFilter(
            starred=True if self.starred.isChecked() else None,
            tags=frozenset([tag]) if tag else frozenset(),
            certainty=frozenset(n for n, b in self.certainty.items() if b.isChecked()),
            docs=frozenset([doc]) if doc else frozenset(),
            since=since, until=until, rejected=None,
        )

    def apply(self, *args) -> None:
        for edit, which in ((self.since, 0), (self.until, 1)):
            bad = bool(edit.text().strip()) and _day(edit.text(), which) is None
            edit.setStyleSheet("color: #b00020" if bad else "")
            edit.setToolTip("Not a date I can read" if bad else "")
        self.model.set_show_rejected(self.rejected.isChecked())
        self.model.set_event_filter(self.current_filter())
        self.changed.emit()

    def toggle(self) -> None:
        """Ctrl+Shift+F: show the panel and focus it, or hide it."""
        toggle_panel(self, self.starred)

    def toggle_rejected(self) -> None:
        self.rejected.setChecked(not self.rejected.isChecked())

    def reset(self) -> None:
        for box in (self.starred, self.rejected, *self.certainty.values()):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.tag.setCurrentIndex(0)
        self.document.setCurrentIndex(0)
        self.since.clear()
        self.until.clear()
        self.apply()


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _day(text: str, which: int):
    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text, before_year_one=True)[which]  # "300 BC" bounds a BC history
    except DateNeeded:
        return None

