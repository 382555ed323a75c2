"""Events recall, session eighteen (issue 12): three kinds of act a reader lists that were missed.

- an act told after a short opening phrase of place, time or circumstance, with or without its comma
  ("In the boatyard a joiner cut his thumb", "After three days the garrison surrendered"): the phrase
  sets the scene, the subject and its past verb tell the happening, as after an opening "When" clause;
- a clause of its own after ", and", ", but" or a semicolon whose subject is a name, or whose verb moves
  to a place or tells an act without an object ("…, and the ferry returned to port", "…, but the
  envoys withdrew", "…, and Dunholm ceded the island to the crown");
- an incident's harm, a rescue's or a repair's act told in the passive with no doer ("A parked van was
  damaged", "Both were taken to hospital", "The body of a man was found in a ditch").

The look-alikes stay out: a dated opening, a measure after the opening, a clause of saying, a move
"out" or "off" (a running short, a setting off), "taken aback", "treated as a suspect", "found guilty",
"sent a letter". Sentences written for this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

import pytest

from explorer.events.joined_clauses import iter_joined_clauses
from explorer.events.occurrences import iter_occurrences
from explorer.events.plain_past import plain_past_clause


def _plain(sentence: str) -> str | None:
    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    return found[1] if found else None


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


def _passives(sentence: str) -> list[str]:
    return [o.trigger for o in iter_occurrences(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "title"), [
    ("In the boatyard a joiner cut his thumb on a chisel.", "A joiner cuts his thumb on a chisel"),
    ("After three days the garrison surrendered to the rebels.", "The garrison surrenders to the rebels"),
    ("Earlier in the session, the committee approved a new budget.", "The committee approves a new budget"),
    ("At the harbour the crew lowered the sails.", "The crew lowers the sails"),
    ("During the night a storm tore the roof off the barn.", "A storm tears the roof off the barn"),
])
def test_an_act_after_a_short_opening_phrase(sentence: str, title: str) -> None:
    assert _plain(sentence) == title


@pytest.mark.parametrize("sentence", [
    "In the first half of the 18th century the mill ground flour for three parishes.",  # a digit: a date's phrase
    "In the harbour the boats rocked gently.",  # no act on something
    "At the meeting the chairman said the plan was sound.",  # a saying
])
def test_no_act_after_an_opening_phrase_that_dates_or_tells_no_act(sentence: str) -> None:
    assert _plain(sentence) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("The mayor closed the bridge, and the ferry returned to the harbour.", "The ferry returns to the harbour"),
    ("The talks stalled, but the envoys withdrew.", "The envoys withdraw"),
    ("The treaty was signed in the abbey, and Dunholm ceded the island to the crown.",
     "Dunholm cedes the island to the crown"),
    ("The wardens opened the gates; the regional rescue team moved into the valley.",
     "The regional rescue team moves into the valley"),
])
def test_a_clause_of_its_own_with_a_name_or_a_move(sentence: str, title: str) -> None:
    assert title in _joined(sentence)


@pytest.mark.parametrize("sentence", [
    "The quarry closed in the spring, and the company ran out of money.",  # running out: a state reached
    "The crew loaded the van, and the driver moved off.",  # moving off: the journey, told by its arrival
    "The council met, and Dunholm said it would appeal.",  # a saying
])
def test_no_clause_of_its_own_for_a_move_out_or_a_saying(sentence: str) -> None:
    titles = _joined(sentence)
    assert not [t for t in titles if " ran " in f" {t} " or "run" in t.lower() or "move" in t.lower() or "say" in t.lower()], titles


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("A parked van was damaged but nobody was hurt.", "was damaged"),
    ("Both were taken to hospital as a precaution.", "were taken"),
    ("The body of a man was found in a ditch near the quarry.", "was found"),
    ("One steward was treated at the scene for smoke inhalation.", "was treated"),
    ("The old pier was repaired in the summer.", "was repaired"),
    ("Staff at the depot were sent home early.", "were sent"),
])
def test_an_incidents_passive_with_no_doer(sentence: str, trigger: str) -> None:
    assert trigger in _passives(sentence)


@pytest.mark.parametrize("sentence", [
    "The inspector was taken aback by the figures.",
    "He was treated as a suspect for a week.",
    "She was found guilty of fraud.",
    "The school was sent a letter by the council.",
])
def test_no_incident_in_a_passive_of_manner_verdict_or_letter(sentence: str) -> None:
    assert not [t for t in _passives(sentence) if t.split()[-1] in ("taken", "treated", "found", "sent")]
