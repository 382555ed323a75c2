"""An "it" whose verb is one only a built thing takes (reopening, being rebuilt, restored or repaired) stands
for the thing the clause before acted on, not for that clause's subject: "The county refurbished the
library, and it reopened in 2009" is the library's reopening; when the clause before acted on "it" itself
("raised money to rebuild it, and it reopened"), the thing is the one the sentence before acted on
(session 53, h53t; titles.rebuilt_things). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_with_actors, titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The county refurbished the old library in 2007, and it reopened in 2009.", "The old library reopens"),
        ("A gale wrecked the chapel in 1921. The parish raised funds to repair it, and it reopened in 1923.",
         "The chapel reopens"),
        ("In 1950 a storm wrecked the pier; the council mended it, and it opened again in 1952.",
         "The pier opens again"),
        ("The museum closed the east wing in 2010. It reopened in 2013.", "The east wing reopens"),
        ("A flood swept away the footbridge in 1968. The army rebuilt it, and it was reopened in 1970.",
         "The footbridge is reopened"),
        ("Lightning struck the spire in 1884. Masons restored it, and it was rebuilt by 1890.",
         "The spire is rebuilt"),
        # a building told by its name; a clause whose object is people ("lent the couple money") is passed over
        ("A storm flooded the Grand Pavilion in 1953; the town restored it, and it reopened in 1955.",
         "The Grand Pavilion reopens"),
        ("In 1962 a fire gutted the bakery. Neighbours lent the family money to rebuild it, and it reopened in 1963.",
         "The bakery reopens"),
        # session 54: a thing told undergoing a passive is what reopens, as one acted on is, the last one told
        ("Floods reached the crypt, and the abbey was closed for a year. It reopened in 1962.", "The abbey reopens"),
        ("The storm hit the coast road, and the lighthouse was shut in 1903. It reopened in 1905.",
         "The lighthouse reopens"),
        ("A gale tore the roof off the school, and the hall was badly damaged. It was rebuilt in 1958.",
         "The hall is rebuilt"),
        # session 55: a thing the sentence before brings in ("bought a derelict mill"), and "opened as" what
        # it became; the subject of that sentence is a body or people, who neither reopen nor open as a market
        ("After the fire the trustees bought a derelict mill in 1880. It reopened as a museum in 1884.",
         "The derelict mill reopens as a museum"),
        ("In 1952 the society leased a ruined chapel. It was restored and reopened in June 1955.",
         "The ruined chapel is reopened"),
        ("The town council bought an empty warehouse in 1990. It opened as a market in 1992.",
         "The empty warehouse opens as a market"),
    ],
)
def test_it_made_good_is_the_thing_acted_on(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


def test_the_subject_read_where_the_title_stands_stops_at_a_semicolon() -> None:
    events = events_with_actors("In 1950 a storm wrecked the pier; the council mended it, and it opened again in 1952.")
    opened = [e for e in events if e.title.startswith("The pier opens")]
    assert opened and opened[0].actors[:1] == ("the pier",), [(e.title, e.actors) for e in events]


@pytest.mark.parametrize(
    "text, title",
    [
        # (guards) "it" with a verb of its own that a body does, or with an object, stays the subject's
        ("Velmont extended the lease in 2004, but it let the agreement expire in 2009.",
         "Velmont lets the agreement expire"),
        ("The council approved the budget in 2012. It reopened the pool in 2014.", "The council reopens the pool"),
        ("The cinema caught fire in 1936, and it reopened within a year.", "The cinema reopens within a year"),
    ],
)
def test_it_with_another_verb_keeps_its_subject(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles


# session 61: an "it" whose verb tells a building's end ("closed", "was demolished") after a clause of its own
# sentence that got or built a singular thing is that thing: a council does not close, the mill it bought does
@pytest.mark.parametrize(
    "text, title",
    [
        ("The council bought the mill in 1950 and it closed in 1962.", "The mill closes"),
        ("The trust built a village hall in 1925, and it was demolished in 1988.", "The village hall is demolished"),
        ("The county acquired the old asylum in 1948, and it was pulled down in 1975.",
         "The old asylum is pulled down"),
        # guards: a body's own closing, and a closing with an object, keep the subject
        ("The firm moved to Leeds in 1950 and it closed in 1962.", "The firm closes"),
        ("The council cut the budget in 1950 and it closed the baths in 1962.", "The council closes the baths"),
    ],
)
def test_it_ended_after_a_thing_got_is_that_thing(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles
