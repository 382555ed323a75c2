"""A table's row that holds a day and a cell telling what was done on it ("| 12/06/2014 | £214,500 |
Sold |", "2.4.1<TAB>03/02/2026<TAB>Released") is a happening on that day: a sale history, a release
table, a case's hearings, a ship's movements. Such a row has no sentence, so the builder dropped it as
furniture. A row whose cells name no act (a price, a state, an opening hour) and a header row are not.
Session forty-three (h43g, page genres: a house listing's sale-history table).

Every table here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str):
    return extract_document(Document("page.txt", text, "A")).events


_TABLES = [
    # a house's sale history, pipes and a DD/MM/YYYY day
    ("Sale history\n\n| Date | Price | Event |\n| 12/06/2014 | £214,500 | Sold |\n| 30/09/2003 | £162,000 | Sold |\n",
     [("sold", date(2014, 6, 12)), ("sold", date(2003, 9, 30))]),
    # a firmware's releases, tabs, the day in the middle
    ("Release history\n\nVersion\tDate\tStatus\n2.4.1\t3 February 2026\tReleased\n2.4.0\t14 January 2026\tWithdrawn\n",
     [("released", date(2026, 2, 3)), ("withdrawn", date(2026, 1, 14))]),
    # a court file's hearings, two words in the act cell
    ("Case history\n\n| 14 March 2025 | Hearing adjourned |\n| 2 May 2025 | Defendant sentenced |\n",
     [("adjourned", date(2025, 3, 14)), ("sentenced", date(2025, 5, 2))]),
    # a ship's movements, columns set apart by spaces
    ("Movements of the MV Tern\n\nDate          Port         Movement\n"
     "4 June 2024    Lerwick      Arrived\n6 June 2024    Lerwick      Departed\n",
     [("arrived", date(2024, 6, 4)), ("departed", date(2024, 6, 6))]),
    # a planning application's status table, the act cell first
    ("Application 24/0113/FUL\n\n| Status | Date |\n| Validated | 08/01/2024 |\n| Approved with conditions | 19/03/2024 |\n",
     [("validated", date(2024, 1, 8)), ("approved", date(2024, 3, 19))]),
]


@pytest.mark.parametrize("text, expected", _TABLES)
def test_a_table_row_with_a_day_and_an_act_is_a_happening_on_that_day(text: str, expected) -> None:
    events = _events(text)
    for word, day in expected:
        found = [e for e in events if word in e.title.lower() and e.begin == day == e.end]
        assert found, (word, day, [(e.title, e.begin, e.end) for e in events])


@pytest.mark.parametrize("text", [
    "Opening hours\n\n| Day | Hours |\n| Monday 2 March 2026 | 9am to 5pm |\n| Tuesday 3 March 2026 | Closed |\n",
    "Price history\n\n| Date | Price |\n| 12/06/2014 | £214,500 |\n| 30/09/2003 | £162,000 |\n",
    "Tide table\n\nDate\tHigh water\tLow water\n4 June 2024\t06:12\t12:30\n5 June 2024\t06:58\t13:15\n",
])
def test_a_row_whose_cells_name_no_act_is_no_happening(text: str) -> None:
    assert not _events(text)
