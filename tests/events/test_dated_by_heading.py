"""Dating an event by the heading over it is one function (explorer.events.section_headings.dated_by_heading)
for both kinds of dated heading: a date alone on its line over a section, and a labelled, dated heading
over a paragraph (explorer.events.heading_dates); both readers are tested end to end in test_day_headings
and test_record_subjects_s35."""

from __future__ import annotations

from datetime import date

from explorer.events.record import Event
from explorer.events.section_headings import dated_by_heading
from explorer.temporal.timex import Timex


def _event() -> Event:
    return Event(id="a#1", doc="a.txt", title="The crew paints the hull", sentence="The crew painted the hull.",
                 sentence_start=40, sentence_end=66, timex="", timex_start=40, timex_end=40, value="",
                 type="DATE", begin=None, end=None, certainty="undated", derivation="undated act")


def _heading() -> Timex:
    return Timex(text="March 2019", start=0, end=10, type="DATE", value="2019-03",
                 begin=date(2019, 3, 1), end_day=date(2019, 3, 31))


def test_no_heading_leaves_the_event() -> None:
    event = _event()
    assert dated_by_heading(event, None, "under its heading") is event


def test_heading_dates_the_event_as_inferred_and_says_where() -> None:
    dated = dated_by_heading(_event(), _heading(), "under its section's dated heading")
    assert (dated.begin, dated.end, dated.certainty) == (date(2019, 3, 1), date(2019, 3, 31), "inferred")
    assert dated.derivation == "undated act; under its section's dated heading 2019-03"

