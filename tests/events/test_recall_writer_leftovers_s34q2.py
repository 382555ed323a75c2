"""Event recall, session 34 (issue 12), leftovers of the writer's acts: an opening "When" clause before
the writer's own act, and the writer's act opening a dated sentence whose date belongs to a later step.
Our own sentences, with the near misses each rule must not build."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.plain_past import plain_past_clause


def _titles(text: str, dct: date | None = None) -> list[str]:
    doc = Document("t.txt", text, "t", dct)
    return [e.title for e in build_events(doc, temporal.tag(text, dct))]


def _plain(sentence: str, writer: bool = True) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


@pytest.mark.parametrize("sentence, title", [
    ("When the rain stopped, we walked to the harbour.", "We walk to the harbour"),
    ("When the tide turned, we sailed for the island.", "We sail for the island"),
    ("As the water rose, we launched the lifeboat.", "We launch the lifeboat"),
])
def test_the_writers_act_after_an_opening_when_clause(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "When the rain stopped, we walked down to the harbour.",  # not where the writer is not asked for
    "When the rain stopped, walking down to the harbour was easy.",  # no subject
])
def test_no_writer_act_where_the_writer_is_not_read(sentence: str) -> None:
    assert _plain(sentence, writer=False) is None


def test_the_writers_opening_act_before_a_dated_step_is_listed() -> None:
    text = ("The gale blew for two days and the crew mended the sails. When the wind dropped, we sailed for "
            "Tarvik and moored in the old basin on the seventh day.")
    titles = _titles(text)
    assert "We sail for Tarvik" in titles and "We moor in the old basin" in titles


def test_a_writers_habit_before_a_date_is_no_act() -> None:
    text = "Every spring we sailed for Tarvik and moored in the old basin on 3 May 2021."
    assert not any(t.startswith("We sail") for t in _titles(text))


# --- a clause of its own told by someone's kin or aide and then their name

from explorer.events.joined_clauses import iter_joined_clauses  # noqa: E402


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, title", [
    ("The director resigned on 3 May, and his sister Ilse took over as acting head.", "Ilse takes over as acting head"),
    ("The guide turned back, and her partner Tom Vell reached the summit at noon.", "Tom Vell reaches the summit at noon"),
])
def test_a_possessed_kin_then_a_name_is_a_clause_of_its_own(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


@pytest.mark.parametrize("sentence", [
    "The director resigned on 3 May, and his sister Ilse said nothing.",  # a saying
    "The director resigned on 3 May, and his sister Ilse was calm.",  # a state
])
def test_no_kin_clause_for_a_saying_or_a_state(sentence: str) -> None:
    assert not any(t.startswith("Ilse") for t in _joined(sentence))


def test_a_phrasal_verb_between_does_not_keep_a_pronoun_retelling_apart() -> None:
    from explorer.events.unnamed_retellings import _particle_after
    assert _particle_after("Morwen takes over as acting head", frozenset({"take"})) == "over"
    assert _particle_after("They take control only", frozenset({"take"})) is None
    assert _particle_after("He is arrested at his home", frozenset({"arrest"})) is None


@pytest.mark.parametrize("text, at, told", [
    ("cleared the harbour at 6 p.m. Wind light.", 7, "the harbour"),
    ("met the pilot at 10.30 a.m.", 3, "the pilot"),
    ("won 3 points in a match", 3, "3 points in a match"),  # no clock
])
def test_a_clock_time_cut_at_its_full_stop_is_left_out_of_a_title(text: str, at: int, told: str) -> None:
    from explorer.events.occurrences import continuation
    assert continuation(text, at, len(text)) == told


# --- a supply or a workforce told as a bare mass noun

@pytest.mark.parametrize("sentence, title", [
    ("Rebels blocked the main road and cut power to the radio station.", "Rebels cut power to the radio station"),
    ("Strikers closed the gates, and managers hired agency staff to run the lines.", "Managers hire agency staff to run"),
])
def test_a_bare_mass_noun_object_is_an_act(sentence: str, title: str) -> None:
    assert any(t.startswith(title) for t in _joined(sentence))


@pytest.mark.parametrize("sentence", [
    "The mill closed in 1950 and used water from the river.",  # a use, no act
    "The crew finished early and wanted food.",  # a want, no act
])
def test_no_bare_mass_noun_act_for_a_use_or_a_want(sentence: str) -> None:
    assert not any("power" in t or "water" in t for t in _joined(sentence))


# --- a ride in a vehicle

@pytest.mark.parametrize("sentence, title, writer", [
    ("The mayor, Ada Pell, rode in the cab with the driver.", "Ada Pell rides in the cab with the driver", False),
    ("The patient travelled in an air ambulance.", "The patient travels in an air ambulance", False),
    ("We rode in the cab to the hotel.", "We ride in the cab to the hotel", True),
])
def test_a_ride_in_a_vehicle_is_a_move(sentence: str, title: str, writer: bool) -> None:
    assert _plain(sentence, writer=writer) == title


@pytest.mark.parametrize("sentence", [
    "The driver waited in the car.",  # a wait, no journey
    "The children played in the boat.",  # play
    "The minister lived in a caravan.",  # a state
])
def test_no_ride_where_in_tells_where_someone_stayed(sentence: str) -> None:
    assert _plain(sentence) is None


def test_a_chains_opening_act_between_dated_sentences_is_listed() -> None:
    text = ("On 3 May 2021 we drove to the glen. We roped up for the ridge, then ran out of water and filled "
            "our bottles at a spring. On 5 May 2021 we drove home.")
    titles = _titles(text)
    assert "We rope up for the ridge" in titles and "We run out of water" in titles
