"""Issue #11: both ends of a yearless range are read in one direction.

Each end read on its own could land in different years ("between May and July" in a past sentence
told in March gave May of last year and July of this one). The first end picks the year and the
second follows it (the next year only when it comes earlier in the calendar); a year said once at
the end ("from June to September last year") is the whole range's. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _range(text: str, dct: date) -> tuple[str, ...]:
    found = [t for t in tag(text, dct) if t.parts]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct)]
    return tuple(p.value for p in found[0].parts)


MARCH = date(2025, 3, 3)


@pytest.mark.parametrize("text, expected", [
    ("Sales were strong between May and July.", ("2024-05", "2024-07")),
    ("Works took place from May to July.", ("2024-05", "2024-07")),
    ("The old bridge stayed shut from 3 May to 12 July.", ("2024-05-03", "2024-07-12")),
    ("Turnout was low between April and June, the club admitted.", ("2024-04", "2024-06")),
])
def test_past_range_keeps_one_year(text: str, expected: tuple[str, ...]) -> None:
    assert _range(text, MARCH) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fair runs between May and July.", ("2025-05", "2025-07")),
    ("The ferry will sail twice a week between October and February.", ("2025-10", "2026-02")),
    ("The sailings were cut from November to January.", ("2024-11", "2025-01")),
])
def test_second_end_follows_first(text: str, expected: tuple[str, ...]) -> None:
    assert _range(text, MARCH) == expected


@pytest.mark.parametrize("text, expected", [
    ("The scheme began in 2019. A survey ran from June to September last year.", ("2025-06", "2025-09")),
    ("The scheme began in 2019. Trials ran from November to February last year.", ("2024-11", "2025-02")),
    ("Prices fell from May to July last year.", ("2025-05", "2025-07")),
])
def test_year_said_at_the_end_is_the_ranges(text: str, expected: tuple[str, ...]) -> None:
    assert _range(text, date(2026, 2, 13)) == expected


@pytest.mark.parametrize("text, expected", [
    # a range opening the sentence, its past verb after it: the span the act lay in, as "In May, …"
    ("Between May and July the ferry was idle.", ("2024-05", "2024-07")),
    ("Between May and July, prices fell.", ("2024-05", "2024-07")),
    ("From May to July, prices fell.", ("2024-05", "2024-07")),
    ("From late May to early July the pier was closed.", ("2024-05", "2024-07")),
    # "between" is a date's preposition: "3 May" (May is also a modal) needs one
    ("The bridge was shut between 3 May and 12 July.", ("2024-05-03", "2024-07-12")),
])
def test_opening_range_with_past_verb(text: str, expected: tuple[str, ...]) -> None:
    assert _range(text, MARCH) == expected


def test_open_from_still_looks_ahead() -> None:
    # no second end: "from April" with a present verb is no span gone by
    [april] = [t for t in tag("Waiting times rise sharply from April, the office has warned.", MARCH)
               if t.text == "April"]
    assert april.value == "2025-04"
