"""The source pane: one document's text, every temporal expression highlighted, the selected event's
sentence highlighted more strongly; moving the text cursor into an expression selects its event.

Highlights are ``extraSelections`` rather than edits to the document's formatting, so the text (and
so every character offset the extractor produced) is never modified.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from explorer.events.record import Event
from explorer.gui.event_model import document_label
from explorer.gui.palette import SELECTED_TIMEX_BACKGROUND, SENTENCE_BACKGROUND, TIMEX_BACKGROUND, lane_color
from explorer.gui.selection import EventSelection
from explorer.pipeline import ExtractedDocument


class SourcePane(QWidget):
    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.model = selection.model
        self._path: str | None = None
        self._event: Event | None = None
        self._moving_cursor = False  # True while we move the cursor ourselves: not a user choice
        self._ranges: list[tuple[int, int, str]] = []

        self.header = QLabel(self)
        self.header.setObjectName("sourceHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        # Read-only but with a visible, keyboard-movable cursor: the cursor is how one picks an event.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setCursorWidth(2)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.cursorPositionChanged.connect(self._on_cursor_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)

        selection.eventChanged.connect(self.show_event)
        self.model.documentsChanged.connect(self._on_documents_changed)
        self._set_header(None)

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def document_path(self) -> str | None:
        return self._path

    def show_document(self, path: str | None) -> None:
        if path == self._path:
            return
        extracted = self.model.document(path) if path is not None else None
        self._path = path if extracted is not None else None
        self._moving_cursor = True
        try:
            self.text.setPlainText(extracted.document.text if extracted else "")
        finally:
            self._moving_cursor = False
        self._set_header(extracted)
        self._refresh_highlights()

    def show_event(self, event: Event | None) -> None:
        """Follow the shared selection: its document, its sentence highlighted and scrolled to."""
        self._event = event
        if event is None:
            self._refresh_highlights()
            return
        self.show_document(event.doc)
        self._refresh_highlights()
        position = self.text.textCursor().position()
        if self._event_at(position) is event:
            return  # the user put the cursor here: leave it (and the scroll) alone
        self._moving_cursor = True
        try:
            cursor = self.text.textCursor()
            cursor.setPosition(min(event.timex_start, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        finally:
            self._moving_cursor = False

    def highlighted_ranges(self) -> list[tuple[int, int, str]]:
        """What is highlighted, as (start, end, kind) with kind "timex", "sentence" or "event"."""
        return list(self._ranges)

    # -- internals -------------------------------------------------------------------------------

    def _refresh_highlights(self) -> None:
        extracted = self.model.document(self._path) if self._path else None
        ranges: list[tuple[int, int, str]] = []
        if extracted is not None:
            event = self._event if self._event is not None and self._event.doc == self._path else None
            if event is not None:
                ranges.append((event.sentence_start, event.sentence_end, "sentence"))
            ranges.extend((t.start, t.end, "timex") for t in extracted.timexes)
            if event is not None:
                ranges.append((event.timex_start, event.timex_end, "event"))
        self._ranges = ranges
        formats = {
            "sentence": _format(SENTENCE_BACKGROUND),
            "timex": _format(TIMEX_BACKGROUND),
            "event": _format(SELECTED_TIMEX_BACKGROUND, bold=True),
        }
        selections = []
        doc = self.text.document()
        for start, end, kind in ranges:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = formats[kind]
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def _set_header(self, extracted: ExtractedDocument | None) -> None:
        if extracted is None:
            self.header.setText("<i>No document selected</i>")
            return
        doc = extracted.document
        lane = self.model.lane_of(doc.path) or 0
        when = doc.date.isoformat() if doc.date else "undated"
        colour = lane_color(lane).name()
        title = document_label(extracted, 120).replace("&", "&amp;").replace("<", "&lt;")
        self.header.setText(
            f"<span style='color:{colour}; font-size:14pt'>&#9632;</span> <b>{title}</b><br>"
            f"<small>{doc.name} &middot; dated {when} ({doc.date_source}) &middot; "
            f"{len(extracted.timexes)} expressions, {len(extracted.events)} events</small>"
        )

    def _event_at(self, position: int) -> Event | None:
        """The event the cursor is in: its expression if inside one, else its sentence's event
        whose expression is nearest."""
        if self._path is None:
            return None
        events = self.model.events_of_document(self._path)
        for event in events:
            if event.timex_start <= position <= event.timex_end:
                return event
        in_sentence = [e for e in events if e.sentence_start <= position < e.sentence_end]
        if not in_sentence:
            return None
        return min(in_sentence, key=lambda e: min(abs(position - e.timex_start), abs(position - e.timex_end)))

    def _on_cursor_moved(self) -> None:
        if self._moving_cursor:
            return
        event = self._event_at(self.text.textCursor().position())
        if event is not None and (self._event is None or event.id != self._event.id):
            self.selection.select_event(event.id)

    def _on_documents_changed(self) -> None:
        if self.model.document_count() == 0:
            self._event = None
            self._path = None
            self.show_document(None)
            self._set_header(None)
        elif self._path is None:
            self.show_document(self.model.documents[0].document.path)


def _format(color: QColor, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
