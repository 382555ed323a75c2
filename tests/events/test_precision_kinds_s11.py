"""Kinds of non-event found on the session-eleven fresh gold articles (an inquiry report's findings, a
central bank's rate decision, an op-ed arguing from history, a "Timeline:" backgrounder), the readable
part and the TimeBank and WikiWars samples (issue 12, events-precision). Each kind is checked on
sentences of our own, written for these tests, that fail without its rule, beside a sentence of the
same shape that stays an event."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.modality import is_failure_to_act, is_non_happening
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2024, 5, 10)) -> list:
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _titles(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.title for e in _events(text, dct)]


def _dated(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in _events(text, dct) if e.timex]


# --------------------------------------------------------------------- a likelihood judged


@pytest.mark.parametrize(("title", "expected"), [
    ("A second cut is widely seen as likely", True),
    ("An early election is now regarded as inevitable", True),
    ("A deal is considered unlikely", True),
    ("A rate rise was generally viewed as probable", True),
    ("Further strikes are thought likely", True),
    ("Another rise is likely", True),
    # a happening that was seen, or a judgement of a person, is no likelihood
    ("The minister was seen leaving the building", False),
    ("The decision was seen as a victory for the mayor", False),
    ("The vote was held", False),
])
def test_a_likelihood_judged_is_no_happening(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_judged_likelihood_gives_no_event_but_the_decision_does() -> None:
    text = ("The Bank of Lessia cut its main rate to 3.5 percent on Tuesday. "
            "A further cut before the winter is widely seen as likely.")
    assert _dated(text) == ["Tuesday"]


# --------------------------------------------------------------------- an undated failure to act


@pytest.mark.parametrize(("title", "expected"), [
    ("The inspectors failed to check the valves", True),
    ("Commanders on both sides failed to adapt their tactics", True),
    ("The council has failed to publish its accounts", True),
    ("Morrow fails to act", True),
    # a happening that failed is itself a happening: talks, an attempt, a motion
    ("The first round of talks has failed to yield results", False),
    ("The rescue attempt failed to reach the miners", False),
    ("The motion failed to win a majority", False),
    ("The inspectors checked the valves", False),
])
def test_failing_to_do_something_is_no_act(title: str, expected: bool) -> None:
    assert is_failure_to_act(title) is expected


def test_an_undated_failure_to_act_gives_no_event() -> None:
    text = ("The ferry ran aground off Kellan Point on 3 March 2023. "
            "The harbour authority failed to mark the sandbank. "
            "The captain was later convicted of negligence.")
    titles = _titles(text)
    assert not [t for t in titles if "mark" in t], titles
    assert any("convicted" in t for t in titles), titles


def test_a_failed_happening_told_undated_stays() -> None:
    text = ("The two sides met in Geneva on 4 June 2023. "
            "A second round of talks in Vienna failed to produce an agreement.")
    titles = _titles(text)
    assert any("fail" in t for t in titles), titles


# --------------------------------------------------------------------- a stretch counted forward


def _role(sentence: str, date_text: str) -> str | None:
    from explorer.events.date_roles import date_role

    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Over the next eighteen months, the lander will drill into the ice and send back samples.", "the next eighteen months"),
    ("For the following three decades she collected folk songs in the valleys.", "the following three decades"),
    ("Neither army was able to break the line for the next two years.", "the next two years"),
    ("Throughout the coming years the fund will pay out grants to small farms.", "the coming years"),
])
def test_a_stretch_counted_forward_spreads_an_activity(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "stretch ahead"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a window, a point, or a stretch counted back (what happened in it is a happening of its own)
    ("The board will announce its choice within the next two weeks.", "the next two weeks"),
    ("The following year he was appointed ambassador.", "The following year"),
    ("Over the past two weeks officials met three times in Ankara.", "the past two weeks"),
])
def test_a_window_a_point_or_a_stretch_back_is_no_stretch_ahead(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "stretch ahead"


def test_a_programme_over_the_next_months_gives_no_event_but_the_launch_does() -> None:
    text = ("The probe Arden was launched from Kourou on 2 March 2024. "
            "Over the next eighteen months, it will map the surface of the asteroid.")
    assert _dated(text) == ["2 March 2024"]


# --------------------------------------------------------------------- how things stand today


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Both of these lessons matter today.", "today"),
    ("Only three copies of the charter exist today.", "today"),
    ("The two accounts of the battle differ even now.", "now"),
])
def test_a_present_state_verb_with_today_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "present state"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The court hears the case today.", "today"),
    ("The minister opened the bridge today.", "today"),
])
def test_a_happening_today_is_no_present_state(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "present state"


# --------------------------------------------------------------------- a plan whose clause goes on to a condition


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Plan for Sunday: one test flight at 10:00 if the cloud lifts.", "10:00"),
    ("A new wing is planned for 2028 if the lottery grant is approved.", "2028"),
    ("The ferry will sail at noon unless the wind rises.", "noon"),
])
def test_a_plan_told_with_its_condition_is_a_possibility(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "possibility"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # told in the past, or the condition in a clause of its own
    ("The two navies fought in 1941, if undeclared.", "1941"),
    ("The builders arrive on Tuesday, and if it stays dry the roof will be on by June.", "Tuesday"),
    ("The club was relegated in 2019 even if few noticed.", "2019"),
])
def test_a_happening_beside_a_condition_is_no_possibility(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "possibility"
