"""Results news compares a reported period with the same one a year before; TimeML values the
comparison at the reported period's granularity (TBAQ's "a year earlier" after "the third quarter"
is 1988-Q3). Session fourteen: halves as well as quarters, "the same period last year" after a
named quarter or half, and "the year-earlier nine months" as one stretch of time. Own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2025, 7, 30)  # a Wednesday; the last quarter completed is 2025-Q2


def _values(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("Profit in the first half fell 8 percent from the same period last year.", "the same period last year", "2024-H1"),
    ("Sales in the first half were $2 billion, up from $1.8 billion a year earlier.", "a year earlier", "2024-H1"),
    ("Margins in the first half were thinner than a year ago, the retailer said.", "a year ago", "2024-H1"),
    ("Net income for the first quarter rose. It was $4 million in the same period last year.", "the same period last year", "2024-Q1"),
    ("Orders in the first quarter were well below the year-ago quarter.", "the year-ago quarter", "2024-Q1"),
    ("The group expects sales in the second half to be lower than a year earlier.", "a year earlier", "2024-H2"),
])
def test_a_comparison_takes_the_reported_period_a_year_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


@pytest.mark.parametrize("text, expression, value", [
    # nothing named before it: the last quarter completed before the report, as before
    ("Revenue rose 5 percent from the year-ago quarter.", "the year-ago quarter", "2024-Q2"),
    # a quarter given by its own end is the one that ended then, not the one named in the sentence before
    ("Profit for the first quarter was flat. Sales rose in the quarter ended June 30.", "the quarter", "2025-Q2"),
    # a half is compared only as a "period"; "the quarter" after a half is still a quarter
    ("Revenue in the first half rose. For the quarter, profit was flat.", "the quarter", "2025-Q2"),
])
def test_a_business_period_without_a_named_one_just_before_keeps_its_reading(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


@pytest.mark.parametrize("text, expression, value", [
    ("Profit was $118 million, against $104 million in the year-earlier nine months.", "the year-earlier nine months", "P9M"),
    ("Sales for the year-ago six months were $2 billion.", "the year-ago six months", "P6M"),
    ("Net income fell from the comparable year-earlier three months.", "the comparable year-earlier three months", "P3M"),
])
def test_a_year_earlier_stretch_is_one_duration(text: str, expression: str, value: str) -> None:
    got = _values(text)
    assert (expression, "DURATION", value) in got
    assert len(got) == 1  # not "year-earlier" and "nine months" apart


def test_a_year_earlier_adjective_alone_stays_the_year() -> None:
    assert ("year-earlier", "DATE", "2024") in _values("The year-earlier loss was $3 million.")


OCT = date(2025, 10, 29)  # results season for the third quarter


@pytest.mark.parametrize("text, expression, value", [
    # the quarter a day ends, not the day: "a year ago" is that quarter a year back
    ("The brewer earned $9 million in the quarter ended Sept. 30. It lost $2 million a year ago.", "a year ago", "2024-Q3"),
    ("Tolland posted a profit for its fiscal first quarter ended Sept. 30. It had a loss a year earlier.", "a year earlier", "2024-Q1"),
    # named again after the year-back period: the same period, not one more year back
    ("Sales in the third quarter rose to $80 million from $71 million a year ago. "
     "Margins were also wider than a year earlier.", "a year earlier", "2024-Q3"),
    ("The bank earned $3 million in the quarter ended Sept. 30, against $5 million in the year-ago quarter. "
     "The year-earlier figures were restated.", "year-earlier", "2024-Q3"),
])
def test_a_comparison_names_the_reported_quarter_a_year_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, OCT)


@pytest.mark.parametrize("text", [
    "Profit rose in the third quarter. For the nine months, profit was $40 million, up from $31 million a year earlier.",
    "Third-quarter sales fell. In the first nine months, sales were $1.2 billion, against $1.1 billion a year ago.",
    "The quarter was weak. Sales rose from a year earlier. For the first six months, net income was flat "
    "compared with a year earlier.",
])
def test_after_a_reported_stretch_of_months_the_comparison_is_the_year(text: str) -> None:
    got = _values(text, OCT)
    last = [v for e, _, v in got if e.lower() in ("a year earlier", "a year ago")][-1]
    assert last == "2024"


APR = date(2026, 4, 23)


@pytest.mark.parametrize("text, expression, value", [
    ("Consumer prices rose 2.4 percent in March from a year earlier.", "a year earlier", "2025-03"),
    ("Exports in February were 5 percent higher than a year ago.", "a year ago", "2025-02"),
    ("Car sales in January fell 3 percent compared with a year earlier, the industry body said.", "a year earlier", "2025-01"),
])
def test_a_months_figure_is_compared_with_that_month_a_year_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text, expression, value", [
    ("In May the plant reopened. A year earlier it had closed.", "A year earlier", "2024"),  # no comparison: the year
])
def test_a_year_earlier_after_a_month_without_a_comparison_stays_a_year(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, APR)


@pytest.mark.parametrize("text, expression, value", [
    ("The factory will open in mid-2028, a year later than planned.", "a year", "P1Y"),
    ("The bridge reopened two months earlier than expected.", "two months", "P2M"),
    ("The vote came about a week later than the party wanted.", "about a week", "P1W"),
])
def test_a_gap_later_or_earlier_than_something_is_a_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _values(text, APR)


def test_a_count_later_without_than_is_still_a_date() -> None:
    assert ("a day later", "DATE", "2026-04-24") in _values("The minister arrived on April 23. The king came a day later.", APR)


@pytest.mark.parametrize("text, expression, value", [
    ("Third-quarter net income rose to $56 million from $36.8 million last year.", "last year", "2024-Q3"),
    ("In the latest quarter the unit lost $23 million, compared with earnings of $33 million last year.", "last year", "2024-Q3"),
    ("Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.", "last year", "2024-Q3"),
])
def test_last_year_as_the_other_side_of_a_figure_is_the_reported_period_a_year_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, OCT)


@pytest.mark.parametrize("text, expression, value", [
    ("The third quarter was strong. Last year catastrophe losses totaled $5 million.", "Last year", "2024"),
    ("Analysts expect $4 a share for this year, up from last year's $3.27 a share.", "last year", "2024"),
    ("In the nine months, net rose to $525 million, from $504 million, or $4.41 a share, last year.", "last year", "2024"),
])
def test_last_year_elsewhere_is_the_year(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, OCT)


@pytest.mark.parametrize("text, expression, value", [
    ("Net income in the third quarter was $148 million, up from $72 million in the prior-year period.", "the prior-year period", "2024-Q3"),
    ("Operating income was $49 million in the quarter, against a loss in the previous-year period.", "the previous-year period", "2024-Q3"),
    ("Revenue in the second quarter rose 3 percent from the prior-year quarter.", "the prior-year quarter", "2024-Q2"),
])
def test_prior_year_periods_are_the_reported_period_a_year_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, OCT)


@pytest.mark.parametrize("text, expression, value", [
    ("Profit in the third quarter rose from the previous year's third quarter.", "the previous year's third quarter", "2024-Q3"),
    ("Sales fell from the prior year's fourth quarter.", "the prior year's fourth quarter", "2024-Q4"),
    ("Profit in the September quarter rose 5 percent from a year earlier.", "the September quarter", "2025-Q3"),
    ("Profit in the September quarter rose 5 percent from a year earlier.", "a year earlier", "2024-Q3"),
    ("Exports in the June quarter of 2024 rose.", "the June quarter of 2024", "2024-Q2"),
    ("Sales in the June half fell.", "the June half", "2025-H1"),
    ("Sales in the December half of 2024 fell.", "the December half of 2024", "2024-H2"),
])
def test_quarters_named_by_their_year_or_their_last_month(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, OCT)


def test_a_month_ending_a_period_is_no_month_to_compare() -> None:
    got = _values("Profit for the three months to September rose 5 percent from a year earlier.", OCT)
    assert ("a year earlier", "DATE", "2024-09") not in got


@pytest.mark.parametrize("text, expression", [
    # (session 54: "more than" or "less than" after a figure is the figure's comparison, not a hedge on the
    # count of years: the expression is the earlier period alone, which the events read as a baseline)
    ("In 2024 the shop raised £90,000, £11,000 more than a year earlier.", "a year earlier"),
    ("The mill ground 4,100 tonnes in 2023, 8 per cent less than a year before.", "a year before"),
    ("The orchard gave 300 crates in 2022, forty more than two years earlier.", "two years earlier"),
])
def test_a_figures_comparative_stays_out_of_the_earlier_period(text: str, expression: str) -> None:
    assert expression in [t for t, _, _ in _values(text)]


def test_a_hedged_count_of_years_keeps_its_hedge() -> None:
    # (guard: no figure before "more than", the hedge is the expression's)
    assert "more than a year earlier" in [t for t, _, _ in _values("The mill shut in March 2020. The bakery closed, more than a year earlier.")]


@pytest.mark.parametrize("text, dct, expression, value", [
    # "this quarter" owning figures in a results report is the quarter reported, not the one under way
    ("Second-quarter profit fell 12 percent. This quarter's loss includes a charge for the closed mill.",
     DCT, "This quarter", "2025-Q2"),
    ("Net income in the third quarter rose to $51 million. This quarter's results show the strength of services.",
     date(2023, 10, 24), "This quarter", "2023-Q3"),
    ("The brewer's first-quarter sales rose 4 percent from the year-ago quarter, and this quarter's margins widened.",
     date(2024, 4, 18), "this quarter", "2024-Q1"),
    # guards: plans for this quarter, or no quarter reported, keep the quarter under way
    ("Second-quarter profit fell. This quarter's sales will be lower, the chain said.", DCT, "This quarter", "2025-Q3"),
    ("This quarter's profit was hurt by a strike at the port.", DCT, "This quarter", "2025-Q3"),
])
def test_this_quarters_figures_are_the_reported_quarters(text: str, dct: date, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, dct)


@pytest.mark.parametrize("text, dct, expression, value", [
    # a period weighed against another ("stronger than the first half") is one with results: gone by
    ("Revenue rose 9 percent. We expect the second half to be stronger than the first half.",
     date(2023, 10, 24), "the first half", "2023-H1"),
    ("Orders rose. The company expects the fourth quarter to be weaker than the second quarter.",
     date(2023, 10, 24), "the second quarter", "2023-Q2"),
    ("Sales rose. Management expects the first quarter to be softer than the fourth quarter.",
     date(2024, 1, 20), "the fourth quarter", "2023-Q4"),
    # guard: a deadline ("no later than") stays ahead
    ("Sales rose. The new plant will open no later than the second quarter.", date(2023, 10, 24), "the second quarter", "2024-Q2"),
])
def test_a_period_compared_with_is_one_with_results(text: str, dct: date, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text, dct)
