"""Clock times of a timeline's or a bulletin's account, read on the page's own day only for want of
another: a time in the words of an entry takes its entry stamp's day ("- 09:12 - Queues build; the
duty manager is called at 09:20" under an outage of 2 June published on the 6th), and a clock time
said with "this morning" right after it is the page's morning, not the small hours after an evening
of days before that the paragraph before told."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_time_in_an_entry_is_of_its_stamp_s_day() -> None:
    text = ("Incident review: card payments failing on 2025-06-02\n\n"
            "Timeline (all times UTC)\n"
            "- 09:05 - A certificate on the payment gateway expires.\n"
            "- 09:12 - Queues build at the tills; the duty manager is called at 09:20.\n"
            "- 10:40 - A new certificate is installed and payments recover.\n")
    got = _values(text, date(2025, 6, 6))
    assert got["09:20"] == "2025-06-02T09:20"
    assert got["10:40"] == "2025-06-02T10:40"


def test_a_clock_time_said_this_morning_is_the_page_s() -> None:
    text = ("Issued 17:00 UTC, 12 March 2026\n\n"
            "The gauge rose on 8 March, and the river broke its banks the same evening.\n\n"
            "At 04:20 UTC this morning the second dam gave way. Water reached the square 40 minutes later.")
    got = _values(text, date(2026, 3, 12))
    assert got["04:20 UTC"] == "2026-03-12T04:20"
    assert got["40 minutes later"] == "2026-03-12T05:00"


def test_an_evening_time_told_in_a_small_hours_entry_is_the_evening_before() -> None:
    text = ("Live: unrest in the capital\n\nLast updated Sunday 4 May 2031, 08:00\n\nSaturday\n\n"
            "21:40 Crowds gather outside the ministry.\n\n"
            "23:55 Police fire tear gas near the bridge.\n\n"
            "Sunday\n\n"
            "01:30 The bridge, closed by police at about 22:00, has reopened.\n\n"
            "02:45 The interior ministry says 30 people were detained.\n")
    got = _values(text, date(2031, 5, 4))
    assert got["22:00"] == "2031-05-03T22:00"
    assert got["02:45"] == "2031-05-04T02:45"
