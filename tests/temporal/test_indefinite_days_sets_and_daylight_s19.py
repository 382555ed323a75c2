"""Issue 11, session 19: indefinite weekdays inside a period, sets of nth weekdays and movable feasts,
dawn and dusk on a dated day, the turn of a century. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

#: a paragraph before the sentence, so the text reads as an article, not as a one-line post
_ARTICLE = "The society's newsletter reprints the account below.\n\n"


def _found(text: str, dct: date | None = date(2024, 1, 10)) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


@pytest.mark.parametrize("text, weekday, expected", [
    ("She was born on a Saturday afternoon in July 1987.", "Saturday afternoon", "1987-07"),
    ("It all began on a wet Monday in March 2003.", "Monday", "2003-03"),
    ("One Friday in the spring of 1962 the mill burned down.", "Friday", "1962-SP"),
    ("A Sunday in 1990 changed everything for the band.", "Sunday", "1990"),
    ("The letter arrived on a Thursday morning of May 1911.", "Thursday morning", "1911-05"),
])
def test_an_indefinite_weekday_in_a_period_is_that_period(text: str, weekday: str, expected: str) -> None:
    got = {t.text: t for t in tag(text, date(2024, 1, 10))}
    assert got[weekday].value == expected
    period = [t for t in got.values() if t.text != weekday][0]
    assert (got[weekday].begin, got[weekday].end_day) == (period.begin, period.end_day)  # never one Saturday


def test_an_indefinite_weekday_of_a_yearless_month_reads_as_the_month_does() -> None:
    got = _found("We first met on a rainy Tuesday in June.", date(2024, 1, 10))
    assert got["Tuesday"] == got["June"] == ("DATE", "2023-06")


@pytest.mark.parametrize("text", [
    "We met on Tuesday in the café.",
    "The shop opens on a Tuesday.",  # no period after it: left as it was read
])
def test_a_weekday_without_an_article_and_a_period_stays_a_day(text: str) -> None:
    got = _found(text)
    assert got["Tuesday"][1].startswith("2024-01-") or got["Tuesday"][1].startswith("2023-"), got


@pytest.mark.parametrize("text, expected", [
    ("The first Tuesday of each month is set aside for visits.", ("The first Tuesday of each month", "XXXX-XX-WXX-2")),
    ("The museum is free on the last Sunday of every month.", ("the last Sunday of every month", "XXXX-XX-WXX-7")),
    ("Every second Wednesday of the month the choir rehearses.", ("Every second Wednesday of the month", "XXXX-XX-WXX-3")),
    ("The fair is held on the last Saturday of August each year.",
     ("the last Saturday of August each year", "XXXX-08-WXX-6")),
])
def test_an_nth_weekday_of_every_month_or_year_is_a_set(text: str, expected: tuple[str, str]) -> None:
    assert _found(text)[expected[0]] == ("SET", expected[1])


def test_an_nth_weekday_of_a_named_month_without_each_is_still_one_day() -> None:
    assert _found("The fair was held on the last Saturday of August.")["the last Saturday of August"][0] == "DATE"


@pytest.mark.parametrize("text, span", [
    ("Every Easter the family gathers at the farm.", "Every Easter"),
    ("We eat far too much every Thanksgiving.", "every Thanksgiving"),
    ("Each Good Friday the village walks to the chapel.", "Each Good Friday"),
])
def test_every_movable_feast_is_a_yearly_set(text: str, span: str) -> None:
    assert _found(text)[span] == ("SET", "P1Y")


def test_a_movable_feast_without_every_is_still_one_day() -> None:
    assert _found("The family gathered at the farm on Easter Sunday 2019.")["Easter Sunday 2019"] == ("DATE", "2019-04-21")


def test_each_season_stays_a_set() -> None:
    assert _found("Each spring the river floods the lower fields.")["Each spring"] == ("SET", "XXXX-SP")


@pytest.mark.parametrize("sentence, word, expected", [
    ("The raid began at dawn on 6 June 1944.", "dawn", "1944-06-06TMO"),
    ("On 3 March 1921 the column halted at dusk.", "dusk", "1921-03-03TEV"),
    ("The town had fallen by nightfall on 12 May 1940.", "nightfall", "1940-05-12TEV"),
    ("On 9 April 1865, at dawn, the army attacked.", "dawn", "1865-04-09TMO"),
    ("At daybreak on 1 July 1916 the guns fell silent.", "daybreak", "1916-07-01TMO"),
    ("The treaty was signed at midnight on 4 August 1914.", "midnight", "1914-08-04T24:00"),
])
def test_a_word_of_light_on_a_dated_day_is_that_days_part(sentence: str, word: str, expected: str) -> None:
    got = _found(_ARTICLE + sentence)
    assert got[word] == ("TIME", expected)


@pytest.mark.parametrize("sentence", [
    "The raid began at dawn.",
    "On 3 March 1921 the column halted. At dusk the rain began.",  # the day is another sentence's
    "The regiment marched until sunset and camped by the river.",
])
def test_a_word_of_light_without_a_day_dates_nothing(sentence: str) -> None:
    got = _found(_ARTICLE + sentence)
    assert not {"dawn", "dusk", "sunset"} & set(got), got


def test_a_posts_sunset_is_still_the_day_it_was_posted() -> None:
    assert _found("Watching the boats come in at sunset", date(2015, 2, 7))["sunset"] == ("DATE", "2015-02-07")


@pytest.mark.parametrize("text, dct, expected", [
    ("At the turn of the 20th century the port boomed.", date(2024, 1, 10), ("19", date(1900, 1, 1))),
    ("By the turn of the nineteenth century the mill had closed.", date(2024, 1, 10), ("18", date(1800, 1, 1))),
    ("Few here remember the city before the turn of the century.", date(2024, 1, 10), ("20", date(2000, 1, 1))),
    ("In 1897 the town grew. By the turn of the century it had a railway.", None, ("19", date(1900, 1, 1))),
    ("The town was bombed in 1940; it had been founded at the turn of the century.", None, ("19", date(1900, 1, 1))),
])
def test_the_turn_of_a_century_is_the_opening_of_the_one_nearest(text: str, dct: date | None,
                                                                    expected: tuple[str, date]) -> None:
    turn = [t for t in tag(text, dct) if "turn of" in t.text]
    assert turn and (turn[0].value, turn[0].begin) == expected and turn[0].mod == "START"
    assert isinstance(turn[0].end_day, date) and turn[0].end_day.year < expected[1].year + 50
