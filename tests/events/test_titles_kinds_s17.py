"""Title kinds of session seventeen (issue 12): a hyphenated verb is a verb ("co-opted"), a body whose
name ends in a plural of people takes a plural verb, an answer's "Yes," opens no title. Our own
sentences."""

from __future__ import annotations

import pytest

from explorer.events.tense import present_of
from explorer.events.titles import make_title


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


@pytest.mark.parametrize(("past", "present"), [
    ("co-opted", "co-opts"), ("re-elected", "re-elects"), ("co-wrote", "co-writes"), ("re-opened", "re-opens"),
])
def test_a_hyphenated_prefix_keeps_its_verb(past: str, present: str) -> None:
    assert present_of(past) == present


@pytest.mark.parametrize("word", ["well-known", "so-called", "co-op", "long-awaited"])
def test_a_hyphenated_adjective_is_no_verb(word: str) -> None:
    assert present_of(word) is None


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The committee co-opted Ann Lee as treasurer on 29 September.", "29 September", "The committee co-opts Ann Lee as treasurer"),
    ("The members re-elected Tom Hale as captain in March.", "March", "The members re-elect Tom Hale as captain"),
])
def test_a_hyphenated_verb_is_put_in_the_headline_present(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The clock was commissioned in 1889 by the Pentry Improvement Commissioners.", "1889",
     "Pentry Improvement Commissioners commission the clock"),
    ("The pier was opened in 1890 by the Harbour Trustees.", "1890", "Harbour Trustees open the pier"),
    ("The fort was built in 1790 by the Royal Engineers.", "1790", "Royal Engineers build the fort"),
    ("The plan was approved in 1990 by the Harbour Board.", "1990", "Harbour Board approves the plan"),
])
def test_a_body_named_by_a_plural_of_people_takes_a_plural_verb(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize("opening", ["Yes, we", "Well, we", "No, we"])
def test_an_answers_interjection_opens_no_title(opening: str) -> None:
    assert _title(f"{opening} closed the bridge on Monday.", "Monday") == "We close the bridge"


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Greta Voll was a painter who moved to Harrowgate in 1958.", "1958", "Greta Voll moves to Harrowgate"),
    ("Tom Hale is a fisherman who rescued three sailors in 2019.", "2019", "Tom Hale rescues three sailors"),
    ("Ana Ruiz was the engineer who designed the bridge in 1932.", "1932", "Ana Ruiz designs the bridge"),
])
def test_a_definitions_who_clause_tells_the_dated_act(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


def test_a_that_clause_after_a_definition_is_no_act_of_the_subject() -> None:
    assert _title("It was a sign that the talks had failed in May.", "May").startswith("It is a sign")


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The mill was damaged by fire and rebuilt in 1870.", "1870", "The mill is rebuilt"),
    ("The ship was launched in 1901 and scrapped in 1950.", "1950", "The ship is scrapped"),
    ("The letters were found in an attic and published in 2001.", "2001", "The letters are published"),
])
def test_a_coordinated_participle_shares_the_passive(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The mayor was elected in 1990 and resigned in 1994.", "1994", "The mayor resigns"),
    ("The ship sailed to Oslo and sank in 1950.", "1950", "The ship sinks"),
])
def test_an_act_of_its_own_after_a_passive_stays_active(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("context", "sentence", "title"), [
    ("The drapers' shop below came later. ", "It was opened by the Pascoe sisters in 1902.",
     "The drapers' shop is opened by the Pascoe sisters"),
    ("The old school closed in 1960. ", "It was bought by the parish council in 1962.",
     "The old school is bought by the parish council"),
])
def test_it_in_a_passive_names_the_thing_before(context: str, sentence: str, title: str) -> None:
    at = sentence.index("19")
    assert make_title(sentence, at, at + 4, context=context) == title


@pytest.mark.parametrize(("title", "agent"), [
    ("The old school is bought by the parish council", "the parish council"),
    ("The club is fined £2,000 by the league", "the league"),
    ("The work is approved by the committee at its meeting", "the committee"),
    ("The bridge is rebuilt by 1870", None),
    ("Mara Quinn is appointed coach", None),
    ("The committee approves the work", None),
])
def test_a_passives_described_agent_is_read_from_the_title(title: str, agent: str | None) -> None:
    from explorer.events.agents import passive_agent

    assert passive_agent(title) == agent


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("Residents say engineers warned the council in March 2019.", "March 2019", "Engineers warn the council"),
    ("Officials say the ferry sank in March 2019.", "March 2019", "The ferry sinks"),
    ("The report says the company ignored warnings in 2018.", "2018", "The company ignores warnings"),
])
def test_a_past_act_told_in_the_present_is_the_act(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


def test_a_pronoun_told_in_the_present_keeps_its_teller() -> None:
    assert _title("In the letter Jan says he sailed to Argentina in 1919.", "1919") != "He sails to Argentina"


@pytest.mark.parametrize("word", ["need", "feed", "seed", "proceed", "succeed"])
def test_a_base_in_eed_is_no_past(word: str) -> None:
    assert present_of(word) is None
    assert present_of(word + "ed") == word + "s"
