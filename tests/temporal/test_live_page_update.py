"""A live page's stamps are not after its last update (issue #11, session 24).

A live blog's header says when it was last updated ("Updated 02:15, 14 March 2025") and lists the
newest entries first; a stamp later in the day than the update ("23:40", "22:10") was written the
evening before. Texts are our own."""

from __future__ import annotations

from datetime import date

from explorer.temporal.tagger import tag


def _values(text: str, dct: date | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


_SNOW = ("Snow live: trains halted across the north\n\nUpdated {update}, 9 February 2026\n\n"
         "{first} Engineers cleared the points at the junction.\n\n"
         "{second} The rail operator cancelled the last services.\n\n"
         "{third} Heavy snow began to settle on the line.\n")


def test_a_stamp_later_than_the_update_is_the_evening_before() -> None:
    values = _values(_SNOW.format(update="01:30", first="01:05", second="23:50", third="21:15"))
    assert values["01:05"] == "2026-02-09T01:05"
    assert values["23:50"] == "2026-02-08T23:50"
    assert values["21:15"] == "2026-02-08T21:15"


def test_stamps_before_the_update_stay_on_its_day() -> None:
    values = _values(_SNOW.format(update="22:40", first="22:05", second="19:50", third="18:15"))
    assert values["19:50"] == "2026-02-09T19:50"
    assert values["18:15"] == "2026-02-09T18:15"


def test_a_page_without_an_update_time_keeps_its_stamps() -> None:
    text = _SNOW.format(update="", first="01:05", second="23:50", third="21:15").replace("Updated , ", "")
    assert _values(text)["23:50"] == "2026-02-09T23:50"


def test_a_clock_inside_an_entry_is_no_stamp() -> None:
    # only the time that opens an entry's line is the entry's; one told inside it is left to the other rules
    text = _SNOW.format(update="01:30", first="01:05", second="00:50", third="00:15").replace(
        "cancelled the last services", "said the last service ran at 23:10")
    assert _values(text)["23:10"] != "2026-02-08T23:10"


_COUNT = ("Harbour ward by-election: count goes past midnight\n\n"
          "First published {first}, Thursday 12 March 2026 | Updated {update}, Friday 13 March 2026\n\n"
          "Updated {update}: Rosa Quint has won the seat by 84 votes. The result was declared at {declared}.\n\n"
          "Updated {middle}: A bundle check has been ordered in the dock ward.\n\n"
          "First published {first}: Polls have closed and the boxes are on their way to the hall.\n")


def test_stamps_opened_by_their_word_are_read_around_the_update() -> None:
    """ "Updated 02:10: ..." and "First published 22:30: ..." opening a live page's entries are its
    stamps as a bare "02:10 - ..." is: one up to the update's time is of the update's day, a later one of
    the evening before; a clock inside the entry goes with its stamp."""
    values = _values(_COUNT.format(first="22:30", update="02:10", middle="00:40", declared="02:02"))
    assert values["02:10"] == "2026-03-13T02:10"
    assert values["00:40"] == "2026-03-13T00:40"
    assert values["02:02"] == "2026-03-13T02:02"
    assert values["22:30"] == "2026-03-12T22:30"


def test_a_header_stamp_s_clock_and_day_are_one_time() -> None:
    got = [(t.text, t.value) for t in tag(_COUNT.format(first="22:30", update="02:10", middle="00:40", declared="02:02"), None)]
    assert ("22:30, Thursday 12 March 2026", "2026-03-12T22:30") in got
    assert ("02:10, Friday 13 March 2026", "2026-03-13T02:10") in got


# guard: reading "Update, 16:20:" as an entry's stamp must not put it on the account's day
def test_an_update_stamp_under_a_report_is_the_page_s_day_not_the_story_s() -> None:
    """ "Update, 16:20: The council announced this afternoon ..." appended to a report of Tuesday's count,
    published on Wednesday: when the page was written, on its own day, not a time of the day the
    account was at."""
    text = ("Recount settles Mill ward\n\nPublished: 14 October 2026, 07:55 | Updated: 14 October 2026, 16:20\n\n"
            "The count began on Tuesday at 10 a.m. and the result was declared at 3.40 p.m. after two recounts "
            "of the postal votes.\n\nThe winner will take her seat on 21 October.\n\n"
            "Update, 16:20: The council announced this afternoon a review of its counts.\n")
    got = [(t.text, t.value) for t in tag(text, date(2026, 10, 14))]
    assert got[-2] == ("16:20", "2026-10-14T16:20")
