"""An article's file name, title and sentences are shown as the characters they are, never as
markup (issue 15): the source pane's rich-text header and the table's tooltips escape them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from explorer.documents import Document
from explorer.events.record import Event
from explorer.gui.event_roles import Column
from explorer.ingest import ExtractedDocument
from explorer.temporal.timex import Timex

MARKUP_NAME = "/corpus/<b>bold<b> &amp; <img src=x>.txt"
SENTENCE = "On 5 May 2003 <i>the</i> treaty was signed <a href='x'>here</a> & there."


def _document() -> ExtractedDocument:
    doc = Document(MARKUP_NAME, SENTENCE, "<h1>Big</h1> title", date(2004, 1, 1), "header")
    start = SENTENCE.index("5 May 2003")
    event = Event(id="m#3", doc=doc.path, title="Treaty <b>signed</b>", sentence=SENTENCE, sentence_start=0,
                  sentence_end=len(SENTENCE), timex="5 May 2003", timex_start=start, timex_end=start + 10,
                  value="2003-05-05", type="DATE", begin=date(2003, 5, 5), end=date(2003, 5, 5), certainty="exact")
    return ExtractedDocument(doc, (Timex(start, start + 10, "5 May 2003", "DATE", "2003-05-05"),), (event,))


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_the_source_header_and_the_tooltips_show_markup_as_text(qtbot, make_window):
    win = make_window()
    win.add_documents([_document()])
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 1)
    index = win.proxy.index(0, Column.TITLE)
    rect = win.table.visualRect(index)
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: win.source.document_path == MARKUP_NAME)
    header = _plain(win.source.header.text())
    assert "<b>bold<b> &amp; <img src=x>.txt" in header
    assert "<h1>Big</h1> title" in header
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert _plain(tooltip).strip() == SENTENCE


def test_a_note_in_the_tooltip_is_shown_as_typed(qtbot, make_window):
    from explorer.curation import edits

    win = make_window()
    win.add_documents([_document()])
    qtbot.waitUntil(lambda: win.proxy.rowCount() == 1)
    project = win.project_ctl.project
    win.project_ctl.push(edits.annotate(project, project.events()[0].id, "<b>check</b> & <i>verify</i>"))
    tooltip = win.proxy.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert _plain(tooltip).strip() == SENTENCE + "\n\nNote: <b>check</b> & <i>verify</i>"
