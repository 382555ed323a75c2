"""Smaller things seen on real corpora: the facet lists show only names that filter to something,
and ] or [ at a document's end says so."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.pipeline import ExtractedDocument

from .conftest import _event
from .keys import K, press, selected


def test_places_and_actors_with_no_event_are_not_listed(qtbot, make_window):
    """Paris is named only in a sentence with no event: it filters to nothing, so it is not listed."""
    text = "Paris was quiet that spring. On 5 May 2003 the treaty was signed in Kabul by Hamid Karzai."
    doc = Document("/corpus/kabul.txt", text, "Treaty", date(2003, 6, 1), "header")
    event, timex = _event(doc, "On 5 May 2003 the treaty was signed in Kabul by Hamid Karzai.", "5 May 2003",
                          "2003-05-05", date(2003, 5, 5), date(2003, 5, 5))
    win = make_window()
    win.add_documents([ExtractedDocument(doc, (timex,), (event,))])
    with qtbot.waitSignal(win.people.changed, timeout=30_000):
        win.annotate_entities()
    names = {e.name for e in win.people.places()}
    assert {"Paris", "Kabul"} <= names  # both found...
    listed = [win.facets.places.item(i).text() for i in range(win.facets.places.count())]
    assert listed == ["Kabul  (1)"]  # ...only the one with an event listed
    assert all(not win.facets.actors.item(i).text().endswith("(0)") for i in range(win.facets.actors.count()))


def test_next_in_text_at_the_end_of_a_document_says_so(qtbot, window):
    window.timeline.setFocus()
    press(qtbot, K.Key_Home)
    doc = selected(window).doc
    for _ in range(8):  # past the last event of the document
        press(qtbot, K.Key_BracketRight)
    assert selected(window).doc == doc
    assert window.statusBar().currentMessage() == "The last event in this document"
    for _ in range(8):
        press(qtbot, K.Key_BracketLeft)
    assert window.statusBar().currentMessage() == "The first event in this document"
