"""Issue 11, session 19: ranges of months joined by any range word, ranges of weekdays told as done,
and dates moved by a verb of moving. Sentences of our own; weekdays are tried on every day of a week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag


def _ends(text: str, dct: date) -> list[str]:
    """The values of the (first) range's two ends, or of whatever was tagged when there is no range."""
    found = tag(text, dct)
    ranged = [t for t in found if len(t.parts) == 2]
    if ranged:
        return [p.value for p in ranged[0].parts]
    return [t.value for t in found]


@pytest.mark.parametrize("joiner", ["through", "thru", "until", "till", "to", "-", "–", " - ", " – "])
@pytest.mark.parametrize("first", ["May", "March"])
def test_a_range_of_months_keeps_its_first_end_whatever_word_joins_it(joiner: str, first: str) -> None:
    # "May" and "March" are words too; the first end of a range of months is a month all the same
    sep = joiner if joiner.strip() in ("-", "–") else f" {joiner} "
    text = f"The garden centre opens {first}{sep}September 2025 on weekdays."
    month = "05" if first == "May" else "03"
    assert _ends(text, date(2025, 1, 8)) == [f"2025-{month}", "2025-09"]


@pytest.mark.parametrize("text", [
    "Ticket sales ran March through June, the organisers said.",
    "Volunteers counted birds May until August.",
])
def test_a_range_of_yearless_months_without_from_reads_both_ends(text: str) -> None:
    ends = _ends(text, date(2024, 11, 20))
    assert len(ends) == 2 and ends[0][:4] == ends[1][:4] == "2024", ends


@pytest.mark.parametrize("text", [
    "The march through the valley was long.",
    "You may through no fault of your own lose the deposit.",
    "Theresa May to visit the plant.",
])
def test_a_verb_or_a_name_before_a_range_word_is_no_month(text: str) -> None:
    assert not [t for t in tag(text, date(2024, 3, 3)) if t.text.startswith(("May", "March", "march", "may"))]


_WEEK = [date(2024, 6, 10) + timedelta(days=k) for k in range(7)]  # Monday 10 .. Sunday 16 June 2024


def _first_days(text: str, dct: date) -> tuple[date, date]:
    """The first days of the two ends of the range in ``text``."""
    found = [t for t in tag(text, dct) if len(t.parts) == 2]
    assert found, text
    first, second = (p.begin for p in found[0].parts)
    assert isinstance(first, date) and isinstance(second, date)
    return first, second


@pytest.mark.parametrize("dct", _WEEK, ids=lambda d: d.strftime("%a"))
@pytest.mark.parametrize("text", [
    "The ferry was cancelled Friday to Sunday because of the gale.",
    "The library stayed shut from Tuesday until Thursday.",
    "Fans queued Saturday through Monday for the tickets.",
    "The bakery was open Thursday to Saturday.",
])
def test_a_range_of_weekdays_told_as_done_has_ended_by_the_page(text: str, dct: date) -> None:
    first, second = _first_days(text, dct)
    assert first <= second <= dct, (dct, first, second)
    assert (second - first).days < 7  # one stretch, in one direction
    assert (dct - second).days < 7  # the latest one that has ended


@pytest.mark.parametrize("dct", _WEEK, ids=lambda d: d.strftime("%a"))
@pytest.mark.parametrize("text", [
    "The market is open Friday to Sunday.",
    "The pool will close from Thursday through Saturday.",
    "The festival runs Saturday–Monday.",
])
def test_a_range_of_weekdays_ahead_reads_forward_in_one_direction(text: str, dct: date) -> None:
    first, second = _first_days(text, dct)
    assert dct <= first <= second and (second - first).days < 7, (dct, first, second)


@pytest.mark.parametrize("text, dct, expected", [
    # news of a plan moved: the old month is still ahead, the new one after it (postponed) or before it
    ("The vote has been postponed from March to May.", date(2024, 1, 10), ["2024-03", "2024-05"]),
    ("The launch will be pushed back from April to June.", date(2024, 1, 10), ["2024-04", "2024-06"]),
    ("The club has brought the gala forward from September to August.", date(2024, 1, 10), ["2024-09", "2024-08"]),
    ("The wedding has been brought forward from September to August.", date(2024, 1, 10), ["2024-09", "2024-08"]),
    ("The tribunal was moved from November to February.", date(2024, 9, 10), ["2024-11", "2025-02"]),
    ("The carnival has been delayed from December to January.", date(2024, 10, 2), ["2024-12", "2025-01"]),
    # a move told in the past of months near the page: the nearest such months, behind it
    ("The board delayed the sale from August to October.", date(2024, 11, 25), ["2024-08", "2024-10"]),
    ("The fair moved from June to August.", date(2024, 9, 10), ["2024-06", "2024-08"]),
    ("Organisers moved the regatta from June to 5 July.", date(2024, 1, 10), ["2024-06", "2024-07-05"]),
])
def test_a_moved_date_reads_the_old_date_near_the_page_and_the_new_one_from_it(
        text: str, dct: date, expected: list[str]) -> None:
    assert _ends(text, dct) == expected


def test_a_date_brought_forward_spans_from_the_new_date_to_the_old() -> None:
    found = [t for t in tag("The wedding has been brought forward from September to August.", date(2024, 1, 10))
             if t.parts]
    assert found and (found[0].begin, found[0].end_day) == (date(2024, 8, 1), date(2024, 9, 30))


@pytest.mark.parametrize("dct", [date(1, 1, 3), date(1, 2, 20), date(9999, 12, 30), date(9999, 11, 2)])
@pytest.mark.parametrize("text", [
    "The vote was postponed from March to May.",
    "The vote has been postponed from November to February.",
    "The club has brought the gala forward from January to December.",
    "The ferry was cancelled Friday to Sunday.",
])
def test_moves_and_weekday_ranges_hold_at_the_calendars_edges(text: str, dct: date) -> None:
    for t in tag(text, dct):  # no year 0 or 10000 asked of the calendar
        assert t.begin is None or t.end_day is None or t.begin <= t.end_day
