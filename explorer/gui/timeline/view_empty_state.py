"""The timeline's empty state: what the plot says when it draws nothing, and how to get events.

A mixin of :class:`explorer.gui.timeline.view.TimelineView` (it uses the view's widgets and state):
reading articles, a path with no article, filters that keep nothing (which ones, and how to undo
them), or documents with no dated event.
"""

from __future__ import annotations

from explorer.gui.timeline.view_pointer import escape_html


class EmptyState:
    """The empty state for :class:`TimelineView` (whose widgets and state it uses)."""

    def set_empty_reason(self, html: str) -> None:
        """Why nothing could be shown (a path that does not exist, a folder with no article), for the
        empty state; "" for the default text."""
        self._empty_reason = html
        self._update_empty_state()

    def set_reading(self, reading: bool) -> None:
        """An import is reading articles (True) or has finished (False): while nothing is drawn yet the
        empty state says the articles are being read; it had said "No articles open" under the
        progress bar of a 30-file import for seconds."""
        if reading != self._reading:
            self._reading = reading
            self._update_empty_state()

    def empty_state_text(self) -> str | None:
        """The empty state's text while it is shown, else None."""
        return self.empty_state.text() if self.empty_state.isVisible() else None

    def _update_empty_state(self) -> None:
        docs = self.model.document_count()
        # (the marks are rebuilt on the next turn of the event loop after rows arrive: rows the proxy
        # already holds are events about to be drawn, never "no dated event was found")
        nothing = not len(self.arr) and not len(self.arr.undated_row) and not self.proxy.rowCount()
        if not nothing:
            self.empty_state.hide()
            return
        how = ("Drop a folder or articles here, or press <b>Ctrl+O</b> to open files "
               "(<b>Ctrl+Shift+O</b> for a whole folder).<br>Articles can be .txt, .md, .html, .pdf or .docx.")
        if self._reading and not docs:
            head, how = "<b>Reading the articles\u2026</b>", "Their events appear here as each article is read."
        elif self._empty_reason and not docs:
            head = self._empty_reason
        elif docs and self._narrowed():  # say what hides them and how to see them again, not how to open files
            head, how = self._filtered_out_text(docs)
        elif docs:
            filtering = self.proxy.is_filtering()
            head = (f"<b>No events to show</b><br>{docs:,} document{'s' if docs > 1 else ''} open, but "
                    + ("the filters keep no event." if filtering else "no dated event was found in them."))
        else:
            head = "<b>No articles open</b>"
        self.empty_state.setText(f"<p>{head}</p><p>{how}</p>")
        self.empty_state.setGeometry(self.plot.rect())
        self.empty_state.show()
        self.empty_state.raise_()

    def _on_filter_words(self, *args) -> None:
        if self.empty_state.isVisible():
            self._update_empty_state()

    def _filtered_out_text(self, docs: int) -> tuple[str, str]:
        """The empty state when the user's filters keep no event: which filters, and how to undo them."""
        proxy = self.proxy
        what = []
        if proxy.filter_text().strip():
            what.append(f"the filter \u201c{escape_html(proxy.filter_text().strip())}\u201d")
        actors, places = proxy.entity_filter()
        if actors or places:
            what.append("the actors and places chosen (" + escape_html(", ".join((*actors, *places))) + ")")
        if not what:
            what.append("the Filters panel")
        head = (f"<b>No event matches</b><br>{docs:,} document{'s' if docs > 1 else ''} open, but "
                + " and ".join(what) + (" leaves" if len(what) == 1 else " leave") + " no event shown.")
        how = ("Clear the filter box (Ctrl+L, then its \u2297 button), the chosen actors and places, or the "
               "Filters panel (Ctrl+Shift+F) to see every event.")
        return head, how
