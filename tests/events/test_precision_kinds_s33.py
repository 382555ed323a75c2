"""Kinds of non-event counted among the readable gold's extra events, and in the undated TimeBank
folder, in session thirty-three (issue 12, event precision), each checked on sentences written for
these tests beside sentences of the same shape that stay events.

- A state held up to a date by a passive of keeping or paying, or by "continued to" ("The lens was kept
  in a tunnel until 1946", "Fares are capped at £2 until the end of the year", "She continued to
  attend the seminars until last year"): the date ends the state, it is no happening's day
  (``date_roles_states.holds_until``); with a "when" clause after the date, that clause's happening
  is dated and stays.
- A bare change told of everything or of "that" ("Everything changed in December", "Then that changed
  on Monday"): it announces the happening the next sentences tell (``states._BARE_CHANGE``).
- A level last seen at a date ("levels last seen in 2008", "the thirteen dollar level we saw in the
  winter of 1994"): a point of comparison (``tallies_and_baselines._SEEN_BEFORE``).
- A figure that held where it was ("The unemployment rate remained at 4.7 percent last month"): a
  reading of a measure (``tallies_and_baselines._FIGURE_HELD``).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import date_role_of, events_of
from tests.events.test_precision_kinds_s28 import _titles, _told


# --------------------------------------------------------------------- a state held until a date


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The lens was removed in 1943 and was kept in a quarry tunnel until 1946.", "1946"),
    ("Fares are capped at £2 until the end of the year.", "the end of the year"),
    ("The remaining staff will be paid until the end of May.", "the end of May"),
    ("She continued to attend the department's seminars until last year.", "last year"),
    ("The records were stored in the town hall basement until 1988.", "1988"),
    ("The price of a ticket is frozen at £5 until April.", "April"),
    ("He continues to live in the flat above the shop until the spring.", "the spring"),
])
def test_a_state_held_until_a_date_is_its_end(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "state's end"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the "when" clause after the date tells what ended the state: that happening is dated
    ("During the war the castle was held for the king until March 1646, when Parliament's troops took it.", "March 1646"),
    ("The lens was kept in a tunnel until 1946, when it was refitted in the tower.", "1946"),
    # an act done on the date, not a state held up to it
    ("The lens was removed from the tower in 1943.", "1943"),
    ("The staff were paid on Friday.", "Friday"),
])
def test_a_state_ended_by_a_happening_or_an_act_stays(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) is None


@pytest.mark.parametrize("sentence", [
    # a lasting activity or a state told in the past up to a year (session 59's decision: about 20 such
    # states in the gold, by several writers, none listed): no happening on that year, and no undated one
    "Ilse ran a boarding house on Quay Street until the 1950s.",
    "The Pike family held the fishing rights until 1871.",
    "The shop traded from the corner site until 1990.",
    "The dynasty ruled the valley from about 420 BC until 251 BC.",
    "The old hall served as the parish school until the 1830s.",
    "After the war he taught chemistry at the grammar school until 1968.",
    "Ostvik was a small fishing village on the north shore, occupied from the 11th century until about 1400.",
    "He remained chairman of the bank until 2004.",
    "The branch line carried freight until the 1960s, and the signal box stayed in use until 1971.",
    "Her grandfather continued as harbourmaster until 1931.",
    "The old depot remained in use until last autumn.",
])
def test_a_lasting_activity_ended_by_a_year_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == [], _titles(sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # guards: a day's bound dates that day's happening; a denial tells an act done at last; a "when"
    # clause tells what ended the activity; "from … to" bounds a tenure; a happening that lasts
    ("The meeting ran until 11pm on Friday.", "Friday"),
    ("The mill did not reopen until 1952.", "1952"),
    ("Mrs Hale taught at the village school until 1999, when she retired.", "1999"),
    ("She worked in the city from 1896 to 1911.", "1896 to 1911"),
    ("The war lasted until 1945.", "1945"),
    # (guards, session 59) a denial before the verb, a happening as the subject, a fine bound, and the
    # next clause telling who took over at the bound
    ("The survey results were never published until 2020.", "2020"),
    ("The miners' strike continued until March 1985.", "March 1985"),
    ("The talks ran until 3am on Tuesday.", "Tuesday"),
    ("He served as treasurer until 2011 and his daughter took over the books.", "2011"),
])
def test_a_bound_that_dates_a_happening_stays(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) is None


def test_a_lasting_activity_joined_to_a_dated_clause_is_no_event() -> None:
    # the dated clause keeps its event; the joined clause's activity, bounded by a year, gives none
    titles = _titles("Her husband was killed in a mining accident in the spring of 1928, and Nora ran a tea room "
                     "on Bridge Street until the 1960s.")
    assert _told(titles, "killed") and not _told(titles, "tea room"), titles


def test_the_happening_that_ends_a_held_state_is_an_event() -> None:
    titles = _titles("The lens was kept in a tunnel until 1946, when it was refitted in the tower.")
    assert _told(titles, "refitted"), titles
    assert not _titles("Fares are capped at £2 until the end of the year.")


# --------------------------------------------------------------------- a bare change


@pytest.mark.parametrize("sentence", [
    "Everything changed in December.",
    "Then that changed on Monday.",
    "Things changed quickly in the spring of 1990.",
    "But in 2010 everything changed.",
    "Today that changed.",
    "After the flood, nothing was the same in 2012.",
])
def test_a_bare_change_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == [], _titles(sentence)


@pytest.mark.parametrize(("sentence", "words"), [
    # a change with an object or a subject of its own is a happening
    ("That changed the course of the war in 1945.", "course of the war"),
    ("The weather changed on Tuesday.", "weather"),
    ("Last year the club changed its name.", "its name"),
    ("Everything changed hands in 1990.", "hands"),
])
def test_a_change_of_something_stays(sentence: str, words: str) -> None:
    titles = _titles(sentence)
    assert _told(titles, words), titles


# --------------------------------------------------------------------- a level last seen, a figure held


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Oil prices have come down to the fourteen dollars we're seeing today.", "today"),
    ("Next up is that thirteen dollar a barrel level we saw in the winter of 1994.", "the winter of 1994"),
    ("Prices fell on Monday to levels last seen in 2008.", "2008"),
    ("The pound is at a low not seen since 1985.", "1985"),
    ("The unemployment rate remained at 4.7 percent last month.", "last month"),
    ("Inflation stayed at 2 per cent in May.", "May"),
    ("The index held steady at 3,400 on Friday.", "Friday"),
])
def test_a_level_last_seen_or_a_figure_held_is_no_event(sentence: str, date_text: str) -> None:
    events = events_of(sentence, date(2025, 6, 12))
    assert not [e for e in events if e.timex == date_text], [(e.title, e.timex) for e in events]


def test_the_level_sentence_keeps_its_own_happening() -> None:
    titles = _titles("Prices fell on Monday to levels last seen in 2008.")
    assert _told(titles, "prices fall"), titles


@pytest.mark.parametrize(("sentence", "words"), [
    # a figure that moved is a happening; a thing seen with no level named stays
    ("The central bank raised its rate to 4.5 percent in May.", "raises its rate"),
    ("The rate fell to 3 percent in June.", "rate falls"),
    ("The storm we saw in 1987 killed 18 people.", "kills 18 people"),
])
def test_a_figure_moved_or_a_thing_seen_stays(sentence: str, words: str) -> None:
    titles = _titles(sentence)
    assert _told(titles, words), titles


# --------------------------------------------------------------------- a pronoun's retelling on the same day


@pytest.mark.parametrize(("text", "words"), [
    ("Administrators from Calder Price took control of Brennock Foods on Monday. The lender refused on 14 April "
     "and appointed the administrators a week later, though they took control only on Monday.", "take control"),
    ("Ines Valk resigned on Friday. Her deputy took over. She resigned on Friday after the audit.", "resign"),
    ("The strikers walked out on Monday. Managers offered a deal on Tuesday, but they had walked out on Monday.", "walk out"),
])
def test_a_pronouns_retelling_on_the_same_day_is_one_event(text: str, words: str) -> None:
    titles = _titles(text)
    assert sum(words in t.lower() for t in titles) == 1, titles


@pytest.mark.parametrize(("text", "words"), [
    # done to another thing, or on another day: another happening
    ("Police arrested two men on Monday. The men were held overnight. They arrested a third man on Monday.", "arrest"),
    ("The Rovers won on Saturday. They won on Sunday too.", "win"),
])
def test_a_pronouns_telling_of_another_act_stays(text: str, words: str) -> None:
    titles = _titles(text)
    assert sum(words in t.lower() for t in titles) == 2, titles


# --------------------------------------------------------------------- a figure set against an earlier one


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The harvest came to 11 tonnes, against 38 in 2023.", "2023"),
    ("Turnout was 41%, against 38% in 2019.", "2019"),
    ("The firm made a profit of €14 million, against a loss of €3.1 million last year.", "last year"),
    ("Visitor numbers reached 90,000, against about 60,000 in 2019.", "2019"),
])
def test_a_figure_set_against_an_earlier_one_is_no_event_of_that_date(sentence: str, date_text: str) -> None:
    events = events_of(sentence, date(2025, 6, 12))
    assert not [e for e in events if e.timex == date_text], [(e.title, e.timex) for e in events]


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a vote's count, a match, a campaign: "against" with no earlier figure
    ("The council voted 12 against 3 in May.", "May"),
    ("The council voted 12 votes against 3 in May.", "May"),
    ("The club played against Ashby in 2023.", "2023"),
    ("They campaigned against the plan in 2023.", "2023"),
])
def test_against_without_an_earlier_figure_stays(sentence: str, date_text: str) -> None:
    events = events_of(sentence, date(2025, 6, 12))
    assert [e for e in events if e.timex == date_text], [(e.title, e.timex) for e in events]


# --------------------------------------------------------------------- an old plan's date, the plan changed


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Three days later the board postponed its final vote, which had been due on 30 September.", "30 September"),
    ("The board postponed the vote, which had been planned for 30 September.", "30 September"),
    ("Replacement of the old main, planned for 2027, has been brought forward to this summer.", "2027"),
    ("The concert, planned for June, was cancelled.", "June"),
    ("The club called off the dinner, which was scheduled for Friday.", "Friday"),
])
def test_an_old_plans_date_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) == "superseded plan"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the new date, a plan kept, a thing done on its date, a postponement dated
    ("Replacement of the old main, planned for 2027, has been brought forward to this summer.", "this summer"),
    ("The vote, planned for 30 September, went ahead as expected.", "30 September"),
    ("The board postponed the vote, which had been held on 30 September.", "30 September"),
    ("The board postponed its vote on 30 September.", "30 September"),
])
def test_a_new_date_or_a_plan_kept_stays(sentence: str, date_text: str) -> None:
    assert date_role_of(sentence, date_text) is None


# --------------------------------------------------------------------- a count over a stretch


@pytest.mark.parametrize("sentence", [
    "More than 11,000 residents applied for a postal vote between January and April.",
    "More than 2,000 wounded soldiers passed through it between 1915 and 1919.",
    "About 300 boats used the harbour from May to September.",
    "Some 40 volunteers joined the project between 2019 and 2021.",
])
def test_a_count_over_a_stretch_is_no_event(sentence: str) -> None:
    assert not events_of(sentence, date(2025, 6, 12))


@pytest.mark.parametrize(("sentence", "words"), [
    # a group named by "the", a count in the object, a count on one date
    ("The remaining 74 staff will leave between 8 and 15 January.", "staff will leave"),
    ("The inquiry held 38 days of public hearings between April and October 2024.", "holds 38 days"),
    ("More than 200 people were evacuated on Tuesday.", "evacuated"),
    ("Another 130 people died in April.", "die"),
])
def test_a_group_or_a_count_on_one_date_stays(sentence: str, words: str) -> None:
    titles = [e.title for e in events_of(sentence, date(2025, 6, 12))]
    assert _told(titles, words), titles


def test_a_count_of_things_shown_over_a_stretch_stays() -> None:
    # told in the present, one exhibition over its days
    titles = [e.title for e in events_of("More than 120 posters by the designer Ada Kvist go on show at the city museum "
                                         "from 18 March to 2 July.", date(2025, 6, 12))]
    assert _told(titles, "posters"), titles
