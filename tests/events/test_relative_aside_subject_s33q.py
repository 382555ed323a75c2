"""The main clause's act of a sentence whose opening subject is set off by a relative aside ("Orme, who
first won the seat in 2010, conceded in a short speech"), session thirty-three (issue 12). Sentences
written for this test; names, places and verbs vary so that no rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.after_clauses import relative_aside_act_start
from tests.events.extracted_events import events_of


def _titles(sentence: str) -> list[str]:
    """The titles of the events of ``sentence``, told in a news article's body after a dated opening."""
    text = f"Local news\n\nThe parish council met on Monday evening. {sentence}\n"
    at = text.index(sentence)
    return [e.title for e in events_of(text, date(2025, 3, 10)) if e.sentence_start <= at < e.sentence_end]


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Greta Moll, who first took the ward in 2011, conceded in a brief speech.", "conceded"),
    ("The treasurer, who joined the club in 2016, resigned from the board on the spot.", "resigned"),
    ("Pavel Dunn, whose brother ran the mill until 1990, sold the land to a developer.", "sold"),
    ("According to the harbour office, the skipper, who bought the trawler in 2018, towed the dinghy to port.",
     "towed"),
])
def test_the_main_act_after_a_relative_aside_is_read(sentence: str, verb: str) -> None:
    assert relative_aside_act_start(sentence) == sentence.index(verb)


@pytest.mark.parametrize("sentence", [
    # a state, a saying, a plan or a life's stretch after the aside
    "Ada Brill, who took office in 2019, lived in the old rectory.",
    "Dr Kamau, who arrived in 2021, said the ward would close.",
    "The mayor, who was elected in May, plans to close the pool.",
    "Lena Hart, who retired in 2015, worked as a teacher before that.",
    # a habit, a career's work told by a bare plural, or an act done again and again
    "Otto Rask, who lived in the port from 1890 to 1910, painted ships for their owners.",
    "Fenn, who died in 2004, revised the last chapter twice before it went to print.",
    "Vera Ling, who joined the band in 1999, won the national prize three times.",
    # a negation, and a thing's aside ("which"), not a doer's
    "The coach, who arrived in 2020, did not sign anyone in January.",
    "The bridge, which opened in 1932, carried trams across the river.",
])
def test_no_act_is_read_after_a_relative_aside_of_a_state_habit_or_thing(sentence: str) -> None:
    assert relative_aside_act_start(sentence) is None


def test_the_main_act_is_an_event_of_its_own_beside_the_aside_s_dated_one() -> None:
    titles = _titles("Greta Moll, who first took the ward in 2011, conceded in a brief speech.")
    assert "Greta Moll concedes in a brief speech" in titles
    assert any(t.startswith("Greta Moll first takes the ward") for t in titles)


def test_a_state_after_the_aside_gives_only_the_aside_s_event() -> None:
    assert _titles("Ada Brill, who took office in 2019, lived in the old rectory.") == ["Ada Brill takes office"]


# --------------------------------------------------------------------------- a "while" clause before ", and"


def _dated_titles(sentence: str) -> list[str]:
    text = f"Local news\n\nThe parish council met on Monday evening. {sentence}\n"
    at = text.index(sentence)
    return [e.title for e in events_of(text, date(2025, 3, 10)) if e.sentence_start <= at < e.sentence_end]


def test_a_while_clause_s_act_is_read_when_a_dated_act_follows_its_comma() -> None:
    # the date after the "while" clause's comma is the next act's, not the clause's own
    titles = _dated_titles("The council shut the lane on 3 March 2025 while crews cleared the drains, "
                           "and reopened it on 7 March 2025.")
    assert "Crews clear the drains" in titles
    assert "The council reopens it" in titles


@pytest.mark.parametrize("sentence", [
    # no object, a state, a plan, a negation: no act of its own in the "while" clause
    "The council shut the lane on 3 March 2025 while residents complained, and reopened it on 7 March 2025.",
    "The council shut the lane on 3 March 2025 while the mills employed 300 men, and reopened it on 7 March 2025.",
    "The council shut the lane on 3 March 2025 while officials planned to relay the drains, and reopened it on 7 March 2025.",
    "The council shut the lane on 3 March 2025 while crews did not relay the drains, and reopened it on 7 March 2025.",
])
def test_no_while_act_before_a_dated_act_of_a_state_plan_or_negation(sentence: str) -> None:
    titles = _dated_titles(sentence)
    assert len(titles) == 2, titles


# --------------------------------------------------------------------------- a subject with a participle's phrase


@pytest.mark.parametrize(("sentence", "subject"), [
    ("A shepherd driving his flock near the weir in 1902 struck a buried beam and", "A shepherd"),
    ("Two anglers fishing the lower pool found a drifting canoe and", "Two anglers"),
    ("A courier carrying three parcels dropped one in the canal and", "A courier"),
    ("A leaflet quoting anonymous officials alleged fraud and", "A leaflet"),
])
def test_a_participle_s_phrase_is_no_part_of_the_shared_subject(sentence: str, subject: str) -> None:
    from explorer.events.clauses import subject_before

    assert subject_before(sentence, len(sentence) - 4) == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    # a past verb before the "-ing" word, or a noun in "-ing": no participle's phrase
    ("The crew began loading the barge and", "The crew"),
    ("The planning board approved the scheme and", "The planning board"),
])
def test_no_participle_phrase_cut_where_the_ing_word_is_no_modifier(sentence: str, subject: str) -> None:
    from explorer.events.clauses import subject_before

    assert subject_before(sentence, len(sentence) - 4) == subject


def test_the_second_act_of_a_participle_phrased_subject_is_read() -> None:
    titles = _titles("A shepherd driving his flock near the weir in 1902 struck a buried beam and uncovered a boat.")
    assert "A shepherd uncovers a boat" in titles


# --------------------------------------------------------------------------- a clause of its own after a semicolon


def _clauses(sentence: str) -> list[str]:
    from explorer.events.after_clauses import iter_after_clauses

    return [title for _, title in iter_after_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "title"), [
    ("A flood swept the lower ward in April 1953; soldiers and volunteers filled sandbags through the night.",
     "Soldiers and volunteers fill sandbags through the night"),
    ("The dam's crest cracked on 4 May 2024; the engineers lowered the reservoir by two metres.",
     "The engineers lower the reservoir by two metres"),
    ("Voss mocked the transport plan at a hustings in June 2024; Idris replied with a costed plan for buses.",
     "Idris replies with a costed plan for buses"),
])
def test_a_semicolon_s_own_clause_tells_an_act(sentence: str, title: str) -> None:
    assert title in _clauses(sentence)


@pytest.mark.parametrize("sentence", [
    # a saying, a state, a measure, a plan, a negation; and a clause a relative clause runs on from
    "The quay flooded on 4 May 2024; the harbour master said the wall would hold.",
    "The tannery opened in 1881; the works employed ninety people.",
    "Orders fell in March 2024; the shares lost a fifth of their value.",
    "The depot shut in 2019; the owners plan to sell the site.",
    "The strike began on 3 March 2025; the drivers did not return until April.",
    "The ferry hit the rocks on 3 May 2024; a tug took it to Arden, where divers inspected the hull.",
])
def test_no_semicolon_clause_act_of_a_saying_state_measure_plan_or_negation(sentence: str) -> None:
    assert _clauses(sentence) == []


# --------------------------------------------------------------------------- a step after an object's closed aside


def _joined(sentence: str) -> list[str]:
    from explorer.events.joined_clauses import iter_joined_clauses

    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The storm tore the roof off the chapel, which volunteers had rebuilt in 2016, and flattened the west wall.",
     "The storm flattens the west wall"),
    ("The raiders seized the fort, which the garrison had held since spring, and burned the stores.",
     "The raiders burn the stores"),
])
def test_a_step_after_an_object_s_closed_aside_goes_on_with_the_chain(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


def test_no_chain_step_after_an_aside_that_is_open_said_or_without_the_chain_s_subject() -> None:
    # an aside not closed before the step keeps its own verbs; one holding a saying, and one whose chain's
    # subject is not found, give no step
    assert "The trust costs the repairs" not in _joined("The trust hired Rees, who surveyed the roof and costed the repairs.")
    assert _joined("The club thanked Ilse Varn, who said the work was done, and closed the meeting.") == []
    assert _joined("On 4 May the parish council shut the hall, which had been used for dances, and set up a clinic.") == []
