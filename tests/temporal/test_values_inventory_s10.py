"""An inventory of relative and underspecified dates, written to test resolution in general rather
than on the corpora the rules were tuned on.

Each case is a sentence of our own, a document date (or none, for a narrative) and the TIMEX3 value
TimeML would give the expression. The expected value is computed by a small calendar oracle below
from the convention the TimeML guidelines state for the form, never read back from the tagger:

* a deictic unit ("last/next/this week|month|year", "<n> <units> ago") takes the granularity of
  its unit: ``2024-W52``, ``2024-11``, ``2023``, a day for days;
* a weekday or a yearless "<Month> <d>" / "<Month>" is the occurrence the tense points at: the
  latest one up to the report in past reporting, the next one ahead for a plan, a deadline
  ("until", "by") or reported future speech ("said he would ... on Tuesday");
* "last/next <weekday|Month|season>" is the one strictly before/after the report's own;
* in narrative, "<n> <units> later/earlier", "the following/previous <unit>", "that <unit>" and a
  yearless date hang on the story's last explicit date, not on a document date.

The document dates fall on every day of the week and at the ends and starts of years and months.
The cases are grouped by kind (the test function), so a failure names its kind.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag

#: One document date on each day of the week, at year and month edges.
DCTS = [
    date(2024, 12, 30),  # Mon, end of year (ISO week 2025-W01)
    date(2023, 2, 28),  # Tue, end of a short month
    date(2024, 1, 31),  # Wed, end of month, start of year
    date(2025, 1, 2),  # Thu, start of year
    date(2021, 12, 31),  # Fri, last day of the year
    date(2022, 1, 1),  # Sat, first day of the year (ISO week 2021-W52)
    date(2023, 7, 30),  # Sun, end of month, mid-year
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SEASONS = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "fall": ("FA", 9, 11)}


def _id(d: date) -> str:
    return d.strftime("%a-%Y-%m-%d")


# ---------------------------------------------------------------- the oracle: TimeML's conventions

def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def weekday_on_or_before(wd: int, ref: date) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def weekday_before(wd: int, ref: date) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def weekday_after(wd: int, ref: date) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def month_on_or_before(m: int, ref: date) -> str:
    return month(ref.year if m <= ref.month else ref.year - 1, m)


def month_before(m: int, ref: date) -> str:
    return month(ref.year if m < ref.month else ref.year - 1, m)


def month_after(m: int, ref: date) -> str:
    return month(ref.year if m > ref.month else ref.year + 1, m)


def date_on_or_before(m: int, d: int, ref: date) -> str:
    return day(date(ref.year if (m, d) <= (ref.month, ref.day) else ref.year - 1, m, d))


def date_after(m: int, d: int, ref: date) -> str:
    return day(date(ref.year if (m, d) > (ref.month, ref.day) else ref.year + 1, m, d))


def season_before(code: str, last: int, ref: date) -> str:
    return f"{ref.year if ref.month > last else ref.year - 1}-{code}"


def season_after(code: str, first: int, ref: date) -> str:
    return f"{ref.year if ref.month < first else ref.year + 1}-{code}"


# ------------------------------------------------------------------------------------ the harness

def value_of(text: str, expression: str, dct: date | None) -> str:
    """The value of the expression the tagger found over ``expression`` in ``text``.

    The expression is located by overlap, so a span that differs by a preposition or modifier (the
    forms' business, not the values') still gets its value checked."""
    start = text.index(expression)
    end = start + len(expression)
    found = [t for t in tag(text, dct) if t.start < end and start < t.end]
    assert found, f"no expression over {expression!r} in {text!r}"
    best = max(found, key=lambda t: min(end, t.end) - max(start, t.start))
    return best.value


def _weekday_cases() -> list[tuple[date, int]]:
    """For each document date: the day before, the day after and the day three days on."""
    return [(d, (d.weekday() + k) % 7) for d in DCTS for k in (-1, 1, 3)]


def _month_cases() -> list[tuple[date, int]]:
    """For each document date: the month before, the month after and the month half a year on."""
    return [(d, (d.month - 1 + k) % 12 + 1) for d in DCTS for k in (-1, 1, 6)]


WD_IDS = [f"{_id(d)}-{WEEKDAYS[w][:3]}" for d, w in _weekday_cases()]
MO_IDS = [f"{_id(d)}-{MONTHS[m - 1][:3]}" for d, m in _month_cases()]


# ---------------------------------------------------------------------------------------- weekdays

@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_last_weekday(dct: date, wd: int) -> None:
    text = f"The committee met last {WEEKDAYS[wd]} to discuss the budget."
    assert value_of(text, f"last {WEEKDAYS[wd]}", dct) == day(weekday_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_next_weekday(dct: date, wd: int) -> None:
    text = f"The committee will meet next {WEEKDAYS[wd]} to discuss the budget."
    assert value_of(text, f"next {WEEKDAYS[wd]}", dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_this_weekday_past(dct: date, wd: int) -> None:
    text = f"The committee met this {WEEKDAYS[wd]} and approved the budget."
    assert value_of(text, f"this {WEEKDAYS[wd]}", dct) == day(weekday_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_this_weekday_future(dct: date, wd: int) -> None:
    text = f"The committee will vote on the budget this {WEEKDAYS[wd]}."
    assert value_of(text, f"this {WEEKDAYS[wd]}", dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_bare_weekday_past(dct: date, wd: int) -> None:
    text = f"Police arrested two men on {WEEKDAYS[wd]} after a long chase."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_bare_weekday_future(dct: date, wd: int) -> None:
    text = f"The two men will appear in court on {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_until_weekday(dct: date, wd: int) -> None:
    text = f"The bridge stays closed until {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_reported_speech_said_on_weekday(dct: date, wd: int) -> None:
    text = f"The minister said on {WEEKDAYS[wd]} that the plant would close."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_reported_speech_would_on_weekday(dct: date, wd: int) -> None:
    text = f"The minister said he would visit the plant on {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_headline_present_is_past(dct: date, wd: int) -> None:
    """A headline's present tense reports what has happened."""
    text = f"Storm floods coastal towns {WEEKDAYS[wd]}\n\nHeavy rain hit the coast overnight."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_headline_to_infinitive_is_ahead(dct: date, wd: int) -> None:
    text = f"Talks to resume {WEEKDAYS[wd]}\n\nNegotiators are expected back at the table."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


# ------------------------------------------------------------------------------------------ months

@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_last_month_name(dct: date, m: int) -> None:
    text = f"Exports fell sharply last {MONTHS[m - 1]}, the ministry said."
    assert value_of(text, f"last {MONTHS[m - 1]}", dct) == month_before(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_next_month_name(dct: date, m: int) -> None:
    text = f"The new line opens next {MONTHS[m - 1]}, the company said."
    assert value_of(text, f"next {MONTHS[m - 1]}", dct) == month_after(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_in_month_past(dct: date, m: int) -> None:
    text = f"The company closed two plants in {MONTHS[m - 1]}."
    assert value_of(text, MONTHS[m - 1], dct) == month_on_or_before(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_in_month_future(dct: date, m: int) -> None:
    text = f"The company will open a second plant in {MONTHS[m - 1]}."
    assert value_of(text, MONTHS[m - 1], dct) == month_after(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_by_month_future(dct: date, m: int) -> None:
    text = f"The repairs should be finished by {MONTHS[m - 1]}, officials said."
    assert value_of(text, MONTHS[m - 1], dct) == month_after(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_since_month(dct: date, m: int) -> None:
    text = f"Prices have risen every week since {MONTHS[m - 1]}."
    assert value_of(text, MONTHS[m - 1], dct) == month_on_or_before(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_reported_speech_would_in_month(dct: date, m: int) -> None:
    text = f"The minister said the plant would reopen in {MONTHS[m - 1]}."
    assert value_of(text, MONTHS[m - 1], dct) == month_after(m, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_yearless_date_past(dct: date, m: int) -> None:
    text = f"The fire broke out on {MONTHS[m - 1]} 14 in a warehouse."
    assert value_of(text, f"{MONTHS[m - 1]} 14", dct) == date_on_or_before(m, 14, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_yearless_date_future(dct: date, m: int) -> None:
    text = f"The trial is scheduled to begin on {MONTHS[m - 1]} 14."
    assert value_of(text, f"{MONTHS[m - 1]} 14", dct) == date_after(m, 14, dct)


# ----------------------------------------------------------------------------------------- seasons

SEASON_CASES = [(d, s) for d in DCTS for s in ("spring", "summer", "fall")]
SEASON_IDS = [f"{_id(d)}-{s}" for d, s in SEASON_CASES]


@pytest.mark.parametrize(("dct", "season"), SEASON_CASES, ids=SEASON_IDS)
def test_last_season(dct: date, season: str) -> None:
    code, _, last = SEASONS[season]
    text = f"The river flooded twice last {season}."
    assert value_of(text, f"last {season}", dct) == season_before(code, last, dct)


@pytest.mark.parametrize(("dct", "season"), SEASON_CASES, ids=SEASON_IDS)
def test_next_season(dct: date, season: str) -> None:
    code, first, _ = SEASONS[season]
    text = f"Work on the new dam starts next {season}."
    assert value_of(text, f"next {season}", dct) == season_after(code, first, dct)


# ------------------------------------------------------------------------- weeks, months and years

@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("Shares fell 3% last week.", "last week", lambda d: week(d - timedelta(days=7))),
    ("The report is due next week.", "next week", lambda d: week(d + timedelta(days=7))),
    ("The strike continued this week.", "this week", week),
    ("The board met earlier this week.", "earlier this week", week),
    ("Sales fell last month.", "last month", lambda d: month(*add_months(d.year, d.month, -1))),
    ("The plant opens next month.", "next month", lambda d: month(*add_months(d.year, d.month, 1))),
    ("Sales fell this month.", "this month", lambda d: month(d.year, d.month)),
    ("The bank cut rates earlier this month.", "earlier this month", lambda d: month(d.year, d.month)),
    ("Profits doubled last year.", "last year", lambda d: str(d.year - 1)),
    ("Elections are due next year.", "next year", lambda d: str(d.year + 1)),
    ("Profits doubled this year.", "this year", lambda d: str(d.year)),
    ("The firm was sold earlier this year.", "earlier this year", lambda d: str(d.year)),
    ("The firm will be sold later this year.", "later this year", lambda d: str(d.year)),
    ("Output rose 4% from the previous year.", "the previous year", lambda d: str(d.year - 1)),
], ids=["last-week", "next-week", "this-week", "earlier-this-week", "last-month", "next-month",
        "this-month", "earlier-this-month", "last-year", "next-year", "this-year",
        "earlier-this-year", "later-this-year", "previous-year"])
def test_deictic_unit(dct: date, text: str, expression: str, expected) -> None:
    assert value_of(text, expression, dct) == expected(dct)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The ship sank three days ago.", "three days ago", lambda d: day(d - timedelta(days=3))),
    ("The ship sank 10 days ago.", "10 days ago", lambda d: day(d - timedelta(days=10))),
    ("The ship sank two weeks ago.", "two weeks ago", lambda d: week(d - timedelta(days=14))),
    ("The ship sank two months ago.", "two months ago", lambda d: month(*add_months(d.year, d.month, -2))),
    ("The ship sank five years ago.", "five years ago", lambda d: str(d.year - 5)),
], ids=["3-days", "10-days", "2-weeks", "2-months", "5-years"])
def test_ago(dct: date, text: str, expression: str, expected) -> None:
    assert value_of(text, expression, dct) == expected(dct)


# ----------------------------------------------------- narrative: the story's time, no document date

#: Explicit anchors at year and month edges, across centuries.
ANCHORS = [date(1943, 12, 30), date(1862, 1, 31), date(1917, 2, 28), date(1968, 7, 4),
           date(1805, 12, 2), date(1950, 6, 25), date(1999, 3, 24)]


def _opening(a: date) -> str:
    """A narrative's opening: two background years (so the passage reads as a story), then the day
    the story is at."""
    return (f"The war began in {a.year - 4}. In {a.year - 2} the government sent troops to the border. "
            f"On {MONTHS[a.month - 1]} {a.day}, {a.year}, the army crossed the river under heavy fire.")


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Two days later the army reached the town.", "Two days later", lambda a: day(a + timedelta(days=2))),
    ("The next day the army reached the town.", "The next day", lambda a: day(a + timedelta(days=1))),
    ("The following day the army reached the town.", "The following day", lambda a: day(a + timedelta(days=1))),
    ("The previous day a storm had swept the valley.", "The previous day", lambda a: day(a - timedelta(days=1))),
    ("Three months later the army reached the coast.", "Three months later",
     lambda a: month(*add_months(a.year, a.month, 3))),
    ("Five months earlier the general had taken command.", "Five months earlier",
     lambda a: month(*add_months(a.year, a.month, -5))),
    ("Two years later the war ended.", "Two years later", lambda a: str(a.year + 2)),
    ("Four years earlier the general had been a colonel.", "Four years earlier", lambda a: str(a.year - 4)),
    ("The following month the army reached the coast.", "The following month",
     lambda a: month(*add_months(a.year, a.month, 1))),
    ("The following year the war ended.", "The following year", lambda a: str(a.year + 1)),
    ("The previous year the general had been a colonel.", "The previous year", lambda a: str(a.year - 1)),
    ("That year the harvest failed.", "That year", lambda a: str(a.year)),
    ("That month the general fell ill.", "That month", lambda a: month(a.year, a.month)),
], ids=["2-days-later", "next-day", "following-day", "previous-day", "3-months-later",
        "5-months-earlier", "2-years-later", "4-years-earlier", "following-month", "following-year",
        "previous-year", "that-year", "that-month"])
def test_narrative_relative(anchor: date, sentence: str, expression: str, expected) -> None:
    text = f"{_opening(anchor)} {sentence}"
    assert value_of(text, expression, None) == expected(anchor)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_yearless_month_moves_forward(anchor: date) -> None:
    """A later month named in a forward narrative is the next one after the story's date."""
    m = (anchor.month + 1) % 12 + 1  # two months on, across the new year from November or December
    text = f"{_opening(anchor)} In {MONTHS[m - 1]} the army reached the coast."
    assert value_of(text, MONTHS[m - 1], None) == month_after(m, anchor)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_yearless_date_moves_forward(anchor: date) -> None:
    later = anchor + timedelta(days=20)
    expression = f"{MONTHS[later.month - 1]} {later.day}"
    text = f"{_opening(anchor)} On {expression} the army reached the coast."
    assert value_of(text, expression, None) == day(later)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_that_season(anchor: date) -> None:
    """ "That summer" is the summer of the story's year."""
    text = f"{_opening(anchor)} That summer the army rested near the coast."
    assert value_of(text, "That summer", None) == f"{anchor.year}-SU"


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_news_narrative_anchors_on_the_story_year_not_the_report(dct: date) -> None:
    """In news, a past year named in a story carries its "two years later"."""
    text = "The mill was founded in 1988 by two brothers. Two years later it employed 200 people."
    assert value_of(text, "Two years later", dct) == "1990"


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_news_that_year_is_the_story_year(dct: date) -> None:
    text = "The mill was founded in 1988 by two brothers. That year it employed 200 people."
    assert value_of(text, "That year", dct) == "1988"


# ------------------------------------------------- verbs near the date that do not say its side

def _md(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("template", "shift"), [
    # an -ed adjective is no past verb: the writer's own "will" decides
    ("The bank said it will redeem its preferred shares on {d}.", 4),
    # a past verb with a deadline looks ahead of itself
    ("The regulator gave the company until {d} to reply.", 10),
    ("Officials prepared for the {m} accession of three new members.", 20),
    # a future reported from a statement counts from the day it was said, a little before the report
    ("The airline said it would restore all flights by {d}.", -1),
    # a past word in the next clause ("days left") does not date an expression that ends its clause
    ("My flight home leaves on {d}, so I have twelve days left.", 12),
], ids=["preferred-shares", "gave-until", "prepared-for", "reported-would-by", "clause-end"])
def test_verbs_that_do_not_move_a_near_date(dct: date, template: str, shift: int) -> None:
    when = dct + timedelta(days=shift)
    expression = MONTHS[when.month - 1] if "{m}" in template else _md(when)
    text = template.format(d=expression, m=expression)
    expected = month(when.year, when.month) if "{m}" in template else day(when)
    assert value_of(text, expression, dct) == expected


# ------------------------------------------------------------------ present tense and deadlines

@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_scheduled_present_weekday(dct: date, wd: int) -> None:
    """A timetable's present tense is a plan."""
    text = f"The exhibition opens to the public on {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_since_weekday(dct: date, wd: int) -> None:
    text = f"The road has been closed since {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_by_weekday(dct: date, wd: int) -> None:
    text = f"Residents must leave their homes by {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_present_until_date(dct: date, m: int) -> None:
    text = f"The museum is closed for repairs until {MONTHS[m - 1]} 14."
    assert value_of(text, f"{MONTHS[m - 1]} 14", dct) == date_after(m, 14, dct)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
def test_past_until_date(dct: date, m: int) -> None:
    text = f"The road was closed until {MONTHS[m - 1]} 3, when the last repairs were done."
    assert value_of(text, f"{MONTHS[m - 1]} 3", dct) == date_on_or_before(m, 3, dct)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The team flew home the day before yesterday.", "the day before yesterday", lambda d: day(d - timedelta(days=2))),
    ("The verdict is due the day after tomorrow.", "the day after tomorrow", lambda d: day(d + timedelta(days=2))),
    ("The mill was founded in 1988. The following year it employed 200 people.", "The following year",
     lambda d: "1989"),
    ("The mill was founded in 1988. Two years earlier the brothers had bought the land.", "Two years earlier",
     lambda d: "1986"),
    ("The mill opened on March 3, 2015. Two days later it closed.", "Two days later", lambda d: "2015-03-05"),
    ("The mill opened on March 3, 2015. Three months later it closed.", "Three months later", lambda d: "2015-06"),
], ids=["day-before-yesterday", "day-after-tomorrow", "following-year-after-year", "years-earlier",
        "days-later-after-date", "months-later-after-date"])
def test_news_anchors(dct: date, text: str, expression: str, expected) -> None:
    assert value_of(text, expression, dct) == expected(dct)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("That day the general wrote to his wife.", "That day", lambda a: day(a)),
    ("Two days earlier a storm had swept the valley.", "Two days earlier", lambda a: day(a - timedelta(days=2))),
    ("A week later the army reached the town.", "A week later", lambda a: day(a + timedelta(days=7))),
], ids=["that-day", "2-days-earlier", "a-week-later"])
def test_narrative_more(anchor: date, sentence: str, expression: str, expected) -> None:
    text = f"{_opening(anchor)} {sentence}"
    assert value_of(text, expression, None) == expected(anchor)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
@pytest.mark.parametrize("k", [1, 3, 6])
def test_narrative_weekday_moves_forward(anchor: date, k: int) -> None:
    """A weekday named after a dated day of the story is the next such day after it."""
    later = anchor + timedelta(days=k)
    name = WEEKDAYS[later.weekday()]
    text = f"{_opening(anchor)} On {name} the army reached the town."
    assert value_of(text, name, None) == day(later)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_in_year_then_month(anchor: date) -> None:
    """A year opening the story, then a month: the month of that year."""
    m = anchor.month
    text = f"In {anchor.year} the war reached the river valley. In {MONTHS[m - 1]} the army crossed the river."
    assert value_of(text, MONTHS[m - 1], None) == month(anchor.year, m)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_a_participle_deadline_ahead_of_the_report(dct: date) -> None:
    """ "paid automatically by <date>": a participle before a deadline says no past."""
    when = dct + timedelta(days=19)
    text = f"Customers who lost supply for more than 12 hours will receive £40, paid automatically by {_md(when)}."
    assert value_of(text, _md(when), dct) == day(when)


# -------------------------------------------- kinds the hand-checked articles showed, in our words

def _season_ahead(code: str, first: int, last: int, ref: date) -> str:
    """The season under way or the next one: what a plan or a deadline names."""
    return f"{ref.year if ref.month <= last else ref.year + 1}-{code}"


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_reported_passive_future_season(dct: date) -> None:
    """ "said that a new date would be announced in the autumn": the passive "be announced" is no
    report of its own."""
    text = "The minister said that the contract had been signed and that a new date would be announced in the autumn."
    assert value_of(text, "the autumn", dct) == _season_ahead("FA", 9, 11, dct)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize("text", [
    "Diplomats say a decision is unlikely before the autumn.",
    "The district needs new generators before the autumn.",
], ids=["unlikely-before", "needs-before"])
def test_present_before_season(dct: date, text: str) -> None:
    assert value_of(text, "the autumn", dct) == _season_ahead("FA", 9, 11, dct)


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_could_happen_weekday(dct: date, wd: int) -> None:
    text = f"The notice stays in place for now. The earliest that could happen is {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_after(wd, dct))


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_later_in_a_relative_clause_counts_from_its_year(dct: date) -> None:
    text = "The club, which was relegated in 2009 and promoted again two years later, will play in the final."
    assert value_of(text, "two years later", dct) == "2011"


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_following_year_after_a_founding_with_its_founders(dct: date) -> None:
    text = ("The company was founded in 2011 by two chemists, who had worked together at a university. "
            "They built their first prototype in a rented lab the following year.")
    assert value_of(text, "the following year", dct) == "2012"


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_before_a_weekday_with_an_unmarked_past_verb(dct: date, wd: int) -> None:
    """ "set up" is a past verb the markers cannot tell from a present: "before" alone says no plan."""
    text = f"Police set up roadblocks around the stadium before {WEEKDAYS[wd]}."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


# --------------------------------------------------------------------------- round three: more forms

@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Later that day the army reached the town.", "Later that day", lambda a: day(a)),
    ("Later that month the army reached the coast.", "Later that month", lambda a: month(a.year, a.month)),
    ("Earlier that year the general had taken command.", "Earlier that year", lambda a: str(a.year)),
    ("That morning the general wrote to his wife.", "That morning", lambda a: f"{day(a)}TMO"),
    ("That night the army camped by the river.", "That night", lambda a: f"{day(a)}TNI"),
    ("The following week the army reached the coast.", "The following week", lambda a: week(a + timedelta(days=7))),
    ("By the end of the year the army held the whole valley.", "the end of the year", lambda a: str(a.year)),
], ids=["later-that-day", "later-that-month", "earlier-that-year", "that-morning", "that-night",
        "following-week", "end-of-the-year"])
def test_narrative_round_three(anchor: date, sentence: str, expression: str, expected) -> None:
    text = f"{_opening(anchor)} {sentence}"
    assert value_of(text, expression, None) == expected(anchor)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_flashback_month(anchor: date) -> None:
    """A past perfect looks back from the story's day: an earlier month of the same year."""
    if anchor.month == 1:
        pytest.skip("no earlier month in the story's year")
    m = anchor.month - 1
    text = f"{_opening(anchor)} In {MONTHS[m - 1]} the general had asked for more troops."
    assert value_of(text, MONTHS[m - 1], None) == month(anchor.year, m)


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
def test_narrative_following_weekday(anchor: date) -> None:
    """ "the following Monday" is the first such day after the story's day."""
    later = anchor + timedelta(days=4)
    name = WEEKDAYS[later.weekday()]
    text = f"{_opening(anchor)} The following {name} the army reached the town."
    assert value_of(text, f"The following {name}", None) == day(later)


SUMMER = ("SU", 6, 8)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("text", "expected"), [
    ("The river flooded twice this summer.",
     lambda d: f"{d.year if d.month >= 6 else d.year - 1}-SU"),
    ("The new dam will be finished this summer.",
     lambda d: f"{d.year if d.month <= 8 else d.year + 1}-SU"),
], ids=["past", "future"])
def test_this_season(dct: date, text: str, expected) -> None:
    assert value_of(text, "this summer", dct) == expected(dct)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("Sales fell 3% from the previous week.", "the previous week", lambda d: week(d - timedelta(days=7))),
    ("Sales fell 3% from the previous month.", "the previous month", lambda d: month(*add_months(d.year, d.month, -1))),
    ("The union said it would strike next week.", "next week", lambda d: week(d + timedelta(days=7))),
    ("The minister said the law would take effect next year.", "next year", lambda d: str(d.year + 1)),
    ("Officials said the bridge would reopen next month.", "next month", lambda d: month(*add_months(d.year, d.month, 1))),
    ("The company said last week that it would cut jobs.", "last week", lambda d: week(d - timedelta(days=7))),
], ids=["previous-week", "previous-month", "said-would-next-week", "said-would-next-year",
        "said-would-next-month", "said-last-week"])
def test_news_round_three(dct: date, text: str, expression: str, expected) -> None:
    assert value_of(text, expression, dct) == expected(dct)


@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
def test_past_until_weekday(dct: date, wd: int) -> None:
    text = f"The road was closed until {WEEKDAYS[wd]}, when the last repairs were done."
    assert value_of(text, WEEKDAYS[wd], dct) == day(weekday_on_or_before(wd, dct))


# ------------------------------------------------ the app's route: news with no document date

@pytest.mark.parametrize(("text", "expression"), [
    ("Officials met last Monday.", "last Monday"),
    ("Shares fell 3% last week.", "last week"),
    ("The plant opens next month.", "next month"),
    ("Profits doubled last year.", "last year"),
    ("The ship sank three days ago.", "three days ago"),
    ("Police arrested two men on Tuesday.", "Tuesday"),
    ("The fire broke out on March 14 in a warehouse.", "March 14"),
    ("The company closed two plants in March.", "March"),
    ("The river flooded twice last summer.", "last summer"),
    ("The bank cut rates earlier this month.", "earlier this month"),
    ("The committee will meet next Tuesday.", "next Tuesday"),
    ("The trial is scheduled to begin on June 3.", "June 3"),
    ("The bridge stays closed until Friday.", "Friday"),
    ("Sales fell from the previous year.", "the previous year"),
])
def test_no_document_date_leaves_relative_dates_waiting(text: str, expression: str) -> None:
    """With no document date and no story, a relative date is undated and hangs on the document's
    date (set later by the user), never on an invented day."""
    from explorer.temporal.timex import DOCUMENT_ANCHOR

    (t,) = [t for t in tag(text, None) if t.text == expression]
    assert (t.begin, t.certainty, t.anchor) == (None, "undated", DOCUMENT_ANCHOR)
    assert t.value.startswith("XXXX")


# ------------------------------------------- a step finer than the time it hangs on

@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.isoformat())
@pytest.mark.parametrize(("opening", "sentence", "expression", "expected"), [
    ("In {M} {Y} the army crossed the river.", "The previous day a storm had swept the valley.",
     "The previous day", lambda a: month(a.year, a.month) + "-XX"),
    ("In {M} {Y} the army crossed the river.", "The next day the army reached the town.",
     "The next day", lambda a: month(a.year, a.month) + "-XX"),
    ("In {Y} the army crossed the river.", "The day before, a storm had swept the valley.",
     "The day before", lambda a: f"{a.year}-XX-XX"),
    ("In {Y} the army crossed the river.", "Three months earlier the general had taken command.",
     "Three months earlier", lambda a: str(a.year)),
    ("In {Y} the army crossed the river.", "Two weeks later the army reached the coast.",
     "Two weeks later", lambda a: str(a.year)),
], ids=["previous-day-after-month", "next-day-after-month", "day-before-after-year",
        "months-earlier-after-year", "weeks-later-after-year"])
def test_a_finer_step_stays_in_the_time_it_hangs_on(anchor: date, opening: str, sentence: str,
                                                   expression: str, expected) -> None:
    """What TimeML can say of "the day before" a month is that month: a step finer than its anchor
    keeps the anchor's value, never the month or year before it. A day is written as a day of it
    whose number is unknown ("1943-07-XX", as the readable TBAQ and WikiWars annotators write "that
    same day", "four days later" after a month or a year); coarser steps keep the anchor's value."""
    background = f"The war began in {anchor.year - 4}. In {anchor.year - 2} the government sent troops to the border."
    text = f"{background} {opening.format(M=MONTHS[anchor.month - 1], Y=anchor.year)} {sentence}"
    assert value_of(text, expression, None) == expected(anchor)


@pytest.mark.parametrize("dct", DCTS, ids=_id)
@pytest.mark.parametrize(("template", "shift", "monthly"), [
    ("The two leaders agreed to meet again on {d}.", 10, False),
    ("The board voted to close the plant in {d}.", 20, True),
    ("The union decided to strike on {d}.", 5, False),
], ids=["agreed-to", "voted-to", "decided-to"])
def test_a_past_decision_about_a_day_ahead(dct: date, template: str, shift: int, monthly: bool) -> None:
    """A past verb with an infinitive ("agreed to meet on ...") decides a plan: the day is the one
    just ahead of the report, not last year's."""
    when = dct + timedelta(days=shift)
    if monthly and when.month == dct.month:
        when = date(*add_months(when.year, when.month, 1), 1)
    expression = MONTHS[when.month - 1] if monthly else _md(when)
    expected = month(when.year, when.month) if monthly else day(when)
    assert value_of(template.format(d=expression), expression, dct) == expected


@pytest.mark.parametrize("dct", DCTS, ids=_id)
def test_a_past_move_to_a_place_is_no_plan(dct: date) -> None:
    """ "moved to Leeds in <month>": a place after "to" is no infinitive; the past verb decides."""
    when = date(*add_months(dct.year, dct.month, 1), 1)
    text = f"The family moved to Leeds in {MONTHS[when.month - 1]}."
    assert value_of(text, MONTHS[when.month - 1], dct) == month(when.year - 1, when.month)


# ---------------------------------------------------------------- round four: reported speech

@pytest.mark.parametrize(("dct", "wd"), _weekday_cases(), ids=WD_IDS)
@pytest.mark.parametrize(("template", "ahead"), [
    ("The mayor told reporters on {w} that the road would reopen.", False),
    ("The mayor announced plans to reopen the road on {w}.", True),
    ("The mayor promised to reopen the road by {w}.", True),
    ("The company said it expected to finish the repairs by {w}.", True),
    ("Police said the two men were arrested on {w}.", False),
    ("Police said the two men would appear in court on {w}.", True),
    ("\"We will reopen the road on {w},\" the mayor said.", True),
    ("\"We reopened the road on {w},\" the mayor said.", False),
], ids=["told-on", "announced-plans-to", "promised-to-by", "expected-to-by", "said-were-arrested",
        "said-would-appear", "quoted-will", "quoted-past"])
def test_reported_speech_round_four(dct: date, wd: int, template: str, ahead: bool) -> None:
    text = template.format(w=WEEKDAYS[wd])
    expected = weekday_after(wd, dct) if ahead else weekday_on_or_before(wd, dct)
    assert value_of(text, WEEKDAYS[wd], dct) == day(expected)


@pytest.mark.parametrize(("dct", "m"), _month_cases(), ids=MO_IDS)
@pytest.mark.parametrize(("template", "ahead"), [
    ("The agency said in {M} that prices had peaked.", False),
    ("The agency said prices would peak in {M}.", True),
    ("The agency expects prices to peak in {M}.", True),
    ("Prices peaked in {M}, the agency said.", False),
    ("Prices will peak in {M}, the agency said.", True),
    ("Prices to peak in {M}\n\nThe agency's forecast is out.", True),
    ("Prices peaked in {M}\n\nThe agency's report is out.", False),
], ids=["said-in", "said-would", "expects-to", "peaked-said", "will-said", "headline-to", "headline-past"])
def test_months_in_reports_and_headlines(dct: date, m: int, template: str, ahead: bool) -> None:
    text = template.format(M=MONTHS[m - 1])
    expected = month_after(m, dct) if ahead else month_on_or_before(m, dct)
    assert value_of(text, MONTHS[m - 1], dct) == expected
