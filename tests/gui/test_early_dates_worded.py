"""A day before AD 1000 read "0365-07-21" in the Date column, between "163" and "411" (h37g review,
g2-find.png): a four-digit ISO year reads as a code there. Days and months before AD 1000 are worded
now, as BC ones are ("21 Jul 365", "Jun 793"); later ones keep their ISO form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.gui.event_roles import Column
from explorer.gui.formatting import format_when, narrower_whens

from .keys import K, press


def test_early_days_and_months_are_worded_in_the_table(qtbot, make_window):
    from explorer.documents import Document
    from explorer.ingest import ExtractedDocument

    from .conftest import _event

    text = ("An earthquake struck the coast on 21 July 365. The last inscription was cut in 411. "
            "The museum opened on 9 March 1998.")
    doc = Document("/corpus/coast.txt", text, "The coast", None, "header")
    made = [
        _event(doc, "An earthquake struck the coast on 21 July 365.", "21 July 365", "0365-07-21",
               date(365, 7, 21), date(365, 7, 21)),
        _event(doc, "The last inscription was cut in 411.", "411", "0411", date(411, 1, 1), date(411, 12, 31)),
        _event(doc, "The museum opened on 9 March 1998.", "9 March 1998", "1998-03-09",
               date(1998, 3, 9), date(1998, 3, 9)),
    ]
    window = make_window()
    window.add_documents([ExtractedDocument(doc, tuple(t for _, t in made), tuple(e for e, _ in made))])
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 3)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    press(qtbot, K.Key_Home)
    proxy = window.proxy
    cells = [proxy.index(r, Column.DATE).data(Qt.ItemDataRole.DisplayRole) for r in range(proxy.rowCount())]
    assert cells == ["21 Jul 365", "411", "1998-03-09"], cells


def test_the_worded_early_ranges_have_their_shorter_readings():
    assert format_when(date(793, 6, 1), date(793, 6, 30)) == "Jun 793"
    assert format_when(date(365, 7, 21), date(366, 9, 3)) == "21 Jul 365\u20133 Sep 366"
    assert narrower_whens("21 Jul 365\u20133 Sep 366") == ["365\u2013366"]
    assert format_when(date(1998, 3, 9), date(1998, 3, 15)) == "1998-03-09\u20131998-03-15"
