"""A history kept as a ledger by weeks: "Week ending 5 August. ... fell ill on the Tuesday" is the
Tuesday of the seven days ending on 5 August; and a day with its weekday ("on Thursday 24 August")
that falls on that weekday in a year the text states (its title's "1862") is a day of that year's
story, not a clue that the page was written decades after the text's last year (a later Thursday
24 August)."""

from __future__ import annotations

from datetime import date

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
