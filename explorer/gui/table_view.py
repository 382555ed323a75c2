"""The event table: date, title, document over the proxy, with a filter box; selection is shared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from explorer.events.record import Event
from explorer.gui.event_model import Column
from explorer.gui.selection import EventSelection


class EventTableView(QTableView):
    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.selection = selection
        self.setModel(selection.proxy)
        old = self.selectionModel()
        self.setSelectionModel(selection.selection_model)
        if old is not None and old is not selection.selection_model:
            old.deleteLater()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vheader = self.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring at 1M rows
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DOCUMENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.DATE, self.fontMetrics().horizontalAdvance("0000-00-00\u20130000-00-00") + 16)
        header.resizeSection(Column.DOCUMENT, 220)
        header.setHighlightSections(False)
        selection.eventChanged.connect(self._scroll_to_current)

    def _scroll_to_current(self, event: Event | None) -> None:
        index = self.selection.selection_model.currentIndex()
        if index.isValid():
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)


class EventTablePanel(QWidget):
    """The table with its filter box; the filter narrows the table and the timeline alike."""

    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("eventFilter")
        self.filter.setPlaceholderText("Filter events (date, title, document, sentence)\u2026")
        self.filter.setClearButtonEnabled(True)
        self.table = EventTableView(selection, self)
        self.filter.textChanged.connect(selection.proxy.set_filter_text)
        selection.proxy.filterTextChanged.connect(self._sync_filter_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self._proxy = selection.proxy

    def _sync_filter_text(self, text: str) -> None:
        if self.filter.text() != text:
            self.filter.setText(text)
