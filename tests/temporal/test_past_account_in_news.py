"""A paragraph of dated news that retells something past is read as a story (issue 11: news or
narrative per passage).

Anniversary pieces, court reports and "the last time they met" previews state one past date with its
year ("In March 2016", "on 4 June 2019", "on the evening of 2 May last year") and then tell that
night or season with yearless and anaphoric expressions ("the next day", "that spring", "that
morning", "by 2 a.m.", a bare month). Those belong to the account's time, not to the day the
article was written. The paragraph ends the account, and so does any word of the writer's now
between ("on Tuesday", "last week", "will", "is", "now"); an aside ("since 2019", "born in 1950")
sets no account. The session-twelve fresh set ``fresh_news_s12b/`` showed the kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2026, 4, 15)


def _values(text: str, dct: date | None = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("opening, year", [
    ("In March 2016 the river rose for three days.", "2016"),
    ("The ferry sank on 4 March 2019 off the point.", "2019"),
    ("It was in March 2011 that the roof of the depot gave way.", "2011"),
])
@pytest.mark.parametrize("follow, expression, value", [
    ("By the next day the lower streets were flooded.", "the next day", "{y}-03-{d1}"),
    ("That spring, volunteers cleared the houses.", "That spring", "{y}-SP"),
    ("Repairs went on until the autumn.", "the autumn", "{y}-FA"),
    ("Two days later the inquiry began.", "Two days later", "{y}-03-{d2}"),
])
def test_a_past_account_keeps_its_year_through_the_paragraph(opening: str, year: str, follow: str,
                                                              expression: str, value: str) -> None:
    found = _values(f"{opening} {follow}")
    got = found.get(expression)
    assert got is not None, found
    assert got.startswith(year), found  # not the document's 2026


@pytest.mark.parametrize("night", ["on the evening of 2 May last year", "on the night of 2 May 2024",
                                   "on 2 May 2024"])
@pytest.mark.parametrize("clock, value", [("At 11 p.m.", "T23:00"), ("At about 9.30 p.m.", "T21:30")])
def test_a_night_retold_in_court_keeps_its_day(night: str, clock: str, value: str) -> None:
    text = f"The court heard that the two men met in a bar {night}. {clock} they argued over a bill."
    found = [t.value for t in tag(text, date(2025, 11, 20))]
    assert any(v.endswith(value) and v.startswith(("2024-05-02", "2025-05-02")) for v in found), found


@pytest.mark.parametrize("between", [
    "The council said on Tuesday that repairs went on until June.",
    "Repairs will go on until June.",
    "Repairs are going on until June.",
])
def test_the_writers_now_ends_the_account(between: str) -> None:
    found = _values(f"In March 2016 the river rose for three days. {between}")
    assert not found["June"].startswith("2016"), found  # the writer's June, past or coming


def test_a_new_paragraph_is_the_writers_again() -> None:
    found = _values("In March 2016 the river rose for three days.\n\nThe mill reopened in June.")
    assert found["June"] == "2025-06", found  # the last June before the report, as news reads it


@pytest.mark.parametrize("aside", ["The family had lived there since 2016.", "Ruth Dale, born in 1950, lives on the quay."])
def test_an_aside_year_sets_no_account(aside: str) -> None:
    found = _values(f"{aside} The mill reopened in June.")
    assert found["June"] == "2025-06", found


def test_a_recent_date_is_the_writers_week() -> None:
    # a date a few weeks before the report is news, not an account told from the past
    found = _values("The ferry sank on 4 April 2026. Two days later the inquiry began.")
    assert found["Two days later"] == "2026-04-06", found


@pytest.mark.parametrize("text, expression, value", [
    ("In March 2016 the river rose for three days. On the night of March 7 the weir gave way, and by "
     "the next day the lower town was under water. That spring, volunteers cleared the houses. The "
     "mill stayed shut until the autumn.", "the autumn", "2016-FA"),
    ("The final, on 16 May 2009, went to extra time. Dunmore scored in the last minute and lifted the "
     "cup. That evening the fans filled the square until midnight.", "midnight", "2009-05-16T24:00"),
    ("The pair met in a bar on 14 March 2025. At about 11 p.m. they argued over a bill. By 1 a.m. one "
     "of them was in hospital, and the other took a train north that morning.", "that morning", "2025-03-15TMO"),
])
def test_the_account_runs_on_through_its_own_steps(text: str, expression: str, value: str) -> None:
    found = _values(text, date(2026, 10, 20))
    assert found.get(expression) == value, found


@pytest.mark.parametrize("evening", ["at 11 p.m. on March 9", "at 10.45pm on 9 March", "on March 9 at 11:30 p.m."])
@pytest.mark.parametrize("later, value", [("By 2 a.m.", "2026-03-10T02:00"), ("At 1.15 a.m.", "2026-03-10T01:15"),
                                          ("By midnight", None)])
def test_small_hours_after_an_evening_time_are_the_next_day(evening: str, later: str, value: str | None) -> None:
    text = f"The fire started {evening}. {later} it had spread to the next street."
    found = {t.text: t.value for t in tag(text, date(2026, 3, 12))}
    clock = later.split(" ", 1)[1]
    if value is None:  # midnight ends the evening's own day
        assert found.get("midnight", "").startswith("2026-03-09"), found
    else:
        assert found.get(clock) == value, found


@pytest.mark.parametrize("earlier, later", [("at 9 a.m. on March 9", "By 11 a.m."), ("at 6 p.m. on March 9", "By 10 p.m."),
                                            ("at 1 a.m. on March 9", "By 4 a.m.")])
def test_a_run_of_times_that_stays_in_its_day_keeps_the_day(earlier: str, later: str) -> None:
    text = f"The queue formed {earlier}. {later} it reached the corner."
    found = {t.text: t.value for t in tag(text, date(2026, 3, 12))}
    clock = later.split(" ", 1)[1]
    assert found.get(clock, "").startswith("2026-03-09"), found


# -- forms the retold stories use -------------------------------------------------------------------

@pytest.mark.parametrize("opening, value", [
    ("A year ago today", "2025-04-15"), ("Ten years ago today", "2016-04-15"), ("Six months ago today", "2025-10-15"),
    ("Two weeks ago today", "2026-04-01"),
])
def test_an_anniversary_ago_today_is_one_day(opening: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(f"{opening}, the bridge was closed to traffic.", DCT)]
    assert found == [(opening, value)]


def test_ago_with_today_in_another_sentence_stays_apart() -> None:
    found = [(t.text, t.value) for t in tag("Two years ago, the firm moved. Today it employs forty.", DCT)]
    assert found == [("Two years ago", "2024"), ("Today", "2026-04-15")]


def test_an_anniversary_opens_an_account() -> None:
    found = _values("A year ago today, fire swept through the works. Two days later the owners found the cause.")
    assert found["Two days later"] == "2025-04-17", found


@pytest.mark.parametrize("phrase, value", [
    ("the evening of 14 March last year", "2025-03-14TEV"), ("the night of Dec. 3 next year", "2027-12-03TNI"),
    ("the morning of 2 April this year", "2026-04-02TMO"), ("the afternoon of June 9 last year", "2025-06-09TAF"),
])
def test_a_part_of_a_day_with_the_writers_year_is_one_time(phrase: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(f"They met on {phrase} at the station.", DCT)]
    assert found == [(phrase, value)]


# fixtures told in the present: the coming day, with an object and a place between
@pytest.mark.parametrize("sentence", [
    "The trial continues on {day}.", "Harwick face Dunmore at Lowfield on {day}.",
    "The mayor opens the fair in Westbury on {day}.", "The champions host the leaders at Eastgate on {day}.",
    # a place that is no name: a plural of places, or home
    "The film opens in cinemas on {day}.", "The new phone goes on sale in shops on {day}.",
    "The under-21s play at home on {day}.",
])
@pytest.mark.parametrize("day, value", [("Monday", "2026-04-20"), ("Thursday", "2026-04-16"), ("Saturday", "2026-04-18")])
def test_a_fixture_with_its_place_looks_ahead(sentence: str, day: str, value: str) -> None:
    assert _values(sentence.format(day=day))[day] == value


@pytest.mark.parametrize("sentence", ["The trial continued on {day}.", "Harwick faced Dunmore at Lowfield on {day}.",
                                      "The mayor opened the fair in Westbury on {day}.",
                                      "The film opened in cinemas on {day}.",
                                      "The season ends in defeat on {day}, the coach said."])
@pytest.mark.parametrize("day, value", [("Monday", "2026-04-13"), ("Thursday", "2026-04-09"), ("Saturday", "2026-04-11")])
def test_the_same_fixture_in_the_past_looks_back(sentence: str, day: str, value: str) -> None:
    assert _values(sentence.format(day=day))[day] == value


@pytest.mark.parametrize("lede", ["A year ago today, fire swept through the paint works.",
                                  "On 15 April 2025 fire swept through the paint works.",
                                  "Fire swept through the paint works on the night of 14 April last year."])
@pytest.mark.parametrize("opener", ["The alarm was raised at 4.15 a.m.", "Two hours later the roof fell in.",
                                    "That morning the roof fell in."])
def test_a_retelling_goes_on_in_a_paragraph_that_opens_with_its_step(lede: str, opener: str) -> None:
    text = f"{lede}\n\n{opener} At 9 a.m. investigators found a faulty heater."
    found = _values(text)
    assert found["9 a.m."].startswith("2025-04-1"), found


@pytest.mark.parametrize("opener", ["On Monday the owners said the works would reopen.",
                                    "The owners say the works will reopen.", "Investigators worked for weeks."])
def test_a_paragraph_that_opens_otherwise_is_the_writers(opener: str) -> None:
    text = f"On 15 April 2025 fire swept through the paint works.\n\n{opener} At 9 a.m. the insurers arrived."
    found = _values(text)
    assert not found["9 a.m."].startswith("2025"), found


@pytest.mark.parametrize("sentence, value", [
    ("The mill reopened in 2016 and ran at full speed by the following June.", "2017-06"),
    ("She moved to Leeds in May 1998. The following March she left.", "1999-03"),
])
def test_the_following_month_is_the_next_one_after_the_time_told(sentence: str, value: str) -> None:
    found = {t.value for t in tag(sentence, DCT)}
    assert value in found, found


def test_following_before_a_possessive_month_is_no_date() -> None:
    assert tag("Following June's vote, the council met.", DCT) == [] or all(
        "June" not in t.text for t in tag("Following June's vote, the council met.", DCT))


@pytest.mark.parametrize("text, expected", [
    ("The museum reopened on Saturday.\n\nThe hall was built in 1790 by a merchant. On 3 April the roof was "
     "raised, and the next year the wings were added. In July the family moved in.",
     {"3 April": "1790-04-03", "the next year": "1791", "July": "1791-07"}),
    ("The school marked its jubilee on Friday.\n\nThe school opened in 1872. In October the first pupils "
     "arrived, and two years later a chapel was built.",
     {"October": "1872-10", "two years later": "1874"}),
    ("The pit closed last week.\n\nThe shaft was sunk in 1890. In May the first coal came up, and a year "
     "later the village doubled.", {"May": "1890-05", "a year later": "1891"}),
])
def test_a_history_of_years_ago_in_its_own_paragraph_is_told_from_its_year(
        text: str, expected: dict[str, str]) -> None:
    """A paragraph of dated news that opens on a year long past in a main clause ("The hall was built in
    1790") tells a history: its yearless dates and steps count from that year, even after "built in"."""
    found = _values(text)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expression, value", [
    ("The company, founded in 1990, makes pumps. In March it cut 200 jobs.", "March", "2026-03"),
    ("The company was founded in 1990. It said on Tuesday that in March it cut 200 jobs.", "March", "2026-03"),
    ("The company was founded in 1990. In May it will open a plant.", "May", "2026-05"),
    ("The firm opened in 2025. In March it cut 20 jobs.", "March", "2026-03"),
])
def test_news_of_this_year_after_a_founding_year_stays_the_news(text: str, expression: str, value: str) -> None:
    """An aside's year, a writer's weekday or a future between, or a year too recent to be a history,
    leaves a bare month in the news's year."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("On the 3rd of March 2024 a pump failed at 02:10, and the chamber warmed by the morning of the 4th of March.\n\n"
     "The owners were told of the failure on the 6th of March.", "the 6th of March", "2024-03-06"),
    ("The dam cracked on 2 February 2024, and by the evening of the 3rd of February the valley was cleared.\n\n"
     "Engineers inspected the wall on 9 February.", "9 February", "2024-02-09"),
    # a run of days told with its year holds the yearless days inside it
    ("We surveyed the shore between 4 and 19 June 2024. Nets were set on 5 June and lifted on 11 June.", "11 June", "2024-06-11"),
    # guard: the writer's own day told between brings the story back to the page's time
    ("On 3 March 2024 the pump failed. The firm said on Tuesday it had replaced it.\n\nThe inspector visited on 6 March.",
     "6 March", "2026-03-06"),
])
def test_an_account_told_day_by_day_goes_on_over_a_paragraph(text: str, expression: str, value: str) -> None:
    """A yearless day within days after the account's last day goes on from it, past a paragraph
    break too (issue 11: a judgment's "On the 3rd of March 2024 ... (new paragraph) on the 6th of
    March" was put in the page's year)."""
    assert _values(text)[expression] == value
