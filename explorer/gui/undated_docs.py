"""A non-modal bar for documents without a date: how many, and a way to give them one.

A news file dropped in without a dateline or a sidecar has no document date, so "yesterday" and
"last week" in it cannot be placed and it gives few or no events, silently. This bar says how many
documents are in that state and offers to set a date, typed in words ("3 March 2019"), for all of
them at once or for one chosen in the list; their relative dates re-resolve at once (the project
re-extracts a document whose date is set). Each setting is an undoable edit, all of them one step.

Only documents that wait for a date count: a history or a biography tells its own dates ("in 1939",
"the following year") and needs none, so a folder of them is not told that most of its documents
"have no date" and pressed to give each one a day of writing it never had (a stray "that night"
among a hundred dated events does not make it news either: see :func:`waits_for_date`).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from explorer.curation import edits
from explorer.events.event_ids import document_key
from explorer.gui.coalesce import start_once
from explorer.gui.formatting import elide
from explorer.gui.guard import guard_overrides
from explorer.gui.plain_text import document_name

ALL = "__all__"
#: The document chooser is this many characters wide ("for all 1234", a name's start); its list is wider.
WHICH_CHARS = 14

#: A dateless document waits for a date when its events that only a document date can place are at
#: least this share of the events it dates by itself (news: most; a history: one in a hundred).
WAITING_SHARE = 0.25


def waiting_events(document, events) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """``(waiting, dated)``: the events that hang on the document's date and have none ("yesterday",
    "on Tuesday" in an article without a dateline), and the events dated from the text itself."""
    key = document_key(document)
    waiting = dated = 0
    for event in events:
        if event.begin is not None:
            dated += 1
        elif event.anchor == key:
            waiting += 1
    return waiting, dated


def waits_for_date(waiting: int, dated: int) -> bool:
    """Whether giving the document a date is worth asking for (see :data:`WAITING_SHARE`)."""
    return waiting > 0 and waiting >= WAITING_SHARE * dated


#: What the date box shows while empty (whole: the box is made at least this wide).
DATE_HINT = "e.g. 3 March 2019"


@guard_overrides
class UndatedDocumentsBar(QFrame):
    """Shown while the project has documents without a date and the user has not dismissed it."""

    #: A message for the status bar ("Set the date of 3 documents to 2019-03-03").
    message = Signal(str)
    #: The bar hid itself while it had the keyboard (its last date set, or its ✕): the window gives
    #: the keys back to the timeline, or they fell to the next widget in the chain (the Actors list).
    closed = Signal()

    def __init__(self, project: Callable, push: Callable, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undatedDocumentsBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undatedDocumentsBar { background: #fef3c7; border: 1px solid #f59e0b; }")
        self._project = project  # () -> the current Project
        self._push = push  # pushes a core command through the window's undo stack
        self._undo_stack = undo_stack
        self._dismissed: frozenset[str] = frozenset()  # the undated documents when the user closed the bar
        #: (waiting, dated) of each document, kept while its extraction is the same object: counting
        #: hashes the whole text (its event-id key), and recounting every document each time one
        #: arrived made adding thousands to a live window quadratic (1,790: 19 of 24 s here)
        self._counts: dict[str, tuple[object, tuple[int, int]]] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.text = QLabel()
        self.text.setObjectName("undatedDocumentsText")
        # wraps rather than widening the window: an unwrapped long headline in it pushed the window past
        # the screen's edge and squeezed the Actors & Places dock to a few letters
        self.text.setWordWrap(True)
        self.which = QComboBox()
        self.which.setObjectName("undatedDocumentsWhich")
        # as wide as "for all 30", not as the longest file name in its list (the popup shows the names
        # whole): sized to its contents, a headline-long name pushed the bar's text onto a second line,
        # a row of lanes less on a laptop's timeline
        self.which.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.which.setMinimumContentsLength(WHICH_CHARS)
        self.which.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self._chosen: str | None = None  # what the user picked in ``which`` (kept across recounts)
        self._long_text = self._short_text = ""
        self.which.activated.connect(lambda _i: setattr(self, "_chosen", self.which.currentData()))
        self.date = QLineEdit()
        self.date.setObjectName("undatedDocumentsDate")
        # the example is the useful part of the hint: "a date in words, e.g. 3 March 2019" was cut
        # to "a date in words, …" in the box's width; the whole sentence is its tooltip
        self.date.setPlaceholderText(DATE_HINT)
        self.date.setToolTip("The documents' date, typed in words (e.g. 3 March 2019, or March 2019)")
        self.date.setClearButtonEnabled(True)
        self.date.setMinimumWidth(self.date.fontMetrics().horizontalAdvance(DATE_HINT) + 40)  # + the clear button
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

    def _fit_text(self) -> None:
        """The long message when it fits on two lines beside the bar's controls, else the short one."""
        if not self._long_text:
            return
        if not self.isVisible():
            # measured only when laid out in the window: a hidden bar's widths are no one's
            if self.text.text() != self._long_text:
                self.text.setText(self._long_text)
            return
        controls = sum(w.sizeHint().width() for w in (self.which, self.date, self.set_button, self.close_button))
        room = self.text.width() if self.text.width() > 10 else self.width() - controls - 40
        plain = QTextDocument()
        plain.setHtml(self._long_text)
        fits = self.text.fontMetrics().horizontalAdvance(plain.toPlainText()) * 1.05 <= 2 * room  # two lines at most
        text = self._long_text if fits else self._short_text
        if self.text.text() != text:
            # the short message never wraps: at 640 px the label got 47 px and wrapped "No date: set
            # one" onto three lines, taller than the bar's controls; unwrapped, the layout gives it its width
            self.text.setWordWrap(text == self._long_text)
            self.text.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()
        QTimer.singleShot(0, self, self._fit_text)  # again once the layout has given the label its width

    def undated(self) -> list:
        """The project's document records with no date (none found, given or inferred) whose
        relative dates wait for one (:func:`waits_for_date`)."""
        return [r for r, _n in self._waiting()]

    def _waiting(self) -> list:
        """``(record, waiting events)`` of each document :meth:`undated` lists."""
        project = self._project()
        out = []
        counts: dict[str, tuple[object, tuple[int, int]]] = {}
        for r in project.documents():
            if r.date_status != "none":
                continue
            extracted = project.extracted(r.hash)
            known = self._counts.get(r.hash)
            if known is not None and known[0] is extracted:
                counts[r.hash] = known
            else:
                counts[r.hash] = (extracted, waiting_events(r.document, extracted.events))
            waiting, dated = counts[r.hash][1]
            if waits_for_date(waiting, dated):
                out.append((r, waiting))
        self._counts = counts  # the documents gone, or dated since, are dropped
        return out

    def schedule_refresh(self) -> None:
        """Recount on the next event-loop turn: a burst of documents (an import) is counted once."""
        start_once(self._refresh_timer)

    def refresh(self) -> None:
        """Recount; show the bar when documents lack a date (unless dismissed for exactly these)."""
        waiting = self._waiting()
        records = [r for r, _n in waiting]
        hashes = frozenset(r.hash for r in records)
        total = len(self._project().documents())
        if not records or hashes <= self._dismissed:
            self.hide()
            return
        n = len(records)
        dates = sum(k for _r, k in waiting)
        # the examples go in the tooltip: the bar's text stays one line at 1366 px, and the timeline
        # under it keeps the room for its lanes
        dates_text = f"{dates} relative date{'s' if dates != 1 else ''}"
        why = ("Relative dates such as \u201clast week\u201d or \u201con Tuesday\u201d count from the "
               "day an article was written: without it they cannot be placed on the timeline.")
        # one document: its name shorter than the chooser's list gives it (the whole name heads the
        # tooltip); at 50 characters the bar took two lines at 1366 px, a lane less of the timeline
        self.text.setToolTip(why if n > 1 else f"{document_name(records[0].document)}\n\n{why}")
        self._long_text = (
            f"<b>{n} of {total} documents have no date</b>: {dates_text} in them cannot be placed. Set one:"
            if n > 1 else
            f"<b>{html.escape(elide(document_name(records[0].document), 32))}</b> has no date: {dates_text} "
            "cannot be placed. Set one:")
        # in a narrow window the long line wrapped to five and took most of the timeline's room
        # (640×480: the plot kept one lane); the short one says what to do, the tooltip the rest
        self._short_text = "<b>No date:</b> set one"  # (the chooser says for how many)
        self._fit_text()  # (before it shows: the long message; once shown, measured)
        current = self._chosen
        self.which.blockSignals(True)
        self.which.clear()
        if n > 1:
            self.which.addItem(f"for all {n}", ALL)
        for r in records:
            self.which.addItem(elide(document_name(r.document), 40), r.hash)
        view = self.which.view()  # the list opens wide enough for the names the narrow box cuts
        advance = self.which.fontMetrics().horizontalAdvance
        view.setMinimumWidth(max(advance(self.which.itemText(i)) for i in range(self.which.count())) + 40)
        index = self.which.findData(current)
        self.which.setCurrentIndex(index if index >= 0 else 0)
        self.which.blockSignals(False)
        self.show()
        QTimer.singleShot(0, self, self._fit_text)

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
        self._hide_then(self.refresh)

    def dismiss(self) -> None:
        self._dismissed = frozenset(r.hash for r in self.undated())
        self._hide_then(self.hide)

    def _hide_then(self, change: Callable[[], None]) -> None:
        """``change`` the bar; when that hid it while the keyboard was in it, say so (``closed``)."""
        had_keys = self.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        change()
        if had_keys and not self.isVisible():
            self.closed.emit()
