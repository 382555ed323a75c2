"""The act told inside a subordinate clause of time (issue 12, session 58): "…, when the new bridge
opened", "… until the ambulance reached the car park", "two years after the line had been electrified",
"Shortly after the siren sounded on 4 May, …". A reader lists it beside the main clause's act, at the
main clause's time ("when", "once", "as soon as"), no later ("after") or no earlier ("before", "until");
a plan, a condition, a pronoun's scene or a clause asked about is none."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.clause_order import AFTER_MARK, BEFORE_MARK, FRAMED_MARK
from explorer.events.time_clause_acts import time_clause_acts
from explorer.ingest.extract import extract_document


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
])
def test_no_act_in_a_plan_a_condition_or_a_scene(sentence: str) -> None:
    assert list(time_clause_acts(sentence, 0, len(sentence))) == []


def _events(body: str):
    text = f"Notes from the valley\n\nThe club was founded in 1920.\n\n{body}"
    return extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events


@pytest.mark.parametrize("body, title, begin, end", [
    # (a "when" clause after its date: at the main clause's time)
    ("The hut was rebuilt in 1971, when the county council paid for a new roof.",
     "The county council pays for a new roof", date(1971, 1, 1), date(1971, 12, 31)),
    ("The lifeboat was launched at 4am on 3 May 1990, when a trawler ran aground off the point.",
     "A trawler runs aground off the point", date(1990, 5, 3), date(1990, 5, 3)),
    # (an "until" clause with no object; an "as soon as" clause after the date)
    ("Rescuers stayed with him on 4 May 1990 until the ambulance reached the car park.",
     "The ambulance reaches the car park", date(1990, 5, 4), date(1990, 5, 4)),
    ("Volunteers cleared the building on 4 May 1990 as soon as the water receded from the yard.",
     "The water recedes from the yard", date(1990, 5, 4), date(1990, 5, 4)),
    # (a pluperfect passive measured from the main clause: two years before it)
    ("The station closed in 1964, two years after the line had been electrified.",
     "The line is electrified", date(1962, 1, 1), date(1962, 12, 31)),
    # (an opening clause with no object, its date the main clause's or its own)
    ("After the council voted in March 2001, the depot closed.", "The council votes", date(2001, 3, 1), date(2001, 3, 31)),
    ("Before the helicopter arrived on 4 May 1990, two members splinted his leg.",
     "The helicopter arrives", date(1990, 5, 4), date(1990, 5, 4)),
])
def test_the_clause_act_is_listed_with_its_date(body: str, title: str, begin: date, end: date) -> None:
    found = {e.title: (e.begin, e.end) for e in _events(body)}
    assert found.get(title) == (begin, end), found


@pytest.mark.parametrize("body, title, main", [
    # (a subordinator of more than one word opening the sentence: its clause's title ends at its comma,
    # and the main clause is an act of its own)
    ("Shortly after the water receded in May 1990, crews cleared the road.", "The water recedes", "Crews clear the road"),
    ("As soon as the water receded in May 1990, crews cleared the road.", "The water recedes", "Crews clear the road"),
    ("Just before the whistle blew on 4 May 1990, Ackroyd scored a second goal.", "The whistle blows",
     "Ackroyd scores a second goal"),
])
def test_a_longer_opening_subordinator_gives_both_acts(body: str, title: str, main: str) -> None:
    titles = [e.title for e in _events(body)]
    assert title in titles and main in titles, titles


@pytest.mark.parametrize("body", [
    # guard rows: a plan after a date gives no act of the clause (pass on 37c8881b too)
    "The road will close on 4 June 2026, when the contractors lift the old rails.",
    "The club will apply for a grant in May 2026 if the league confirms the new rules.",
])
def test_no_clause_act_in_a_plan(body: str) -> None:
    titles = [e.title for e in _events(body)]
    assert not any(t.startswith(("The contractors", "The league")) for t in titles), titles
