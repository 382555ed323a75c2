"""The session-twenty-nine pages (``document_date_pages_s29.py``) on the route a dropped file takes
(``date_document``: no date given, no sidecar, a file name without a date), and the kinds of error
they showed, each on sentences of our own that vary the words and dates.

First scored on main 8c8de885: 21 of 25 right, 4 wrong (two header dates "03/04/2011" read month
first on a page that writes its dates day first elsewhere, one read month first beside a weekday
that fits only the day-first reading, one "14.6.44" read as 2044). At the end of the session: 25.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import date_document
from explorer.temporal import tag
from explorer.temporal.document_date import printed_document_date
from tests.temporal.document_date_pages_s29 import PAGES


def test_every_page_gets_the_date_a_reader_takes() -> None:
    wrong = [(name, right, date_document(Document(f"{name}.txt", text, name)).date)
             for name, text, right, _ in PAGES]
    assert [w for w in wrong if w[1] != w[2]] == []
    assert len({name for name, *_ in PAGES}) == len(PAGES) == 25


BODY = ("The committee met in the afternoon and spent most of its time on the accounts, which the "
        "treasurer presented with a long apology for their lateness and a promise to do better.\n")


# -- an ambiguous header date takes the order the rest of the page writes its dates in -------------

@pytest.mark.parametrize("header, body, right", [
    # a slashed date elsewhere that can only be day first
    ("Date: 05/06/2020", "Entries close on 25/07/2020 and the judges meet the week after.", date(2020, 6, 5)),
    ("Notice to members\n02/11/2018", "The previous notice, of 17/09/2018, is withdrawn.", date(2018, 11, 2)),
    # dates in words written day first
    ("Bulletin 08/01/2016", "The depot reopened on 4 January and the new timetable starts on 18 January.", date(2016, 1, 8)),
    # a page that writes month first keeps it
    ("Date: 05/06/2020", "Entries close on 07/25/2020 and the judges meet the week after.", date(2020, 5, 6)),
    ("Bulletin 08/01/2016", "The depot reopened on January 4 and the new timetable starts on January 18.", date(2016, 8, 1)),
])
def test_an_ambiguous_header_date_reads_in_the_pages_order(header: str, body: str, right: date) -> None:
    text = f"{header}\n\n{BODY}{body}\n"
    assert printed_document_date(text) == (right, "header")


def test_an_ambiguous_date_at_the_foot_reads_in_the_pages_order() -> None:
    text = (f"Dear members,\n\n{BODY}The accounts to 28/02/2017 are attached.\n\n"
            "Yours faithfully,\nR. Mendes, Secretary\nDated 04/05/2017\n")
    assert printed_document_date(text) == (date(2017, 5, 4), "header")


def test_an_unambiguous_header_date_is_not_turned_round() -> None:
    text = f"Date: 14/03/2011\n\n{BODY}The previous meeting was on 02/28/2011.\n"
    assert printed_document_date(text) == (date(2011, 3, 14), "header")


# -- a weekday printed beside an ambiguous slashed date settles its order ------------------------

@pytest.mark.parametrize("written, value", [
    ("Tuesday, 03/04/2012", "2012-04-03"),  # 4 March 2012 was a Sunday
    ("Sunday 03/04/2012", "2012-03-04"),
    ("Fri 05/06/2020", "2020-06-05"),       # 6 May 2020 was a Wednesday
    ("Wednesday, 06/05/2020", "2020-05-06"),
    ("Thursday, 02/01/2014", "2014-01-02"),
])
def test_a_weekday_beside_a_slashed_date_settles_its_order(written: str, value: str) -> None:
    found = {t.text: t.value for t in tag(f"The hearing listed for {written} was adjourned.", date(2021, 1, 1))}
    assert value in found.values(), found


def test_a_weekday_beside_a_slashed_date_dates_the_page() -> None:
    text = f"Parish council\nMonday, 10/02/2014\n\n{BODY}"  # 10 February 2014 was a Monday, 2 October a Thursday
    assert printed_document_date(text) == (date(2014, 2, 10), "header")


# -- a page is not dated after today: a two-figure year that would be is the century before ----------

@pytest.mark.parametrize("stamp, right", [
    ("14.6.44", date(1944, 6, 14)),
    ("2.8.43", date(1943, 8, 2)),
    ("30/11/45", date(1945, 11, 30)),
    ("3.4.19", date(2019, 4, 3)),  # not after today: left in this century
])
def test_a_two_figure_year_stamp_dates_the_page_no_later_than_today(stamp: str, right: date) -> None:
    text = f"ORDERS FOR THE DAY\n{stamp}\n\n{BODY}"
    assert printed_document_date(text) == (right, "header")


# -- a numeric date's two-figure year takes the century that does not put it far ahead of now -----

@pytest.mark.parametrize("sentence, value", [
    ("3.9.39 0600 Battalion ordered to mobilise.", "1939-09-03"),     # a war diary's D.M.YY
    ("The order of 14/6/44 was cancelled.", "1944-06-14"),
    ("Signal received 2.11.42 at the forward post.", "1942-11-02"),
    ("The notes mature on 4/5/28 at par.", "2028-04-05"),              # near ahead: this century
    ("The lease was signed on 3.4.19 by both parties.", "2019-04-03"),
])
def test_a_two_figure_year_in_a_numeric_date(sentence: str, value: str) -> None:
    found = {t.text: t.value for t in tag(sentence, date(2021, 1, 1))}
    assert value in found.values(), found
