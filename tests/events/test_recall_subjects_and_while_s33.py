"""Second acts whose subject stands behind a day label, an opening clock time or a phrase of origin, a
"while" clause's act, and the writer's act in a clause of its own (session thirty-three, issue 12).
Sentences written for this test; names, places and verbs vary so that no rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.clauses import subject_before
from explorer.events.joined_clauses import iter_joined_clauses
from tests.events.extracted_events import events_of


def _titles(sentence: str) -> list[str]:
    """The titles of the events of ``sentence``, told in a news article's body after a dated opening."""
    text = f"Local news\n\nThe parish council met on Monday evening. {sentence}\n"
    at = text.index(sentence)
    return [e.title for e in events_of(text, date(2025, 3, 10)) if e.sentence_start <= at < e.sentence_end]


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


# --------------------------------------------------------------------------- the subject of a second act


@pytest.mark.parametrize(("sentence", "subject"), [
    # a day's label opening the line is no part of the subject
    ("Tuesday 4 March: A gas pipe cracked under Mill Row and flooded", "A gas pipe"),
    ("Day two: The guides fixed ropes on the lower face and", "The guides"),
    # a determiner's or a count's noun with a phrase of origin: the noun before the phrase
    ("A surveyor from the county's roads department measured the gap and", "A surveyor"),
    ("Two officers of the town's police force stopped the van and", "Two officers"),
    ("About thirty members of the rowing club cleared the towpath and", "About thirty members"),
])
def test_the_subject_a_second_act_shares(sentence: str, subject: str) -> None:
    assert subject_before(sentence, len(sentence)) == subject


@pytest.mark.parametrize(("sentence", "told"), [
    ("Saturday 8 June: A storm drain burst behind the market before dawn and flooded the car park.",
     "floods the car park"),
    ("At 04:10 the coastguard declared a mayday and diverted two trawlers to the reef.", "diverts two trawlers"),
    ("At 7 a.m. the warden found the gate forced and closed the reserve.", "closes the reserve"),
    ("A fitter from the crane's makers inspected the jib on Friday and found a cracked weld.",
     "A fitter finds a cracked weld"),
])
def test_a_second_act_behind_a_label_a_clock_time_or_a_phrase_is_read(sentence: str, told: str) -> None:
    assert any(told in title for title in _joined(sentence)), _joined(sentence)


@pytest.mark.parametrize("sentence", [
    # a state, a wish or a saying after "and" is no second act, whatever the subject
    "Wednesday 5 March: Residents were told the water was safe and wanted to go home.",
    "At 09:30 the inspector visited the mill and seemed pleased.",
    "A spokesman for the city's water company said on Monday that the pipes were old and needed replacing.",
])
def test_no_second_act_from_a_state_a_wish_or_a_saying(sentence: str) -> None:
    assert _joined(sentence) == []


# --------------------------------------------------------------------------- a "while" clause's act


@pytest.mark.parametrize(("sentence", "told"), [
    ("The ferry company cancelled its sailings on 7 March 2025 while divers inspected the hull.", "Divers inspect the hull"),
    ("Stewards closed the north gate on 8 March 2025 while the groundsman repaired the barrier.",
     "The groundsman repairs the barrier"),
])
def test_a_while_clause_act_on_something_is_an_event(sentence: str, told: str) -> None:
    assert told in _titles(sentence)


@pytest.mark.parametrize(("sentence", "not_told"), [
    # a contrast with no object, a state, and the writer's meal are no happening of their own
    ("Exports rose in 2024, while imports fell.", "Imports fall"),
    ("The town grew quickly in 1880 while the mills employed 3,000 people.", "The mills employ"),
    ("The road was closed on 3 March 2025 while we ate lunch.", "We eat"),
])
def test_a_while_clause_of_a_contrast_a_state_or_a_pronoun_is_no_event(sentence: str, not_told: str) -> None:
    assert not any(title.startswith(not_told) for title in _titles(sentence)), _titles(sentence)


# --------------------------------------------------------------------------- the writer's act after ", and"


@pytest.mark.parametrize(("sentence", "told"), [
    ("The caretaker found the boiler cold on 7 March 2025, and I closed the school.", "I close the school"),
    ("The surveyors marked out the site on 3 March 2025, and we opened two trenches.", "We open two trenches"),
])
def test_the_writers_act_on_something_in_a_clause_of_its_own_is_an_event(sentence: str, told: str) -> None:
    assert told in _titles(sentence), _titles(sentence)


@pytest.mark.parametrize(("sentence", "not_told"), [
    ("The warden gave me my certificate on 3 March 2025, and I thought it was lovely.", "think"),
    ("The shop shut in May 2024, and we wanted a new one.", "want"),
    ("The council cut the grant in April 2024, and we never opened the hall again.", "open"),
])
def test_the_writers_thought_wish_or_negation_is_no_event(sentence: str, not_told: str) -> None:
    assert not any(not_told in title.lower() for title in _titles(sentence)), _titles(sentence)


# --------------------------------------------------------------------------- an apposed subject after ", and"


@pytest.mark.parametrize(("sentence", "told"), [
    ("The coach left the road near Tarn on 2 May 2025, and its driver, a man of 60, broke his collarbone.",
     "Its driver breaks his collarbone"),
    ("The mill was hit by lightning in 1911, and its owner, Ada Crane, was badly burned.", "Ada Crane is badly burned"),
])
def test_an_apposed_subjects_act_after_and_is_an_event(sentence: str, told: str) -> None:
    assert told in _titles(sentence), _titles(sentence)


@pytest.mark.parametrize(("sentence", "not_told"), [
    # a participle's aside, a saying and a state are no act of their own
    ("The bikes sold well in 1986, and the Kestrel, launched in 1987, sold out within weeks.", "The Kestrel sells"),
    ("The council met on 3 May 2025, and its leader, a former teacher, said the plan was fair.", "Its leader says"),
    ("The firm moved in 1990, and its founder, Ida Marsh, remained chairman.", "Ida Marsh remains"),
])
def test_an_apposed_subjects_saying_or_state_is_no_event(sentence: str, not_told: str) -> None:
    assert not any(title.startswith(not_told) for title in _titles(sentence)), _titles(sentence)
