"""The TimeML values a post is written with on the tag route: a written year as some day of it
(``2026-XX-XX``), a weekday kept in its day (``2024-03-07-WXX-4``), a week as a week of its month
(``2024-03-W10``), while counted years, other days and every longer text keep the plain values, and
the tagger's own output (what the timeline draws) is untouched. Sentences of our own.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date

import pytest

from explorer import cli
from explorer.temporal import tag
from explorer.temporal.evaluate import predictions

MON = date(2024, 3, 4)  # ISO week 10


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(str(p["text"]), str(p["value"])) for p in predictions("post", text, dct)]


@pytest.mark.parametrize("text, dct, expected", [
    ("Can't believe it's already 2026, where did the time go", date(2026, 1, 3), [("2026", "2026-XX-XX")]),
    ("my fave album of 2023!", date(2024, 1, 2), [("2023", "2023-XX-XX")]),
    ("gym on thurs after work, who's in?", MON, [("thurs", "2024-03-07-WXX-4")]),
    ("see u sat night!!", MON, [("sat night", "2024-03-09-WXX-6TNI")]),
    ("Exam results out this Wed, 10am", MON, [("this Wed, 10am", "2024-03-06-WXX-3T10:00")]),
    ("so tired this week lol", date(2024, 3, 6), [("this week", "2024-03-W10")]),
    ("nxt wk i'm off", date(2024, 3, 6), [("nxt wk", "2024-03-W11")]),
    # the week's month is the one holding its Thursday, here the old year's
    ("last week was a blur tbh", date(2024, 1, 3), [("last week", "2023-12-W52")]),
    ("Our shop reopens next Tuesday at 9am, see you then!", date(2024, 5, 1),
     [("next Tuesday", "2024-05-07-WXX-2"), ("9am", "2024-05-07T09:00")]),
])
def test_a_post_marks_what_it_leaves_unsaid(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # counted, not written: the year stays a year
    ("moved to the coast last year and never looked back", date(2024, 5, 1), [("last year", "2023")]),
    ("brunch tomorrow? then the weekend is ours", date(2024, 5, 1),
     [("tomorrow", "2024-05-02"), ("the weekend", "2024-W18-WE")]),
    ("two weeks of waiting for nothing", date(2024, 5, 1), [("two weeks", "P2W")]),
])
def test_a_post_keeps_the_values_of_other_expressions(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == expected


def test_an_article_keeps_plain_years_and_days() -> None:
    article = "The council met on Monday to discuss the 2014 budget and its cuts to the parks. " * 6
    found = set(_values(article, date(2014, 3, 5)))
    assert found == {("Monday", "2014-03-03"), ("2014", "2014")}


def test_the_tagger_itself_keeps_plain_values_in_a_post() -> None:
    # events and the timeline read the tagger's values: only the TimeML routes write a post's form
    assert [(t.text, t.value) for t in tag("see u sat night, best gig of 2024", MON)] == [
        ("sat night", "2024-03-09TNI"), ("2024", "2024")]


def test_the_tag_command_writes_a_posts_values(tmp_path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("gym on thurs after work, who's in?", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["tag", str(post), "--dct", MON.isoformat(), "--format", "jsonl"]) == 0
    assert [json.loads(line)["value"] for line in out.getvalue().splitlines()] == ["2024-03-07-WXX-4"]


@pytest.mark.parametrize("text, expected", [
    ("Day 2: Kyoto temples and way too much matcha", ["Day 2"]),
    ("Day 3. Legs are sore", ["Day 3"]),
    ("camp day 4 there was rain all morning", ["day 4"]),
    # a clock, an ordinal or a date after "day" is no day's number
    ("meet at the gate, day 1:30 pm", []),
    ("the day 2nd of the series", []),
    ("on day 3/4 of the course", []),
])
def test_a_numbered_day_of_a_run_ends_at_its_number(text: str, expected: list[str]) -> None:
    numbered = [(t.text, t.value) for t in tag(text, MON) if re.match(r"(?i)day\s+\d", t.text)]
    assert numbered == [(day, "P1D") for day in expected]


@pytest.mark.parametrize("text, expected", [
    ("Our reunion dinner 2019 https://t.co/abc123", ["2019"]),
    ("new mural for the street fest 2024 https://example.com/mural", ["2024"]),
    # a count of things before a link is still a count
    ("sold 2000 tickets https://t.co/xyz", []),
])
def test_a_year_before_a_link_is_a_year(text: str, expected: list[str]) -> None:
    assert [t.text for t in tag(text, MON)] == expected


@pytest.mark.parametrize("text, dct, expected", [
    ("2 years ago we met at this very cafe", date(2024, 5, 3), [("2 years ago", "2022-05-03")]),
    ("Three yrs ago I moved here", date(2024, 2, 29), [("Three yrs ago", "2021-02-28")]),
    ("4 years ago our first date", date(2024, 2, 29), [("4 years ago", "2020-02-29")]),
    ("I go running every morning", date(2024, 5, 3), [("every morning", "TMO")]),
    # a clock on every day keeps its days unsaid
    ("they play every night at 10pm", date(2024, 5, 3), [("every night at 10pm", "XXXX-XX-XXT22:00")]),
])
def test_a_post_counts_years_back_to_the_day_and_writes_a_daily_part_alone(
        text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == expected


@pytest.mark.parametrize("text, expected", [
    ("YOGA RETREAT June 8 - 9 (Sat-Sun 10:00am - 4:00pm) book now",
     [("Sat", "2024-06-08"), ("Sun 10:00am", "2024-06-09T10:00")]),
    ("Workshop on 12 June (Wed 9am - 5pm), sign up!", [("Wed 9am", "2024-06-12T09:00")]),
    # a weekday with no written date beside it names its day
    ("Workshop on Wed 9am, sign up!", [("Wed 9am", "2024-05-08-WXX-3T09:00")]),
])
def test_a_weekday_restating_a_written_date_keeps_the_dates_value(text: str, expected: list[tuple[str, str]]) -> None:
    weekdays = [(p["text"], p["value"]) for p in predictions("post", text, date(2024, 5, 8))
                if re.match(r"(?i)sat|sun|wed", str(p["text"]))]
    assert weekdays == expected


def test_a_one_line_news_report_keeps_news_values() -> None:
    assert _values("The council approved the budget on Tuesday.", date(2024, 5, 8)) == [("Tuesday", "2024-05-07")]
    assert _values("The council approved the budget on Tuesday!", date(2024, 5, 8)) == [("Tuesday", "2024-05-07-WXX-2")]
