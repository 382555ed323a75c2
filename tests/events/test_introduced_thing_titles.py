"""Issue 12, session eighteen (titles, second pass): "it" after a person's act stands for the new thing it
brought in, and "they" for people counted with an irregular plural.

"Her agent filed a complaint on Monday. It will be heard in May": the person can never be "it", and
the complaint is the one new thing. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles.antecedents import name_the_pronoun
from explorer.events.titles.introduced import introduced_thing, name_introduced_thing
from explorer.events.titles.make import make_title


@pytest.mark.parametrize(
    "clause_before, thing",
    [
        ("Her agent, Lotte Vries, filed a complaint on Monday.", "The complaint"),
        ("The opposition leader moved a motion to delay the vote.", "The motion"),
        ("Last spring he founded a trust that pays for swimming lessons.", "The trust"),
        ("We are trialling a quiet mode, which mutes alerts at night.", "The quiet mode"),
        ("The two mayors met at a regional forum and agreed to set up a joint panel on flooding.", "The joint panel"),
    ],
)
def test_the_first_object_a_person_brings_in(clause_before: str, thing: str) -> None:
    assert introduced_thing(clause_before) == thing


@pytest.mark.parametrize(
    "clause_before",
    [
        "The ferry company launched a new route.",  # a thing as subject: "it" may be the company
        "He waited a week for an answer.",  # a span of time
        "She lived in a cottage by the shore.",  # a place after a preposition
        "He hired a lawyer.",  # a person is no "it"
    ],
)
def test_no_new_thing(clause_before: str) -> None:
    assert introduced_thing(clause_before) is None


@pytest.mark.parametrize(
    "sentence, context, title",
    [
        ("It was rejected by six votes on Tuesday.", "Councillor Ruth Oyelami tabled an amendment to spare the library. ",
         "The amendment is rejected by six votes"),
        ("It will open to walkers in June.", "Last year the mayor proposed a coastal path between the two coves. ",
         "The coastal path will open to walkers"),
    ],
)
def test_a_title_names_the_new_thing(sentence: str, context: str, title: str) -> None:
    at = sentence.index(" on Tuesday") + 1 if "Tuesday" in sentence else sentence.index("June")
    end = at + len("on Tuesday") if "Tuesday" in sentence else at + len("June")
    assert make_title(sentence, at, end, context) == title


def test_a_semicolon_joins_the_clause_before() -> None:
    sentence = "We have built a new test that rejects such changes; it went live on Friday."
    assert name_introduced_thing("It goes live", sentence, sentence[: sentence.index("on Friday")], "") == "The new test goes live"


def test_weather_is_no_thing() -> None:
    assert name_introduced_thing("It rains all night", "It rained all night.", "", "She pitched a tent on the ridge. ") == "It rains all night"


@pytest.mark.parametrize("plural", ["men", "women", "children", "fishermen"])
def test_they_after_counted_people_with_an_irregular_plural(plural: str) -> None:
    context = f"Police stopped three {plural} near the harbour on Friday. "
    assert name_the_pronoun("They are questioned", "They were questioned.", context) == f"The {plural} are questioned"
