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
