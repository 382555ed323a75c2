"""A dateline whose agency is followed by a dash and then the date: "CITY (Agency) - Sept. 18, 2029 -"
(dates #11). Read as a headline, the date was lost and the story had no document date, so every
"Tuesday" and "last year" in it waited for one. Every line here is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import find_document_date

BODY = ("The harbour board voted on Tuesday to close the old ferry pier, a year after divers found cracks in "
        "its piles.\n\nThe pier opened in 1962.")


@pytest.mark.parametrize("line, day", [
    ("MERRICK BAY (Coastwire) - Sept. 18, 2029 - ", date(2029, 9, 18)),
    ("MERRICK BAY (Coastwire) -- 4 March 2027 -- ", date(2027, 3, 4)),
    ("Merrick Bay (Coastwire) — June 2, 2031 — ", date(2031, 6, 2)),
    ("MERRICK BAY (Coastwire), Sept. 18, 2029 - ", date(2029, 9, 18)),  # the comma form still read
])
def test_a_dash_between_the_agency_and_the_date_still_opens_a_dateline(line: str, day: date) -> None:
    text = "Ferry pier to close after board vote\n\n" + line + BODY
    assert find_document_date(text) == day

