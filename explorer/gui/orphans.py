"""The Orphaned Edits dock: edits whose expression is gone from a changed document, and what to do
with each (View ▸ Orphaned Edits; it opens by itself when an import leaves new orphans).

Each row shows the document, the old sentence with the lost expression in brackets, what the edit
did, and the expression the new text has in its place, if any. Selecting a row shows the document's
new text in the source pane with that suggestion selected (a rebuild of the list, after any change
to the project, leaves the source pane alone). Then:

* **Re-attach** (Enter) puts the edit on the words selected in the source pane: the suggestion as
  offered, or any other words the user selects instead;
* **Discard** (Delete) drops it.

Both are the core's commands (:mod:`explorer.curation.orphans`) on the window's undo stack, so
Edit ▸ Undo takes them back. The list is rebuilt from the project on every change, a little later
(coalesced), since an import changes it once per document.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from explorer.curation import orphans
from explorer.curation.model import SpanKey
from explorer.curation.orphans import Orphan
from explorer.gui.guard import guard_overrides
from explorer.gui.panes import toggle_panel
from explorer.gui.plain_text import plain_tooltip
from explorer.gui.coalesce import starter

if TYPE_CHECKING:
    from explorer.gui.main_window import MainWindow

log = logging.getLogger(__name__)

COLUMNS = ("Document", "Old sentence", "What the edit did", "The new text has")
SENTENCE_CHARS = 160
#: Keys the list keeps from the window's shortcuts: Delete discards, Enter re-attaches.
_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _to_qt(text: str, offset: int) -> int:
    """A Python offset into ``text`` as a Qt text position (UTF-16: a character beyond the BMP is two)."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def _from_qt(text: str, position: int) -> int:
    """A Qt text position in ``text`` as a Python offset."""
    offset = units = 0
    while offset < len(text) and units < position:
        units += 2 if ord(text[offset]) > 0xFFFF else 1
        offset += 1
    return offset


def _sentence(orphan: Orphan) -> str:
    """The old sentence, the lost expression in brackets, shortened around it."""
    text = " ".join(orphan.sentence.split())
    words = " ".join(orphan.expression.split())
    at = text.find(words) if words else -1
    if at < 0:
        return text[:SENTENCE_CHARS]
    marked = f"{text[:at]}[{words}]{text[at + len(words):]}"
    if len(marked) > SENTENCE_CHARS:
        start = max(0, at - SENTENCE_CHARS // 3)
        marked = ("\u2026" if start else "") + marked[start : start + SENTENCE_CHARS] + "\u2026"
    return marked


@guard_overrides
class OrphansDock(QDockWidget):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__("Orphaned Edits", window)
        self.setObjectName("orphansDock")
        self.window_ = window
        self._orphans: list[Orphan] = []
        self._unwatch = None
        self._known: set[SpanKey] = set()

        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setObjectName("orphansSummary")
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(body)
        self.list.setObjectName("orphansList")
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels(list(COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setWordWrap(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        for column in range(len(COLUMNS)):  # the short columns take what they need, the sentence the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        body.setMinimumWidth(420)  # room for the old sentence, the reason to open this panel
        # the user's choice of row (keys or a click) shows it; a rebuild of the list does not
        self.list.currentItemChanged.connect(lambda *_: self._on_current())
        self.list.itemClicked.connect(lambda *_: self._on_current())
        self.list.installEventFilter(self)
        self.reattach_button = QPushButton("&Re-attach to Selected Words", body)
        self.reattach_button.setObjectName("orphansReattach")
        self.reattach_button.setToolTip("Put the edit on the words selected in the source pane (Enter)")
        self.reattach_button.clicked.connect(self.reattach)
        self.discard_button = QPushButton("&Discard", body)
        self.discard_button.setObjectName("orphansDiscard")
        self.discard_button.setToolTip("Drop the edit (Delete); Edit \u25b8 Undo brings it back")
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reattach_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.setWidget(body)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        window.model.projectChanged.connect(self._watch)
        self._watch()

    # -- following the project -----------------------------------------------------------------------

    @property
    def project(self):
        return self.window_.model.project

    def _watch(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
        self._unwatch = self.project.subscribe(starter(self._refresh_timer))
        self._known = {key for key, _ in self.project.orphaned_edits()}  # an opened project's are not news
        self.refresh()

    def orphans(self) -> list[Orphan]:
        return list(self._orphans)

    def refresh(self) -> None:
        """Rebuild the list from the project; open the dock when edits were newly orphaned."""
        try:
            current = self.current_orphan()
            self._orphans = orphans.list_orphans(self.project)
        except Exception:  # noqa: BLE001 - a slot: an exception here would end the app
            log.exception("listing the orphaned edits failed")
            return
        keys = {o.key for o in self._orphans}
        new = keys - self._known
        self._known = keys
        self.list.blockSignals(True)  # rebuilt after any change: the source pane is left as the user has it
        self.list.clear()
        for orphan in self._orphans:
            cells = [orphan.name, _sentence(orphan), orphan.what, self._suggested(orphan)]
            item = QTreeWidgetItem(cells)
            for column, text in enumerate(cells):  # the whole text on hover, never read as markup
                item.setToolTip(column, plain_tooltip(text))
            self.list.addTopLevelItem(item)
        if self._orphans:
            keep = next((i for i, o in enumerate(self._orphans) if current is not None and o.key == current.key), 0)
            self.list.setCurrentItem(self.list.topLevelItem(keep))
        self.list.blockSignals(False)
        n = len(self._orphans)
        self.summary.setText(
            f"{n} edit{'s' if n != 1 else ''} lost {'their' if n != 1 else 'its'} expression when a document changed. "
            "Select one, select the words it belongs to in the source pane, and re-attach it; or discard it."
            if n else "No orphaned edits: every edit is on its expression."
        )
        self._update_buttons()
        if new:
            self.show()
            self.raise_()
            self.window_.show_message(f"{len(new)} edit{'s' if len(new) > 1 else ''} lost {'their' if len(new) > 1 else 'its'} "
                                      "expression: see Orphaned Edits", 8000)

    def _suggested(self, orphan: Orphan) -> str:
        if orphan.suggestion is None:
            return "" if orphan.successor else "(document removed)"
        text = self.project.document(orphan.suggestion.doc_hash).document.text
        return text[orphan.suggestion.start : orphan.suggestion.end]

    # -- the current orphan ----------------------------------------------------------------------------

    def current_orphan(self) -> Orphan | None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self._orphans[row] if 0 <= row < len(self._orphans) else None

    def _on_current(self) -> None:
        """Show the document's new text with the suggested words selected."""
        try:
            self._update_buttons()
            orphan = self.current_orphan()
            if orphan is None or orphan.successor is None or not self.project.has_document(orphan.successor):
                return
            source = self.window_.source
            source.show_document(self.project.document(orphan.successor).document.path)
            if source.document_path is None:
                return
            cursor = source.text.textCursor()
            if orphan.suggestion is not None:
                text = self.project.document(orphan.successor).document.text
                cursor.setPosition(_to_qt(text, orphan.suggestion.start))
                cursor.setPosition(_to_qt(text, orphan.suggestion.end), QTextCursor.MoveMode.KeepAnchor)
            else:  # nothing offered: no words selected, the user picks them
                cursor.clearSelection()
            source.text.setTextCursor(cursor)
            source.text.ensureCursorVisible()
        except Exception:  # noqa: BLE001 - a slot
            log.exception("showing an orphaned edit failed")

    def _update_buttons(self) -> None:
        orphan = self.current_orphan()
        self.reattach_button.setEnabled(orphan is not None and orphan.successor is not None)
        self.discard_button.setEnabled(orphan is not None)

    def _target(self, orphan: Orphan) -> SpanKey | None:
        """The words selected in the source pane, when it shows the orphan's document."""
        source = self.window_.source
        if orphan.successor is None or source.document_path is None:
            return None
        doc_hash = self.window_.model.doc_hash_of(source.document_path)
        if doc_hash != orphan.successor:
            return None
        cursor = source.text.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.project.document(doc_hash).document.text
        return SpanKey(doc_hash, _from_qt(text, cursor.selectionStart()), _from_qt(text, cursor.selectionEnd()))

    # -- commands ----------------------------------------------------------------------------------------

    def reattach(self) -> None:
        try:
            orphan = self.current_orphan()
            if orphan is None:
                return
            target = self._target(orphan)
            if target is None:
                self.window_.show_message("Select the words the edit belongs to in the source pane first")
                return
            command = orphans.reattach(self.project, orphan.key, target)
            self.window_.project_ctl.push(command)
            self.window_.show_message(command.label)
        except Exception as err:  # noqa: BLE001 - a slot
            log.exception("re-attaching an orphaned edit failed")
            self.window_.show_message(f"Could not re-attach the edit: {err}")

    def discard(self) -> None:
        try:
            orphan = self.current_orphan()
            if orphan is None:
                return
            command = orphans.discard(self.project, orphan.key)
            self.window_.project_ctl.push(command)
            self.window_.show_message(command.label)
        except Exception as err:  # noqa: BLE001 - a slot
            log.exception("discarding an orphaned edit failed")
            self.window_.show_message(f"Could not discard the edit: {err}")

    def toggle(self) -> None:
        """View ▸ Orphaned Edits: show the dock and focus its list, or hide it."""
        toggle_panel(self, self.list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        try:
            if watched is self.list and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
                if event.key() in _KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                    event.accept()  # Delete here discards the orphan, not the window's Reject Event
                    return True
            if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.discard()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.reattach()
                    return True
        except Exception:  # noqa: BLE001 - a Qt virtual
            log.exception("a key in the orphaned edits list failed")
        return super().eventFilter(watched, event)
