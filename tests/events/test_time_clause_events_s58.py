"""The undated pass lists the act told in a clause of time of a dated sentence, at its main clause's
time ("when", "once", "as soon as"), no later ("after") or no earlier ("before", "until"), and an opening
subordinator of more than one word ("Shortly after", "As soon as") ends its clause's title at its comma,
the main clause an act of its own (issue 12, session 58; see ``time_clause_acts``)."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _events(body: str):
    text = f"Notes from the valley\n\nThe club was founded in 1920.\n\n{body}"
    return extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events


@pytest.mark.parametrize("body, title, begin, end", [
    # (a "when" clause after its date: at the main clause's time)
    ("The hut was rebuilt in 1971, when the county council paid for a new roof.",
     "The county council pays for a new roof", date(1971, 1, 1), date(1971, 12, 31)),
    ("The keepers kept the lamp alight on 3 May 1990 until a relief crew arrived from the mainland.",
     "A relief crew arrives from the mainland", date(1990, 5, 3), date(1990, 5, 3)),
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


@pytest.mark.parametrize("body, title", [
    # (an opening clause of time other than "After" and "When", in a sentence with no date of its own:
    # its act is listed beside the main clause's, bounded by the dated neighbours)
    ("Before the helicopter arrived, two members splinted his leg.", "The helicopter arrives"),
    ("Once the water receded, crews cleared the road.", "The water recedes"),
    ("As soon as the ferry docked, the police boarded the ship.", "The ferry docks"),
])
def test_an_undated_opening_clause_tells_its_own_act(body: str, title: str) -> None:
    text = f"Notes from the valley\n\nThe club opened a new stand in May 1990. {body} The club closed in June 1990."
    titles = [e.title for e in extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events]
    assert title in titles, titles


def test_no_act_of_a_condition_opening_an_undated_sentence() -> None:  # a guard (passes on 37c8881b)
    text = ("Notes from the valley\n\nThe club opened a new stand in May 1990. If the council agrees, the hut will "
            "be rebuilt after it is repaired. The club closed in June 1990.")
    titles = [e.title for e in extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events]
    assert not any(t.startswith(("The council agrees", "It is repaired")) for t in titles), titles
