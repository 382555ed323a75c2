"""The source pane: one document's text, every temporal expression highlighted, the selected event's
sentence highlighted more strongly; moving the text cursor into an expression selects its event.
Actor and place mentions are underlined (dotted for actors, dashed for places), below the dates.

An event several articles report (a group) is read one source at a time: a bar says "Source 1 of 3",
and Alt+PgDown / Alt+PgUp step through the articles without changing the selected event.

Highlights are ``extraSelections`` rather than edits to the document's formatting, so the text (and
so every character offset the extractor produced) is never modified.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from explorer.events.record import Event
from explorer.gui.event_model import document_label
from explorer.gui.palette import SELECTED_TIMEX_BACKGROUND, SENTENCE_BACKGROUND, TIMEX_BACKGROUND, lane_color
from explorer.timeline.lanes import lane_shape
from explorer.gui.selection import EventSelection
from explorer.gui.sources import SourcesBar
from explorer.ingest import ExtractedDocument
from explorer.gui.plain_text import escaped
from explorer.gui.guard import guard_overrides


#: How the header says where a document's date came from ("dated 2019-03-02, from its dateline").
_DATE_SOURCE_WORDS = {
    "given": "given", "sidecar": "from its sidecar file", "header": "from its header",
    "dateline": "from its dateline", "metadata": "from the file's metadata", "filename": "from its file name",
    "inferred": "inferred from its text",
}


def date_words(when, source: str) -> str:  # type: ignore[no-untyped-def]
    """The header's words for a document's date: "dated 1998-02-19, from its file name", or "no
    document date" (a history needs none: it tells its own dates), never "dated undated (unknown)"."""
    if when is None:
        return "no document date"
    how = _DATE_SOURCE_WORDS.get(source)
    return f"dated {when.isoformat()}" + (f", {how}" if how else "")


def _count(n: int, noun: str) -> str:
    """ "1 event", "5 events" (the header said "2 expressions, 1 events")."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


#: The header's document swatch as a character: a square of the lane's colour, marked inside with
#: its day marks' shape past the palette's first round (as the table's swatch is).
SWATCH_GLYPHS = {"circle": "&#9632;", "square": "&#9635;", "diamond": "&#9672;", "triangle": "&#9650;"}


#: The article text keeps room for a line of this many average characters (a few words) however
#: small the window: at 800 x 550 it was crushed to a word a line beside the table and the dock.
#: (The window's least width grows by it, to 665 px: still half a 1366 px laptop screen.)
SOURCE_MIN_CHARS = 24
#: The pane's header when the user's filter hides every event of the article it showed.
FILTERED_DOCUMENT_NOTE = "The filter hides every event of this article \u00b7 Esc clears the filter"
#: The pane's header while the user's filter hides the selected event the pane still shows.
HIDDEN_EVENT_NOTE = "The filter hides this event \u00b7 Esc clears the filter"


@guard_overrides
class SourceText(QPlainTextEdit):
    """The document's text. Narrowed or widened, it keeps its cursor (the selected event's
    expression) in view when it was in view: the text re-wraps and the scroll position, counted in
    lines, then pointed elsewhere (the Actors list filling after an import widens its dock, and the
    selected sentence left the pane for another part of the history)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Room for a line of :data:`SOURCE_MIN_CHARS` average characters in the font in use, so
        in a small window the splitter and the dock give way before the text does."""
        hint = super().minimumSizeHint()
        margin = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        need = self.fontMetrics().averageCharWidth() * SOURCE_MIN_CHARS + margin \
            + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), need), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # by the old layout and the old height: the viewport already has its new size, and a window
        # made small (640×480) cut the pane below the selected sentence, which then counted as "not
        # in view" and was left off screen
        old = event.oldSize()
        grown = event.size().height() - old.height() if old.isValid() and old.height() > 0 else 0
        shown = self._cursor_in_view(self.viewport().height() - grown)
        super().resizeEvent(event)
        if shown and not self._cursor_in_view():
            self.centerCursor()

    def centre_from(self, start: int) -> None:
        """Centre the cursor (the selected event's expression), then, when the text from ``start``
        (its sentence's first letter) lies above the pane's top, scroll up as far as the cursor's line
        stays in view: in a small pane a long sentence whose date came late was shown from its middle
        ("Khamenei to lead the Quds Force …", the sentence's subject above the top)."""
        self.centerCursor()
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, len(self.toPlainText()))))
        top = self.cursorRect(cursor).top()
        if top >= 0:
            return
        line = max(1, self.fontMetrics().lineSpacing())
        room = self.viewport().height() - self.cursorRect().bottom()  # below the expression's line
        up = min(-(top // line), room // line)  # (lines: a plain text edit scrolls by lines)
        if up > 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - up)

    def _cursor_in_view(self, height: int | None = None) -> bool:
        """Whether the cursor's line is between the top and the bottom of the text on screen (by
        height only: the old layout's x can lie past a narrowed viewport), ``height`` tall."""
        return 0 <= self.cursorRect().center().y() < (self.viewport().height() if height is None else height)


class SourcePane(QWidget):
    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.model = selection.model
        self._path: str | None = None
        self._text_shown: str | None = None  # the text object on screen, to see a re-import changed it
        self._event: Event | None = None
        self._moving_cursor = False  # True while we move the cursor ourselves: not a user choice
        self._ranges: list[tuple[int, int, str]] = []
        self._noted = False  # the header says what the filter hides (see filter_note)
        self._people = None  # explorer.gui.people.People, for the mentions (``set_people``)
        #: the text's version (one more at each ``setPlainText``), for the highlights kept below
        self._text_version = 0
        #: (text version, mention ranges, expression ranges) and their extra selections, built once
        #: per text: see ``_refresh_highlights``
        self._kept_key: tuple | None = None
        self._kept: tuple[list, list] = ([], [])
        self._sources: list[Event] = []  # the selected event's sources (itself alone if ungrouped)
        self._source_i = 0

        self.header = QLabel(self)
        self.header.setObjectName("sourceHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = SourceText(self)
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
        self.sources_bar = SourcesBar(self)
        self.sources_bar.nextRequested.connect(self.next_source)
        self.sources_bar.previousRequested.connect(self.previous_source)
        layout.addWidget(self.header)
        layout.addWidget(self.sources_bar)
        layout.addWidget(self.text, 1)

        selection.eventChanged.connect(self.show_event)
        # after the selection's own look at the filtered rows (connected first, in EventSelection)
        selection.proxy.layoutChanged.connect(self._on_filter_changed)
        selection.proxy.rowsInserted.connect(self._on_filter_changed)  # rows a filter let back in
        self.model.documentsChanged.connect(self._on_documents_changed)
        self._set_header(None)

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def document_path(self) -> str | None:
        return self._path

    def show_document(self, path: str | None) -> None:
        extracted = self.model.document(path) if path is not None else None
        if path == self._path and (extracted is None or extracted.document.text == self._text_shown):
            return  # the same text (a file re-imported changed has the same path, another text)
        self._text_shown = extracted.document.text if extracted else None
        self._path = path if extracted is not None else None
        self._moving_cursor = True
        try:
            self.text.setPlainText(extracted.document.text if extracted else "")
            self._text_version += 1
        finally:
            self._moving_cursor = False
        self._set_header(extracted)
        self._refresh_highlights()

    def set_people(self, people) -> None:
        """Mark the actor and place mentions of ``people`` (a :class:`explorer.gui.people.People`)."""
        self._people = people
        people.changed.connect(self._on_people_changed)
        self.model.groupsChanged.connect(self._on_people_changed)

    def show_event(self, event: Event | None) -> None:
        """Follow the shared selection: its document, its sentence highlighted and scrolled to. For a
        group, the source in the document already shown if it has one, else the event's own. No
        event because the filter hid the selected one: the pane keeps showing it, its sentence still
        highlighted, and the header says the filter hides it (see :meth:`_on_filter_changed`)."""
        if event is None:
            hidden = self.selection.hidden_event()
            if hidden is not None and self.model.document(hidden.doc) is not None:
                if hidden.id not in {e.id for e in self._sources}:
                    self._take_sources(hidden)
                    self._show_source()
                self._on_filter_changed()
                return
            self._sources, self._source_i = [], 0
            self.sources_bar.show_source(None, 0, 0)
            self._event = None
            self._refresh_highlights()
            self._on_filter_changed()
            return
        self._take_sources(event)
        self._show_source()

    def _take_sources(self, event: Event) -> None:
        """The articles telling ``event`` (its group's, else itself), the one to read first chosen."""
        group = self.model.group_of(event.id)
        self._sources = self.model.group_events(group.id) if group is not None else [event]
        ids = [e.id for e in self._sources]
        here = [i for i, e in enumerate(self._sources) if e.doc == self._path]
        self._source_i = here[0] if here and event.doc != self._path else ids.index(event.id) if event.id in ids else 0

    def _on_filter_changed(self, *_args: object) -> None:
        """The filters changed: the header says whether they hide what the pane shows. The pane
        never goes blank for a filter (h37g review: a filter hiding the selected event left an empty
        pane beside "the selected event is hidden by the filter", the sentence the reader was
        reading gone): the selected event a filter hides stays on show, its sentence highlighted,
        until the filter lets it back (it is selected again, see explorer.gui.selection) or the
        user chooses another event; with nothing selected, the article stays, the header saying
        when the filter hides every event of it."""
        if self.selection.current_event() is not None and not self._noted:
            return  # a selected event is shown: the filter hides nothing here (rows arriving in an import)
        extracted = self.model.document(self._path) if self._path is not None else None
        if extracted is not None:
            self._set_header(extracted)

    def filter_note(self) -> str:
        """What the header says of the filters ("" when they hide nothing shown here)."""
        if self._path is None or self.selection.current_event() is not None:
            return ""
        if not self.selection.proxy.is_user_filtering():
            return ""
        if self._event is not None and self.selection.hidden_event() is not None:
            return HIDDEN_EVENT_NOTE
        return "" if self._shows_some_of(self._path) else FILTERED_DOCUMENT_NOTE

    def _shows_some_of(self, path: str) -> bool:
        """Whether the filters let at least one of the events of document ``path`` through."""
        mask = self.selection.proxy.accepted_mask()
        keys = np.asarray(self.model.document_keys(path), np.int64)
        keys = keys[keys < len(mask)]
        return bool(keys.size and mask[keys].any())

    def next_source(self) -> bool:
        """Show the selected event as the next article reporting it tells it."""
        return self._step_source(1)

    def previous_source(self) -> bool:
        return self._step_source(-1)

    def source_position(self) -> tuple[int, int]:
        """(shown source, sources) of the selected event, 0-based; (0, 0) with none selected."""
        return self._source_i, len(self._sources)

    def _step_source(self, step: int) -> bool:
        if len(self._sources) < 2:
            return False
        self._source_i = (self._source_i + step) % len(self._sources)
        self._show_source(force_cursor=True)
        return True

    def _show_source(self, force_cursor: bool = False) -> None:
        event = self._sources[self._source_i]
        self._event = event
        group = self.model.group_of(event.id)
        self.sources_bar.show_source(group, self._source_i, len(self._sources))
        self.show_document(event.doc)
        if self._noted:  # the same article: its header is not made again, but its note may be gone
            self._on_filter_changed()
        self._refresh_highlights()
        position = self.text.textCursor().position()
        if not force_cursor and self._event_at(position) is event:
            return  # the user put the cursor here: leave it (and the scroll) alone
        self._moving_cursor = True
        try:
            cursor = self.text.textCursor()
            cursor.setPosition(min(event.timex_start, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)
            self.text.centre_from(event.sentence_start)
        finally:
            self._moving_cursor = False

    def highlighted_ranges(self) -> list[tuple[int, int, str]]:
        """What is highlighted, as (start, end, kind) with kind "timex", "sentence", "event", or
        "superseded" (the selected event's expression when the user re-dated the event)."""
        return list(self._ranges)

    # -- internals -------------------------------------------------------------------------------

    def _refresh_highlights(self) -> None:
        """Highlight the shown text's mentions, expressions and the selected event. Why the mentions'
        and expressions' selections are kept: in a long history (3,000 expressions, as many mentions)
        each arrow key in the table rebuilt all 6,000, two cursor moves each, for 200 ms of CPU a
        key; only the selected event's sentence and expression change from one event to the next."""
        extracted = self.model.document(self._path) if self._path else None
        mentions: list[tuple[int, int, str]] = []
        timexes: list[tuple[int, int, str]] = []
        around: list[tuple[int, int, str]] = []  # the selected event's sentence, then its expression
        if extracted is not None:
            if self._people is not None:  # lowest precedence: dates and the sentence draw over them
                mentions = list(self._people.mentions_in(self._path))
            timexes = [(t.start, t.end, "timex") for t in extracted.timexes]
            event = self._event if self._event is not None and self._event.doc == self._path else None
            if event is not None:
                # re-dated by the user: the words in the text no longer give the event's date
                curation = getattr(self.model, "curation_of", lambda _id: None)(event.id)
                edited = curation is not None and "date" in curation.edited
                around = [(event.sentence_start, event.sentence_end, "sentence"),
                          (event.timex_start, event.timex_end, "superseded" if edited else "event")]
        self._ranges = [*mentions, *around[:1], *timexes, *around[1:]]
        key = (self._text_version, mentions, timexes)
        if key != self._kept_key:
            self._kept_key, self._kept = key, (self._selections(mentions), self._selections(timexes))
        kept_mentions, kept_timexes = self._kept
        marked = self._selections(around)
        self.text.setExtraSelections([*kept_mentions, *marked[:1], *kept_timexes, *marked[1:]])

    def _selections(self, ranges: list[tuple[int, int, str]]) -> list[QTextEdit.ExtraSelection]:
        selections, formats = [], {}
        doc = self.text.document()
        for start, end, kind in ranges:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = formats[kind] if kind in formats else formats.setdefault(kind, _FORMATS[kind]())
            selections.append(sel)
        return selections

    def _set_header(self, extracted: ExtractedDocument | None) -> None:
        if extracted is None:
            self.header.setText("<i>No document selected</i>")
            self._noted = False
            return
        doc = extracted.document
        lane = self.model.lane_of(doc.path) or 0
        when = date_words(doc.date, doc.date_source)
        colour = lane_color(lane).name()
        mark = SWATCH_GLYPHS[lane_shape(lane)]  # past twenty documents the colour repeats, not the mark
        title = escaped(document_label(extracted, 120))
        self.header.setText(  # the title and the file name are the article's: escaped, never markup
            f"<span style='color:{colour}; font-size:14pt'>{mark}</span> <b>{title}</b><br>"
            f"<small>{escaped(doc.name)} &middot; {escaped(when)} &middot; "
            f"{_count(len(extracted.timexes), 'expression')}, "
            f"{_count(len(self.model.events_of_document(doc.path)), 'event')}</small>"
            + (f"<br><i>{escaped(note)}</i>" if (note := self.filter_note()) else "")
        )
        self._noted = bool(note)

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
        if event is None or (self._event is not None and event.id == self._event.id):
            return
        ids = [e.id for e in self._sources]
        if event.id in ids:  # another source of the same group: read it, the selection stays
            self._source_i = ids.index(event.id)
            self._event = event
            self.sources_bar.show_source(self.model.group_of(event.id), self._source_i, len(self._sources))
            self._refresh_highlights()
            return
        self.selection.select_event(event.id)

    def _on_people_changed(self) -> None:
        current = self.selection.current_event()
        if current is not None:
            self.show_event(current)
        else:
            self._refresh_highlights()

    def _on_documents_changed(self) -> None:
        if self.model.document_count() == 0:
            self._event = None
            self._path = None
            self.show_document(None)
            self._set_header(None)
        elif self._path is None or self.model.document(self._path) is None:
            # none shown, or the one shown is gone (File > Open replaced the documents): show_document
            # keeps a path it is given again, so the old text stayed beside another project's views
            self._event = None
            self.show_document(self.model.documents[0].document.path)
        else:
            self.show_document(self._path)  # its text may have changed (re-imported)


ACTOR_UNDERLINE = QColor("#6b7280")
PLACE_UNDERLINE = QColor("#2f855a")


def _mention_format(color: QColor, style: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(color)
    return fmt


def _superseded_format() -> QTextCharFormat:
    """The selected event's expression when the user gave the event another date: struck out."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#e5e7eb"))
    fmt.setFontStrikeOut(True)
    return fmt


def _format(color: QColor, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


#: How each kind of highlighted range looks (made when first drawn: a QTextCharFormat needs the app).
_FORMATS = {
    "sentence": lambda: _format(SENTENCE_BACKGROUND),
    "timex": lambda: _format(TIMEX_BACKGROUND),
    "event": lambda: _format(SELECTED_TIMEX_BACKGROUND, bold=True),
    "superseded": lambda: _superseded_format(),
    "actor": lambda: _mention_format(ACTOR_UNDERLINE, QTextCharFormat.UnderlineStyle.DotLine),
    "place": lambda: _mention_format(PLACE_UNDERLINE, QTextCharFormat.UnderlineStyle.DashUnderline),
}
