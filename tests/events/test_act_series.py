"""A chain of one subject's acts (explorer.events.act_series): each step is an event of its own, titled
from its own verb with the shared subject, at the date of the act before it. Sentences written for
this test, not taken from the gold articles or the corpora."""

from __future__ import annotations

import re

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest import extract_document

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _joined(sentence: str) -> list[str]:
    return [title for _, title in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "step"), [
    # a step with no object: a manner or nothing after it
    ("The goalkeeper caught the cross, stumbled on the wet turf and dropped it.", "the goalkeeper stumbles on the wet turf"),
    ("The pilot lowered the landing gear, throttled back and banked sharply.", "the pilot banks sharply"),
    # "then" as the joint
    ("The caretaker locked the gates, then walked round the lake with a torch.", "the caretaker walks round the lake"),
    ("The tenants painted the hallway and then repaired the broken banister.", "the tenants repair the broken banister"),
    # ", and" before a verb with no subject of its own
    ("A fisherman spotted the raft off the point, and towed it back to the slipway.", "a fisherman tows it back"),
    # a chain opened by a "When" clause, which times it
    ("When the alarm sounded, the night porter woke the guests and led them into the car park.",
     "the night porter leads them into the car"),
    # a hyphenated verb opens the chain
    ("The second platoon counter-attacked, cleared the hedgerow and held the crossroads.",
     "the second platoon clears the hedgerow"),
    # the start of an activity: "began" or "started" with the activity after it (session 54)
    ("The relief driver parked at the depot and began scrubbing the seats.", "the relief driver begins scrubbing"),
    ("The parish board hired two extra porters and began to limewash the yards.", "the parish board begins to limewash"),
    ("The beekeepers closed the entrances and started feeding syrup to the weakest colonies.",
     "the beekeepers start feeding syrup"),
    # a thing added, not what was said
    ("The new owners shut the inn for a month, rebuilt the kitchen and added a dining room.",
     "the new owners add a dining room"),
    ("The ferry company cancelled the night sailing and added two extra crossings.", "the ferry company adds two extra"),
    # an urging or an order after another act of the subject: an act done by speaking
    ("The district vet inspected both farms and urged owners to check their flocks.", "the district vet urges owners"),
    ("The magistrate fined the skipper £800 and ordered him to attend a safety course.", "the magistrate orders him"),
    # a rough count of what the step acted on
    ("Burglars forced the pavilion door and stole about forty cricket bats.", "burglars steal about forty"),
    # a contest or a show held
    ("The trustees bought a field behind the church and held a competition for the design of the hall.",
     "the trustees hold a competition"),
])
def test_a_step_of_a_chain_of_acts_is_an_event_of_its_own(sentence: str, step: str) -> None:
    titles = [t.lower() for t in _joined(sentence)]
    assert any(t.startswith(step) for t in titles), titles


@pytest.mark.parametrize(("sentence", "word"), [
    # a chain that opens with a state: a portrait
    ("Her uncle lived in Bremen, taught music and wrote hymns.", "teach"),
    # a measure's moves
    ("The index rose 3 percent and climbed another 2 percent.", "climb"),
    ("The school merged with its neighbour and rose into the top twenty of the rankings.", "rise"),
    # a pair of "-ed" words describing what was just told
    ("The parcel arrived on Friday, dented and soaked, and held only one of the two lamps.", "soak"),
    # a stretch told to its end
    ("The widow moved to the coast and kept a guest house there until 1988.", "keep"),
    # a diary's bare verbs, whose subject is never named
    ("Marched to the ridge and relieved the forward company.", "relieve"),
    # (guards, session 54: they pass before the rules for a begun activity and a thing added too) a
    # beginning with nothing done after it; "added" with a saying after it is a saying
    ("The old mill changed hands and started being used as a store.", "being"),
    ("The chairman thanked the staff and added a warning about the cost.", "warning"),
    ("The clerk read the minutes and added that the hall was booked.", "hall"),
    # (guards, session 54, passing before the rough count rule too) a rate or a floor after the count
    # tells a tally
    ("By 1937 the works employed 64 people and built about 3,000 bicycles a year.", "bicycles"),
    ("The firm shipped its first radio in 2016 and has sold more than 400,000 units since then.", "units"),
])
def test_no_step_for_a_state_a_measure_an_aside_or_a_stretch(sentence: str, word: str) -> None:
    titles = [t.lower() for t in _joined(sentence)]
    assert not [t for t in titles if word in t], titles


def test_a_step_shares_the_date_of_the_act_before_it() -> None:
    events = _events("The harbour master closed the outer basin on 3 March, inspected the sea wall and "
                     "moored the pilot boat inside.")
    moored = [e for e in events if "moor" in e.title.lower()]
    assert len(moored) == 1, [e.title for e in events]
    assert moored[0].begin == date(2024, 3, 3) and moored[0].end == date(2024, 3, 3)
    inspected = [e for e in events if "inspect" in e.title.lower()]
    assert len(inspected) == 1 and inspected[0].begin == date(2024, 3, 3), [e.title for e in events]


def test_a_step_with_its_own_date_keeps_it() -> None:
    events = _events("The gallery bought the portrait in May 2019, then lent it to a museum in Oslo in April 2022.")
    lent = [e for e in events if "lend" in e.title.lower() and "buy" not in e.title.lower()]
    assert lent and lent[0].begin == date(2022, 4, 1), [(e.title, e.begin) for e in events]


# ------------------------------------------- the opening act of an undated sentence's chain


def _titles(text: str) -> list[str]:
    return [e.title.lower() for e in _events(text)]


@pytest.mark.parametrize(("text", "opening"), [
    # (where no date is near: between dated sentences the plain-past rule alone reads the opening act)
    # no object: the plain-past rule reads none
    ("Crossing notes\n\nThe skipper apologised, refunded the fares and rebooked the passengers on a later "
     "boat.", "the skipper apologises"),
    # a verb the plain-past rule leaves out ("made", "found", "reached")
    ("The trading post\n\nThe envoys made peace with the hill chiefs and opened a trading post.",
     "the envoys make peace"),
    ("The wreck\n\nA diver found the wreck on the second day and marked it with a buoy.", "a diver finds the wreck"),
    # an "-ed" word qualifying the object is no verb of the chain
    ("Burst pipe\n\nThe company delivered bottled water to the street and opened a help desk.",
     "the company delivers"),
])
def test_the_opening_act_of_a_chain_is_an_event(text: str, opening: str) -> None:
    titles = _titles(text)
    assert any(t.startswith(opening) for t in titles), titles


@pytest.mark.parametrize(("text", "word"), [
    # a log's entry under its stamp is one happening
    ("Call-out log\n\n4 May, 14:20. A climber fell near the summit. Six team members reached him within "
     "the hour, strapped him to a stretcher and lowered him to the road.", "reach"),
    # a happening's name as the subject tells a consequence
    ("The Salt Revolt\n\nThe Salt Revolt of 1721 ended the old tax and freed the river towns.", "end"),
    # a chain of a life's occupations is a stretch
    ("Early life\n\nHe worked for a printer and taught evening classes at the institute.", "work"),
])
def test_no_opening_act_for_a_log_entry_a_happenings_name_or_a_stretch(text: str, word: str) -> None:
    titles = _titles(text)
    assert not [t for t in titles if re.search(rf"\b{word}(?:e?s)?\b", t)], titles


def test_a_step_joined_to_a_notable_occurrence_shares_its_fate_where_no_date_is_near() -> None:
    # (the occurrence is kept undated where no date bounds it; so is the act joined to it)
    titles = _titles("The old crossing\n\nThe abbot established a market beside the ford and built a timber "
                     "bridge over the stream.")
    assert any(t.startswith("the abbot establishes") for t in titles), titles
    assert any(t.startswith("the abbot builds a timber bridge") for t in titles), titles


def test_a_chain_opens_before_a_step_with_a_bare_object() -> None:
    titles = _titles("Camp diary\n\nThe porters rested and mended torn harness.")
    assert any(t.startswith("the porters rest") for t in titles), titles


# ------------------------------------------- first acts of undated sentences: kinds the plain-past rule missed


@pytest.mark.parametrize(("sentence", "title"), [
    # a move told by its bearing alone
    ("The herders moved north.", "the herders move north"),
    ("Two fishing boats sailed south-east.", "two fishing boats sail south-east"),
    ("The exiles fled abroad.", "the exiles flee abroad"),
    # an apology made in public is an act done by speaking
    ("The landlord apologised to the tenants.", "the landlord apologises"),
])
def test_a_plain_act_the_rule_reads(sentence: str, title: str) -> None:
    from explorer.events.plain_past import plain_past_clause

    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    assert found is not None and found[1].lower().startswith(title), found


@pytest.mark.parametrize("sentence", [
    "The family moved west of the river.",  # a place told by its bearing, not a move's direction
    "We handed out 9,300 meals, up from 7,100 the year before.",  # a count against a baseline
    "The shop sold 240 bicycles, compared with 190 in the spring.",
])
def test_no_plain_act_for_a_place_or_a_count_against_a_baseline(sentence: str) -> None:
    from explorer.events.plain_past import plain_past_clause

    assert plain_past_clause(sentence, 0, len(sentence), writer=True) is None


def test_a_reflexive_object_completes_a_step() -> None:
    titles = [t.lower() for t in _joined("The clerk pressed the alarm and locked herself in the strongroom.")]
    assert any(t.startswith("the clerk locks herself") for t in titles), titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("The dockers agreed to end the overtime ban.", "the dockers agree to end the overtime ban"),
    ("The trustees voted to sell the chapel.", "the trustees vote to sell the chapel"),
    ("The club decided to appeal.", "the club decides to appeal"),
])
def test_a_decision_to_act_is_an_act(sentence: str, title: str) -> None:
    from explorer.events.plain_past import plain_past_clause

    found = plain_past_clause(sentence, 0, len(sentence), writer=True)
    assert found is not None and found[1].lower().startswith(title), found


@pytest.mark.parametrize("sentence", [
    "The partners agreed to remain in the coalition.",  # a state kept up
    "The council decided to continue the scheme.",
    "The pilots agreed that the runway was too short.",  # a view
])
def test_no_decision_for_a_state_kept_up_or_a_view(sentence: str) -> None:
    from explorer.events.plain_past import plain_past_clause

    assert plain_past_clause(sentence, 0, len(sentence), writer=True) is None


def test_a_decision_joined_to_a_dated_meeting_is_a_step_at_its_date() -> None:
    events = _events("The two mayors met in Tarvik on 6 March, and agreed to share a ferry service.")
    agreed = [e for e in events if "agree" in e.title.lower()]
    assert len(agreed) == 1 and agreed[0].begin == date(2024, 3, 6), [(e.title, e.begin) for e in events]


def test_a_relative_aside_about_the_subject_is_no_step() -> None:
    sentence = "The inspectors from Halm, who had visited the mill in spring, sealed the sluice and returned home."
    titles = [t.lower() for t in _joined(sentence)]
    assert any(t.startswith("the inspectors from halm return home") for t in titles), titles
    assert not [t for t in titles if "visit" in t], titles


def test_two_steps_in_one_clause_after_a_date_are_each_an_event_at_that_date() -> None:
    events = _events("The storm stalled off the cape on 8 September, drifted for a day and finally "
                     "turned north-northwest.")
    turned = [e for e in events if "turn" in e.title.lower()]
    assert len(turned) == 1 and turned[0].begin == date(2024, 9, 8), [(e.title, e.begin) for e in events]
