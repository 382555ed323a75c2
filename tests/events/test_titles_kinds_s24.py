"""Title kinds of session 24 (issue 12), our own sentences in several registers.

A date followed by a "when" clause: after "until", "after" or "before" the date bounds a
stretch the main clause tells, and what happened on it is the "when" clause's ("The shop traded there
until 1998, when the baker retired"); after a passive ("The leak was found in 2021, when …") the main
clause is a happening of its own and keeps the title, as any happening verb does.

A "he"/"she" carried from sentence to sentence keeps its antecedent: when the sentence before tells
of the same one by the same pronoun and names no one, the name before that is whom both stand for."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of
from tests.events.titled import title_at as _title


def _doc_titles(text: str) -> list[str]:
    """The titles of ``text`` read as a dropped file is (no document date given)."""
    return [e.title for e in events_of(text)]


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The shop traded on the corner after 1950, when the baker's son took it over.", "1950",
     "The baker's son takes it over"),
    ("Our choir sang in the abbey until last spring, when the organist retired.", "last spring",
     "The organist retires"),
    ("The mill ground corn for the parish until 1911, when a flood carried away the wheel.", "1911",
     "A flood carries away the wheel"),
    ("Nobody had climbed the north face before 1938, when two guides from Grindel reached the top.", "1938",
     "Two guides from Grindel reach the top"),
    ("The ferry ran twice a day until March, when the council cut its grant.", "March",
     "The council cuts its grant"),
])
def test_a_bounded_date_is_the_when_clauses(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The leak was discovered in March 2021, when a caretaker smelled gas in the basement.", "March 2021",
     "The leak is discovered"),
    ("The school was closed in 2015, when the last pupils left the village.", "2015", "The school is closed"),
    ("The first copies were sold in 1962, when the press moved to a larger hall.", "1962",
     "The first copies are sold"),
    ("The pier was also damaged in 1987, when a storm tore off the railings.", "1987", "The pier is also damaged"),
])
def test_a_passive_before_a_when_clause_keeps_the_title(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # a state or a frame still hands the title to the "when" clause
    ("The town was still small in 1850, when the railway reached it.", "1850", "The railway reaches it"),
    ("The breakthrough came in 2001, when the band signed with a label.", "2001", "The band signs with a label"),
    ("Many were thought lost in 1944, when the archive burned.", "1944", "The archive burns"),
])
def test_a_frame_before_a_when_clause_still_gives_way(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def _titles(text: str) -> list[str]:
    return _doc_titles("Notes\n\n" + text + "\n")


@pytest.mark.parametrize(("text", "title"), [
    ("The crates reached Oslo in 1966. A young curator, Maria Lindqvist, opened them while sorting the stores. "
     "Over the next two years she cleaned them by hand. She catalogued the drawings in 1969.",
     "Maria Lindqvist catalogues the drawings"),
    ("The boxes reached the museum in 1966. A young curator, Maria Lindqvist, opened them. "
     "Over the next two years she cleaned them by hand. She catalogued the drawings in 1969.",
     "Maria Lindqvist catalogues the drawings"),
])
def test_a_carried_pronoun_keeps_its_name(text: str, title: str) -> None:
    assert title in _titles(text)


_CHAIN = ("Notes\n\nThe sacks reached the depot in 1958. An old miller, Hanne Berg, weighed them at the door.",
          " During the winter she dried them on racks.", " Then she ground them.", " Later she sieved the flour.",
          " After that she baked loaves.", " She catalogued the recipes in 1961.\n")


@pytest.mark.parametrize(("carried", "title"), [
    (3, "Hanne Berg catalogues the recipes"),  # the name three sentences back: still the pronoun's
    (4, "She catalogues the recipes"),  # four back: too far to follow (it walked back any number before)
])
def test_a_carried_pronoun_is_followed_back_three_sentences_at_most(carried: int, title: str) -> None:
    text = _CHAIN[0] + "".join(_CHAIN[1:1 + carried]) + _CHAIN[-1]
    assert [e.title for e in events_of(text) if e.timex == "1961"] == [title]


def test_a_pronoun_is_not_carried_past_a_sentence_that_names_someone() -> None:
    # "and Tom was sanding it": the sentence before names someone, so the chain stops there
    titles = _titles("The boat was built in 1950 at Kellby Quay. His father ran the yard, and Tom was "
                               "sanding it by the age of ten. After the war, he bought a second boat in 1962.")
    assert not any(t.startswith("Kellby Quay") for t in titles), titles


# --------------------------------------------------------------------- the first person of an answer

_INTERVIEW = """"Bread is patience": the baker Lena Forsk on ovens, debts and starting over

Interview by Paul Ames | 2 May 2026

Lena Forsk's bakery in Harl reopens on 10 May after a fire. We met at her flat.

How did it start?
In 2010 I rented a shop on the square and bought an old deck oven.

What happened last year?
We lost the roof in a fire in March, and we reopened the café in October.

What's next?
We open a second shop next spring.
"""

_TRANSCRIPT = """Harbour Voices, episode 12 transcript

HOST: My guest keeps bees on the cliffs above Porth Wenna. Tamsin Roe, welcome.

TAMSIN ROE: Thanks. We took the honey off the last hives on Sunday, so it's a quiet week.

HOST: When did it start?

ROE: My uncle started in 1971. We moved the hives to the cliffs in 2004, and I bought the field in 2012.
"""

_BRIEFING = """Quarterly results call

Operator: Welcome. I hand over to the chief executive, Petra Lund.

Petra Lund, chief executive: Thank you. We opened the new plant in Gdansk in August.

Petra Lund: We will choose a second site in January.
"""


@pytest.mark.parametrize("title", [
    "Lena Forsk buys an old deck oven",  # an undated act after "and": the answer's "I" as the dated one's
    "Lena Forsk loses the roof in a fire",  # the answer's "we", her household or firm
    "Lena Forsk reopens the café",
    "Lena Forsk opens a second shop",  # a present after "we" put in the third person
])
def test_an_answers_first_person_is_the_interviewee(title: str) -> None:
    assert title in _doc_titles(_INTERVIEW)


@pytest.mark.parametrize("title", [
    "Tamsin Roe takes the honey off the last hives",
    "Tamsin Roe moves the hives to the cliffs",
])
def test_a_turns_we_is_its_speaker(title: str) -> None:
    assert title in _doc_titles(_TRANSCRIPT)


def test_a_speaker_with_an_office_keeps_we() -> None:
    # the chief executive's "we" is the company: her name would tell less than "we"
    titles = _doc_titles(_BRIEFING)
    assert not any(t.startswith("Petra Lund") for t in titles), titles


def test_a_chapter_heading_is_no_speaker() -> None:
    titles = _doc_titles("The Long Road\n\nChapter Three: The Crossing\n\n"
                                   "We reached the river on the second of May 1945, nine of us on foot.\n")
    assert not any(t.startswith("Chapter") for t in titles), titles


# --------------------------------------------------------------------- a possessive's noun and its place


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Our supplier in Porto lost a week of production in October.", "October",
     "Our supplier in Porto loses a week of production"),
    ("Their office in Oslo opened in 2019.", "2019", "Their office in Oslo opens"),
    ("Her studio near Bath burned down in 2002.", "2002", "Her studio near Bath burns down"),
    # the possessive's role with its name apposed still names the person
    ("His deputy Ilsa Marr travelled to Oslo in May.", "May", "Ilsa Marr travels to Oslo"),
])
def test_a_place_after_a_possessives_noun_is_not_the_subject(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


# --------------------------------------------------------------------- an aside between a subject and its verb


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Tom Bell's long-awaited third novel, The Salt Road and Other Stories, goes on sale on 3 May.",
     "3 May", "Tom Bell's long-awaited third novel goes on sale"),
    ("The search party, four volunteers from the mountain rescue team in Keld, found the missing walker on Sunday.",
     "Sunday", "The search party finds the missing walker"),
])
def test_an_aside_before_a_late_verb_goes(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # a title that fits keeps its aside
    ("The walkers, six students from Leeds, reached the hut on Friday.", "Friday",
     "The walkers, six students from Leeds, reach the hut"),
])
def test_a_short_title_keeps_its_aside(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def test_a_comma_after_a_verb_ends_no_subject() -> None:
    # "published … every year, each one …": the verb stands before the comma, so nothing is dropped
    title = _title("In 1990 she published a new map every year, each one walked, measured and drawn by her.", "1990")
    assert title.startswith("She publishes a new map"), title
    assert "measured" not in title and "drawn" not in title, title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # the comma a removed aside leaves before a modal goes with it
    ("Their union, which represents about 140 pilots, will ballot members on the offer next week.", "next week",
     "Their union will ballot members on the offer"),
    ("Our society, which meets in the church hall, will hold its fair on 3 May.", "3 May", "Our society will hold its fair"),
])
def test_no_comma_is_left_before_a_modal(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("words", "kept"), [
    ("The new library, a glass hall beside the old school, contains forty thousand books and a cafe", True),
    ("The stage, a loop of forty kilometres through the hills, includes three climbs and a sprint", True),
    ("Her first solo show, Salt and Ash, opens at the Brannock Gallery in the old harbour town", False),
])
def test_an_aside_stays_before_a_states_verb_wherever_titles_are_finished(words: str, kept: bool) -> None:
    # the state guard lay in make only: finish (called after it, and by every other route) dropped it anyway
    from explorer.events.titles.finish import present_verb_at, verb_at
    from explorer.events.titles.length import subject_aside_before_late_verb

    split = words.split()
    assert (subject_aside_before_late_verb(split, verb_at, present_verb_at, 10) == split) is kept
