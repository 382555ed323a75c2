"""Session 25 of issue 11: kinds found in twelve more scratch articles of our own (a ship's log, a
results release, a storm live blog, an abbey history, a fixture list, a diary, a complaint, a methods
section, a docket, a changelog, a family history, a winter review): a fronted "On the 9th we ...",
"the night of the 14th", a clock whose "a.m." ends its sentence before "On 9 June", "next morning"
without its article, "the following autumn" after a spring, "an hour and a quarter", and a bare day
in the past perfect before the day just told. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.normalize import Spec, season_step

DCT = date(1990, 11, 20)


def _found(text: str, dct: date | None = DCT) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("text, expression, value", [
    ("In March the river rose. On the 9th we moved the sheep to the upper field.", "the 9th", "1990-03-09"),
    ("October was stormy. On the 14th the wind backed to the north.", "the 14th", "1990-10-14"),
    ("The fleet left in August. By the 20th a reply had come from the admiral.", "the 20th", "1990-08-20"),
    # (session 54: the part of the day is one time with its bare day, as "the night of 12 January" is)
    ("January was bitter, and pipes burst on the night of the 12th.", "the night of the 12th", "1990-01-12TNI"),
    ("We reached the coast on 2 May. On the 5th they crossed the strait.", "the 5th", "1990-05-05"),
])
def test_a_fronted_bare_day_before_its_clause(text: str, expression: str, value: str) -> None:
    """A fronted "On the 9th" followed by the clause's subject (a pronoun or a determiner, never the
    noun an ordinal counts) is a day of the month just told."""
    assert _found(text)[expression] == value


@pytest.mark.parametrize("text", [
    "On the 5th floor we found the archive.",
    "On the 2nd attempt he cleared the bar.",
    "The office moved to the 3rd floor.",
])
def test_an_ordinal_before_its_noun_is_no_day(text: str) -> None:
    assert not [t for t in tag(text, DCT) if t.type == "DATE"]


@pytest.mark.parametrize("text, clock, value", [
    ("On 6 June the crew mustered at 10 a.m. On 9 June we sighted land.", "10 a.m.", "1990-06-06T10:00"),
    ("The vote opened on 3 May at 8 a.m. On 4 May the count began.", "8 a.m.", "1990-05-03T08:00"),
    ("AT 9 A.M. ON 12 MAY THE GATES OPENED.", "9 A.M.", "1990-05-12T09:00"),
    ("The train left at 7 a.m. on 14 April.", "7 a.m.", "1990-04-14T07:00"),
])
def test_a_clock_takes_the_day_after_it_only_in_its_sentence(text: str, clock: str, value: str) -> None:
    """ "at 10 a.m. On 9 June": the dot of "a.m." ended the sentence, and the capital "On" opens the
    next; the clock is a time of the day told before it, not of the next sentence's day."""
    assert _found(text)[clock] == value


@pytest.mark.parametrize("text, expression, value", [
    ("We anchored off the cape on 3 May 1900. Next morning the fog lifted.", "Next morning", "1900-05-04TMO"),
    ("The jury retired on 12 March 1961. Next day it returned a verdict.", "Next day", "1961-03-13"),
    ("They camped by the lake on 7 July 1925 and set off next morning.", "next morning", "1925-07-08TMO"),
])
def test_next_day_without_its_article_is_the_day_after_the_one_told(text: str, expression: str, value: str) -> None:
    assert _found(text, date(2000, 1, 1))[expression] == value


def test_next_day_without_a_told_day_is_the_day_after_the_page() -> None:
    assert _found("Most parcels arrive next day.", date(2021, 5, 3))["next day"] == "2021-05-04"


def test_next_day_before_a_hyphen_is_an_adjective() -> None:
    assert "next" not in " ".join(_found("The shop offers a next-day service.", date(2021, 5, 3)))


@pytest.mark.parametrize("text, expression, value", [
    ("The settlers came in the spring of 1848 and cleared the land the following autumn.",
     "the following autumn", "1848-FA"),
    ("She died in the winter of 1972. The house was sold the next spring.", "the next spring", "1973-SP"),
    ("The flood came in March 1990. The previous autumn had been dry.", "The previous autumn", "1989-FA"),
    ("They married in the summer of 1901; the following summer a son was born.", "the following summer", "1902-SU"),
    ("The dam held through the autumn of 1911 but burst the next summer.", "the next summer", "1912-SU"),
    ("The strike ran through the summer of 1926; the previous spring had been calm.", "the previous spring", "1926-SP"),
    ("The colony was founded in 1848; the following spring the first crops failed.", "the following spring", "1849-SP"),
])
def test_the_following_season_is_the_first_after_the_one_told(text: str, expression: str, value: str) -> None:
    assert _found(text, date(2015, 1, 1))[expression] == value


@pytest.mark.parametrize("season, n", [(s, n) for s in ("SP", "SU", "FA", "WI") for n in (1, -1)])
@pytest.mark.parametrize("here", ["SP", "SU", "FA", "WI"])
def test_a_season_step_moves_less_than_a_year_and_lands_on_its_season(here: str, season: str, n: int) -> None:
    start = Spec("S", year=1900, season=here)
    step = season_step(start, season, n)
    order = ("SP", "SU", "FA", "WI")
    at, to = 1900 * 4 + order.index(here), (step.year or 0) * 4 + order.index(step.season or "")
    assert step.season == season and 1 <= (to - at) * n <= 4


@pytest.mark.parametrize("text, expression, value", [
    ("The vicar preached for an hour and a quarter.", "an hour and a quarter", "PT1H15M"),
    ("The crossing took a year and a quarter.", "a year and a quarter", "P1Y3M"),
    ("The siege lasted two years and three quarters.", "two years and three quarters", "P2Y9M"),
    ("The dynasty fell a century and a quarter later.", "a century and a quarter", "P125Y"),
    ("The kiln cooled for a day and a quarter.", "a day and a quarter", "P1DT6H"),
])
def test_a_unit_and_a_quarter(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression] == value


def test_a_quarter_of_a_noun_after_a_duration_is_no_part_of_it() -> None:
    """ "for two years and a quarter of its staff left": the quarter is a fraction of the staff."""
    found = _found("The firm lost money for two years and a quarter of its staff left.")
    assert found.get("two years") == "P2Y" and not any("quarter" in k for k in found)


@pytest.mark.parametrize("text, expression, value", [
    ("The ferry sailed on 30 September. Its sister ship had left on the 12th.", "the 12th", "1990-09-12"),
    ("The army entered the town on 28 June. The mayor had fled on the 3rd.", "the 3rd", "1990-06-03"),
])
def test_a_bare_day_in_the_past_perfect_before_the_day_told(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression] == value


def test_a_bare_day_before_the_day_told_in_the_simple_past_keeps_the_page_month() -> None:
    """Without a past perfect the earlier day is no day of the month told (as in session 24)."""
    assert _found("The ferry sailed on 30 September. Its sister ship left on the 12th.")["the 12th"] != "1990-09-12"


@pytest.mark.parametrize("text, expression, value", [
    ("January was bitter, and the canal froze.", "January", "1990-01"),
    ("The season review. February brought three named storms.", "February", "1990-02"),
    ("Spring came late: April saw snow on the hills.", "April", "1990-04"),
])
def test_a_month_that_is_the_subject_of_a_past_verb_is_behind_the_page(text: str, expression: str, value: str) -> None:
    """Told in November, "January was bitter" is the January gone, not the one two months ahead: the
    past verb right after its subject is no misread tense."""
    assert _found(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("January was due to bring a vote on the budget.", "January", "1991-01"),
    ("January will be cold.", "January", "1991-01"),
])
def test_a_month_subject_of_a_plan_stays_ahead(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression] == value


@pytest.mark.parametrize("text", ["Update: the mirror went live 5 h ago.", "The sample was taken 3 h ago."])
def test_hours_ago_in_the_spaced_h_is_a_moment_of_the_day(text: str) -> None:
    """ "5 h ago": a moment earlier on the day of writing, as "5 hrs ago" is (no duration, no miss)."""
    assert [(t.type, t.value) for t in tag(text, date(2020, 5, 5))] == [("DATE", "2020-05-05")]


@pytest.mark.parametrize("text, value", [
    ("Harbour Mills reported results for the three months ended March 31, 2021 on Tuesday.", "2021-04-20"),
    ("The lender posted a profit for the quarter ending June 30, 2021 on Friday, beating forecasts.", "2021-04-16"),
])
def test_a_weekday_after_the_end_of_a_report_period_is_the_reports(text: str, value: str) -> None:
    """The date that closes a report period names what the figures cover; the weekday after it in
    the sentence is when the report came, counted from the page (here Tuesday 20 April 2021)."""
    weekdays = [t.value for t in tag(text, date(2021, 4, 20)) if t.text in ("Tuesday", "Friday")]
    assert weekdays == [value]


def test_a_weekday_after_a_plain_day_still_hangs_on_it() -> None:
    found = _found("The ferry sank on 30 September 2023 on a Thursday.", date(2023, 10, 26))
    assert found["Thursday"] == "2023-09-28"


@pytest.mark.parametrize("text, expression, value", [
    ("Snow will reach the hills tonight and last into Monday morning.", "Monday morning", "2024-03-11TMO"),
    ("The closures begin today and last until Friday.", "Friday", "2024-03-15"),
])
def test_last_as_a_verb_of_extent_is_no_past(text: str, expression: str, value: str) -> None:
    """ "and last into Monday": the verb before a preposition of extent (the adjective "last" takes a
    noun), so the future of its clause holds (told on Sunday 10 March 2024)."""
    assert _found(text, date(2024, 3, 10))[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Tubes were spun for 30 s and chilled on ice.", "30 s", "PT30S"),
    ("Requests now time out after 15 s (previously 5 s).", "15 s", "PT15S"),
])
def test_seconds_in_the_spaced_si_s(text: str, expression: str, value: str) -> None:
    assert _found(text)[expression] == value


@pytest.mark.parametrize("text", ["Dividends rose in the 1990 s boom.", "Vitamin 05 s were low."])
def test_a_spaced_s_after_a_year_or_a_leading_zero_is_no_second(text: str) -> None:
    assert not [t for t in tag(text, DCT) if t.type == "DURATION"]
