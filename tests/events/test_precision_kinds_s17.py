"""Kinds of non-event found on the session-seventeen fresh gold articles and the readable gold by
measuring precision per kind (issue 12, precision). Each kind is checked on sentences of our own,
written for these tests, in several phrasings, beside sentences of the same shape that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_STORY = "The library reopened on Monday."


def _dated(text: str, dct: date | None = date(2027, 2, 8)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


# --------------------------------------------------------------------- "since" closing an aside about a noun


@pytest.mark.parametrize("sentence", [
    # a participle between commas
    "The ferry service, suspended since November, resumes on 3 March.",
    "The east wing, closed since 2019, will be the first to go.",
    # an adjective or a place between commas
    "Mira Holt, back in the squad since April, scored twice.",
    "The old mill, empty since the 1990s, was sold to a developer.",
    # a relative clause with its own subject, or a verb of saying, before the perfect
    "The trust took over 80 flats, which the county had run since 1984.",
    "Reporters spoke to a baker, who said her shop had lost a third of its trade since the spring.",
])
def test_since_ending_an_aside_about_a_noun_dates_no_happening(sentence: str) -> None:
    found = _dated(_STORY + " " + sentence)
    assert not [t for t in found if t in ("November", "2019", "April", "the 1990s", "1984", "the spring")]


@pytest.mark.parametrize(("sentence", "when"), [
    # the main clause's own state since a date is kept as its start
    ("Jon Vale has led the choir since 2017.", "2017"),
    # a perfect that ran until a named happening keeps its date
    ("The bridge has been closed since last July, when a pier cracked.", "last July"),
    # a passive in the relative clause tells the act that began it
    ("The hall, which had been promised since 2019, opened in May.", "May"),
])
def test_a_since_that_is_no_aside_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- kinds found on real pages (kept outside the repo)


@pytest.mark.parametrize("sentence", [
    # a count of cases reported, in a situation report's forms
    "In March 2026, a total of 4 512 new measles cases were reported from nine districts.",
    "During week 14, a cumulative total of 1,204 cases and 31 deaths have been reported.",
    "On Tuesday 86 new dengue cases were recorded in the capital.",
    # a duty told with a participle
    "Under the charter the board is required to publish its accounts by 30 June.",
    "Landlords are legally obliged to register every flat before April.",
    # how a figure will compare
    "The group said profits in the third quarter will be below analysts' forecasts.",
    "Revenue for 2027 will be far higher than last year's, the chairman said.",
    # a superlative made with "most"
    "The northern province remained the most affected area in 2026.",
    # the other term of a comparison after "against"
    "The firm earned £12 million in the half, against £19 million a year earlier.",
])
def test_a_count_duty_comparison_or_superlative_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The first measles case was reported on 3 March.", "3 March"),
    ("The board published its accounts on 30 June.", "30 June"),
    ("The bridge will be reopened on Friday.", "Friday"),
    ("The team played against Ardley on Saturday.", "Saturday"),
    ("Shares fell 4 percent against the dollar on Tuesday.", "Tuesday"),
])
def test_the_same_shapes_telling_a_happening_stay(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


@pytest.mark.parametrize("sentence", [
    # a wish whose happening has a doer of its own
    "We would like the awards night to take place in April.",
    "The committee would love a new captain to start in June.",
    # a figure in brackets with its own date: the other term of a comparison
    "Turnout was 61 percent (58 percent in 2019).",
    "The club had 41 members (36 in 2024), the secretary said.",
])
def test_a_wish_with_its_own_doer_or_a_bracketed_figure_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The awards night took place in April.", "April"),
    ("The mill (built in 1820) closed in May.", "May"),
    ("Turnout rose to 61 percent in 2023.", "2023"),
])
def test_a_told_happening_beside_those_shapes_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


@pytest.mark.parametrize("sentence", [
    "A flood watch was in effect for the valley until 7 p.m. Friday.",
    "The hosepipe ban remains in force until the end of September.",
    "Emergency measures stayed in place until 3 March.",
])
def test_how_long_a_measure_holds_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The ban came into force on 3 March.", "3 March"),
    ("The council put a curfew in place on 3 March.", "3 March"),
])
def test_a_measure_begun_on_a_day_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- "It was <time>": a scene set, not a happening


@pytest.mark.parametrize("sentence", [
    "It was about 17:40 and getting dark, and the road was wet.",
    "It was nearly midnight, and the hall was still full.",
    "It was just after 6 a.m. and the tide was out.",
])
def test_a_clause_saying_what_time_it_was_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    # a cleft names the happening
    ("I think it was around 6 a.m. on Friday when the gate came down.", "around 6 a.m."),
    ("It was in 1987 that the mill closed.", "1987"),
    # a passive with "it" as its subject is a happening
    ("It was sold in 1987.", "1987"),
])
def test_a_cleft_or_a_passive_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- "By <date>, X was …": how things stood then


@pytest.mark.parametrize("sentence", [
    "By Christmas the Rovers were fourth.",
    "By 2019 the roof was failing.",
    "By noon the river was rising fast.",
    "By the end of June we will test every change in one region first.",
])
def test_a_sentence_opened_by_by_that_tells_a_state_or_a_promise_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("By the evening the units had withdrawn from the bridge.", "the evening"),
    ("By 2019 the roof was replaced.", "2019"),
    ("By Sunday morning, crews had pumped the water out.", "Sunday morning"),
    ("By 1990 the mill was sold to a developer.", "1990"),
])
def test_a_deed_done_by_a_date_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- a plan told in the past


@pytest.mark.parametrize("sentence", [
    "Filming was due to begin in March 2020 on the island.",
    "Customers were due to receive the phone by the end of September.",
    "The ferry was scheduled to enter service in 2024.",
])
def test_a_plan_told_in_the_past_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    # what befell the plan is dated by it
    ("The show was due to open last autumn but was postponed.", "last autumn"),
    # the happening told with a verb of its own keeps its date
    ("The bridge was scheduled to open in 2019 and opened in 2021.", "2021"),
    # a plan told in the present is a schedule, kept
    ("The trial is due to resume in May.", "May"),
])
def test_a_plan_that_befell_something_or_a_present_schedule_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


# --------------------------------------------------------------------- a subject that counts next to nobody


@pytest.mark.parametrize("sentence", [
    "Few gave the Rovers a chance in August.",
    "Few had seen the crash coming a month earlier.",
    "Hardly anyone noticed the change in March.",
])
def test_a_subject_that_counts_next_to_nobody_dates_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("A few residents left the village in August.", "August"),
    ("Few days later the bridge opened, on 3 March.", "3 March"),
])
def test_a_few_or_a_time_stays(sentence: str, when: str) -> None:
    assert when in _dated(_STORY + " " + sentence)


def test_a_return_by_a_date_stays() -> None:
    """A return is a change, told as a happening, even in the progressive after "By <date>"."""
    assert "late March" in _dated(_STORY + " By late March the ferry was running again.")
