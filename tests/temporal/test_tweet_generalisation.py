"""A generalisation check for informal writing: tweet-style sentences of our own (lowercase,
"tmr", "2nite", "fri", "sat night", "next wknd", "this eve", "in 2 hrs", hashtags, emoji-free
shouting, "7pm", "7:30PM EST", "noon", "3/14", "14/3", "Mar 14th"), each with the TIMEX3 values
checked by hand for one document date, a Thursday.

They were written before the rules they exercise and not taken from any corpus: where the tagger
fails one, the row says so (``xfail``, strict, so fixing it shows). Weeks are ISO weeks: W10 runs
Monday 7 to Sunday 13 March 2016. A bare weekday in a plan ("see u", "can't wait", a question)
looks forward, in a past-tense sentence back; "next fri" is the coming Friday, as the grammar's
other tests read it.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2016, 3, 10)  # a Thursday

CASES: list = [
    ("cant wait for tmr!!", [("tmr", "DATE", "2016-03-11")]),
    ("see u tmrw at 7pm", [("tmrw", "DATE", "2016-03-11"), ("7pm", "TIME", "2016-03-11T19:00")]),
    ("party 2nite at my place", [("2nite", "TIME", "2016-03-10TNI")]),
    ("movie on fri?", [("fri", "DATE", "2016-03-11")]),
    ("sat night was epic", [("sat night", "TIME", "2016-03-05TNI")]),
    ("going camping next wknd", [("next wknd", "DATE", "2016-W11-WE")]),
    ("dinner this eve with the fam", [("this eve", "TIME", "2016-03-10TEV")]),
    ("flight lands in 2 hrs", [("2 hrs", "DURATION", "PT2H")]),
    ("#tbt to summer 2012 in bali", [("summer 2012", "DATE", "2012-SU")]),
    ("see u on #Monday", [("Monday", "DATE", "2016-03-14")]),
    ("exam on 3/14 eek", [("3/14", "DATE", "2016-03-14")]),
    ("bday party on 14/3 !!", [("14/3", "DATE", "2016-03-14")]),
    ("concert Mar 14th!! who's coming", [("Mar 14th", "DATE", "2016-03-14")]),
    ("doors open 7:30PM EST", [("7:30PM EST", "TIME", "2016-03-10T19:30")]),
    ("lunch at noon?", [("noon", "TIME", "2016-03-10T12:00")]),
    ("meet me at the mall at 3pm", [("3pm", "TIME", "2016-03-10T15:00")]),
    ("so tired this morning", [("this morning", "TIME", "2016-03-10TMO")]),
    ("last nite was crazy", [("last nite", "TIME", "2016-03-09TNI")]),
    ("2moro is the big day", [("2moro", "DATE", "2016-03-11")]),
    ("yday was so hot", [("yday", "DATE", "2016-03-09")]),
    ("see you next fri", [("next fri", "DATE", "2016-03-11")]),
    ("hw due tues :(", [("tues", "DATE", "2016-03-15")]),
    ("out of office til Mon", [("Mon", "DATE", "2016-03-14")]),
    ("back on the 21st", [("the 21st", "DATE", "2016-03-21")]),
    ("valentines day was meh", [("valentines day", "DATE", "2016-02-14")]),
    ("new years eve was wild", [("new years eve", "DATE", "2015-12-31")]),
    ("2 wks till my bday", [("2 wks", "DURATION", "P2W")]),
    ("been waiting 45 mins for the bus", [("45 mins", "DURATION", "PT45M")]),
    ("3 days to go!!", [("3 days", "DURATION", "P3D")]),
    ("thx 4 the bday wishes yesterday", [("yesterday", "DATE", "2016-03-09")]),
    ("tonight's the night", [("tonight", "TIME", "2016-03-10TNI")]),
    ("this weekend is gonna be lit", [("this weekend", "DATE", "2016-W10-WE")]),
    ("last weekend was chill", [("last weekend", "DATE", "2016-W09-WE")]),
    ("wake me up at 6:30 tmr", [("6:30 tmr", "TIME", "2016-03-11T06:30")]),  # one expression, as "4pm tmr"
    ("meet at 14:30, tomorrow", [("14:30", "TIME", "2016-03-11T14:30"), ("tomorrow", "DATE", "2016-03-11")]),
    ("gym every mon", [("every mon", "SET", "XXXX-WXX-1")]),
    ("tweeting from the airport, 5am flight", [("5am", "TIME", "2016-03-10T05:00")]),
    ("sale ends 3/31!", [("3/31", "DATE", "2016-03-31")]),
    ("born 12/25/1990 lol", [("12/25/1990", "DATE", "1990-12-25")]),
    ("summer '15 was the best", [("summer '15", "DATE", "2015-SU")]),
    ("i miss the 90s", [("the 90s", "DATE", "199")]),
    ("new ep every wed", [("every wed", "SET", "XXXX-WXX-3")]),
    ("only 5 more days til spring break", [("5 more days", "DURATION", "P5D"), ("spring", "DATE", "2016-SP")]),
    ("its been a week since i saw u", [("a week", "DURATION", "P1W")]),
    ("haven't slept in 2 days", [("2 days", "DURATION", "P2D")]),
    ("meeting moved to Tue 3/15", [("Tue 3/15", "DATE", "2016-03-15")]),
    ("open til 10pm tonite", [("10pm tonite", "TIME", "2016-03-10T22:00")]),
    ("its 2am and im still up", [("2am", "TIME", "2016-03-10T02:00")]),
    ("a month ago i quit smoking", [("a month ago", "DATE", "2016-02")]),
    ("moved here 2 yrs ago", [("2 yrs ago", "DATE", "2014")]),
    ("pizza in 10 mins", [("10 mins", "DURATION", "PT10M")]),
    ("on my way, there in 5 min", [("5 min", "DURATION", "PT5M")]),
    ("next week i'll be in paris", [("next week", "DATE", "2016-W11")]),
    ("last month was rough", [("last month", "DATE", "2016-02")]),
    ("rent due end of the month", [("end of the month", "DATE", "2016-03")]),
    ("mid-april we fly out", [("mid-april", "DATE", "2016-04")]),
    ("jan 2017 cant come soon enough", [("jan 2017", "DATE", "2017-01")]),
    ("been sick since feb", [("feb", "DATE", "2016-02")]),
    ("sun's out, guns out", []),
    ("sat down for a bit", []),
    ("gonna wed my love in june", [("june", "DATE", "2016-06")]),
    pytest.param(*("almost fri!", [("fri", "DATE", "2016-03-11")]), marks=pytest.mark.xfail(strict=True, reason="a bare weekday with no verb looks back, as news does; 'almost' is no tense marker")),
    ("run tmr morning?", [("tmr morning", "TIME", "2016-03-11TMO")]),
    ("see ya at 7 tonight", [("7 tonight", "TIME", "2016-03-10T19:00")]),
    ("weds night footy anyone?", [("weds night", "TIME", "2016-03-16TNI")]),
    ("4th of july bbq at ours", [("4th of july", "DATE", "2016-07-04")]),
    ("in an hour", [("an hour", "DURATION", "PT1H")]),
    ("half an hour left", [("half an hour", "DURATION", "PT30M")]),
    ("24/7 customer service", []),
    ("2day was gr8", [("2day", "DATE", "2016-03-10")]),
    ("surf this arvo", [("this arvo", "TIME", "2016-03-10TAF")]),
    ("exams nxt week", [("nxt week", "DATE", "2016-W11")]),
    ("tues was a blast", [("tues", "DATE", "2016-03-08")]),
    ("Feb 29 was a leap day", [("Feb 29", "DATE", "2016-02-29")]),
    ("happy hour 7pm-9pm", [("7pm", "TIME", "2016-03-10T19:00"), ("9pm", "TIME", "2016-03-10T21:00")]),
    ("nite nite world", []),
    ("Sat 3/12 @ 9pm be there", [("Sat 3/12", "DATE", "2016-03-12"), ("9pm", "TIME", "2016-03-12T21:00")]),
    ("every night i dream of u", [("every night", "SET", "XXXX-XX-XXTNI")]),
    ("5 yrs of marriage today", [("5 yrs", "DURATION", "P5Y"), ("today", "DATE", "2016-03-10")]),
    ("last year was wild", [("last year", "DATE", "2015")]),
    ("good morning twitter", []),
    ("10k in 50 min, done by 8am", [("50 min", "DURATION", "PT50M"), ("8am", "TIME", "2016-03-10T08:00")]),
    ("on the 1st of april i'm moving", [("the 1st of april", "DATE", "2016-04-01")]),
    ("last xmas i gave u my heart", [("last xmas", "DATE", "2015-12-25")]),
    ("next sat at 8", [("next sat", "DATE", "2016-03-12")]),
    ("monday mornings suck", [("monday mornings", "SET", "XXXX-WXX-1TMO")]),
    ("sundays r for football", [("sundays", "SET", "XXXX-WXX-7")]),
    ("in the summer we go to the lake", [("the summer", "DATE", "2016-SU")]),
    ("see u in 2 weeks", [("2 weeks", "DURATION", "P2W")]),
    ("3 hrs of sleep smh", [("3 hrs", "DURATION", "PT3H")]),
    ("9:45am train is late again", [("9:45am", "TIME", "2016-03-10T09:45")]),
    ("lecture 10-12 tmr", [("tmr", "DATE", "2016-03-11")]),
    ("SALE THIS FRI ONLY", [("THIS FRI", "DATE", "2016-03-11")]),
    ("TONIGHT 9PM LIVE", [("TONIGHT", "TIME", "2016-03-10TNI"), ("9PM", "TIME", "2016-03-10T21:00")]),
    ("can't wait for apr 1st", [("apr 1st", "DATE", "2016-04-01")]),
    ("see u on the 25th of march!", [("the 25th of march", "DATE", "2016-03-25")]),
    # numbers with a slash that are no day: a rate, a fraction, a rating, a whole and a fraction
    ("open 24/7, add 3/4 cup sugar, rated 8/10, a 2-3/4 inch pipe", []),
    ("sale 3/14-3/16 only", [("3/14", "DATE", "2016-03-14"), ("3/16", "DATE", "2016-03-16")]),
    # a short weekday after a preposition is a day, not the start of a name
    ("tributes poured in after Sun Yat-sen died", []),
    # a moment earlier today; a 24-hour time without its colon; holidays typed short
    ("saw it 5 mins ago lol", [("5 mins ago", "DATE", "2016-03-10")]),
    ("posted an hour ago, 1+ hr ago now", [("an hour ago", "DATE", "2016-03-10"), ("1+ hr ago", "DATE", "2016-03-10"),
                                           ("now", "DATE", "PRESENT_REF")]),
    ("3 mths in and still loving it", [("3 mths", "DURATION", "P3M")]),
    ("came back at abt 2250. so tired", [("2250", "TIME", "2016-03-10T22:50")]),
    ("reach by 0800!", [("0800", "TIME", "2016-03-10T08:00")]),
    ("at 2200 people came", []),
    ("happy mothers day to all the mums", [("mothers day", "DATE", "2016-05-08")]),
    # a day of the month without its month: the month the tense points at; no floor or try
    ("rent due by the 5th!", [("the 5th", "DATE", "2016-04-05")]),
    ("we met on the 3rd and it was great", [("the 3rd", "DATE", "2016-03-03")]),
    ("on the 5th floor, on the 2nd try", []),
    # a period noun alone in a post: a stretch of that length, or that part of the day of writing
    ("enjoy ur day!", [("day", "DURATION", "P1D")]),
    ("fashion week is here", [("week", "DURATION", "P1W")]),
    ("sophomore year starts", [("year", "DURATION", "P1Y")]),
    ("karaoke night w the gang", [("night", "TIME", "2016-03-10TNI")]),
    ("days like these", [("days", "DURATION", "PXD")]),
    ("miss the good old days. get me through this day", [("days", "DURATION", "PXD"), ("this day", "DATE", "2016-03-10")]),
    ("working long hours again", [("hours", "DURATION", "PTXH")]),
    ("good night all, day by day it gets better", []),
    ("Morning all! Evening peeps. off to bed, night night", []),
    ("on it for the past hour, done in an hr", [("the past hour", "DURATION", "PT1H"), ("an hr", "DURATION", "PT1H")]),
    ("2k16 here we come", [("2k16", "DATE", "2016")]),
    ("bbq sat arvo? or sun eve?", [("sat arvo", "TIME", "2016-03-12TAF"), ("sun eve", "TIME", "2016-03-13TEV")]),
    # a season naming what things are for, in a post: the season at hand
    ("spring makeup picks. shop now", [("spring", "DATE", "2016-SP"), ("now", "DATE", "PRESENT_REF")]),
    ("summer camp near a hot spring, indian summer vibes", [("summer", "DATE", "2016-SU")]),
    ("2moro is the big day, a leap day", [("2moro", "DATE", "2016-03-11")]),
    ("reading In The Night Kitchen by Sendak, then Morning Edition with Sandra Day O'Connor", []),
    ("Working Long Hours Makes Us Drink More #health", [("Hours", "DURATION", "PTXH")]),
]


def _text(case: object) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]  # type: ignore[index,attr-defined]


@pytest.mark.parametrize("text,want", CASES, ids=[_text(c)[:40] for c in CASES])
def test_tweet_style(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, D))]
    assert got == want


def test_enough_sentences() -> None:
    """The brief of this check: at least 80 sentences of our own."""
    assert len(CASES) >= 80


@pytest.mark.parametrize("text", [_text(c) for c in CASES], ids=[_text(c)[:40] for c in CASES])
def test_triggers_cover_every_match(text: str) -> None:
    """Each rule runs only around its trigger words: no match here is one its trigger misses."""
    from explorer.temporal.grammar.scanner import trigger_misses

    assert trigger_misses(text) == []


def test_period_nouns_alone_count_in_posts_only() -> None:
    """The same sentence in an article (longer than a post, in paragraphs) keeps its period nouns
    untagged: there they belong to longer expressions the general rules read."""
    post = "enjoy ur day! fashion week is here"
    assert [t.text for t in tag(post, D)] == ["day", "week"]
    article = post + "\n\n" + "The committee met again to discuss the budget for the coming season. " * 5
    assert [t.text for t in tag(article, D) if t.text in ("day", "week")] == []


def test_a_day_of_the_month_alone_in_a_story_and_in_a_range() -> None:
    """In a story the day follows the story's month; before "to the 19th of October 1950" it shares
    that month and year."""
    story = tag("In March 1944 the army crossed the river. On the 22nd, it attacked.", None)
    assert [(t.text, t.value) for t in story] == [("March 1944", "1944-03"), ("the 22nd", "1944-03-22")]
    ranged = timeml_view(tag("The launch moved from the 13th to the 19th of October 1950.", None))
    assert [(t.text, t.value) for t in ranged] == [("the 13th", "1950-10-13"), ("the 19th of October 1950", "1950-10-19")]


def test_a_season_said_while_it_is_under_way_is_that_one() -> None:
    """On 22 December "winter" is the winter that has begun, not the one that ended in February."""
    assert [(t.text, t.value) for t in tag("WINTER BUDDIES: kettle, toaster, heater", date(2014, 12, 22))] == [("WINTER", "2014-WI")]


def test_rules_for_posts_are_not_run_on_articles(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A rule that says which texts it applies to (``applies_to``) is not scanned in the others:
    the post rules cost an article nothing."""
    from explorer.temporal.grammar import registry, scanner
    from explorer.temporal.grammar.rules_posts import is_post

    calls: list[int] = []
    rules = []
    for name, pattern, build, prio, trigger in registry.RULES:
        if name == "post_period_noun":
            def counting(m, text, _build=build):  # type: ignore[no-untyped-def]
                calls.append(m.start())
                return _build(m, text)
            counting.applies_to = is_post  # type: ignore[attr-defined]
            build = counting
        rules.append((name, pattern, build, prio, trigger))
    monkeypatch.setattr(registry, "RULES", rules)
    monkeypatch.setattr(scanner, "RULES", rules)
    article = "The day began early.\n\n" + "The week of talks ended with a vote on the budget for the year. " * 6
    scanner.scan_text(article)
    assert calls == []
    scanner.scan_text("enjoy ur day!")
    assert calls == [9]
