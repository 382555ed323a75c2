"""Issue 12, session fifteen (titles and actors): kinds found on fresh articles with hard
who-did-what (a "they" after an opening phrase with no comma, a verb of achieving before the act,
a bare plural in "-ics", a nation's adjective before a plural noun). Our own sentences, none from
the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from explorer.events.titles.achieved import past_of
from tests.events.test_title_kinds_s8 import _titled
from tests.events.test_titles_kinds_s10 import _labelled_events


def _event(text: str, expression: str):
    return next(e for e in _labelled_events(text) if e.timex == expression)


@pytest.mark.parametrize(
    "text, expression, expected, actor",
    [
        # an opening phrase of time with no comma before "they"
        ("The sailors knew they could not hold the quay. On the night of 9 May they burned the stores.",
         "the night of 9 May", "The sailors burn the stores", "the sailors"),
        ("Two surveyors reached the valley in March. In the summer of 1911 they mapped the whole pass.",
         "the summer of 1911", "Two surveyors map the whole pass", "two surveyors"),
        ("The volunteers cleared the site. Early in 1990 they opened a museum in the old station.",
         "1990", "The volunteers open a museum in the old station", "the volunteers"),
    ],
)
def test_they_after_an_opening_phrase_without_a_comma_is_named(text: str, expression: str, expected: str,
                                                                actor: str) -> None:
    assert _titled(text, expression) == expected
    assert _event(text, expression).actors[0] == actor


def test_they_after_a_clause_of_its_own_is_left() -> None:
    # "After the storm passed" has a subject of its own: the pronoun is not read past it
    text = "The two engineers refused to sign. After the storm passed on 3 May they rebuilt the bridge."
    assert _titled(text, "3 May").startswith("They rebuild")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The admiral managed to escape from the harbour on 24 April.", "24 April", "The admiral escapes from the harbour"),
        ("Firefighters were able to save the church tower on 3 May.", "3 May", "Firefighters save the church tower"),
        ("The club went on to win the league in 2019.", "2019", "The club wins the league"),
        ("The trapped miners managed to dig a tunnel to the surface on 4 June.", "4 June",
         "The trapped miners dig a tunnel to the surface"),
        ("The mayor was able to reopen the bridge on Friday.", "Friday", "The mayor reopens the bridge"),
    ],
)
def test_a_verb_of_achieving_gives_way_to_the_act(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


def test_the_act_after_managed_to_keeps_the_pronoun_s_antecedent_and_actor() -> None:
    text = ("Mediators reached the port on Monday. "
            "On Tuesday they managed to bring both sides back to the table.")
    assert _titled(text, "Tuesday") == "Mediators bring both sides back to the table"
    assert _event(text, "Tuesday").actors[0] == "mediators"


@pytest.mark.parametrize(
    "base, past",
    [("scuttle", "scuttled"), ("bring", "brought"), ("stop", "stopped"), ("carry", "carried"), ("win", "won"),
     ("open", "opened")],
)
def test_the_past_of_a_base_form_reads_back_to_it(base: str, past: str) -> None:
    assert past_of(base) == past


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Paramedics took the cyclist to hospital", "Paramedics take the cyclist to hospital"),
        ("Medics treated the driver at the scene", "Medics treat the driver at the scene"),
        ("Critics praised the new opera", "Critics praise the new opera"),
        ("Jones took the cyclist to hospital", "Jones takes the cyclist to hospital"),  # a name in "-s" stays singular
    ],
)
def test_a_bare_plural_in_ics_takes_the_plural_present(title: str, expected: str) -> None:
    assert headline_tense(title) == expected


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("French archaeologists excavated the forum in 1921.", "1921", "archaeologists"),
        ("Finnish authorities boarded the tanker on 3 May.", "3 May", "authorities"),
        ("Dutch police arrested three men on 4 June.", "4 June", "police"),
        ("Italian border guards stopped the lorry on 5 July.", "5 July", "border guards"),
    ],
)
def test_a_nation_s_adjective_before_a_plural_noun_is_a_description(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a present participle before its object narrows the subject
        ("The first plant using the new process to clean mine water opened in 1998.", "1998", "The first plant opens"),
        ("Rescuers carrying a stretcher reached the ledge on 4 May.", "4 May", "Rescuers reach the ledge"),
        ("The building housing the town archive burned down on 5 June.", "5 June", "The building burns down"),
        # an infinitive after "first", "last", "only" or a superlative narrows the subject
        ("The first ship to be unloaded at the new quay, a small coaster, left the port on 9 October.", "9 October",
         "The first ship leaves the port"),
        ("The only climber to reach the summit that winter returned on 2 March.", "2 March",
         "The only climber returns"),
        # a relative clause with its own past verb, then the main verb with no auxiliary, or with "will"
        ("Tenants who lost their homes in the fire received new flats on 3 May.", "3 May", "Tenants receive new flats"),
        ("Pupils who missed the trip will visit the museum on Friday.", "Friday", "Pupils will visit the museum"),
    ],
)
def test_a_subject_s_own_modifier_gives_way_to_the_main_verb(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # a noun in "-ing" before a preposition is no participle
        ("An open evening for new volunteers will be held at the hall on 3 May.", "3 May",
         "An open evening will be held at the hall"),
        # "to" after a subject with no first/last/only/superlative is its verb's
        ("The team plans to replant the reef in 2025.", "2025", "The team plans to replant the reef"),
    ],
)
def test_no_modifier_is_read_where_there_is_none(text: str, expression: str, expected: str) -> None:
    assert _titled(text, expression) == expected


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("The first plant using the new process to clean mine water opened in 1998.", "1998", "the first plant"),
        ("Rescuers carrying a stretcher reached the ledge on 4 May.", "4 May", "rescuers"),
    ],
)
def test_the_actor_of_a_subject_with_a_participle_is_its_head(text: str, expression: str, actor: str) -> None:
    assert _event(text, expression).actors[0] == actor


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("When the son failed to answer his phone on Tuesday evening, his sister raised the alarm.", "Tuesday evening",
         "His sister raises the alarm"),
        ("When the ferry did not arrive on 4 June, the harbour master called the police.", "4 June",
         "The harbour master calls the police"),
        ("When the pumps could not keep up on 9 March, engineers opened the spillway.", "9 March",
         "Engineers open the spillway"),
    ],
)
def test_a_when_clause_that_tells_no_happening_gives_its_date_to_the_main_clause(text: str, expression: str,
                                                                                 expected: str) -> None:
    assert _titled(text, expression) == expected


def test_a_when_clause_that_tells_a_happening_keeps_its_date() -> None:
    text = "When the clinic moved to the new site in 2012, the county promised a bus."
    assert _titled(text, "2012") == "The clinic moves to the new site"


def test_a_nation_s_adjective_after_an_opening_phrase_is_still_a_description() -> None:
    assert _event("In December, Finnish authorities boarded a tanker.", "December").actors[0] == "authorities"

