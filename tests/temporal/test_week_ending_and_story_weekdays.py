"""A history kept as a ledger by weeks: "Week ending 5 August. ... fell ill on the Tuesday" is the
Tuesday of the seven days ending on 5 August; and a day with its weekday ("on Thursday 24 August")
that falls on that weekday in a year the text states (its title's "1862") is a day of that year's
story, not a clue that the page was written decades after the text's last year (a later Thursday
24 August)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import infer_document_date, tag


LEDGER = ("Typhus at Marlow Fold, 1862: the overseer's weekly book\n\n"
          "Week ending 9 August. A carter fell ill on the Monday and died on the Wednesday. "
          "The vestry met on the Thursday.\n\n"
          "Week ending 16 August. Nine cases. On Thursday 14 August the vestry closed the well.\n\n"
          "After the fever. The book was given to the county archive in 1931.\n")


def test_a_day_with_its_weekday_in_a_year_the_text_states_dates_no_page() -> None:
    assert infer_document_date(LEDGER, today=date(2026, 1, 1)) is None


def test_a_weekday_under_a_week_ending_heading() -> None:
    got = {t.text: t.value for t in tag(LEDGER, None)}
    assert got["Monday"] == "1862-08-04"
    assert got["Thursday"] == "1862-08-07"


@pytest.mark.parametrize("text, expression, value", [
    ("The week of 2 February: the minister presents the budget for 2026–27 on the Tuesday.", "Tuesday", "2026-02-03"),
    ("March 9th–13th. We filmed for a week at the salt works. On the Wednesday the owners said they would sell.",
     "Wednesday", "2026-03-11"),
    ("The fair ran from 3 to 7 August 2025. On the Thursday a storm flattened the main tent.", "Thursday", "2025-08-07"),
    ("The conference runs from Monday 8 June to Friday 12 June. Delegates visit the port on the Wednesday evening.",
     "Wednesday evening", "2026-06-10TEV"),
    # guard: without "the" a weekday is the writer's, counted from the page's date
    ("The fair ran from 3 to 7 August 2025. On Thursday the council met.", "Thursday", "2026-01-08"),
    # guard: a stretch told in an earlier paragraph no longer holds the weekday
    ("The fair ran from 3 to 7 August 2025.\n\nOn the Thursday a storm hit.", "Thursday", "2026-01-08"),
])
def test_a_weekday_said_with_the_after_a_stretch_of_days_is_inside_it(text: str, expression: str, value: str) -> None:
    """ "the Tuesday" points back to a week already told (issue 11: "The week of 2 February ... on the
    Tuesday" was read as the Tuesday after the page's date)."""
    got = {t.text: t.value for t in tag(text, date(2026, 1, 10))}
    assert got[expression] == value
