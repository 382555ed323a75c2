"""Days that follow one another in a list ("on Saturday and Sunday") tell one happening over the days
it lasted; months listed, or days with a gap, are as many happenings. Our own sentences."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str):
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 12))
    return [e for e in out.events if e.timex]


def test_consecutive_days_are_one_event_spanning_them() -> None:
    events = _events("The harbour board ran two extra ferries to the island on Saturday 8 June and Sunday 9 June.")
    assert len(events) == 1
    assert (events[0].begin, events[0].end) == (date(2024, 6, 8), date(2024, 6, 9))


def test_days_given_as_numbers_before_one_month_are_one_event() -> None:
    events = _events("In 1921 the printers struck for a month. The printer proofed the poster by hand on 3 and 4 May "
                     "of that year.")
    by_day = [(e.begin, e.end) for e in events if e.begin and e.begin.month == 5]
    assert by_day == [(date(1921, 5, 3), date(1921, 5, 4))]


def test_days_with_a_gap_stay_apart() -> None:
    events = _events("The choir sang in the cathedral on 3 June and 7 June.")
    assert len(events) == 2


def test_listed_months_stay_apart() -> None:
    events = _events("The envoy flew to Vienna in January, February and March 2015 for talks.")
    assert len(events) == 3


def test_two_times_of_one_trip_are_one_event() -> None:
    events = _events("We reached Inverness on Friday. The coach to Ullapool left at 7:45 and reached the harbour a "
                     "little after noon.")
    assert [e.timex for e in events] == ["Friday", "7:45"]


def test_times_of_two_happenings_with_their_own_subjects_stay_apart() -> None:
    events = _events("A flood warning, issued at 18:00 on Friday, was lifted at 23:30 on Friday.")
    assert len(events) == 2


def test_two_times_of_two_happenings_of_one_subject_stay_apart() -> None:
    events = _events("The sentry was shot at 10:57 and died at 10:58 on the last morning of the war.")
    assert {"10:57", "10:58"} <= {e.timex for e in events}
