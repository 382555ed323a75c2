"""A header date comes only from the lines above the story (acceptance test, session 17): a date line
or a table row printed after the body's paragraphs ("1 May 2024 | Scaffolding went up", a .docx
table's row, tab-separated) is the body's, never the page's stamp."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import printed_document_date

_BODY = ("The new footbridge over the mill race opened to walkers on 9 June 2023, a year after the old one was "
         "closed as unsafe.\n\nThe parish paid for most of it with a grant and a summer of cake sales in 2022.\n\n")


@pytest.mark.parametrize("after", [
    "Date | Stage\n\n2 March 2023 | Piers poured\n",
    "Date\tStage\n\n2 March 2023\tPiers poured\n",
    "2 March 2023 | Piers poured | 14 April 2023 | Deck lifted in\n",
])
def test_a_date_row_after_the_body_is_not_the_header(after: str) -> None:
    text = "Walkers cross the mill race again\n\n" + _BODY + after
    assert printed_document_date(text) is None


@pytest.mark.parametrize("stamp", ["By Ada Vane | 12 June 2023", "12 June 2023", "Posted on 12 June 2023"])
def test_a_date_line_above_the_body_still_dates_the_page(stamp: str) -> None:
    text = "Walkers cross the mill race again\n" + stamp + "\n\n" + _BODY
    assert printed_document_date(text) == (date(2023, 6, 12), "header")


def test_a_standfirst_under_the_headline_does_not_end_the_header() -> None:
    text = ("Walkers cross the mill race again\nA footbridge closed for a year as unsafe has been rebuilt by "
            "the parish with a grant and cake sales.\nBy Ada Vane | 12 June 2023\n\n" + _BODY)
    assert printed_document_date(text) == (date(2023, 6, 12), "header")
