"""Two printed days that were missed (dates #11).

A dateline whose agency is followed by a dash and then the date ("CITY (Agency) - Sept. 18, 2029 -")
was read as a headline: the date was lost and the story had no document date, so every "Tuesday" and
"last year" in it waited for one. A summary "Current through <day>" was dated by its newest entry.
Every line here is written for this file."""

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



@pytest.mark.parametrize("cue", ["Current through", "Correct as at", "Accurate as of", "Up to date to"])
def test_a_summary_kept_up_to_a_day_is_dated_that_day_not_by_its_last_entry(cue: str) -> None:
    """A docket or register summary prints the day it is current to; its newest entry is older (the
    page was dated by that entry, and every relative date in the summary moved back with it)."""
    text = (f"Harbour board register of works | Prepared by the clerk | {cue} 28 February 2031\n\n"
            "Entries\n\n"
            "03/10/2030 - Survey of the ferry pier ordered after divers reported cracks in its piles.\n\n"
            "11/02/2030 - Contract for new piles awarded; work to begin in the spring.\n\n"
            "12/14/2030 - Pier closed to vehicles while the piles are replaced.\n")
    assert find_document_date(text) == date(2031, 2, 28)
