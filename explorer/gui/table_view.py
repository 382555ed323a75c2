"""The event table: date, title, document over the proxy, with a filter box; selection is shared."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate,
                               QTableView, QVBoxLayout, QWidget)

from explorer.events.record import Event
from explorer.gui.date_widths import counted_date_kinds, date_text
from explorer.gui.event_model_groups import disputed_dates
from explorer.gui.event_roles import EVENT_ROLE, HEADERS, Column
from explorer.gui.escape_clears import EscapeClears
from explorer.gui.formatting import narrower_whens
from explorer.gui.selection import EventSelection
from explorer.gui.guard import guard_overrides
from explorer.gui.coalesce import starter

#: The Sources column never takes more than this (its tooltip has every date); the title keeps the rest.
MAX_SOURCES_PX = 380
#: Below this share of rows being grouped events, the Sources column is narrow (see fit_sources_column).
SOURCES_USED_SHARE = 0.05
#: The Document column's width when there is room (at its narrowest it is as wide as its header).
DOCUMENT_PX = 220
#: The title keeps at least this much, whatever the table's width.
MIN_TITLE_PX = 160
#: A table narrower than that (a small window: see EventTableView.cap_minimum_width) keeps it for the
#: title all the same as far as it can: the Document column gives way first, down to this (its
#: swatch and a few letters; the whole name is in the cell's tooltip and the source pane's header)...
DOCUMENT_FLOOR_PX = 60
#: (the Sources column gives way before it, down to this: its arrow and a digit)
SOURCES_FLOOR_PX = 36
#: ...then the Date column, down to the width of this text: a day and the day a range ends on, as
#: its ranges are drawn in their shorter reading ("1998-03-09–15", see _NarrowDates).
#: At 640 x 480 the title had 17 px ("…") beside 160 px of dates and 93 px of "Document".
DATE_FLOOR_TEXT = "0000-00-00\u201300"
#: The Document and Sources columns grow past their headers' widths only once the title has room
#: for this many average characters (a title of five or six words and a name).
TITLE_WANTED_CHARS = 45
#: ... and at least this share of the room beside the Date column (a wide table).
TITLE_SHARE = 0.5
#: The table's minimum width (room for its columns' headers and a readable title) stops here: a
#: BC history's day ranges must not push the window past a small screen.
MAX_TABLE_MIN_PX = 640
#: However small the window, the table asks for no less than this (a date and a few words of title):
#: below the room :meth:`EventTableView.cap_minimum_width` gives it, its columns scroll sideways.
TABLE_FLOOR_PX = 160
#: The Date column's fit sorts at most this many keys' dates into kinds per event-loop turn (about
#: 20 ms): opening a million events is not held up by it.
DATE_KEYS_PER_TURN = 50_000
#: The Date column fits the texts of all but this share of the events at most: a history's few
#: "12 Aug 216 BC\u20133 Sep 215 BC" widened the column of every row; such a rare text is drawn in a
#: shorter reading that keeps both ends (:class:`_NarrowDates`), the rows' other dates fit whole.
DATE_RARE_SHARE = 0.05


@guard_overrides
class _NarrowDates(QStyledItemDelegate):
    """Draws a date range too wide for its cell in a shorter reading that keeps both ends
    (:func:`~explorer.gui.formatting.narrower_whens`: "1990-08-10–16", "216–215 BC"); only
    when none fits is the text shortened in its middle."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        widget = option.widget
        style = widget.style() if widget is not None else None
        pad = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1 if style else 4
        room = option.rect.width() - 2 * pad  # the text's room as the item view draws it
        if room <= 0 or option.fontMetrics.horizontalAdvance(option.text) <= room:
            return
        for form in narrower_whens(option.text):
            if option.fontMetrics.horizontalAdvance(form) <= room:
                option.text = form
                return


@guard_overrides
class _ButtonHeld(QObject):
    """Whether a mouse button is held on a widget: a section resized meanwhile is the user's drag."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.held = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.held = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self.held = False
        return False


@guard_overrides
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
        self._date_delegate = _NarrowDates(self)
        self.setItemDelegateForColumn(Column.DATE, self._date_delegate)
        header.setSectionResizeMode(Column.DOCUMENT, QHeaderView.ResizeMode.Interactive)
        self._date_auto = True  # until the user drags its edge, the Date column fits the dates shown
        self._date_fitted = 0  # the Date column's fitted width (fit_date_column), 0 before the first fit
        self._date_kinds: dict[int, str] = {}  # a date text of each kind, by kind (explorer.gui.date_widths)
        self._date_counts: dict[int, int] = {}  # how many of the keys seen have each kind
        self._date_seen: tuple[int, int] = (0, 0)  # the model's time_arrays_version measured
        header.resizeSection(Column.DOCUMENT, DOCUMENT_PX)
        self._sources_wanted = 0  # the Sources column's width for its widest text (fit_sources_column)
        self._sources_auto = True  # until the user drags its edge, the Sources column gives way to the title
        self._doc_auto = True  # until the user drags its edge, the Document column gives way to the title
        self._sizing = False
        self._room_cap = MAX_TABLE_MIN_PX  # the most the window lets the table ask for (cap_minimum_width)
        header.sectionResized.connect(self._on_section_resized)
        self._header_mouse = _ButtonHeld(header.viewport())
        header.setSectionResizeMode(Column.SOURCES, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        selection.eventChanged.connect(self._scroll_to_current)
        # The Sources column fits its widest text ("▸ 2 sources ⚠ 5 Mar 2020 / 6 Mar 2020"), measured
        # from the groups (a handful of strings), not from every row as ResizeToContents would.
        self._sources_timer = QTimer(self)
        self._sources_timer.setSingleShot(True)
        self._sources_timer.setInterval(0)
        self._sources_timer.timeout.connect(self.fit_sources_column)
        model = selection.model
        for sig in (getattr(model, "groupsChanged", None), model.modelReset, model.rowsInserted, model.rowsRemoved):
            if sig is not None:  # rows too: they decide whether the column is narrow
                sig.connect(starter(self._sources_timer))
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(0)
        self._date_timer.timeout.connect(self.fit_date_column)
        for sig in (model.rowsInserted, model.modelReset, model.dataChanged):
            sig.connect(starter(self._date_timer))
        self.fit_sources_column()
        self.fit_date_column()

    def date_column_texts(self) -> list[str]:
        """One date text of each kind the model holds (a day, a month, a range, a BC year...): the
        Date column fits the widest. Kept across calls: only keys added since are sorted into kinds
        (at most :data:`DATE_KEYS_PER_TURN` a call; the timer comes back for the rest), and all of
        them again after a date was edited in place."""
        model = self.selection.model
        n, patched = model.time_arrays_version()
        seen_n, seen_patched = self._date_seen
        if patched != seen_patched or n < seen_n:
            self._date_kinds, self._date_counts, seen_n = {}, {}, 0
        stop = min(n, seen_n + DATE_KEYS_PER_TURN)
        if stop > seen_n:
            arrays = model.time_arrays()
            for key, (pair, count) in counted_date_kinds(arrays.begin[seen_n:stop], arrays.end[seen_n:stop]).items():
                if key not in self._date_kinds:
                    self._date_kinds[key] = date_text(pair, undated=key == -1)
                self._date_counts[key] = self._date_counts.get(key, 0) + count
        self._date_seen = (stop, patched)
        if stop < n:
            self._date_timer.start()
        return list(self._date_kinds.values())

    def fit_date_column(self) -> None:
        """Width of the widest date text most events have (see :meth:`_common_date_width`) plus the
        cell's margins (at least the header's with its sort arrow), unless the user set the width by
        dragging."""
        self._date_timer.stop()
        if not self._date_auto or self.selection.model.time_arrays_version() == self._date_seen != (0, 0):
            return  # the user's width, or no date came or changed since the last fit
        self.date_column_texts()  # sorts the keys added since the last fit into date kinds
        fm = self.fontMetrics()
        header = self.horizontalHeader()
        header_w = header.fontMetrics().horizontalAdvance(HEADERS[Column.DATE]) + 24
        width = max(self._common_date_width(fm) + self._cell_margin(), header_w)
        if width != self._date_fitted or width != header.sectionSize(Column.DATE):
            self._date_fitted = width  # drawn narrower only while the table lacks room for titles
            self._fit_document_column()

    def _common_date_width(self, fm) -> int:  # noqa: ANN001
        """The widest date text once the widest kinds holding at most :data:`DATE_RARE_SHARE` of
        the keys seen are left out (those are elided in their middle)."""
        by_width = sorted(((fm.horizontalAdvance(text), self._date_counts.get(key, 0))
                           for key, text in self._date_kinds.items()), reverse=True)
        total = sum(count for _, count in by_width)
        rare = 0
        for width, count in by_width:
            rare += count
            if rare > DATE_RARE_SHARE * total:
                return width
        return by_width[0][0] if by_width else 0

    def _cell_margin(self) -> int:
        """What a cell adds around its text: the focus frame's margins on both sides, and a gap."""
        return 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 8

    def sources_column_texts(self) -> list[str]:
        """The longest texts the Sources column can show, each once: made per distinct (sources,
        disputed dates) of the groups, not per group (37k groups at 1M events: 80 ms on the first
        event-loop turn after opening, for a few hundred distinct texts)."""
        model = self.selection.model
        kinds_of = getattr(model, "group_source_kinds", None)
        if kinds_of is not None:  # from the model's arrays: a filter change left 0.03 s here at 1M
            kinds = kinds_of()
        else:
            groups = getattr(model, "groups", lambda: [])()
            kinds = {(n, "") for n in set(map(len, map(attrgetter("event_ids"), groups)))}  # in C, per group
            kinds |= {(len(g.event_ids), " \u26a0 " + disputed_dates(g)) for g in filter(attrgetter("disputed"), groups)}
        return [text for n, suffix in sorted(kinds)
                for text in (f"\u25be {n} sources{suffix}", f"\u25b8 {n} sources{suffix}", f"\u21b3 source {n} of {n}{suffix}")]

    def fit_sources_column(self) -> None:
        """Width of the widest Sources text plus the cell's margins (at least the header's, at most
        :data:`MAX_SOURCES_PX`). While fewer than :data:`SOURCES_USED_SHARE` of the rows are
        grouped events, the column is narrow unless used: headed "Src" (its tooltip names it) and
        as wide as "▸ 12…", the whole text in the cell's tooltip. One grouped event out of 1,244
        in the histories took 110 px beside titles cut at 20 characters."""
        self._sources_timer.stop()
        fm = self.fontMetrics()
        margin = self._cell_margin()
        header = self.horizontalHeader()
        texts = self.sources_column_texts()
        model = self.selection.model
        rows = model.rowCount()
        sparse = bool(texts) and getattr(model, "group_count", lambda: 0)() < SOURCES_USED_SHARE * rows
        set_short = getattr(model, "set_short_sources_header", None)
        if set_short is not None:
            set_short(sparse)
        header_w = max(header.sectionSizeHint(Column.SOURCES), header.fontMetrics().horizontalAdvance(
            str(model.headerData(Column.SOURCES, Qt.Orientation.Horizontal))) + 24)  # the name as now shown
        if sparse:  # the arrow and the count: "▸ 12…"
            counts = [t.split()[1] for t in texts if t.startswith("\u25b8")]
            widest = max((fm.horizontalAdvance(f"\u25b8 {n}\u2026") for n in counts), default=0)
        else:
            widest = max(map(fm.horizontalAdvance, texts), default=0)
        self._sizing = True
        try:
            # No event told by several sources: an empty column would take the title's room.
            header.setSectionHidden(Column.SOURCES, not texts)
            if texts:
                self._sources_wanted = min(max(widest + margin, header_w), MAX_SOURCES_PX)
                if self._sources_auto:
                    header.resizeSection(Column.SOURCES, self._sources_wanted)
        finally:
            self._sizing = False
        self._fit_document_column()

    def _fit_document_column(self) -> None:
        """Share the room beside the Date column (which fits its dates) so the title, what the user
        reads, comes first. The Document and Sources columns start at their headers' widths, never
        less (a header is never cut: "cum" was shown for "Document"); the title then takes up to
        :data:`TITLE_WANTED_CHARS` average characters; only what is left over goes to the Sources
        column's widest text (a disputed group's two dates), then to the document's name, up to
        :data:`DOCUMENT_PX`. A width the user dragged is kept. The Document and Sources columns
        used to grow first up to half the room: in a 1600 px window the histories' titles were cut
        at about 20 characters ("The fleet sails next to …") beside 110 px of Sources for one
        grouped event out of 1,244, and 90 px of Document."""
        header = self.horizontalHeader()
        shown = not header.isSectionHidden(Column.SOURCES)
        self._keep_room_for_titles(shown)
        date = self._date_width()
        rest = self.viewport().width() - date
        doc = header.sectionSizeHint(Column.DOCUMENT) if self._doc_auto else header.sectionSize(Column.DOCUMENT)
        src = 0
        if shown:
            src = min(header.sectionSizeHint(Column.SOURCES), self._sources_wanted) if self._sources_auto \
                else header.sectionSize(Column.SOURCES)
        # what is left once the title has the width of a whole title
        spare = rest - doc - src - self.title_wanted_px(rest)
        if shown and self._sources_auto:
            grow = max(0, min(spare, self._sources_wanted - src))
            src, spare = src + grow, spare - grow
        if self._doc_auto:
            doc += max(0, min(spare, DOCUMENT_PX - doc))
        short = MIN_TITLE_PX - (rest - doc - src)  # a table narrower than its titles' room
        if short > 0 and shown and self._sources_auto:  # "▸ 2…": the whole text is in its tooltip
            give = min(short, max(0, src - SOURCES_FLOOR_PX))
            src, short = src - give, short - give
        if short > 0 and self._doc_auto:
            give = min(short, max(0, doc - DOCUMENT_FLOOR_PX))
            doc, short = doc - give, short - give
        if short > 0 and self._date_auto:
            floor = self.fontMetrics().horizontalAdvance(DATE_FLOOR_TEXT) + self._cell_margin()
            date = max(min(floor, date), date - short)
        if self._date_auto and self._date_fitted and date != header.sectionSize(Column.DATE):
            self._resize_section(Column.DATE, date)
        if self._doc_auto and doc != header.sectionSize(Column.DOCUMENT):
            self._resize_section(Column.DOCUMENT, doc)
        if shown and self._sources_auto and src != header.sectionSize(Column.SOURCES):
            self._resize_section(Column.SOURCES, src)

    def _date_width(self) -> int:
        """The Date column's width with room to spare: its fitted width until the user drags it."""
        if self._date_auto and self._date_fitted:
            return self._date_fitted
        return self.horizontalHeader().sectionSize(Column.DATE)

    def title_wanted_px(self, rest: int) -> int:
        """The Title column's width before the other columns grow past their headers: room for a
        title of :data:`TITLE_WANTED_CHARS` average characters (most titles end before that), and
        at least :data:`TITLE_SHARE` of the ``rest`` beside the Date column."""
        return max(MIN_TITLE_PX, self.fontMetrics().averageCharWidth() * TITLE_WANTED_CHARS, int(rest * TITLE_SHARE))

    def _keep_room_for_titles(self, sources_shown: bool) -> None:
        """The table is never narrower than its Date column, the Document and Sources headers and
        :data:`MIN_TITLE_PX` of title: a splitter (or the first-run split at 1366x768, 410 px)
        left 25 px of title beside them. Depends on the columns' fitted widths, never on the
        table's own width, so setting it cannot loop."""
        header = self.horizontalHeader()
        need = self._date_width() + header.sectionSizeHint(Column.DOCUMENT) + MIN_TITLE_PX
        if sources_shown:
            need += min(header.sectionSizeHint(Column.SOURCES), self._sources_wanted)
        need += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        need = min(need, MAX_TABLE_MIN_PX, self._room_cap)
        if need != self.minimumWidth():
            self.setMinimumWidth(need)

    def cap_minimum_width(self, room: int) -> None:
        """Ask for no more than ``room`` px (never less than :data:`TABLE_FLOOR_PX`): what the window
        has beside the source pane's minimum. The title's room (:meth:`_keep_room_for_titles`) is a
        minimum only while the window has it: at a 640 x 480 window the table's 428 px, the source
        pane's and the dock's added up to 740 px, and the window widened itself to that as soon as a
        bar (Ctrl+G) or the filter changed its minimum size, past the size the user gave it."""
        room = max(TABLE_FLOOR_PX, min(room, MAX_TABLE_MIN_PX))
        if room != self._room_cap:
            self._room_cap = room
            self._keep_room_for_titles(not self.horizontalHeader().isSectionHidden(Column.SOURCES))

    def _resize_section(self, column: int, width: int) -> None:
        """Resize a column as the table's own fit, not as the user's drag (see ``_on_section_resized``)."""
        self._sizing = True
        try:
            self.horizontalHeader().resizeSection(column, width)
        finally:
            self._sizing = False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == Column.DOCUMENT and not self._sizing and self.isVisible():
            self._doc_auto = False  # the user chose a width: keep it
        if section == Column.DATE and not self._sizing and self.isVisible():
            self._date_auto = False
        if section == Column.SOURCES and not self._sizing and self._header_mouse.held:
            self._sources_auto = False  # dragged (Qt resets a section's width on its own too)

    def resizeEvent(self, event) -> None:
        seen = self._current_row_was_seen(event)
        super().resizeEvent(event)
        self._fit_document_column()
        if seen:
            self._scroll_to_current(None)

    def _current_row_was_seen(self, event) -> bool:
        """Whether the current row was wholly in the viewport before this resize (or the table is
        laid out for the first time): made smaller, the table keeps it in view as a key press does.
        A window made small left the selected row under the pane's bottom edge (h37g review). A row
        the user scrolled away from is left where it is. The viewport's old height is its height
        less the table's growth (the scroll offset, so the row's place, does not change here)."""
        index = self.selection.selection_model.currentIndex()
        if not index.isValid():
            return False
        if not event.oldSize().isValid():
            return True
        rect = self.visualRect(index)
        old_height = self.viewport().height() - (event.size().height() - event.oldSize().height())
        return rect.isValid() and rect.top() >= 0 and rect.bottom() <= old_height

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Focus alone selects nothing: with no current row, Qt makes the first row current when the
        table gets the focus, and the shared selection followed, so pressing Tab to reach the table
        selected the earliest event and panned the timeline to it (thirty 1998 news articles jumped
        to a 1949 recollection). Down or Home then selects the first row, as they do anyway."""
        if self.selection.selection_model.currentIndex().isValid():
            super().focusInEvent(event)
        else:  # the scroll area's focus handling, without the item view's automatic current row
            QAbstractScrollArea.focusInEvent(self, event)
            self.viewport().update()

    def _scroll_to_current(self, event: Event | None) -> None:
        index = self.selection.selection_model.currentIndex()
        if index.isValid():
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)


#: A table with at least this many events is filtered when typing pauses for FILTER_PAUSE_MS.
LARGE_TABLE_ROWS = 20_000
FILTER_PAUSE_MS = 250


class EventTablePanel(QWidget):
    """The table with its filter box; the filter narrows the table and the timeline alike."""

    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("eventFilter")
        self.filter.setPlaceholderText("Filter events (date, title, document, sentence)\u2026")
        self.filter.setClearButtonEnabled(True)
        self.table = EventTableView(selection, self)
        # Filtering a large table takes a second or more: typing "kabul" must not pay it per letter.
        # Small tables filter at once; large ones once typing pauses (or at Enter).
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._on_filter_edited)
        self.filter.returnPressed.connect(self.apply_filter)
        # Down from the box goes to what it found: without it a keyboard user who filtered had no
        # key into the rows (Tab goes to the next pane, the table's neighbour)
        to_rows = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter, context=Qt.ShortcutContext.WidgetShortcut)
        to_rows.activated.connect(self.go_to_rows)
        self._escape_clears = EscapeClears(self.filter, self.apply_filter)  # Esc empties the box first
        selection.proxy.filterTextChanged.connect(self._sync_filter_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self._proxy = selection.proxy

    def _on_filter_edited(self, text: str) -> None:
        if self._proxy.events_model().rowCount() < LARGE_TABLE_ROWS:
            self.apply_filter()
        else:
            self._filter_timer.start()

    def apply_filter(self) -> None:
        """Filter by what the box holds now (the pause timer, Enter, or at once for a small table)."""
        self._filter_timer.stop()
        self._proxy.set_filter_text(self.filter.text())

    def go_to_rows(self) -> None:
        """The filter applied, the focus in the table on its current row, else on its first row."""
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selection = self.table.selection
        if not selection.selection_model.currentIndex().isValid() and self._proxy.rowCount():
            event = self._proxy.index(0, 0).data(EVENT_ROLE)
            if event is not None:
                selection.select_event(event.id)

    def _sync_filter_text(self, text: str) -> None:
        if self.filter.text() != text:
            self.filter.setText(text)
