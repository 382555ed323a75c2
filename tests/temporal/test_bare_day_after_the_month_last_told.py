"""A day of the month said alone ("on the 12th") takes the month last told in its sentence or the
one before, not only the month that set the story's time: "will fly to Oslo on 9 April and come back
on the 12th" after "the May payroll" is 12 April; a field note's "14.02.2021. Flown out at 09:30.
The cores reached the freezer on the 16th." is 16 February, past the clock time between. A month of a
look back ("had last been serviced in May 2019") is passed over."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_the_day_takes_the_month_of_its_own_sentence() -> None:
    text = ("The new rates will be paid from the May payroll. The envoy will fly to Oslo on 9 April and "
            "come back on the 12th.")
    assert _values(text, date(2026, 3, 2))["the 12th"] == "2026-04-12"


def test_a_clock_time_between_passes() -> None:
    text = "14.02.2021. Flown out at 09:30. The cores reached the freezer on the 16th, still frozen."
    assert _values(text, date(2021, 2, 20))["the 16th"] == "2021-02-16"


def test_a_month_of_a_look_back_is_passed_over() -> None:
    text = ("The barge left the quay on 3 March 2024. It had last been serviced in May 2019. "
            "It sank on the 5th.")
    assert _values(text, date(2024, 6, 1))["the 5th"] != "2019-05-05"


@pytest.mark.parametrize("text, expression, value", [
    # a bare day between its clause's subject and past verb (session 54, our own log and diary lines)
    ("On the 2nd of May the wind failed and we lay becalmed for four days. A squall on the 7th brought rain.",
     "the 7th", "1853-05-07"),
    ("The consul wrote on 20 March. A cable sent on the 28th reached the ministry a week later.",
     "the 28th", "1853-03-28"),
    ("Snow fell on 4 January. The thaw on the 11th flooded the lower meadow.", "the 11th", "1853-01-11"),
    # a part of a bare day is one time with it
    ("The fleet sailed from Port Elder on 2 March 1853. A gale on the night of the 11th tore the foresail.",
     "the night of the 11th", "1853-03-11TNI"),
    ("We left on 2 August. On the morning of the 4th the guide fell ill.", "the morning of the 4th", "1853-08-04TMO"),
    # a day before the date a letter or an entry is written on, told as done: that month's
    ("HL/4/2. Harwick, 14 March 1853. A gale on the night of the 11th tore the roof off the shed.",
     "the night of the 11th", "1853-03-11TNI"),
    ("Cape Rowe, 20th Sept. 1853.\nThe mail boat came in on the 17th, with your letter.", "the 17th", "1853-09-17"),
    # a journal's entry opened by its bare day, set off by a full stop, a colon or a dash
    ("On the 9th of April we sighted a sail to windward.\n\nThe 12th. Heavy weather all day.", "The 12th", "1853-04-12"),
    ("We reached the fort on 3 June.\nThe 5th: rain again, and the river rising.", "The 5th", "1853-06-05"),
    ("Left the mission on 14 October.\nThe 16th — Crossed the ridge at noon.", "The 16th", "1853-10-16"),
])
def test_a_bare_day_in_a_log_or_a_diary_takes_the_month_just_told(text: str, expression: str, value: str) -> None:
    assert _values(text, date(1853, 12, 1)).get(expression) == value, _values(text, date(1853, 12, 1))


@pytest.mark.parametrize("text, expression", [
    # (guards) an ordinal before a noun it counts, or a heading "The 5th" that goes on as a name
    ("She moved in on 3 May. Her flat on the 5th floor faced the park.", "the 5th"),
    ("The match began on 3 May. On the 3rd seeded court the rain held off.", "the 3rd"),
    ("The regiment landed on 3 May.\nThe 5th Battalion followed a week later.", "The 5th"),
])
def test_an_ordinal_that_counts_a_noun_is_no_day(text: str, expression: str) -> None:
    assert expression not in _values(text, date(1853, 12, 1))


def test_a_day_before_a_told_day_of_the_story_is_not_that_month() -> None:
    """(guard) the day told is a step of the story, not the date the page is written on."""
    text = "The fleet reached port on 14 March 1853. It sailed again on the 11th."
    assert _values(text, date(1853, 12, 1)).get("the 11th") != "1853-03-11"


#: a journal dropped in with no page date: its entries open with bare days, one with its weekday
JOURNAL = ("Journal of the ketch Plover, 1866\n\nApril 2nd. Left the harbour at dawn.\n\n3rd. Wind light. Made "
           "forty miles by noon.\n\n4th. Wednesday. Fog all day.\n\nOn Thursday we anchored off the point.\n")
#: another, a walking tour's notes
TOUR = ("Notes of a walking tour, 1887\n\nSeptember 5th. Took the early train to the hills.\n\n6th. Rain. Stayed "
        "at the inn until noon.\n\n7th. Wednesday. Crossed the pass.\n\nOn Friday we walked down to the lake.\n")


@pytest.mark.parametrize("text, expression, value", [
    (JOURNAL, "3rd", "1866-04-03"),
    (JOURNAL, "4th", "1866-04-04"),
    (TOUR, "6th", "1887-09-06"),
])
def test_a_journals_entry_opened_by_a_bare_day_is_a_day(text: str, expression: str, value: str) -> None:
    assert _values(text, None).get(expression) == value, _values(text, None)


@pytest.mark.parametrize("text, expression, value", [
    (JOURNAL, "noon", "1866-04-03T12:00"),
    (JOURNAL, "Thursday", "1866-04-05"),
    (TOUR, "noon", "1887-09-06T12:00"),
    (TOUR, "Friday", "1887-09-09"),
])
def test_the_times_of_a_journals_entries_opened_by_bare_days(text: str, expression: str, value: str) -> None:
    from explorer.documents.document import Document
    from explorer.ingest import extract_document

    got = {e.timex: e.value for e in extract_document(Document("journal.txt", text, "journal")).events}
    assert got.get(expression) == value, got


def test_a_results_lists_places_are_no_days() -> None:
    """(guard) "1st." opening a line with no month named above is a place in a list."""
    text = "Cross-country results\n\n1st. Harriers AC, 44 points.\n2nd. Valley Striders, 61 points.\n"
    assert not [t for t in tag(text, date(1990, 5, 1)) if t.text in ("1st", "2nd")]
