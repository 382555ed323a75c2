"""A live page's stamps of when it was written are times of the page's day, not of the account it
tells: an entry headed "Updated 16:10" after an entry that named "Monday morning" is the page's 16:10,
and a header "Saturday 9 May 2026 · Last updated 01:15" under a headline of "Friday evening" is 01:15
on the 9th, not the night after that evening (which put every entry a day late)."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: date | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_an_entry_s_update_stamp_is_the_page_s_day() -> None:
    text = ("LIVE: Floods close the valley road\n\nWednesday 14 October 2026\n\n"
            "Updated 17:30\nThe river has risen two metres since it burst its banks on Monday morning.\n\n"
            "Updated 15:05\nThe valley road was shut at 14:40 after water covered the bridge.\n")
    got = _values(text)
    assert got["15:05"] == "2026-10-14T15:05"
    assert got["14:40"] == "2026-10-14T14:40"


def test_the_header_s_last_update_is_on_its_own_day() -> None:
    text = ("Live: Stand-off at the depot ends\nStrikers held the gates on Friday afternoon and evening\n"
            "Live updates · Saturday 9 May 2026 · Last updated 01:15\n\n"
            "01:15 – That is all from us tonight.\n\n"
            "23:50 – The last of the strikers have left the depot.\n\n"
            "21:30 – Talks have broken down again, the union says.\n")
    got = _values(text, date(2026, 5, 9))
    assert got["01:15"] == "2026-05-09T01:15"
    assert got["23:50"] == "2026-05-08T23:50"
    assert got["21:30"] == "2026-05-08T21:30"


def test_a_night_s_page_is_updated_in_the_small_hours_of_its_second_day() -> None:
    text = ("Live: Harbour ward by-election count\n\nWednesday 3 June 2026 – Thursday 4 June 2026\n"
            "Last updated 03:15\n\n"
            "03:15 — That is the end of our coverage for tonight.\n\n"
            "02:20 — Pell wins the seat. The returning officer read the figures at 02:11.\n\n"
            "23:40 — Ballot boxes from the island polling stations have reached the hall.\n")
    got = _values(text, date(2026, 6, 3))
    assert got["02:20"] == "2026-06-04T02:20"
    assert got["02:11"] == "2026-06-04T02:11"
    assert got["23:40"] == "2026-06-03T23:40"


def test_a_day_told_in_an_entry_does_not_restart_the_run() -> None:
    text = ("Live: Regional count\n\nTuesday 12 May 2026 – Wednesday 13 May 2026\n\n"
            "Newest entries at the bottom.\n\n"
            "22:30 The first boxes have arrived at the hall.\n\n"
            "23:45 Turnout looks higher than last time.\n\n"
            "01:20 The winner will take office on Monday, officials confirm.\n\n"
            "02:05 The losing candidate concedes.\n")
    got = _values(text, date(2026, 5, 12))
    assert got["01:20"] == "2026-05-13T01:20"
    assert got["02:05"] == "2026-05-13T02:05"
