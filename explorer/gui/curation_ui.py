"""The Edit menu's curation commands: each asks what it needs (a small input dialog), builds the core's
command (:mod:`explorer.curation.edits`) and pushes it on the project's undo stack.

Every method works on the current event (the shared selection) and is what an action in the action
table, a context-menu entry and a test call. Dialogs are the static ``QInputDialog`` helpers, which
tests patch; after one closes, the focus goes back where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from explorer.curation import edits
from explorer.curation.edits import DateNeeded
from explorer.events.record import Event
from explorer.gui.formatting import elide, event_when
from explorer.gui.menu_keys import give_menus_their_keys

if TYPE_CHECKING:
    from explorer.gui.main_window import MainWindow

MERGE_CANDIDATES = 300
DATE_HINT = "Type a date in words: \u201c12 March 2019\u201d, \u201cMarch 2019\u201d, \u201cthe 1990s\u201d, 2019-03-12"

#: (action name, context-menu text) in the order the context menus list them
CONTEXT_ACTIONS = ("edit_date", "edit_title", "edit_lane", "toggle_star", "edit_tags", "annotate", None,
                   "merge", "reject", "restore", None, "set_document_date")


class CurationCommands(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.selection = window.selection

    @property
    def project(self):
        return self.window.model.project

    # -- helpers ---------------------------------------------------------------------------------

    def current(self) -> Event | None:
        event = self.selection.current_event()
        if event is None:
            self.window.show_message("Select an event first")
        return event

    def _apply(self, command, select: str | None = None) -> None:
        focus = self.window.focusWidget()
        self.window.project_ctl.push(command)
        if select is not None:
            self.selection.select_event(select)
        self.window.show_message(command.label)
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        focus = self.window.focusWidget()
        value, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        self._restore_focus(focus)
        return value if ok else None

    def _restore_focus(self, focus: QWidget | None) -> None:
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_date(self, title: str, what: str, text: str, parse: Callable[[str], object]):
        """Ask until the words parse as a date or the user cancels; returns parse's result or None."""
        label = f"{what}\n{DATE_HINT}"
        while True:
            value = self._ask_text(title, label, text)
            if value is None or not value.strip():
                return None
            try:
                return parse(value)
            except DateNeeded:
                label = f"\u201c{value}\u201d is not a date I can read.\n{DATE_HINT}"
                text = value

    # -- edits on the current event ----------------------------------------------------------------

    def edit_date(self) -> None:
        """Ctrl+D: the event's date, typed in words; events anchored on it follow."""
        event = self.current()
        if event is None:
            return
        edit = self.project.get_edit(self.project.row(event.id).key)
        start = edit.date_text or (event.value if event.begin else "")
        command = self._ask_date("Edit Date", f"Date of \u201c{elide(event.title, 60)}\u201d (now {event_when(event)}):",
                                 start, lambda text: edits.redate(self.project, event.id, text))
        if command is not None:
            self._apply(command, select=event.id)

    def edit_title(self) -> None:
        event = self.current()
        if event is None:
            return
        title = self._ask_text("Rename Event", "Title:", event.title)
        if title is not None and title.strip() and title.strip() != event.title:
            self._apply(edits.retitle(self.project, event.id, title.strip()), select=event.id)

    def edit_lane(self) -> None:
        event = self.current()
        if event is None:
            return
        current = self.project.curation(event.id).lane or ""
        lanes = sorted({c.lane for c in self.project.edited_curations().values() if c.lane})
        focus = self.window.focusWidget()
        choices = [current] + [l for l in lanes if l != current] if current else ["", *lanes]
        lane, ok = QInputDialog.getItem(self.window, "Move to Lane",
                                        "Lane (empty for the document's own):", choices, 0, True)
        self._restore_focus(focus)
        if ok and lane.strip() != current:
            self._apply(edits.set_lane(self.project, event.id, lane.strip() or None), select=event.id)

    def reject(self) -> None:
        """Del: hide the event (recoverable from View ▸ Show Rejected Events); the next one is selected."""
        event = self.current()
        if event is None:
            return
        if self.project.curation(event.id).rejected:
            self.window.show_message("Already rejected: Restore brings it back")
            return
        neighbour = self._neighbour(event.id)
        self._apply(edits.reject(self.project, event.id))
        if neighbour is not None:
            self.selection.select_event(neighbour)
        else:  # the user put it away: not an event a filter hides, to select again when shown
            self.selection.forget_hidden(event.id)

    def restore(self) -> None:
        event = self.current()
        if event is None:
            return
        if not self.project.curation(event.id).rejected:
            self.window.show_message("This event is not rejected")
            return
        neighbour = event.id  # restored, it stays where it is (shown with or without the rejected)
        self._apply(edits.restore(self.project, event.id))
        if neighbour is not None:
            self.selection.select_event(neighbour)

    def toggle_star(self) -> None:
        event = self.current()
        if event is None:
            return
        starred = self.project.curation(event.id).starred
        self._apply(edits.star(self.project, event.id, not starred), select=event.id)

    def edit_tags(self) -> None:
        event = self.current()
        if event is None:
            return
        tags = self.project.curation(event.id).tags
        text = self._ask_text("Tags", "Tags, separated by commas:", ", ".join(tags))
        if text is not None:
            new = [t.strip() for t in text.split(",") if t.strip()]
            if tuple(dict.fromkeys(new)) != tuple(tags):
                self._apply(edits.set_tags(self.project, event.id, new), select=event.id)

    def annotate(self) -> None:
        event = self.current()
        if event is None:
            return
        note = self.project.curation(event.id).note
        focus = self.window.focusWidget()
        text, ok = QInputDialog.getMultiLineText(self.window, "Note", f"Note on \u201c{elide(event.title, 60)}\u201d:", note)
        self._restore_focus(focus)
        if ok and text != note:
            self._apply(edits.annotate(self.project, event.id, text), select=event.id)

    def merge(self) -> None:
        """Ctrl+M: fold another event (chosen from those nearest in time) into the current one."""
        event = self.current()
        if event is None:
            return
        candidates = self._merge_candidates(event)
        if not candidates:
            self.window.show_message("No other event to merge with")
            return
        labels = [f"{event_when(e)} \u2014 {elide(e.title, 70)}  ({elide(e.doc.rsplit('/', 1)[-1], 30)})" for e in candidates]
        focus = self.window.focusWidget()
        choice, ok = QInputDialog.getItem(self.window, "Merge Events",
                                          f"Merge into \u201c{elide(event.title, 60)}\u201d:", labels, 0, False)
        self._restore_focus(focus)
        if ok and choice in labels:
            other = candidates[labels.index(choice)]
            self.merge_events(event.id, other.id)

    def merge_events(self, keep_id: str, other_id: str) -> None:
        self._apply(edits.merge(self.project, keep_id, other_id), select=keep_id)

    def add_event_from_selection(self) -> None:
        """An event from the text selected in the source pane: its date parsed from the selection,
        or asked for when the selection is not a date."""
        text = self.window.source.text
        cursor = text.textCursor()
        path = self.window.source.document_path
        if not cursor.hasSelection() or path is None:
            self.window.show_message("Select the words of the event in the source text first")
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        self.add_event_at(path, start, end)

    def add_event_at(self, path: str, start: int, end: int) -> str | None:
        doc_hash = self.window.model.doc_hash_of(path)
        if doc_hash is None:
            return None
        try:
            command = edits.add_event(self.project, doc_hash, start, end)
        except DateNeeded:
            selected = self.project.document(doc_hash).document.text[start:end]
            reference = self.project.document(doc_hash).document.date
            command = self._ask_date(
                "Add Event", f"\u201c{elide(selected, 60)}\u201d has no date I can read. When was it?", "",
                lambda words: edits.add_event(self.project, doc_hash, start, end,
                                              span=edits.parse_date(words, reference, before_year_one=True)))
            if command is None:
                return None
        key = command.after[0][0]
        self.window.project_ctl.push(command)
        row = self.project.row_at(key)
        event_id = row.event.id if row is not None and not row.hidden else None
        if event_id is not None:
            self.selection.select_event(event_id)
        self.window.show_message(command.label)
        return event_id

    def set_document_date(self) -> None:
        """The date of the document shown in the source pane; its relative dates re-resolve at once."""
        path = self.window.source.document_path
        event = self.selection.current_event()
        if path is None and event is not None:
            path = event.doc
        doc_hash = self.window.model.doc_hash_of(path) if path else None
        if doc_hash is None:
            self.window.show_message("Show a document in the source pane first")
            return
        record = self.project.document(doc_hash)
        now = record.document.date.isoformat() if record.document.date else ""
        command = self._ask_date(
            "Document Date", f"Date of \u201c{elide(record.document.title or record.document.name, 60)}\u201d "
            f"(now {now or 'unknown'}, {record.date_status}):", now,
            lambda words: edits.set_document_date(self.project, doc_hash, edits.parse_date(words)[0]))
        if command is not None:
            self._apply(command, select=event.id if event is not None else None)

    # -- helpers -----------------------------------------------------------------------------------

    def _neighbour(self, event_id: str) -> str | None:
        """The event after (else before) ``event_id`` in the table, to select once it is gone."""
        proxy = self.window.proxy
        current = self.selection.selection_model.currentIndex()
        if not current.isValid():
            return None
        for row in (current.row() + 1, current.row() - 1):
            if 0 <= row < proxy.rowCount():
                event = proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
                if event is not None and event.id != event_id:
                    return event.id
        return None

    def _merge_candidates(self, event: Event) -> list[Event]:
        others = [r.event for r in self.project.rows() if r.event.id != event.id and not r.curation.rejected]

        def distance(e: Event) -> tuple[int, int, str]:
            if event.begin is None or e.begin is None:
                return (1, 0 if e.doc != event.doc else 1, e.title)
            return (0, abs((e.begin - event.begin).days), e.title)

        return sorted(others, key=distance)[:MERGE_CANDIDATES]

    # -- context menus -----------------------------------------------------------------------------

    def context_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("curationMenu")
        actions = self.window.actions
        event = self.selection.current_event()
        rejected = event is not None and self.project.curation(event.id).rejected
        for name in CONTEXT_ACTIONS:
            if name is None:
                menu.addSeparator()
                continue
            if name == "reject" and rejected or name == "restore" and not rejected:
                continue
            menu.addAction(actions[name])
        give_menus_their_keys([menu], menu)  # T picks S&tar here, not the timeline's Tags behind the menu
        return menu

    def show_context_menu(self, parent: QWidget, global_pos: QPoint) -> QMenu:
        menu = self.context_menu(parent)
        menu.popup(global_pos)
        return menu

