"""Forms found missing or misread on the readable TimeML slices and in posts: dates that open a
line, lists of weekdays, a day or week as lived ("a long day"), a bare "weekend", "future" as a noun. Each row is a sentence, a document date and
exactly the expressions (text, type, TIMEX3 value) TimeML marks in it; our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2020, 3, 1)  # a Sunday

CASES: list[tuple[str, date | None, list[tuple[str, str, str]]]] = [
    # a date opening a line after a sentence that ended with "." is the whole day ("$" matched
    # before the newline, so the day looked like the tail of a number "1.9")
    ("Update.\n9 February 2020: the ship docked.", D, [("9 February 2020", "DATE", "2020-02-09")]),
    ("Timeline\n\n12 March 2019: talks began.\n14 March 2019: talks ended.", D,
     [("12 March 2019", "DATE", "2019-03-12"), ("14 March 2019", "DATE", "2019-03-14")]),
    ("The plant closed.\n2016 was a hard year.", D, [("2016", "DATE", "2016")]),
    ("It cost 3.\n9 February", D, [("9 February", "DATE", "2020-02-09")]),
    ("The rate rose to 1.9 in February.", D, [("February", "DATE", "2020-02")]),  # no day "9 February"
    # short weekdays that are also words count inside a list of days; "every" reaches the whole list
    ("How about friday night or sat? We go.", D,  # a suggestion: the coming Friday and Saturday
     [("friday night", "TIME", "2020-03-06TNI"), ("sat", "DATE", "2020-03-07")]),
    ("My paper on Mon and tues only!", D, [("Mon", "DATE", "2020-02-24"), ("tues", "DATE", "2020-02-25")]),
    ("every mon, wed, thur got parade", D,
     [("every mon", "SET", "XXXX-WXX-1"), ("wed", "SET", "XXXX-WXX-3"), ("thur", "SET", "XXXX-WXX-4")]),
    ("the sun is out and we sat down on wed", D, []),
    ("He sat and ate, then wed her.", D, []),
    # a day or week as it was lived is one unit long; the adjective stays outside the span
    ("Had a fun day staying at the airport.", D, [("day", "DURATION", "P1D")]),
    ("Home after a very long, tiring day in school.", D, [("day", "DURATION", "P1D")]),
    ("Crazy week of school", D, [("week", "DURATION", "P1W")]),
    ("It was a good day's work.", D, []),
    ("The long day of talks ended.", D, []),
    # a bare weekend is the one the text is in
    ("Great weekend staycation!", date(2020, 3, 9), [("weekend", "DATE", "2020-W10-WE")]),
    ("In weekend's best: new dresses", D, [("weekend", "DATE", "2020-W09-WE")]),
    ("He reads weekend editions.", D, []),
    # "future" as a noun is the time to come; the adjective is left alone
    ("Hope to work with you more in future!", D, [("future", "DATE", "FUTURE_REF")]),
    ("What is my future? Nobody knows.", D, [("future", "DATE", "FUTURE_REF")]),
    ("It will cut future losses.", D, []),
    # no time of any day: an idiom, a generic "today's", a name ("Sandra Day")
    ("The poster showed High Noon, and high noon comes today.", D, [("today", "DATE", "2020-03-01")]),
    ("We met at noon.", D, [("noon", "TIME", "2020-03-01T12:00")]),
    ("The case is for today's youth and today's personal computers.", D, []),
    ("Today's meeting was short.", D, [("Today", "DATE", "2020-03-01")]),
    ("Justices Sandra Day O'Connor and Anthony Kennedy agreed.", D, []),
    ("It lasted a day.", D, [("a day", "DURATION", "P1D")]),
    # a capitalised season after a preposition is the season, unless a name goes on after it
    ("New rompers in hues of Spring. Shop here", D, [("Spring", "DATE", "2020-SP")]),
    ("Take your cue from Spring's florals.", D, [("Spring", "DATE", "2020-SP")]),
    ("They retreated to Winter Park.", D, []),
    ("Operation Winter Storm began.", D, []),
    # a clock time with an informal day word is one time; "5+am" is five in the morning
    ("Sleep at 11, so 6 am tmrw Singapore time", D, [("6 am tmrw", "TIME", "2020-03-02T06:00")]),
    ("Doors open 4pm tmr @ the hall", D, [("4pm tmr", "TIME", "2020-03-02T16:00")]),
    ("Left camp at 5+am and came back late", D, [("5+am", "TIME", "2020-03-01T05:00")]),
    # "two more weeks", "an additional year": durations with the count's adjective inside
    ("It took two more weeks.", D, [("two more weeks", "DURATION", "P2W")]),
    ("They asked for an additional year of talks.", D, [("an additional year", "DURATION", "P1Y")]),
    # one numbered day of a run is a day long; a holiday's name or a date is not one
    ("Red dress for cny day 1 hope all had fun", D, [("day 1", "DURATION", "P1D")]),
    ("Day 12 of the trial began.", D, [("Day 12", "DURATION", "P1D")]),
    ("Memorial Day 2 was fun", D, [("Memorial Day", "DATE", "2020-05-25")]),
    # a clock time before "on <weekday> <date>" leaves the date whole and is a time of that day (as
    # TimeML marks "11 a.m. on 11 November 1918"); it never reads across a line
    ("The doors open at 9 a.m. on Tuesday 12 March.", date(2024, 3, 1),
     [("9 a.m.", "TIME", "2024-03-12T09:00"), ("Tuesday 12 March", "DATE", "2024-03-12")]),
    ("Kick-off is 9.30 p.m.\nSunday 30 June is the final.", date(2024, 3, 1),
     [("9.30 p.m.", "TIME", "2024-03-01T21:30"), ("Sunday 30 June", "DATE", "2024-06-30")]),
    ("We met at 9 a.m. on Tuesday.", date(2024, 3, 1), [("9 a.m.", "TIME", "2024-02-27T09:00"), ("Tuesday", "DATE", "2024-02-27")]),
    # the weekday says the year of a yearless date ("Sunday 30 June" is 2024's, not 2023's)
    ("The final was played on Friday 30 June.", date(2024, 3, 1), [("Friday 30 June", "DATE", "2023-06-30")]),
    # "of that year" is the year just named, in news as in a story
    ("The works began in 1903. On 3 May of that year the bridge fell.", date(2024, 3, 1),
     [("1903", "DATE", "1903"), ("3 May of that year", "DATE", "1903-05-03")]),
    ("October of that year was wet.", date(2024, 3, 1), [("October of that year", "DATE", "2024-10")]),
    # "a hundred years", "two thousand years" (millennia: P2L)
    ("It took a hundred years.", D, [("a hundred years", "DURATION", "P100Y")]),
    ("It has more than two thousand years of history.", D, [("more than two thousand years", "DURATION", "P2L")]),
    ("A hundred people came.", D, []),
    # plural weekdays are every such day
    ("The market runs on Thursdays and Sundays.", D,
     [("Thursdays", "SET", "XXXX-WXX-4"), ("Sundays", "SET", "XXXX-WXX-7")]),
    # "a single day", "a full year": one unit
    ("It was built in a single day.", D, [("a single day", "DURATION", "P1D")]),
    ("After a full year of work it opened.", D, [("a full year", "DURATION", "P1Y")]),
    # a diary's heading "Wednesday 9 March" (a weekday, or the start of a line, makes "9 March" a date)
    ("Wednesday 9 March, La Paz\nRode up to the market.", date(2016, 3, 7), [("Wednesday 9 March", "DATE", "2016-03-09")]),
    ("Notes\n5 March: talks began.", D, [("5 March", "DATE", "2020-03-05")]),
    ("He scored 5 march goals.", D, []),
    # halves are written in the next smaller unit; "twenty four" needs no hyphen
    ("It took a minute and a half.", D, [("a minute and a half", "DURATION", "PT1M30S")]),
    ("He served 2 1/2 years.", D, [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("Talks went on for one and a half months.", D, [("one and a half months", "DURATION", "P1M15D")]),
    ("It rained in the last twenty four hours.", D, [("the last twenty four hours", "DURATION", "PT24H")]),
    ("Twenty four people came.", D, []),
    # "a great day for Poland" is no day's length
    ("It was a great day for Poland.", D, []),
    # "for the year", "of the year": the year the text is in
    ("For the year, pet food volume was flat.", date(1989, 11, 1), [("the year", "DATE", "1989")]),
    ("Sales fell in the first nine months of the year.", date(1989, 11, 1),
     [("the first nine months", "DURATION", "P9M"), ("the year", "DATE", "1989")]),
    ("It was the year of the dragon.", D, []),
    # "my current obsession" is what one has, not when
    ("Food feast regardless of my current condition!", D, []),
    ("The plunge helped spark the current weakness in London.", D, [("current", "DATE", "PRESENT_REF")]),
    # months typed in lower case, or shortened without a full stop after a preposition
    ("Cepatlah november , im waiting", D, [("november", "DATE", "2019-11")]),
    ("study hard for the exam in Jun", D, [("Jun", "DATE", "2020-06")]),
    ("we met in june 2014", D, [("june 2014", "DATE", "2014-06")]),
    ("I may march in august", D, []),
    ("the jun kit is here", D, []),
    # "no more than sixty days" keeps its bound; "Jia Jun 2" is a name and a number
    ("It must act within no more than sixty days.", D, [("no more than sixty days", "DURATION", "P60D")]),
    ("My full name is Lester Koh Jia Jun 2. Born here", D, []),
    ("The concert is on Jun 2 at eight.", D, [("Jun 2", "DATE", "2020-06-02")]),
    # a dated heading (a diary entry, a log) is the day its lines speak from, until the next one
    ("Monday 7 March 2016, La Paz\nSlept.\n\nSaturday 12 March, Copacabana\nTomorrow we sail. "
     "This morning it rained.\n", None,
     [("Monday 7 March 2016", "DATE", "2016-03-07"), ("Saturday 12 March", "DATE", "2016-03-12"),
      ("Tomorrow", "DATE", "2016-03-13"), ("This morning", "TIME", "2016-03-12TMO")]),
    ("WASHINGTON, March 3 (Xinhua) --\nThe talks ended today.", date(1998, 3, 3),
     [("March 3", "DATE", "1998-03-03"), ("today", "DATE", "1998-03-03")]),
    ("The talks began on March 3 and ended today.", date(1998, 3, 9),
     [("March 3", "DATE", "1998-03-03"), ("today", "DATE", "1998-03-09")]),
    # "that winter" is the winter of the year just named, in news too
    ("The mill closed in March 1991. That winter the town starved.", date(2017, 3, 1),
     [("March 1991", "DATE", "1991-03"), ("That winter", "DATE", "1991-WI")]),
    # a count typed against its unit
    ("It takes 1.5hrs just to play 3mins.", D, [("1.5hrs", "DURATION", "PT1H30M"), ("3mins", "DURATION", "PT3M")]),
    ("Haven't run in 16days", D, [("16days", "DURATION", "P16D")]),
    ("Survived 7Days in Chiang Mai", D, [("7Days", "DURATION", "P7D")]),
    # a list of bare day numbers beside a date: each its own date in that month
    ("Shows on 12, 13 and 14 July.", date(2015, 3, 1),
     [("12", "DATE", "2014-07-12"), ("13", "DATE", "2014-07-13"), ("14 July", "DATE", "2014-07-14")]),
    ("The market opens on March 3, 10, 17 and 24.", date(2015, 3, 1),
     [("March 3", "DATE", "2015-03-03"), ("10", "DATE", "2015-03-10"), ("17", "DATE", "2015-03-17"),
      ("24", "DATE", "2015-03-24")]),
    ("They met on the 3rd, 4th and 5th of May.", date(2015, 3, 1),
     [("3rd", "DATE", "2015-05-03"), ("4th", "DATE", "2015-05-04"), ("5th of May", "DATE", "2015-05-05")]),
    ("The works began in 1903. On 2 and 3 May of that year the bridge fell.", date(2015, 3, 1),
     [("1903", "DATE", "1903"), ("2", "DATE", "1903-05-02"), ("3 May of that year", "DATE", "1903-05-03")]),
    ("On July 12, 14 people died.", date(2015, 3, 1), [("July 12", "DATE", "2014-07-12")]),
    ("On 5 May 1945, 12 ships sank.", date(2015, 3, 1), [("5 May 1945", "DATE", "1945-05-05")]),
    # "will stay closed until mid-November": "closed" after "stay" is no past verb, the plan looks forward
    ("The roof fell in on Monday and the library will stay closed until at least mid-November.",
     date(2019, 9, 5), [("Monday", "DATE", "2019-09-02"), ("mid-November", "DATE", "2019-11")]),
    # a story in a year before 1: its yearless seasons and months are in that year (the winter after
    # its June, December 479 to February 478 BC, labelled by its January's year: session 21)
    ("In June 479 BC the Greeks marched. In the winter the fleet refused to sail.", None,
     [("June 479 BC", "DATE", "BC0479-06"), ("the winter", "DATE", "BC0478-WI")]),
    ("The city fell in 146 B.C. That summer the senate met.", date(2011, 1, 1),
     [("146 B.C.", "DATE", "BC0146"), ("That summer", "DATE", "BC0146-SU")]),
]


@pytest.mark.parametrize("text,dct,want", CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: date | None, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]
    assert got == want


def test_a_season_in_a_story_before_year_one_has_its_days() -> None:
    """The timeline can place "the winter" of 479 BC: it carries calendar days (as ``Day``) and
    says it was inferred from the story's year, not stated."""
    got = {t.text: t for t in tag("In June 479 BC the Greeks marched. In the winter the fleet refused to sail.")}
    winter, june = got["the winter"], got["June 479 BC"]
    assert winter.begin is not None and winter.end_day is not None and june.begin is not None
    assert june.begin < winter.begin < winter.end_day
    assert winter.certainty == "inferred" and june.certainty == "exact"
