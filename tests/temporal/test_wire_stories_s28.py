"""Session 28 of issue 11 (the TBAQ wire gap): kinds found in ten short wire stories in the AQUAINT
style, written and annotated before the tagger was run on them (``fresh_wire_s28/``). Sentences here
are our own and vary the words of each kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view
from tests.temporal.test_fresh_news_s11 import assert_fresh_scores

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh_wire_s28"


def _found(text: str, dct: date) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in timeml_view(tag(text, dct))}


def test_the_fresh_wire_stories_are_all_there() -> None:
    files = sorted(FRESH.glob("*.tml"))
    assert len(files) == 10
    assert sum(f.read_text().count("<TIMEX3 ") - 1 for f in files) == 113


def test_fresh_wire_s28_values(tmp_path: Path) -> None:
    # measured at the end of session twenty-eight: relaxed 1.000, value 0.973 (0.947 before its rules)
    assert_fresh_scores(FRESH, tmp_path, "dct", (0.99, 0.97))


@pytest.mark.parametrize("text, dct, month, value", [
    ("The department will report on September personal income Monday.", date(1998, 10, 30), "September", "1998-09"),
    ("The Labor Department will publish February consumer prices next week.", date(2001, 3, 9), "February", "2001-02"),
    ("Analysts expect April durable goods orders to rise when the figures come out Tuesday.", date(1997, 5, 20), "April", "1997-04"),
    ("The agency will release November factory orders on Monday.", date(2004, 12, 29), "November", "2004-11"),
    ("Economists will watch July consumer spending closely.", date(1999, 8, 25), "July", "1999-07"),
    ("The Fed will study the August unemployment rate before it meets.", date(2010, 9, 2), "August", "2010-08"),
    ("Traders will look for clues in the June trade deficit, due Thursday.", date(1995, 8, 14), "June", "1995-06"),
])
def test_a_month_that_labels_a_statistic_is_the_month_just_gone_even_in_a_future_clause(
        text: str, dct: date, month: str, value: str) -> None:
    """ "will report on September personal income Monday", told in October: the month names the
    period the figure measures, which has ended before the figure comes out, not the next September
    the future tense would pick; as "October figures" and "retail sales" already were."""
    assert _found(text, dct)[month] == ("DATE", value)


@pytest.mark.parametrize("text, dct, month, value", [
    ("The city will hold elections in September.", date(1998, 10, 30), "September", "1999-09"),
    ("The Fed will cut interest rates in March, economists predict.", date(2001, 4, 9), "March", "2002-03"),
])
def test_a_month_of_a_plan_stays_ahead(text: str, dct: date, month: str, value: str) -> None:
    assert _found(text, dct)[month] == ("DATE", value)


@pytest.mark.parametrize("text, dct, expression, value", [
    ("The town has spent the past decade trying to reinvent itself.", date(1998, 11, 12), "the past decade", "P10Y"),
    ("She spent the past year rebuilding the company.", date(2003, 5, 6), "the past year", "P1Y"),
    ("It took the past month to clear the rubble.", date(2011, 4, 1), "the past month", "P1M"),
    ("The refugees have stayed the past week in tents near the border.", date(1999, 4, 14), "the past week", "P1W"),
    ("Investors have waited the past month for a sign from the bank.", date(2016, 7, 20), "the past month", "P1M"),
])
def test_the_past_unit_as_the_object_of_a_verb_of_how_long_is_a_stretch(
        text: str, dct: date, expression: str, value: str) -> None:
    """ "has spent the past decade trying": spending, taking, staying or waiting measure a stretch of
    time up to now (TimeML's P10Y, as "over the past decade" is); read as the decade before the
    report ("198"), it was a date."""
    assert _found(text, dct)[expression] == ("DURATION", value)


@pytest.mark.parametrize("text, dct, expression, value", [
    ("Prices have fallen 10 percent in the past week.", date(1998, 11, 12), "the past week", "1998-W45"),
    ("The town grew in the past decade.", date(1998, 11, 12), "the past decade", "198"),
])
def test_the_past_unit_after_in_stays_the_period_before_the_report(
        text: str, dct: date, expression: str, value: str) -> None:
    assert _found(text, dct)[expression] == ("DATE", value)


@pytest.mark.parametrize("text, dct, value", [
    ("Temperatures are expected to stay below freezing until the weekend.", date(2000, 1, 23), "2000-W04-WE"),
    ("Crews hope to restore power by the weekend.", date(2000, 1, 22), "2000-W04-WE"),
    ("The pass will stay closed till the weekend, the park service said.", date(2007, 3, 4), "2007-W10-WE"),
    ("Officials expect the river to crest by the weekend.", date(2013, 6, 15), "2013-W25-WE"),
])
def test_a_weekend_that_ends_a_wait_said_on_a_weekend_is_the_next_one(text: str, dct: date, value: str) -> None:
    """ "stay below freezing until the weekend", said on a Sunday: an end still ahead cannot be the
    weekend under way, so it is the next one; "over the weekend" on a Sunday stays this one."""
    assert _found(text, dct)["the weekend"] == ("DATE", value)


@pytest.mark.parametrize("text, dct, value", [
    ("More snow is expected over the weekend.", date(2000, 1, 23), "2000-W03-WE"),
    ("Power had been restored by the weekend.", date(2000, 1, 22), "2000-W03-WE"),
    ("Crews hope to restore power by the weekend.", date(2000, 1, 20), "2000-W03-WE"),
])
def test_other_weekends_keep_their_reading(text: str, dct: date, value: str) -> None:
    assert _found(text, dct)["the weekend"] == ("DATE", value)


@pytest.mark.parametrize("text, dct, expression, value", [
    ("Profit fell in the third quarter, compared with a gain in the 1988 period.", date(1989, 11, 1), "the 1988 period", "1988-Q3"),
    ("Net income rose 12% in the third quarter. In the 1989 period also, interest expense was lower.",
     date(1989, 11, 1), "the 1989 period", "1989-Q3"),
    ("Sales in the second quarter climbed 8%. Margins were wider than in the 2003 period.", date(2004, 8, 3), "the 2003 period", "2003-Q2"),
    ("The bank lost $12 million in the fourth quarter against a profit in the 1996 period.", date(1998, 1, 22), "the 1996 period", "1996-Q4"),
    ("First-half earnings fell 10%, hurt by a charge not taken in the 2011 period.", date(2012, 8, 1), "the 2011 period", "2011-H1"),
])
def test_a_reports_period_named_by_its_year_after_a_quarter_is_that_quarter(
        text: str, dct: date, expression: str, value: str) -> None:
    """ "in the third quarter ... In the 1989 period also": a results report names the reported
    quarter (or half), or the one a year back, by its year; TBAQ marks the quarter (1989-Q3)."""
    assert _found(text, dct)[expression] == ("DATE", value)


@pytest.mark.parametrize("text, dct, expression, value", [
    ("In the first nine months, net was $306 million, compared with a loss in the 1988 period.", date(1989, 11, 1), "the 1988 period", "1988"),
    ("Net income for the six months ended Oct. 1 slipped 5%. The latest period had no one-time gains, "
     "unlike the 1988 period.", date(1989, 11, 2), "the 1988 period", "1988"),
    ("The company said sales in the 1988 period were hurt by a strike.", date(1989, 11, 1), "the 1988 period", "1988"),
])
def test_a_period_named_by_its_year_with_no_quarter_named_near_stays_the_year(
        text: str, dct: date, expression: str, value: str) -> None:
    assert _found(text, dct)[expression] == ("DATE", value)
