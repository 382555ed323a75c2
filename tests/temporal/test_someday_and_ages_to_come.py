""""One day" before its verb and "the <people> of tomorrow" name no day (session thirty-one, own
sentences, from the TBAQ readable extras: "the hope he one day follow", "the people of tomorrow").

"She will one day run the firm" is "some day", a time to come the text does not give: neither a stretch
of one day (P1D) nor a date; TimeML leaves it as it leaves "someday". "The managers of tomorrow" and
"the schools of today" are kinds of an age, as "today's youth" is, not the day after (or of) the
document. After a verb "one day" is still a stretch ("the strike lasted one day"), and the news of a
day ("the events of yesterday", "the flights of tomorrow") stays that day."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 5, 15)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text", [
    "The coach believes the youngster will one day captain the national side.",
    "He said he could one day return to the stage.",
    "Her ambition is to one day open a bakery in the village.",
    "We'll one day look back on this winter and laugh.",
    "The island may one day be linked to the mainland by a bridge.",
    "Residents voiced the hope they one day see the mill reopen.",
    "Engineers say the line might not one day be needed at all.",
])
def test_one_day_before_its_verb_is_no_stretch_and_no_date(text: str) -> None:
    assert not any(expr.lower() == "one day" for expr, _ in _values(text))


@pytest.mark.parametrize("text", [
    "The stoppage lasted one day.",
    "The inquiry was cut to one day.",
    "The court gave the tenants one day to leave.",
    "Visitors will spend one day in the capital.",
    "It will take one day to repair the pier.",
    "The hearing was cut to one day instead of three.",
    "Parking is limited to one day only.",
])
def test_one_day_after_a_verb_stays_a_stretch(text: str) -> None:
    assert ("one day", "P1D") in _values(text)


@pytest.mark.parametrize("text, word", [
    ("\"We are training the engineers of tomorrow,\" the dean said.", "tomorrow"),
    ("If I were choosing the people of tomorrow, I would choose these.", "tomorrow"),
    ("The classrooms of today would baffle a teacher from 1950.", "today"),
    ("The champions of yesterday were guests of honour at the final.", "yesterday"),
])
def test_the_people_of_an_age_name_no_day(text: str, word: str) -> None:
    assert not any(expr.lower() == word for expr, _ in _values(text))


@pytest.mark.parametrize("text, word, value", [
    ("The events of yesterday shocked the valley.", "yesterday", "2024-05-14"),
    ("The flights of tomorrow have been cancelled because of the fog.", "tomorrow", "2024-05-16"),
    ("The council meets tomorrow to vote on the plan.", "tomorrow", "2024-05-16"),
    ("The results of today will be posted at the gate.", "today", "2024-05-15"),
])
def test_the_news_of_a_day_keeps_its_day(text: str, word: str, value: str) -> None:
    assert (word, value) in _values(text)
