"""Bars that open above the timeline to take a line of text: incremental search (/ or Ctrl+F) and
"go to date" (Ctrl+G). Inline bars rather than dialogs: no window to activate, and focus simply goes back
to the timeline when they close (Esc, or after a date was found).

Search filters nothing: matches (title, sentence, actors, places) are emphasised on the timeline,
the others dimmed; Enter / F3 selects the next match in time, Shift+Enter / Shift+F3 the previous.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from explorer import navigation as nav
from explorer.calendar import Day
from explorer.events.record import Event
from explorer.gui.formatting import event_when
from explorer.gui.navigation import Navigator
from explorer.temporal import parse_date_phrase
from explorer.gui.guard import guard_overrides
from explorer.gui.year_phrase import NotAYear, year_span
from explorer.gui.coalesce import start_once

_ERROR_STYLE = "color: #b91c1c;"
_INFO_STYLE = "color: #555;"


@guard_overrides
class _PromptEdit(QLineEdit):
    """A line edit that reports Shift+Enter separately (previous match)."""

    shiftReturnPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.shiftReturnPressed.emit()
            return
        super().keyPressEvent(event)


class PromptBar(QWidget):
    """A label, a line edit, a message and a close button, in one row."""

    closed = Signal()

    def __init__(self, label: str, placeholder: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel(label, self)
        self.edit = _PromptEdit(self)
        self.edit.setObjectName(object_name + "Edit")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setObjectName(object_name + "Message")
        self.message.setMinimumWidth(220)
        close = QToolButton(self)
        close.setText("\u2715")
        close.setAutoRaise(True)
        close.setToolTip("Close (Esc)")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)


class Search(QObject):
    """The search bar and its state: the matches of the current text among the shown events."""

    def __init__(self, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.timeline = navigator.timeline
        self.bar = PromptBar("Find:", "Title, sentence, actor or place\u2026", "searchBar", parent)
        self._matches: list[Event] = []
        self.bar.edit.textChanged.connect(self._update)
        self.bar.edit.returnPressed.connect(self.next)
        self.bar.edit.shiftReturnPressed.connect(self.previous)
        # A filter change removes and inserts rows in many ranges, one signal each: searching again
        # on each made every Filter keystroke quadratic. Recompute once, on the next event-loop turn
        # (or at once when someone asks for the matches).
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_now)
        proxy = navigator.proxy
        for sig in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            sig.connect(self._refresh)

    def text(self) -> str:
        return self.bar.edit.text()

    def matches(self) -> list[Event]:
        self._refresh_now()
        return list(self._matches)

    def open(self) -> None:
        self.bar.open_bar()

    def clear(self) -> None:
        """Forget the search: no emphasis, bar closed."""
        self.bar.edit.clear()
        self.bar.close_bar()

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.text().strip():
            self.open()
            return
        self._refresh_now()
        event = nav.step_in_matches(self._matches, self.navigator.selection.current_event(), delta)
        if event is None:
            self.bar.set_message("No match", error=True)
            return
        self.navigator.select(event)
        self._show_count(event)

    def _refresh(self, *args) -> None:
        if self.text().strip():
            self._stale = True
            start_once(self._refresh_timer)

    def _refresh_now(self) -> None:
        if self._stale:
            self._update(self.text())

    def _update(self, text: str) -> None:
        self._stale = False
        self._refresh_timer.stop()
        if not text.strip():
            self._matches = []
            self.timeline.set_emphasis(None)
            self.bar.set_message("")
            return
        self._matches = self.navigator.search(text)
        self.timeline.set_emphasis({e.id for e in self._matches})
        self._show_count(None)

    def _show_count(self, current: Event | None) -> None:
        n = len(self._matches)
        if n == 0:
            self.bar.set_message("No match", error=True)
            return
        ids = [e.id for e in self._matches]
        if current is not None and current.id in ids:
            self.bar.set_message(f"{ids.index(current.id) + 1} of {n} matches")
        else:
            self.bar.set_message(f"{n} match{'es' if n != 1 else ''} \u00b7 Enter for the next")


class GoToDate(QObject):
    """The "go to date" bar: a date in words, parsed by our tagger, shown with a margin."""

    #: The date was found and shown: a line for the status bar.
    went = Signal(str)

    def __init__(self, navigator: Navigator, parent: QWidget,
                 reference: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.reference = reference
        self.bar = PromptBar("Go to date:", "March 2019, 26 Dec 2018, the 1990s, 1066, 480 BC\u2026", "gotoBar", parent)
        self.bar.edit.returnPressed.connect(self.go)

    def open(self) -> None:
        self.bar.set_message("")
        self.bar.open_bar()

    def go(self) -> bool:
        text = self.bar.edit.text().strip()
        try:  # a number alone is a year here ("480", "12"), as are "44 bc" and "the 480s"
            span = year_span(text)
        except NotAYear as err:
            self.bar.set_message(str(err), error=True)
            self.bar.edit.selectAll()
            return False
        if span is None and text:  # the timeline reaches before year 1, so the box does too ("264 BC")
            span = parse_date_phrase(text, self.reference(), before_year_one=True)
        if span is None:
            shown = f"\u201c{text}\u201d" if text else "That"
            self.bar.set_message(f"{shown} is no date I can read; try \u201cMarch 2019\u201d", error=True)
            self.bar.edit.selectAll()
            return False
        begin, end = span
        navigator = self.navigator
        target = navigator.time_order().at_or_after(begin, end)
        if target is None:  # every shown event ends before the date: say so, move nothing
            hidden = " (the filter hides the others)" if navigator.proxy.is_user_filtering() else ""
            self.bar.set_message(f"No event shown on or after {_day_text(begin)}{hidden}", error=True)
            self.bar.edit.selectAll()
            return False
        navigator.selection.select_event(target.id)
        t_begin, t_end = target.begin, target.end or target.begin
        if _overlaps(target, begin, end):  # it falls on the date: show the date
            navigator.timeline.set_visible_range(*nav.span_with_margin(begin, end))
        else:  # nothing shown on the date: go to the next event, at the zoom the date asked for
            lo, hi = nav.span_with_margin(t_begin, t_end)
            want = nav.span_with_margin(begin, end)
            hi = max(hi, lo + (want[1] - want[0]))
            navigator.timeline.set_visible_range(lo, hi)
        self.bar.close_bar()
        self.went.emit(_went_message(begin, end, target))
        return True


def _went_message(begin: date | Day, end: date | Day, target: Event) -> str:
    shown = _span_text(begin, end)
    if _overlaps(target, begin, end):
        return f"Showing {shown}; selected: {target.title} ({event_when(target)})"
    return f"No event shown in {shown}; the next: {target.title} ({event_when(target)})"


def _overlaps(event: Event, begin: date | Day, end: date | Day) -> bool:
    """Whether the dated ``event`` shares a day with ``begin..end`` (by ordinal: BC days are ``Day``)."""
    return event.begin.toordinal() <= end.toordinal() and (event.end or event.begin).toordinal() >= begin.toordinal()


def _span_text(begin: date | Day, end: date | Day) -> str:
    return _day_text(begin) if begin == end else f"{_day_text(begin)} \u2013 {_day_text(end)}"


def _day_text(day: date | Day) -> str:
    """ISO for the years ``date`` has; a reader's "1 January 264 BC" before year 1, where ISO's
    signed years ("-0263") would puzzle anyone."""
    return day.label() if isinstance(day, Day) and day.to_date() is None else day.isoformat()
