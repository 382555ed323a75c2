"""A happening told by a count from another whose date the same phrase gives (session fifty, h50d): "The
slipway was rebuilt two years after the storm of 2005". The tagger dates the year the phrase names and the
act took it; it lies the count away from it (see events.counted_from_happenings). Our own sentences;
each failed before.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _window(text: str, words: str) -> tuple[date | None, date | None]:
    events = extract_document(Document("past.txt", text, "past"), dct=None).events
    found = next(e for e in events if words in e.title)
    return found.begin, found.end


@pytest.mark.parametrize("text,words,window", [
    ("The slipway at Kerris was rebuilt two years after the storm of 2005.", "rebuilt",
     (date(2007, 1, 1), date(2007, 12, 31))),
    ("Six years after the great fire of 1666 the guild moved its hall to Cheap Street.", "guild moves",
     (date(1672, 1, 1), date(1672, 12, 31))),
    ("The widow Hanne Roth sold the vineyard four years after her husband's death in 1931.", "sells the vineyard",
     (date(1935, 1, 1), date(1935, 12, 31))),
    ("A decade before the famine of 1845 the landlord cleared the upper glen of tenants.", "landlord clears",
     (date(1835, 1, 1), date(1835, 12, 31))),
    ("The driver died nine days after the crash on 3 May 2011.", "driver dies", (date(2011, 5, 12), date(2011, 5, 12))),
    ("Two years after the 1953 flood the county raised the sea wall at Canvey.", "raise",
     (date(1955, 1, 1), date(1955, 12, 31))),
])
def test_a_count_from_the_happening_its_date_names(text: str, words: str, window: tuple[date, date]) -> None:
    assert _window(text, words) == window


@pytest.mark.parametrize("text,words,window", [
    # (the date is the act's own, the count told apart from it)
    ("The harbour was dredged in 1990, ten years after the strike.", "dredged", (date(1990, 1, 1), date(1990, 12, 31))),
    # (a stretch up to the happening, not a point counted from it)
    ("Tom Aske, who had kept the lighthouse for thirty years before his retirement in 1977, wrote a memoir.",
     "memoir", None),
    # (the date is a clause's own, the count is the one before it's)
    ("Ruth Gale died in May 1931, three months before the first trams ran on 2 August.", "trams run",
     (date(1931, 8, 2), date(1931, 8, 2))),
    # (a count told after the date, of something else)
    ("The mill burned in 1911 and was rebuilt two years after.", "burn", (date(1911, 1, 1), date(1911, 12, 31))),
])
def test_a_date_of_its_own_act_keeps_it(text: str, words: str, window: tuple[date, date] | None) -> None:
    assert window is None or _window(text, words) == window
    assert not any(e.begin and e.begin.year == 1947 for e in extract_document(Document("p.txt", text, "p"), dct=None).events)
