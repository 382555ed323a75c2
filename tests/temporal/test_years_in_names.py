"""A year inside a proper name ("the War of 1812", "the Class of 2010", "Vision 2030", "the 1812
Overture") is not the story's time: it neither moves narrative time nor dates its clause's event.
A year before a common noun ("the 2008 crisis") is still a date. Tested through the extraction a
dropped-in history takes (no document date)."""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document
from explorer.temporal import tag
from explorer.temporal.name_years import year_in_name

HISTORY = (
    "The war began in 1964 with raids on the northern coast. In 1966 the government sent two divisions "
    "to the border. On June 4, 1968, the army crossed the river under heavy fire. It was the longest "
    "campaign the country had fought since {name}. In September the army captured the port. "
    "In October the general resigned after a dispute with the cabinet."
)
#: the name in a clause of its own, with no "since" before it
PARADE = (
    "The war began in 1964 with raids on the northern coast. In 1966 the government sent two divisions "
    "to the border. On June 4, 1968, the army crossed the river under heavy fire. A parade in the "
    "capital honoured {name}. In September the army captured the port. "
    "In October the general resigned after a dispute with the cabinet."
)
NAMES = ["the War of 1812", "the Revolution of 1848", "the Class of 1910", "the Vision 1930 plan",
         "the 1812 Overture"]


def _events(text: str):
    return extract_document(Document("history.txt", text, "history")).events


@pytest.mark.parametrize("template", [HISTORY, PARADE], ids=["since", "parade"])
@pytest.mark.parametrize("name", NAMES)
def test_a_year_in_a_name_does_not_move_the_story(name: str, template: str) -> None:
    events = {e.timex: e for e in _events(template.format(name=name))}
    assert events["September"].begin.isoformat()[:7] == "1968-09", events["September"]
    assert events["October"].begin.isoformat()[:7] == "1968-10", events["October"]


def test_a_year_before_a_common_noun_is_a_date() -> None:
    text = ("The war began in 1964 with raids on the northern coast. In 1966 the government sent two "
            "divisions to the border. The 1962 crisis had already emptied the treasury. In March the "
            "treasury borrowed abroad.")
    events = {e.timex: e for e in _events(text)}
    assert "1962" in events and events["1962"].begin.year == 1962


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("fought since the War of 1812.", "1812", True),
    ("the Civil Rights Act of 1964 passed", "1964", True),
    ("Students of the Class of 2010 marched.", "2010", True),
    ("The plan, called Vision 2030, was cited.", "2030", True),
    ("They heard Tchaikovsky's 1812 Overture.", "1812", True),
    ("The 2008 crisis hit banks.", "2008", False),
    ("It was the Summer of 1969.", "1969", False),
    ("the winter of 1944 was hard", "1944", False),
    ("Most of 1944 was quiet.", "1944", False),
    ("Christmas 1914 came.", "1914", False),
    ("In June 1944 troops landed.", "1944", False),
    ("By 1944 the army had grown.", "1944", False),
    ("Verdun 1916\nThe battle began.", "1916", False),
    # a heading's last word on the line above is no name with the year (session 54)
    ("A Chronology\n\n1891 Born in the mill town.", "1891", False),
    ("Key Dates\n1950 The mill burned down.", "1950", False),
    ("Her Life\n\n1822: moved to the coast.", "1822", False),
    # a year group named by its year, with or without "the"
    ("Class of 1974\n\nNotes from members.", "1974", True),
    ("She joined the intake of 2009 at the college.", "2009", True),
    ("Cohort of 1988 reunion notes", "1988", True),
])
def test_year_in_name(text: str, year: str, expected: bool) -> None:
    at = text.index(year)
    assert year_in_name(text, at, at + len(year)) is expected


@pytest.mark.parametrize(("text", "step", "value"), [
    ("In 1884 she opened a school. Her canvas won a gold medal at the Paris Exposition of 1889. "
     "The state bought it two years later.", "two years later", "1891"),
    ("He was born in 1790. He served as a gunner during the War of 1812. Three years later he married.",
     "Three years later", "1815"),
    ("The guild was founded in 1300. Its masters met at the Great Council of 1351. The next year they split.",
     "The next year", "1352"),
])
def test_a_clause_told_at_the_named_happening_is_at_its_year(text: str, step: str, value: str) -> None:
    """"won a medal at the Paris Exposition of 1889": the clause is told at the happening the name
    dates, so the story stands at its year (it is no bare name as in "since the War of 1812")."""
    assert {t.text: t.value for t in tag(text, None)}[step] == value


#: a life's chronology under a heading, each line opening with its year (session 54, our own pages)
CHRONOLOGY = "{heading}\n\n{first} Born on 3 February in a mill town.\n\n1903 The family moves to the port in September.\n\n1909 Publishes a first poem on 4 May.\n"


@pytest.mark.parametrize("heading", ["A Chronology", "Orla Venning: A Chronology", "Timeline of Her Life"])
@pytest.mark.parametrize("first", ["1891", "1887"])
def test_a_chronologys_first_year_under_a_heading_dates_its_line(heading: str, first: str) -> None:
    events = {e.timex: e for e in _events(CHRONOLOGY.format(heading=heading, first=first))}
    assert events["3 February"].begin.isoformat() == f"{first}-02-03", events["3 February"]


# ("The Intake of 1990" is a guard: "the" before it made it a name already)
@pytest.mark.parametrize("heading", ["Class of 1974", "CLASS NOTES: Class of 1961", "The Intake of 1990"])
def test_a_year_groups_heading_is_no_time_of_its_notes(heading: str) -> None:
    text = (f"{heading}\n\nNotes from members. A retired judge writes that she moved to the coast in May. "
            "Another member reports that his first grandchild was born on 3 April.")
    year = heading[-4:]
    for e in _events(text):
        assert e.begin is None or e.begin.year != int(year), e
