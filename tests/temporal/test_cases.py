"""Table-driven expectations: each row is a sentence, a document date and exactly the expressions
(text, TIMEX3 value) the tagger must return. Rows are our own sentences, not the sample articles."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import parse_date_phrase, tag

D = date(2015, 10, 13)  # a Tuesday
N = None

CASES: list[tuple[str, date | None, list[tuple[str, str]]]] = [
    # full dates in every common written form
    ("The talks opened on October 13, 2015 in Vienna.", N, [("October 13, 2015", "2015-10-13")]),
    ("The talks opened on 13 October 2015 in Vienna.", N, [("13 October 2015", "2015-10-13")]),
    ("The deal was signed 2015-10-13.", N, [("2015-10-13", "2015-10-13")]),
    ("The deal was signed 10/13/2015.", N, [("10/13/2015", "2015-10-13")]),
    ("The deal was signed 13/10/2015.", N, [("13/10/2015", "2015-10-13")]),
    ("It ended Oct. 13, 2015.", N, [("Oct. 13, 2015", "2015-10-13")]),
    ("It ended Sept. 3, 2014, after a week.", N, [("Sept. 3, 2014", "2014-09-03"), ("a week", "P1W")]),
    ("On Tuesday, March 3, 2009, he resigned.", N, [("Tuesday, March 3, 2009", "2009-03-03")]),
    ("the 4th of July, 1776", N, [("the 4th of July, 1776", "1776-07-04")]),
    ("Dated 1 Jan 2000.", N, [("1 Jan 2000", "2000-01-01")]),
    # "Sept." after its day keeps its stop, so the year after it is the date's (session 54)
    ("The lease was signed on 30th Sept. 1854 at the bank.", N, [("30th Sept. 1854", "1854-09-30")]),
    ("Harwick, 12 Sept. 1921. My dear sister,", N, [("12 Sept. 1921", "1921-09-12")]),
    ("It closed on 3 Sept. 2019 for repairs.", N, [("3 Sept. 2019", "2019-09-03")]),
    # month and year, years
    ("Prices fell in March 2019.", N, [("March 2019", "2019-03")]),
    ("Prices fell in September of 2003.", N, [("September of 2003", "2003-09")]),
    ("The war began in 1980 and ended in 1988.", N, [("1980", "1980"), ("1988", "1988")]),
    ("In 1848 revolutions spread.", N, [("1848", "1848")]),
    ("2010 was a hard year for the firm.", N, [("2010", "2010")]),
    ("Athens fell in 404 BC.", N, [("404 BC", "BC0404")]),
    # decades, centuries, seasons, quarters, halves
    ("Growth was slow in the 1990s.", N, [("the 1990s", "199")]),
    ("It was built in the 1800s.", N, [("the 1800s", "18")]),
    ("Trade grew in the 19th century.", N, [("the 19th century", "18")]),
    ("Trade grew in the nineteenth century.", N, [("the nineteenth century", "18")]),
    ("Music of the '60s.", N, [("the '60s", "196")]),
    ("The offensive came in the spring of 2013.", N, [("the spring of 2013", "2013-SP")]),
    ("The offensive came in summer 2007.", N, [("summer 2007", "2007-SU")]),
    ("It was dry in the winter of 1914.", N, [("the winter of 1914", "1914-WI")]),
    ("Sales rose in the first quarter of 2016.", N, [("the first quarter of 2016", "2016-Q1")]),
    ("Sales rose in Q3 2016.", N, [("Q3 2016", "2016-Q3")]),
    ("Sales rose in the second half of 2008.", N, [("the second half of 2008", "2008-H2")]),
    ("Earnings for fiscal 1989 fell.", N, [("fiscal 1989", "1989")]),
    # parts of periods keep their modifier (a leading "toward" is a preposition, outside, as WikiWars marks it)
    ("Growth resumed in early 2016.", N, [("early 2016", "2016")]),
    ("The battle came toward the end of 2016.", N, [("the end of 2016", "2016")]),
    ("They met in mid-May 2015.", N, [("mid-May 2015", "2015-05")]),
    ("They met in late 1948.", N, [("late 1948", "1948")]),
    ("Prices peaked in the late 1980s.", N, [("the late 1980s", "198")]),
    # ranges (one expression) and open ranges
    ("He was director from 1997-2004.", N, [("1997-2004", "1997")]),
    ("She served as vice president from 2013-21.", N, [("2013-21", "2013")]),
    ("He ruled from 1876 to 1910.", N, [("1876 to 1910", "1876")]),
    ("It rained from March to May 2011.", N, [("March to May 2011", "2011-03")]),
    ("He was chosen between the summer of 1997 and the spring of 1998.", N,
     [("the summer of 1997 and the spring of 1998", "1997-SU")]),
    ("The talks ran from July 1 through July 3, 1863.", N, [("July 1 through July 3, 1863", "1863-07-01")]),
    ("The siege lasted 6-7 January 1916.", N, [("6-7 January 1916", "1916-01-06")]),
    ("From 2013 onward, the council met.", D, [("2013 onward", "2013")]),
    # coordinated lists distribute the shared year
    ("He visited in July, August and September 2015.", N,
     [("July", "2015-07"), ("August", "2015-08"), ("September 2015", "2015-09")]),
    ("Elections were held in April and June 1955.", N, [("April", "1955-04"), ("June 1955", "1955-06")]),
    ("Fighting raged in the summer and autumn 1918.", N, [("the summer", "1918-SU"), ("autumn 1918", "1918-FA")]),
    # underspecified dates against the document date, with tense
    ("He spoke on December 26 about the plan.", date(2019, 1, 8), [("December 26", "2018-12-26")]),
    ("He spoke on January 8 about the plan.", date(2019, 1, 8), [("January 8", "2019-01-08")]),
    ("The summit will be held on March 12.", date(1999, 2, 16), [("March 12", "1999-03-12")]),
    ("The conditions were set in May.", date(2019, 1, 8), [("May", "2018-05")]),
    ("The vote will take place in May.", date(2019, 1, 8), [("May", "2019-05")]),
    ("Sales rose in September.", date(1990, 10, 2), [("September", "1990-09")]),
    ("The minister resigned on Tuesday.", date(2015, 10, 15), [("Tuesday", "2015-10-13")]),
    ("The minister will resign on Friday.", D, [("Friday", "2015-10-16")]),
    ("Police said Monday that two men were held.", D, [("Monday", "2015-10-12")]),
    ("The envoy arrived last Friday.", D, [("last Friday", "2015-10-09")]),
    ("He will travel next Monday.", D, [("next Monday", "2015-10-19")]),
    ("Protests erupted last December.", D, [("last December", "2014-12")]),
    ("Prices rose last year.", D, [("last year", "2014")]),
    ("The plan was announced this year.", D, [("this year", "2015")]),
    ("Talks resume next year.", D, [("next year", "2016")]),
    ("Prices rose last month.", D, [("last month", "2015-09")]),
    ("Prices rose last week.", D, [("last week", "2015-W41")]),
    ("Prices rise this week.", D, [("this week", "2015-W42")]),
    ("June last year was hot.", D, [("June last year", "2014-06")]),
    ("The rally was held today.", D, [("today", "2015-10-13")]),
    ("The rally was held yesterday.", D, [("yesterday", "2015-10-12")]),
    ("The rally is tomorrow.", D, [("tomorrow", "2015-10-14")]),
    ("He was arrested two weeks ago.", D, [("two weeks ago", "2015-W40")]),  # a week, as TimeBank writes it
    ("He was arrested three years ago.", D, [("three years ago", "2012")]),
    ("He was arrested 10 days ago.", D, [("10 days ago", "2015-10-03")]),
    ("Profits rose in the third quarter.", D, [("the third quarter", "2015-Q3")]),
    ("It snowed last spring.", D, [("last spring", "2015-SP")]),
    ("Iran has recently changed course.", D, [("recently", "PAST_REF")]),
    ("He is now the leader.", D, [("now", "PRESENT_REF")]),
    ("He is currently abroad.", D, [("currently", "PRESENT_REF")]),
    ("Let us not dwell on the past.", D, [("the past", "PAST_REF")]),
    ("We must plan for the future.", D, [("the future", "FUTURE_REF")]),
    ("Fighting continued over the weekend.", D, [("the weekend", "2015-W41-WE")]),
    ("The talks were held on Christmas Day.", D, [("Christmas Day", "2014-12-25")]),
    ("It was agreed in the past four months.", D, [("the past four months", "P4M")]),
    # narrative: anchored on the previous date
    ("The army landed on 19 November 1916. Two days later it attacked.", N,
     [("19 November 1916", "1916-11-19"), ("Two days later", "1916-11-21")]),
    ("The army landed on 19 November 1916. The next day it attacked.", N,
     [("19 November 1916", "1916-11-19"), ("The next day", "1916-11-20")]),
    ("Rebels took the city in May 1920. Two weeks later they left.", N,
     [("May 1920", "1920-05"), ("Two weeks later", "1920-05")]),
    ("The siege began on 3 March 1915. On 5 December the town fell.", N,
     [("3 March 1915", "1915-03-03"), ("5 December", "1915-12-05")]),
    ("In 1998 the profit rose. A year earlier it fell.", N, [("1998", "1998"), ("A year earlier", "1997")]),
    # durations and sets: tagged, never dated
    ("We cooperated for seven years.", D, [("seven years", "P7Y")]),
    ("The strike lasted 18 months.", D, [("18 months", "P18M")]),
    ("It took nearly two hours.", D, [("nearly two hours", "PT2H")]),
    ("The project lasted several weeks.", D, [("several weeks", "PXW")]),
    ("They fought for decades.", D, [("decades", "PXDE")]),
    ("We held weekly meetings.", D, [("weekly", "P1W")]),
    ("They meet every Tuesday.", D, [("every Tuesday", "XXXX-WXX-2")]),
    ("They meet each year.", D, [("each year", "P1Y")]),
    ("Prices are set twice a year.", D, [("twice a year", "P1Y")]),
    # times
    ("The blast occurred at 10:35 a.m. today.", D, [("10:35 a.m. today", "2015-10-13T10:35")]),
    # a schedule in the present tense looks forward, with a clock time before the weekday as without
    # one ("Polls close Tuesday"): told on Monday, the polls close tomorrow, not last week
    ("Polls close at 9 p.m. Tuesday.", date(2015, 10, 12), [("9 p.m. Tuesday", "2015-10-13T21:00")]),
    ("He called this morning.", D, [("this morning", "2015-10-13TMO")]),
    ("He called at noon.", D, [("noon", "2015-10-13T12:00")]),
    # spoken years and holidays
    ("in nineteen ninety-six, prices fell", N, [("nineteen ninety-six", "1996")]),
    # news: a passive participle takes its auxiliary's tense; "effective X" looks ahead; a
    # yearless day or month is near the report unless a past verb sits right next to it
    ("The increased dividend will be paid Dec. 14.", date(1989, 10, 26), [("Dec. 14", "1989-12-14")]),
    ("The board created a new office, effective Feb. 1.", date(1989, 10, 26), [("Feb. 1", "1990-02-01")]),
    ("He asked her to testify before the committee on Feb. 10.", date(2000, 1, 7), [("Feb. 10", "2000-02-10")]),
    ("In the fiscal year ended Jan. 31, the company reported a loss.", date(1989, 10, 31), [("the fiscal year", "P1Y"), ("Jan. 31", "1989-01-31")]),
    ("In January, the company brought in a new chief executive.", date(1989, 10, 27), [("January", "1989-01")]),
    # TimeML span conventions: the part-of-period word stays in, "over" (a preposition) and the
    # article of a modified noun stay out, the article of a duration stays in
    ("The company earlier this month announced a deal.", D, [("earlier this month", "2015-10")]),
    ("The product will ship early next year.", D, [("early next year", "2016")]),
    ("Results were weak at the end of this week.", D, [("the end of this week", "2015-W42")]),
    ("Sales rose over the past two years.", D, [("the past two years", "P2Y")]),
    ("For the nine months, profit rose.", D, [("the nine months", "P9M")]),
    ("He signed the two-year contract.", D, [("two-year", "P2Y")]),
    ("The third-quarter profit rose.", D, [("third-quarter", "2015-Q3")]),
    ("It earned $5 million in the 1988 quarter.", D, [("1988", "1988")]),
    # discourse "Now," / "Currently," is not a reference to the present; "most recently" + a date
    ("Now, he says, it looks bad.", D, []),
    ("Currently, organs are rationed by region.", D, []),
    ("The firm now owns 72% and currently holds the rest.", D, [("now", "PRESENT_REF"), ("currently", "PRESENT_REF")]),
    ("For now, the staff works from home.", D, [("now", "PRESENT_REF")]),
    ("Doctors were attacked, most recently last October.", D, [("last October", "2014-10")]),
    # holidays: fixed and movable (by their calendar rule), read against the report like a month-day
    ("Elian was found Thanksgiving Day clinging to a tube.", date(2000, 1, 7), [("Thanksgiving Day", "1999-11-25")]),
    ("He was found last Thanksgiving.", date(2000, 2, 10), [("last Thanksgiving", "1999-11-25")]),
    ("The campaign runs until Election Day.", date(1998, 10, 26), [("Election Day", "1998-11-03")]),
    ("The church was full on Easter Sunday 2019.", N, [("Easter Sunday 2019", "2019-04-21")]),
    ("Shops close on Good Friday.", date(2000, 4, 10), [("Good Friday", "2000-04-21")]),
    ("They met on Labor Day 1995.", N, [("Labor Day 1995", "1995-09-04")]),
    ("The pool opens on Memorial Day.", date(2019, 5, 1), [("Memorial Day", "2019-05-27")]),
    ("The deal closed on New Year's Eve.", date(2000, 1, 5), [("New Year's Eve", "1999-12-31")]),
    ("Fireworks are planned for July Fourth.", date(2000, 5, 1), [("July Fourth", "2000-07-04")]),
    ("Troops moved into Eastern Europe on a general election day.", D, []),
    # a month-day before a colon is still a day; "last" before a month-day leaves it to the tense
    ("The Times said in an editorial on Thursday, April 6: the boy should go.", date(2000, 4, 6), [("Thursday, April 6", "2000-04-06")]),
    ("He was shot to death last Oct. 23 at his home.", date(1999, 4, 19), [("Oct. 23", "1998-10-23")]),
    # a short news story about the past still reads "last Tuesday" against its document date
    ("Relatives fled in 1966, 1979, 1983 and 1984, and more in 1990. Manuel met Lazaro last Tuesday.", date(2000, 2, 24),
     [("1966", "1966"), ("1979", "1979"), ("1983", "1983"), ("1984", "1984"), ("1990", "1990"), ("last Tuesday", "2000-02-22")]),
    # news: "in the past year" is the year before the report, "the last week of August" is not;
    # decades and centuries as durations are counted in years
    ("The investigation widened in the past year.", date(1989, 10, 30), [("the past year", "1988")]),
    ("Wages lost ground in the last decade.", date(1998, 2, 6), [("the last decade", "198")]),
    ("The plant will close over the next year or so.", date(1989, 10, 30), [("the next year or so", "P1Y")]),
    ("The rate is the lowest for almost two decades.", date(1998, 2, 6), [("almost two decades", "P20Y")]),
    # false-date traps: nothing at all
    ("We may decide later whether we march.", D, []),
    ("May God protect us, we pray.", D, []),
    ("See Inquiry & Analysis Series No. 1191 for details.", D, []),
    ("As reported earlier.[1] Others disagreed.[v]", D, []),
    ("5 min read", D, []),
    ("The 12 conditions were listed.", D, []),
    ("Call 555-2015 or +1 212 555 1999 today.", D, [("today", "2015-10-13")]),
    ("It cost $2015 and rose 1999%.", D, []),
    ("About 1500 soldiers and 2000 troops crossed.", D, []),
    ("The march on Washington drew crowds.", D, []),
    ("Readers of the Lebanese daily Al-Akhbar disagreed.", D, []),
    ("A 6-year-old boy was found.", D, []),
    ("He scored 2,015 points in Volume 1999 of the series.", D, []),
    ("April Smith and June Carter sang.", D, []),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_case(text: str, dct: date | None, expected: list[tuple[str, str]]) -> None:
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected


def test_enough_cases() -> None:
    assert len(CASES) >= 100


def test_durations_and_sets_are_undated() -> None:
    for t in tag("We cooperated for seven years and held weekly meetings.", D):
        assert t.type in ("DURATION", "SET")
        assert t.begin is None and t.end_day is None and not t.is_dated


def test_spans_of_ranges_and_lists() -> None:
    (r,) = tag("He served from 1997-2004.", None)
    assert (r.begin, r.end_day) == (date(1997, 1, 1), date(2004, 12, 31))
    assert [p.value for p in r.parts] == ["1997", "2004"]
    (o,) = tag("From 2013 onward, they met.", D)
    assert o.begin == date(2013, 1, 1) and o.end_day == D
    assert o.mod == "ON_OR_AFTER" and o.certainty == "inferred"
    months = tag("in July, August and September 2015", None)
    assert [(t.begin, t.end_day) for t in months] == [
        (date(2015, 7, 1), date(2015, 7, 31)), (date(2015, 8, 1), date(2015, 8, 31)),
        (date(2015, 9, 1), date(2015, 9, 30))]


def test_modifier_kept_and_span_narrowed() -> None:
    (t,) = tag("toward the end of 2016", None)
    assert t.mod == "END" and t.begin is not None and t.begin > date(2016, 6, 30) and t.end_day == date(2016, 12, 31)
    (m,) = tag("in mid-May 2015", None)
    assert m.mod == "MID" and m.value == "2015-05"


def test_anchor_on_previous_and_undated_anchor() -> None:
    out = tag("The army landed on 19 November 1916. Two weeks later it attacked.", None)
    assert out[1].anchor == 0 and out[1].begin == date(1916, 12, 3)
    assert "previous" in out[1].derivation
    undated = tag("He arrived on a Monday. Two weeks later he left.", None)
    assert all(t.begin is None for t in undated)


def test_underspecified_without_reference_is_undated() -> None:
    (t,) = tag("on December 26 he spoke", None)
    assert t.value == "XXXX-12-26" and t.begin is None and t.certainty == "undated"


def test_inferred_dct_marks_certainty() -> None:
    (t,) = tag("He spoke on December 26.", date(2019, 1, 8), dct_inferred=True)
    assert t.certainty == "inferred" and "document date" in t.derivation


@pytest.mark.parametrize("phrase,span", [
    ("March 2019", (date(2019, 3, 1), date(2019, 3, 31))),
    ("26 Dec 2018", (date(2018, 12, 26), date(2018, 12, 26))),
    ("the 1990s", (date(1990, 1, 1), date(1999, 12, 31))),
    ("2015-10-13", (date(2015, 10, 13), date(2015, 10, 13))),
    ("1997", (date(1997, 1, 1), date(1997, 12, 31))),
    ("spring 2013", (date(2013, 3, 1), date(2013, 5, 31))),
    ("2016-Q1", (date(2016, 1, 1), date(2016, 3, 31))),
    ("Q1 2016", (date(2016, 1, 1), date(2016, 3, 31))),
    ("1997-2004", (date(1997, 1, 1), date(2004, 12, 31))),
    ("nothing here", None),
    ("", None),
])
def test_parse_date_phrase(phrase: str, span: tuple[date, date] | None) -> None:
    assert parse_date_phrase(phrase) == span


def test_parse_date_phrase_reference() -> None:
    assert parse_date_phrase("December 26", date(2019, 1, 8)) == (date(2018, 12, 26), date(2018, 12, 26))


def test_weekend_in_news_is_the_most_recent_one_unless_future() -> None:
    wed = date(2014, 6, 25)  # a Wednesday
    (t,) = tag("Despite his forceful remarks over the weekend, the minister stayed on.", wed)
    assert t.value == "2014-W25-WE" and (t.begin, t.end_day) == (date(2014, 6, 21), date(2014, 6, 22))
    (t,) = tag("Crowds gathered in the square this weekend.", wed)
    assert t.value == "2014-W25-WE"
    (t,) = tag("The delegates will meet over the weekend.", wed)
    assert t.value == "2014-W26-WE" and t.begin == date(2014, 6, 28)
    (t,) = tag("They meet again this coming weekend.", wed)
    assert t.value == "2014-W26-WE"
    (t,) = tag("Protests continued over the weekend.", date(2014, 6, 29))  # written on the Sunday
    assert t.value == "2014-W26-WE"


def test_offset_from_an_anchor_is_inferred_with_its_derivation() -> None:
    out = tag("The deal was signed on 2 June 2015. Two weeks later it collapsed.", date(2015, 10, 13))
    assert out[0].certainty == "exact"
    later = out[1]
    assert later.value == "2015-06-16" and later.certainty == "inferred" and later.anchor == 0
    assert "2015-06-02" in later.derivation and "2 weeks" in later.derivation
    undated = tag("On a Monday in spring he arrived. Two weeks later he left.", None)
    assert undated[-1].certainty == "undated" and undated[-1].begin is None
