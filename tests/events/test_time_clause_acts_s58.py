"""The act told inside a subordinate clause of time (issue 12, session 58): "…, when the new bridge
opened", "… until the ambulance reached the car park", "two years after the line had been electrified",
"Shortly after the siren sounded on 4 May, …". A reader lists it beside the main clause's act, at the
main clause's time ("when", "once", "as soon as"), no later ("after") or no earlier ("before", "until");
a plan, a condition, a pronoun's scene or a clause asked about is none."""

import pytest

from explorer.documents.document import Document
from explorer.events.clause_order import AFTER_MARK, BEFORE_MARK, FRAMED_MARK
from explorer.events.time_clause_acts import time_clause_acts


@pytest.mark.parametrize("sentence, title, mark", [
    ("The ferry stopped running on 3 March 1958, when the new bridge opened to traffic.", "The new bridge opens to traffic",
     FRAMED_MARK),
    ("The hut was rebuilt in 1971, when the county council paid for a new roof.", "The county council pays for a new roof",
     FRAMED_MARK),
    ("Rescuers stayed with him on 4 May until the ambulance reached the car park.", "The ambulance reaches the car park",
     BEFORE_MARK),
    ("Volunteers cleared the hall on 4 May as soon as the water receded from the yard.", "The water recedes from the yard",
     FRAMED_MARK),
    ("The station closed in 1964, two years after the line had been electrified.", "The line is electrified", AFTER_MARK),
    ("The club signed a striker in January, two weeks after the chairman had promised new funds.",
     "The chairman promises new funds", AFTER_MARK),
    ("Before the helicopter arrived, two members splinted his leg.", "The helicopter arrives", BEFORE_MARK),
    ("Shortly after the exercise began, a real call came in.", "The exercise begins", AFTER_MARK),
    ("The lifeboat put out at 4am, when a trawler ran aground off the point.", "A trawler runs aground off the point",
     FRAMED_MARK),
    ("Grandfather took over the forge in 1921 after Amos Pell retired.", "Amos Pell retires", AFTER_MARK),
    ("The pits stayed open until 1718, when two of the four shafts were flooded.", "Two of the four shafts are flooded",
     FRAMED_MARK),
])
def test_a_clause_of_time_tells_its_own_act(sentence: str, title: str, mark: str) -> None:
    acts = [(a.title, a.mark) for a in time_clause_acts(sentence, 0, len(sentence))]
    assert (title, mark) in acts, acts


# guard rows (the module is new: these pass on 37c8881b only because nothing was read there)
@pytest.mark.parametrize("sentence", [
    # (a plan or a condition: no past verb, or a modal or an "if" before the clause)
    "The team will buy a new stretcher when the lottery grant arrives.",
    "If the council agrees, the hut will be rebuilt after it is repaired.",
    "The descendants plan to hold a reunion when the old house is restored.",
    "The crew would sail as soon as the wind dropped.",
    # (a clause asked or known about is an object, not a time)
    "She asked when the council voted on the plan.",
    # (a pronoun's clause sets the scene; a state or a saying is no act)
    "His friend raised the alarm when he did not come home.",
    "The shop closed when sales fell sharply.",
    "The clerk kept the ledger until the auditor said that it was wrong.",
    # (no subject and verb: a time, not a clause)
    "The town was named after the quartz veins on the ridge.",
    # (a past spelt as its noun, a noun's participle, a bare intransitive after the main clause)
    "The gate jammed open for nine hours after a power cut.",
    "The consultation closed in May, after a two-week extension requested by angling clubs.",
    "The last runner crossed the line at 14:28, just before the course closed.",
    "Some 120,000 people left their homes before the storm arrived.",
    "Ines joined the club in 1988, when the club still rowed from a wooden shed.",
    # (a main clause that only frames the time of its "when" clause: one happening, the dated event's)
    "The revival began in 2009, when the council turned the warehouses into studios.",
    "The big news came in September, when the committee approved the new pavilion.",
    "The bridge was last closed in 2004, when its deck was replaced.",
])
def test_no_act_in_a_plan_a_condition_or_a_scene(sentence: str) -> None:
    assert list(time_clause_acts(sentence, 0, len(sentence))) == []
