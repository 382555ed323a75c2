import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from explorer.events.record import Event  # noqa: E402


def make_event(i, doc="a.txt", title=None, begin=None, end=None, certainty="exact", mod=None, actors=()):
    return Event(
        id=f"{doc}#{i}", doc=doc, title=title or f"Event number {i}", sentence="", sentence_start=0,
        sentence_end=0, timex="", timex_start=0, timex_end=0, value="", type="DATE", begin=begin, end=end,
        certainty=certainty if begin is not None else "undated", mod=mod, actors=tuple(actors),
    )


@pytest.fixture
def small_events():
    return [
        make_event(1, "a.txt", "Treaty signed in Geneva", date(1999, 3, 3)),
        make_event(2, "a.txt", "Negotiations through 1998", date(1998, 1, 1), date(1998, 12, 31)),
        make_event(3, "a.txt", "Sanctions from 2013 onward", date(2013, 1, 1), date(2013, 12, 31), mod="AFTER"),
        make_event(4, "b.txt", "Summer offensive", date(2004, 6, 1), date(2004, 8, 31), certainty="inferred"),
        make_event(5, "b.txt", "Occupation 1997-2004", date(1997, 1, 1), date(2004, 12, 31), actors=("Army",)),
        make_event(6, "b.txt", "Ceasefire talks", date(2001, 5, 17), certainty="inferred", actors=("Army", "UN")),
        make_event(7, "b.txt", "Undated meeting"),
        make_event(8, "c.txt", "Visit to Moscow", date(2010, 2, 2), date(2010, 2, 9)),
    ]
