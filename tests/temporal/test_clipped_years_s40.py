"""A year written with two figures ("'89") is of the century the text is at: a history's story year,
else the document's date; with neither, 2000s up to '30 and 1900s after."""

from datetime import date

import pytest

from explorer import temporal
from explorer.temporal.grammar.blocks import year_near


@pytest.mark.parametrize("yy, reference, year", [
    (89, 1790, 1789), (9, 1804, 1809), (98, 2020, 1998), (29, 2024, 2029), (35, 2024, 1935), (5, 1998, 2005),
    (0, 1899, 1900), (99, 1901, 1899),
])
def test_year_near(yy: int, reference: int, year: int) -> None:
    assert year_near(yy, reference) == year


@pytest.mark.parametrize("text, dct, expression, value", [
    ("The assembly first met in June 1789. Its radical wing founded the Society of '89 in 1790.", None, "'89", "1789"),
    ("The canal company was formed in 1824. By '29 its boats reached the coast.", None, "'29", "1829"),
    ("The mill burned in 1861. In the summer of '63 it was rebuilt.", None, "the summer of '63", "1863-SU"),
    ("She joined the firm in '98 and left in '05.", date(2006, 3, 1), "'05", "2005"),
    ("Profits should double by '27, the chairman said.", date(2024, 5, 1), "'27", "2027"),
    ("The class of '14 met for a reunion.", None, "'14", "2014"),  # nothing to go by: the plain reading
])
def test_a_clipped_year_is_of_the_time_told(text: str, dct: date | None, expression: str, value: str) -> None:
    found = {text[t.start:t.end]: t.value for t in temporal.tag(text, dct)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize("text, expression, value", [
    ("REGIMENTAL DIARY\nPeriod: March 1918\n\nARRAS, 3.3.18. Battalion in reserve.\n\n4.3.18. Moved up to the line.",
     "4.3.18", "1918-03-04"),
    ("Ship's surgeon's journal, voyage of 1912.\n\n14.4.12. Two stokers down with fever.", "14.4.12", "1912-04-14"),
    ("Log of the survey launch, season of 1925\n\n14/7/25 Sounded the bar at low water.", "14/7/25", "1925-07-14"),
    # guards: a page whose years lie nearer the pivot's reading keeps it
    ("The club was founded in 1924 and rebuilt in 2019.\n\nMinutes, 12.3.24: the committee met.", "12.3.24", "2024-03-12"),
    ("Meeting notes 4.2.19. The budget for 2019 was agreed.", "4.2.19", "2019-02-04"),
])
def test_a_numeric_date_s_two_figure_year_is_of_the_century_the_page_writes(text: str, expression: str, value: str) -> None:
    """ "Month and year: June 1917" over a war diary's "1.6.17" entries: the figures are that year, not
    2017 (the pivot's guess); a page that also writes years nearer the guess keeps the guess."""
    found = {text[t.start:t.end]: t.value for t in temporal.tag(text, None)}
    assert found.get(expression) == value, found
