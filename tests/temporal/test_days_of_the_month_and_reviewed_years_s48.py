"""Two readings of yearless days (session forty-eight, from own pages: a trade fair's report, a
garden's year, a union's history).

A day named by its place in "the month" ("the last Saturday of the month", "the first Monday of the
month") is that weekday in the month the text is in: the page's in news, the story's or the section's
in a history or a review. It was read as "last Saturday" alone, the Saturday before the page, or
as a bare "Monday".

A review of a year told in the past ("The team was called out 41 times in 2025 ... two climbers were
lowered to safety on 8 March", published in January 2026) keeps its yearless days in the year it has
named: the rule that moves a day more than half a year behind the page to the nearer one ahead (a
misread tense) moved the review's first months into the year after it. Not a limit ahead of the page
("has been given until the end of March to fix it"), nor a plan. Every sentence here is written for
this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2026, 5, 7)  # a Thursday
AFTER_THE_YEAR = date(2026, 1, 9)


def _value(text: str, expression: str, dct: date | None = DCT) -> str:
    found = [t for t in tag(text, dct) if t.text == expression]
    assert found, [(t.text, t.value) for t in tag(text, dct)]
    return found[-1].value


@pytest.mark.parametrize("text, expression, value", [
    # the page's month, a day ahead and a day behind the page
    ("The council will hold its budget vote on the last Thursday of the month.",
     "the last Thursday of the month", "2026-05-28"),
    ("Tickets for the choir's concert went on sale on the first Monday of the month.",
     "the first Monday of the month", "2026-05-04"),
    # the story's month in a history
    ("In March 2019 the mill flooded for the second time. The owners reopened it on the last Monday "
     "in the month, after a week of pumping.", "the last Monday in the month", "2019-03-25"),
    # a month told just before, with its year
    ("The ferry company cut its winter timetable in November 2024, and the first sailing of the new "
     "timetable left on the second Saturday of the month.", "the second Saturday of the month", "2024-11-09"),
])
def test_a_weekday_counted_in_the_month_is_in_the_month_the_text_is_in(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize("text, expression, value", [
    # a weekday in every month stays a set; a month named keeps its own day
    ("The farmers' market is held on the first Sunday of every month.",
     "the first Sunday of every month", "XXXX-XX-WXX-7"),
    ("The regatta is held on the first Sunday of August.", "the first Sunday of August", "2026-08-02"),
])
def test_a_weekday_of_every_month_or_of_a_month_named_is_unchanged(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_weekday_counted_in_the_month_of_an_undated_page_has_no_day() -> None:
    got = [t for t in tag("The dinner will be held on the last Saturday of the month.", None)
           if t.text == "the last Saturday of the month"]
    assert got and got[0].begin is None


@pytest.mark.parametrize("text, expression, value", [
    ("The society held twelve meetings in 2025. A storm on 14 February flattened the marquee at the "
     "summer show's site.", "14 February", "2025-02-14"),
    ("The lifeboat crew launched 52 times in 2025, six fewer than the year before. Fog on 2 March left "
     "a trawler aground off the point.", "2 March", "2025-03-02"),
    ("Our volunteers planted 4,000 trees in 2025. The frost of 20 January killed many of the young oaks.",
     "20 January", "2025-01-20"),
    # a place gone to without its article is no infinitive of a plan ("to safety", "to hospital")
    ("The rescue team was called out 38 times in 2025. Two walkers were lowered to safety on the "
     "evening of 8 March.", "the evening of 8 March", "2025-03-08TEV"),
    ("The ambulance station answered 9,000 calls in 2025. A cyclist was rushed to hospital on 2 April "
     "after a fall on the pass.", "2 April", "2025-04-02"),
])
def test_a_review_of_a_year_keeps_its_days_in_that_year(text: str, expression: str, value: str) -> None:
    assert _value(text, expression, AFTER_THE_YEAR) == value


@pytest.mark.parametrize("text, expression, value", [
    # a limit ahead of the page, and a plan, are still ahead of it
    ("The contractor, which finished the bridge in 2025, has been given until the end of February to "
     "fix the lights.", "the end of February", "2026-02"),
    ("The team grew in 2025. Its open day on 6 February will be held at the new base.", "6 February", "2026-02-06"),
])
def test_a_limit_or_a_plan_after_a_year_told_stays_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, expression, AFTER_THE_YEAR) == value


_REVIEW = ("The allotment society's year\n\nJanuary\nThe committee met in the village hall and set the rents."
           "\n\nFebruary\nHeavy rain on 9 February flooded the lower plots.\n\nMay\nThe plant sale raised £600."
           "\n\nSeptember\nMembers showed their marrows at the county show on 13 September.\n")


@pytest.mark.parametrize("dct, expression, value", [
    # written in December: the months of the year the page is in, never the coming January
    (date(2025, 12, 18), "January", "2025-01"),
    (date(2025, 12, 18), "February", "2025-02"),
    # a day under one, its verb after it
    (date(2025, 12, 18), "9 February", "2025-02-09"),
])
def test_month_headings_of_a_year_told_month_by_month_are_that_years(dct: date, expression: str, value: str) -> None:
    assert _value(_REVIEW, expression, dct) == value


def test_month_headings_published_after_the_year_are_the_year_befores() -> None:
    """A guard: published in January, the nearest September was the year before's already."""
    assert _value(_REVIEW, "September", date(2026, 1, 14)) == "2025-09"


def test_month_headings_of_a_programme_ahead_stay_ahead() -> None:
    programme = ("Winter talks at the museum\n\nJanuary\nA curator will talk about the town's lost mills.\n\n"
                 "February\nThe archivist will show maps of the old harbour.\n\nMarch\nA walk will follow the "
                 "line of the medieval wall.\n")
    assert _value(programme, "January", date(2025, 12, 18)) == "2026-01"


@pytest.mark.parametrize("text, expression, value", [
    # a fixture told in the present over a part of a month: the coming one, as over the month itself
    ("The boat show runs in the second week of June at the old dock.", "the second week of June", "2026-06-08"),
    ("The ticket sale starts in the last week of March, the club said.", "the last week of March", "2026-03-25"),
    ("The poll closes in the first week of May.", "the first week of May", "2026-05-01"),
])
def test_a_part_of_a_month_a_present_fixture_names_is_ahead(text: str, expression: str, value: str) -> None:
    got = [t for t in tag(text, date(2025, 7, 10)) if t.text == expression]
    assert got and got[0].begin is not None and got[0].begin.isoformat() == value, [(t.text, t.begin) for t in got]


def test_a_part_of_a_month_told_as_done_stays_behind() -> None:
    got = [t for t in tag("The boat show ran in the second week of June.", date(2025, 7, 10))
           if t.text == "the second week of June"]
    assert got and got[0].begin == date(2025, 6, 8)
