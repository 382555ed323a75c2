"""A text dated in sections by day headings alone on their lines (a timeline page, an incident log, an
expedition's or a project's diary) tells its entries in the historical present, as a stamped line does
("3 September: The regulator opens an inquiry"): the acts right under each heading are that day's
happenings (issue 12: recall of acts with no date of their own). Texts written for this test, in
several genres; a present that tells a state or a measure stays out, as on a stamped line."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = None) -> list[tuple[str, date | None]]:
    return [(e.title, e.begin) for e in extract_document(Document("a.txt", text, "t"), dct).events]


_TEXTS = [
    # a news timeline
    ("Timeline: how the harbour dispute unfolded\n\nHere is how the dispute developed.\n\n"
     "Friday 7 August 2026\nThe union opens a strike ballot.\n\n"
     "Tuesday 11 August\nThe company announces it will close the north yard.\n\n"
     "3 September\nThe regulator opens a formal investigation into the company.\n\n"
     "15 September\nThe chief executive resigns.\n",
     [("The union opens a strike ballot", date(2026, 8, 7)),
      ("The regulator opens a formal investigation", date(2026, 9, 3)),
      ("The chief executive resigns", date(2026, 9, 15))]),
    # an incident log
    ("Incident log: Ward 4 power failure\n\n"
     "Monday 3 March 2025\nEngineers isolate the failed switchboard. Nurses move six patients to the theatre block.\n\n"
     "Tuesday 4 March\nThe contractor replaces the damaged cable.\n",
     [("Engineers isolate the failed switchboard", date(2025, 3, 3)),
      ("Nurses move six patients to the theatre block", date(2025, 3, 3)),
      ("The contractor replaces the damaged cable", date(2025, 3, 4))]),
    # an expedition's diary
    ("Ridge diary\n\n"
     "12 May 2024\nThe porters carry the loads to the lower camp. Ana fixes the first rope.\n\n"
     "13 May 2024\nThe team reaches the col.\n",
     [("The porters carry the loads to the lower", date(2024, 5, 12)),
      ("Ana fixes the first rope", date(2024, 5, 12)),
      ("The team reaches the col", date(2024, 5, 13))]),
    # a club's season, told as a timeline
    ("Our season in brief\n\n"
     "Saturday 14 September 2024\nThe club signs a new goalkeeper.\n\n"
     "Saturday 21 September 2024\nThe youth team wins the county cup.\n",
     [("The club signs a new goalkeeper", date(2024, 9, 14)),
      ("The youth team wins the county cup", date(2024, 9, 21))]),
]


@pytest.mark.parametrize("text, expected", _TEXTS)
def test_a_present_act_under_a_day_heading_is_that_days_happening(text: str, expected) -> None:
    built = _events(text)
    for title, day in expected:
        assert any(t.startswith(title) and begin == day for t, begin in built), (title, built)


def test_a_present_state_or_measure_under_a_day_heading_stays_out() -> None:
    text = ("Flood diary\n\n"
            "Monday 3 February 2025\nThe upper road stays closed. River levels rise sharply. "
            "Curves for 1 and 2 look normal.\n\n"
            "Tuesday 4 February 2025\nThe pumps run all night. Residents say the water tastes of metal.\n")
    titles = [t for t, _ in _events(text)]
    assert not any(t.startswith(("The upper road", "River levels", "Curves", "Residents say")) for t in titles), titles
