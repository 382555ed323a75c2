"""A fact box's dates are not the page's date (session sixteen, from real pages dropped in).

A biography's or a company's page often opens with a short box of facts ("Born: 26 December 1913",
"Founded: | March 8, 1954 |"). Such a line is short and holds a full date, so it read as a header
stamp and dated the page to a birth or a founding: every "last year" in the page moved seventy years.
A date after a life's or a founding's cue, whatever the box's punctuation, says when that happened,
not when the page was written. Our own texts."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import printed_document_date

_BODY = ("Mara Venn was a rower from a small river town who won two medals and later coached a national "
         "team for many years.\n")


@pytest.mark.parametrize("box", [
    "Born: 26 December 1913\nDied: 6 February 1958\n",
    "Born December 26th, 1913 in Eastwick.\n",
    "Died | 6 February 1958 |\n",
    "Baptised on 2 January 1914\n",
    "Founded: March 8, 1954\n",
    "Acme Wire | |\nFounded: | March 8, 1954 |\n",
    "Established 4 May 1902\n",
])
def test_a_fact_box_date_is_not_the_page_date(box: str) -> None:
    assert printed_document_date("Mara Venn\n" + box + _BODY) is None


@pytest.mark.parametrize("header, day", [
    ("By Jo Marr | March 3, 2019\n", date(2019, 3, 3)),
    ("Published: 14 September 2023\n", date(2023, 9, 14)),
    ("Eastwick Gazette, 4 March 2021\n", date(2021, 3, 4)),
])
def test_a_byline_or_stamp_still_dates_the_page_beside_a_fact_box(header: str, day: date) -> None:
    text = "Rower who won two medals dies at 88\n" + header + "Born: 26 December 1913\n" + _BODY
    assert printed_document_date(text) == (day, "header")
