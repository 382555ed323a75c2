"""The page's own date is the one its header says it was published on ("Posted on", "released on",
"Published:"), not a date in the headline above it nor another date on the same line."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.document_date import infer_document_date, printed_document_date

BODY = ("The committee met in the afternoon and spent most of its time on the accounts, which the "
        "treasurer presented with a long apology for their lateness and a promise to do better.\n")


@pytest.mark.parametrize("cue", ["Posted on", "Published:", "Published on", "Released on", "Issued"])
def test_a_published_date_beats_the_headline_date(cue: str) -> None:
    text = f"Review: the flood of 2 March 2021 and what we learned\n\n{cue} 9 April 2021 by the response team\n\n{BODY}"
    assert printed_document_date(text) == (date(2021, 4, 9), "header")


def test_the_released_date_of_a_line_with_two_dates() -> None:
    text = ("The Garden Hour – episode 12 transcript\n"
            "Recorded on 14 June 2023 at the Allotment Hall and released on 21 June 2023\n\n" + BODY)
    assert printed_document_date(text) == (date(2023, 6, 21), "header")
    assert infer_document_date(text) == date(2023, 6, 21)


def test_a_weekday_between_the_cue_and_the_date() -> None:
    text = f"Town notes of 1 October 2022\nPublished: Friday, 7 October 2022\n\n{BODY}"
    assert printed_document_date(text) == (date(2022, 10, 7), "header")


def test_a_headline_date_alone_is_still_the_header_date() -> None:
    text = f"Minutes of 3 May 2019\n\n{BODY}"
    assert printed_document_date(text) == (date(2019, 5, 3), "header")


def test_a_release_named_in_the_body_is_no_printed_date() -> None:
    text = ("A quiet comeback\n\n" + BODY.strip() + " The band's first record, which was released on 4 May "
            "1999, sold poorly at the time, and the second one fared no better in the shops or on the radio.\n")
    assert printed_document_date(text) is None
