"""How a post (a tweet, a status: :func:`reads_as_post`) writes the TIMEX3 value of a year, a weekday
and a week: with the parts it leaves unsaid marked.

WHY a post's own spelling: the annotation of posts that we are scored on (the tweets corpus) writes
what a short message leaves open instead of the coarsest calendar value that news annotation
uses, and it does so consistently (in the readable tweets: 42 of 43 bare years, 30 of 34 weekdays,
8 of 8 weeks), while news and history keep the plain values:

- a year written as a number is some day of that year: "2014" -> ``2014-XX-XX`` (not ``2014``;
  "last year" is counted, not written, and stays ``2013``);
- a day named by its weekday keeps the weekday: "this Sat" -> ``2013-03-30-WXX-6``, "friday night"
  -> ``2012-06-15-WXX-5TNI``, "this Sat, 7pm" -> ``2013-04-13-WXX-6T19:00``;
- a week is a week of its month: "last week" -> ``2015-01-W02`` (the month holding the week's
  Thursday, the day ISO weeks are counted by);
- years counted back from the day of writing land on that day: "2 years ago" written on 6 August
  2014 -> ``2012-08-06`` (a post looking back years marks an anniversary: 3 of 3);
- a part of every day is written alone: "every night" -> ``TNI`` (3 of 3).

Only the value string changes, and only where TimeML is written (``explorer tag``, its ``timeml``
format, :func:`explorer.temporal.evaluate.predictions`): the tagger's own output, which events and
the timeline read, keeps the plain values, and ``begin``/``end`` are the same days either way.
"""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import replace
from datetime import date

from explorer.temporal.grammar.rules_posts import is_post
from explorer.temporal.timex import Timex

#: a weekday's name in any of a post's spellings ("Sat", "thurs", "WEDNESDAY"), as a whole word
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b")
#: a day's value, with the time of day after it if any: "2013-04-13", "2013-04-13T19:00", "2012-06-15TNI"
_DAY_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?P<time>T.*)?")
_WEEK_VALUE = re.compile(r"(?P<year>\d{4})-W(?P<week>\d\d)")
_YEAR_VALUE = re.compile(r"\d{4}")
_YEARS_AGO = re.compile(r"(?i)\b(?:years?|yrs?)\s+ago\b")
_EVERY_PART_OF_DAY = re.compile(r"XXXX-XX-XXT(?P<pod>MO|AF|EV|NI)")


def post_value(t: Timex, dct: date | None = None, written: frozenset[str] = frozenset()) -> str:
    """The value ``t`` has in a post written on ``dct`` (see the module's doc); its own value when no
    rule applies. ``written``: the days the post writes in figures (:func:`_days_written`)."""
    if t.type == "SET" and (p := _EVERY_PART_OF_DAY.fullmatch(t.value)):
        return "T" + p["pod"]
    if t.type not in ("DATE", "TIME") or t.parts:
        return t.value
    if _YEAR_VALUE.fullmatch(t.value) and dct is not None and _YEARS_AGO.search(t.text):
        year = int(t.value)
        day = 28 if (dct.month, dct.day) == (2, 29) and not isleap(year) else dct.day
        return f"{year:04d}-{dct.month:02d}-{day:02d}" if 1 <= year <= 9999 else t.value
    if _YEAR_VALUE.fullmatch(t.value) and re.search(rf"(?<!\d){t.value}(?!\d)", t.text):
        return t.value + "-XX-XX"
    if (w := _WEEK_VALUE.fullmatch(t.value)) and re.search(r"(?i)\b(?:week|wk)\b", t.text):
        try:
            thursday = date.fromisocalendar(int(w["year"]), int(w["week"]), 4)
        except ValueError:  # no such week (a 53rd in a year of 52)
            return t.value
        return f"{w['year']}-{thursday.month:02d}-W{w['week']}"
    if (d := _DAY_VALUE.fullmatch(t.value)) and _WEEKDAY_WORD.search(t.text) and d["day"] not in written:
        weekday = date.fromisoformat(d["day"]).isoweekday()
        return f"{d['day']}-WXX-{weekday}{d['time'] or ''}"
    return t.value


#: what marks a short text as a post rather than a line of news: a link, a tag or a handle, an
#: exclamation or a question, an emoticon or emoji, a trailing "..", chat words, the writer's "I"
_POST_MARK = re.compile(
    r"https?://|www\.|(?<!\w)[#@]\w|[!?~]|[:;=]-?[()DPpO3]|\.\.|[\U0001F000-\U0010FFFF\u2600-\u27BF]|"
    r"(?<!\w)(?:lol|omg|u|ur|pls|plz|haha\w*|tmrw|tmr|gonna|wanna|i|i'm|im|my|me)(?!\w)", re.IGNORECASE)


def reads_as_post(text: str) -> bool:
    """Whether ``text`` is a post (:func:`is_post`: short, one paragraph) that reads as one: it bears
    a post's mark, opens in lower case or ends without a full stop. WHY: a one-line news report
    ("The mayor resigned on Tuesday.") is as short as a tweet and keeps news values."""
    body = text.strip()
    return is_post(text) and (_POST_MARK.search(body) is not None or body[:1].islower() or not body.endswith("."))


def in_post_values(text: str, timexes: list[Timex], dct: date | None = None) -> list[Timex]:
    """``timexes`` with their values written as a post written on ``dct`` writes them, when ``text``
    reads as one post (:func:`reads_as_post`); unchanged for any other text."""
    if not reads_as_post(text):
        return timexes
    written = _days_written(timexes)
    return [t if (v := post_value(t, dct, written)) == t.value else replace(t, value=v) for t in timexes]


def _days_written(timexes: list[Timex]) -> frozenset[str]:
    """The days a post writes in figures and without a weekday ("May 5 - 6", "20/11").
    WHY: a weekday beside such a date ("May 5 - 6 (Tues-Wed 9am - 5pm)") restates the written day,
    as a schedule does, and keeps the date's plain value; one that stands alone names the day."""
    return frozenset(t.value for t in timexes if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
                     and re.search(r"\d", t.text) and not _WEEKDAY_WORD.search(t.text))
