"""A yearless month told after a day that was itself read back from a guessed page date is not
placed by that day: the page's own date (the latest the text can tell in the past) rules it."""
from datetime import date

import pytest

from explorer.temporal.tagger import tag


@pytest.mark.parametrize("text", [
    "The envoys met on December 26 to discuss the deal. It is unclear which of the conditions set by "
    "the minister in May the council would accept.",
    "Talks resumed on December 20 after a pause. The plan the committee drafted in May was dropped.",
])
def test_a_past_month_after_a_day_read_from_the_page_lies_before_the_page(text: str) -> None:
    page = date(2019, 1, 8)
    may = [t for t in tag(text, page, dct_inferred=True) if t.text == "May"]
    assert [t.value for t in may] == ["2018-05"]


def test_a_month_after_a_day_told_with_its_year_still_follows_it() -> None:
    """The rule the guard narrows: "The dam failed on 14 March 1928. An inquiry opened in April." """
    text = "The dam failed on 14 March 1928. Hundreds fled the valley. An inquiry opened in April."
    april = [t for t in tag(text, date(1928, 3, 14), dct_inferred=True) if t.text == "April"]
    assert [t.value for t in april] == ["1928-04"]
