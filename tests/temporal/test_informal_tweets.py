"""Informal writing as posts and messages type it: a clock time on a weekday, a clock time after
the day it is on, weekdays listed beside a date, lists of day ranges. Each row is our own sentence,
a document date and exactly the expressions (text, type, TIMEX3 value) TimeML marks in it; a
hypothesis test feeds the new rules random informal text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

from tests.temporal.test_properties import _check

D = date(2015, 4, 20)  # a Monday

CASES: list[tuple[str, date | None, list[tuple[str, str, str]]]] = [
    # a clock time on a weekday is one time, on that day
    ("finals happening this Sat, 7pm at the hall", D, [("this Sat, 7pm", "TIME", "2015-04-25T19:00")]),
    ("voting closes this Fri night, 2359!!", D, [("this Fri night, 2359", "TIME", "2015-04-24T23:59")]),
    ("Catch it happening this Sat, 430pm at the park", D, [("this Sat, 430pm", "TIME", "2015-04-25T16:30")]),
    ("a new collection later at 12 noon!", D, [("12 noon", "TIME", "2015-04-20T12:00")]),
    # an hour said with its part of day
    ("who drinks at 2 in teh afternoon? me", D, [("2 in teh afternoon", "TIME", "2015-04-20T14:00")]),
    ("up at 3 in the morning, home by 11 at night", D,
     [("3 in the morning", "TIME", "2015-04-20T03:00"), ("11 at night", "TIME", "2015-04-20T23:00")]),
    ("we scored 2 in the morning session", D, [("the morning", "TIME", "2015-04-20TMO")]),
    ("dinner next Fri @ 8pm?", D, [("next Fri @ 8pm", "TIME", "2015-04-24T20:00")]),
    ("brunch this Sunday at 10.30", D, [("this Sunday at 10.30", "TIME", "2015-04-26T10:30")]),
    ("it rained on Sunday at 10.30", D, [("Sunday at 10.30", "TIME", "2015-04-19T10:30")]),
    ("the sun 10:30 glare", D, [("10:30", "TIME", "2015-04-20T10:30")]),
    ("Sunday, 1945 was the year", D, [("1945", "DATE", "1945")]),
    # a clock time right after a day is on that day, not on the document's
    ("new collection coming up tomorrow at 12pm!", D,
     [("tomorrow", "DATE", "2015-04-21"), ("12pm", "TIME", "2015-04-21T12:00")]),
    ("class May 5 - 6 (Tues-Wed 9:00am - 5:30pm)", D,
     [("May 5", "DATE", "2015-05-05"), ("6", "DATE", "2015-05-06"), ("Tues", "DATE", "2015-05-05"),
      ("Wed 9:00am", "TIME", "2015-05-06T09:00"), ("5:30pm", "TIME", "2015-05-06T17:30")]),
    # a range of weekdays never ends before it begins; told as done on a Monday, it has ended by then
    # (the Sunday to Tuesday of the week before, not one running on to tomorrow)
    ("the shop was open Sun-Tue", D, [("Sun", "DATE", "2015-04-12"), ("Tue", "DATE", "2015-04-14")]),
    ("the shop is open Sun-Tue", D, [("Sun", "DATE", "2015-04-26"), ("Tue", "DATE", "2015-04-28")]),
    # weekdays listed after a day share its week
    ("come to our branch this Friday, Saturday and Sunday", D,
     [("this Friday", "DATE", "2015-04-24"), ("Saturday", "DATE", "2015-04-25"), ("Sunday", "DATE", "2015-04-26")]),
    ("On May 7 (Thursday) we sail.", D, [("May 7", "DATE", "2015-05-07"), ("Thursday", "DATE", "2015-05-07")]),
    # lists of day ranges: each end its own date, the month shared, the weekdays after them in the first week
    ("COURSE May 2 - 3, 9 - 10, 16 - 17 (Sat-Sun 1:00pm-6:00pm)", D,
     [("May 2", "DATE", "2015-05-02"), ("3", "DATE", "2015-05-03"), ("9", "DATE", "2015-05-09"),
      ("10", "DATE", "2015-05-10"), ("16", "DATE", "2015-05-16"), ("17", "DATE", "2015-05-17"),
      ("Sat", "DATE", "2015-05-02"), ("Sun 1:00pm", "TIME", "2015-05-03T13:00"), ("6:00pm", "TIME", "2015-05-03T18:00")]),
    ("on May 2 - 3, 1 - 2 went wrong", D, [("May 2", "DATE", "2015-05-02"), ("3", "DATE", "2015-05-03")]),
    ("seats May 2 - 3, 9 - 10 people", D, [("May 2", "DATE", "2015-05-02"), ("3", "DATE", "2015-05-03")]),
    # what a post says of plans looks forward: "how about", "see u", "can't wait", "gonna", "let's"
    ("how about friday night or sat?", D, [("friday night", "TIME", "2015-04-24TNI"), ("sat", "DATE", "2015-04-25")]),
    ("see u on sunday!", D, [("sunday", "DATE", "2015-04-26")]),
    ("can't wait for saturday", D, [("saturday", "DATE", "2015-04-25")]),
    ("gonna watch it on Thursday", D, [("Thursday", "DATE", "2015-04-23")]),
    ("we watched it on Thursday", D, [("Thursday", "DATE", "2015-04-16")]),
    ("see you on Sunday at 10.30", D, [("Sunday at 10.30", "TIME", "2015-04-26T10:30")]),
    # decades and years written short
    ("back in the 90s, 90's music, the ‘80s and early 70s rock", D,
     [("the 90s", "DATE", "199"), ("90's", "DATE", "199"), ("the ‘80s", "DATE", "198"), ("early 70s", "DATE", "197")]),
    ("she is in her 40s, he in his early 30s", D, []),
    ("summer '14 and Dec '14, class of '14", D,
     [("summer '14", "DATE", "2014-SU"), ("Dec '14", "DATE", "2014-12"), ("'14", "DATE", "2014")]),
    ("rock 'n' roll", D, []),
    # a month with its part, typed short
    ("early jan or mid-nov", D, [("early jan", "DATE", "2015-01"), ("mid-nov", "DATE", "2014-11")]),
    # recurrences and holidays as typed
    ("I run everyday. everyday life is dull", D, [("everyday", "SET", "P1D")]),
    ("every weekend, or at least on weekends", D,
     [("every weekend", "SET", "XXXX-WXX-WE"), ("weekends", "SET", "XXXX-WXX-WE")]),
    ("sundays are for brunch", D, [("sundays", "SET", "XXXX-WXX-7")]),
    ("NYE party then valentines day gifts", date(2015, 12, 1),
     [("NYE", "DATE", "2015-12-31"), ("valentines day", "DATE", "2016-02-14")]),
    ("see you the day after tmr", D, [("the day after tmr", "DATE", "2015-04-22")]),
    # a day's name inside a longer word is no day, nor a part of day ("goodnight")
    ("'okay goodnight friends!!", D, []),
    ("For today's #WineWednesday, and a SuperSunday sale", D, [("today", "DATE", "2015-04-20")]),
    # a day typed against its month
    ("exam 26nov 2015... lazy study", D, [("26nov 2015", "DATE", "2015-11-26")]),
    ("party on 1stJan, see u 12sept, 2016", D, [("1stJan", "DATE", "2015-01-01"), ("12sept, 2016", "DATE", "2016-09-12")]),
    ("got 5marks and v2mar", D, []),
    # durations typed in two units, or as a half
    ("AN HOUR THIRTY MINUTES LAYING ON MY BED", D, [("AN HOUR THIRTY MINUTES", "DURATION", "PT1H30M")]),
    ("took 2 hours 15 minutes, then 1 hr 30 mins", D,
     [("2 hours 15 minutes", "DURATION", "PT2H15M"), ("1 hr 30 mins", "DURATION", "PT1H30M")]),
    ("he was on 1/2 day leave for half an hour", D, [("1/2 day", "DURATION", "PT12H"), ("half an hour", "DURATION", "PT30M")]),
    ("home 2 hours later, RJ left 50mins Flu is killing me", D,
     [("2 hours", "DURATION", "PT2H"), ("50mins", "DURATION", "PT50M")]),
    ("Yesterday's dinner was great", D, [("Yesterday", "DATE", "2015-04-19")]),
    # a holiday naming a thing is no date; its shopping still points at the day
    ("so cool inside a Christmas tree at the mall", D, []),
    ("xmas lights and Halloween costumes everywhere", D, []),
    ("get your Christmas shopping done soon, folks", date(2015, 11, 1),
     [("Christmas", "DATE", "2015-12-25")]),
    # periods, parts of days and units typed short
    ("party this wknd!", D, [("this wknd", "DATE", "2015-W17-WE")]),
    ("it rained all last wkend", D, [("last wkend", "DATE", "2015-W16-WE")]),
    ("last nite was fun, this mornin not, tmr arvo maybe", D,
     [("last nite", "TIME", "2015-04-19TNI"), ("this mornin", "TIME", "2015-04-20TMO"), ("tmr arvo", "TIME", "2015-04-21TAF")]),
    ("met 2wks ago, moved a yr ago", D, [("2wks ago", "DATE", "2015-W15"), ("a yr ago", "DATE", "2014")]),
    # a clock range sharing its am/pm
    ("open 8-10pm, lunch 11-2pm, score 5-3pm", D,
     [("8", "TIME", "2015-04-20T20:00"), ("10pm", "TIME", "2015-04-20T22:00"), ("11", "TIME", "2015-04-20T11:00"),
      ("2pm", "TIME", "2015-04-20T14:00"), ("3pm", "TIME", "2015-04-20T15:00")]),
    # (a day with opening hours and no verb is a notice of when to come: the coming Saturday, session 21)
    ("sat 10am-2pm at the park", D, [("sat 10am", "TIME", "2015-04-25T10:00"), ("2pm", "TIME", "2015-04-25T14:00")]),
    ("Late post from last nights pba game", D, [("last nights", "TIME", "2015-04-19TNI")]),
    ("the last nights of the festival", D, []),
    # the words that name a month are part of it
    ("Special Class for the month of April: circuits", D, [("the month of April", "DATE", "2015-04")]),
    ("join him this August 2013 for the show", D, [("this August 2013", "DATE", "2013-08")]),
    # a part of day in a title or a shouted line, after its preposition in the same capitals
    ("See You In The Morning", D, [("The Morning", "TIME", "2015-04-20TMO")]),
    ("OPEN AT NIGHT", D, [("NIGHT", "TIME", "2015-04-20TNI")]),
    ("In The Night Kitchen by Sendak; Night of the Long Knives; on Morning Edition", D, []),
    # a day of a month in lower case
    ("party on dec 25th, back 25th dec or jan 1st", D,
     [("dec 25th", "DATE", "2014-12-25"), ("25th dec", "DATE", "2014-12-25"), ("jan 1st", "DATE", "2015-01-01")]),
    ("we may 5 times, see you may 5th", D, [("may 5th", "DATE", "2015-05-05")]),
    # recurrences: a period, or the pattern each occurrence fills
    ("we meet every other week", D, [("every other week", "SET", "P2W")]),
    ("bins go out every second month", D, [("every second month", "SET", "P2M")]),
    ("Every min is an adventure, every hr a joy", D, [("Every min", "SET", "PT1M"), ("every hr", "SET", "PT1H")]),
    ("we saw each other day after day", D, []),
    ("then every nite 10pm must go parade square", D, [("every nite 10pm", "SET", "XXXX-XX-XXT22:00")]),
    ("training every mon 7pm", D, [("every mon 7pm", "SET", "XXXX-WXX-1T19:00")]),
    ("Dividends are paid quarterly.", D, [("quarterly", "SET", "P3M")]),
    ("It raised its quarterly dividend.", D, []),
]


@pytest.mark.parametrize("text,dct,want", CASES, ids=[c[0][:40] for c in CASES])
def test_informal(text: str, dct: date | None, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]
    assert got == want


@pytest.mark.parametrize("text", [c[0] for c in CASES], ids=[c[0][:40] for c in CASES])
def test_the_new_rules_triggers_cover_their_matches(text: str) -> None:
    """Each rule runs only around its trigger words: none of these sentences has a match a
    trigger misses (a match it would silently lose)."""
    from explorer.temporal.grammar.scanner import trigger_misses

    assert trigger_misses(text) == []


def test_a_list_of_day_ranges_is_one_event_span_each() -> None:
    """Each pair is a range whose record spans both days (the timeline draws it as a span)."""
    t = tag("held July 4-5, 11-12 and 18-19", D)
    assert [(x.text, x.begin, x.end_day) for x in t] == [
        ("July 4-5", date(2014, 7, 4), date(2014, 7, 5)), ("11-12", date(2014, 7, 11), date(2014, 7, 12)),
        ("18-19", date(2014, 7, 18), date(2014, 7, 19))]  # "held": the July before the document date


def test_clock_on_a_listed_weekday_has_that_days_bounds() -> None:
    """The record's begin/end follow the value: the timeline puts "Sun 1pm" on that Sunday (the coming
    weekend: days with opening hours and no verb tell when to come, session 21)."""
    t = [x for x in timeml_view(tag("(Sat-Sun 1:00pm-6:00pm)", D))]
    assert [(x.text, x.begin, x.end_day) for x in t] == [
        ("Sat", date(2015, 4, 25), date(2015, 4, 25)), ("Sun 1:00pm", date(2015, 4, 26), date(2015, 4, 26)),
        ("6:00pm", date(2015, 4, 26), date(2015, 4, 26))]


_INFORMAL = st.sampled_from(
    ["this", "next", "on", "Sat", "sat", "sun", "Sun", "fri", "Friday", "night", ",", "7pm", "2359", "1945",
     "10.30", "@", "at", "tomorrow", "tmr", "12pm", "May", "5", "-", "6", "(", ")", "Tues", "Wed", "9:00am",
     "and", "or", "9", "10", "16", "17", "26nov", "nov", "2015", "every", "other", "week", "annual",
     "quarterly", "weekly", "daily", "min", "hr", "1/2", "day", "noon", "12", "the", "month", "of", "April",
     "wknd", "nite", "arvo", "mornin", "2wks", "ago", "yr", "8-10pm", "11-2pm", "dec", "25th", "jan", "1st",
     "half", "an", "hour", "thirty", "minutes", "50mins", "xmas", "tree", "Christmas"])
_TEXT = st.one_of(st.text(max_size=120), st.lists(_INFORMAL, max_size=25).map(" ".join),
                  st.lists(_INFORMAL, max_size=25).map("".join))
_DCT = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=examples(300), deadline=None)
@given(_TEXT, _DCT)
def test_informal_rules_any_text(text: str, dct: date | None) -> None:
    """No exception, spans inside the text, begin <= end, for any mix of the informal words."""
    _check(text, dct)


def test_calendar_edges() -> None:
    _check("May 5 - 6 (Tues-Wed 9:00am - 5:30pm), this Sat, 7pm, tomorrow at 12pm", date(9999, 12, 31))
    _check("Dec 30 - 31 (Sat-Sun 1pm), this Fri night, 2359", date(1, 1, 1))


def test_new_value_forms_reach_the_record_and_every_export(tmp_path) -> None:
    """The new forms keep the record usable: a weekday's clock time and a list of day ranges are
    events with their days; sets and compound durations are tagged but are no events; every data
    export and the TimeML export write them."""
    import json
    import xml.dom.minidom

    import io

    from explorer.exports.data import write_events
    from explorer.exports.timeml import to_timeml
    from explorer.ingest.extract import Extracted, extract_file

    text = ("Dance news\n\nThe dancers said the finals are happening this Sat, 7pm at the theatre.\n"
            "The course runs May 2 - 3, 9 - 10 (Sat-Sun 1:00pm-6:00pm) at the studio.\n"
            "We train every other week and every nite 10pm at the square, for 1 hr 30 mins, on 26nov 2015.\n")
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    got = extract_file(str(path), D)
    assert isinstance(got, Extracted)
    events = {e.timex: e for e in got.extracted.events}
    assert (events["this Sat, 7pm"].begin, events["this Sat, 7pm"].end) == (date(2015, 4, 25), date(2015, 4, 25))
    assert (events["9 - 10"].begin, events["9 - 10"].end) == (date(2015, 5, 9), date(2015, 5, 10))
    assert events["26nov 2015"].begin == date(2015, 11, 26)
    assert not {"every other week", "every nite 10pm", "1 hr 30 mins"} & set(events)
    for fmt in ("jsonl", "json", "csv", "timelinejs", "ics"):
        out = io.StringIO()
        write_events(list(got.extracted.events), out, fmt)
        assert "2015-05-09" in out.getvalue() or "20150509" in out.getvalue(), fmt
    tml = to_timeml(text, got.extracted.timexes, D)
    xml.dom.minidom.parseString(tml)  # well-formed
    assert 'value="XXXX-XX-XXT22:00"' in tml and 'value="PT1H30M"' in tml and 'value="P2W"' in tml
    json.dumps([e.value for e in got.extracted.events])
