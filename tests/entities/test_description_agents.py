"""The actor a reader names (issue 12): the clause's agent; a named one when the clause names it, else
the description that is its subject ("the theatre", "talks"), never a name merely mentioned in the
clause. Descriptions count for no one's centrality, cross-document group or actor lane. Sentences of
our own, none from the sample or the gold set."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.grouping import Features
from explorer.events.agents import is_description, names_only, subject_description, title_subject
from explorer.events.build import build_events
from explorer.events.salience import main_actor
from explorer.timeline.lanes import name_lane_order


def _events(text: str):
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize(
    "text, expression, first",
    [
        ("The new town theatre opened in March 1911 with a comic opera.", "March 1911", "the new town theatre"),
        ("Talks between the two ports were suspended in June 2019 over the fishing dispute.", "June 2019", "talks"),
        ("A footbridge over the Tamsen river was named after her in 1998.", "1998", "a footbridge"),
        ("Health officials confirmed four more cases on Friday.", "Friday", "health officials"),
        # session 27: "Work" itself, a noun in "-work" as "Roadwork" is
        ("Work on the stone bridge began in 1820.", "1820", "work"),
        ("Work finally started on the new pier in March 2021.", "March 2021", "work"),
        ("Work to widen the harbour wall resumed on 3 May.", "3 May", "work"),
    ],
)
def test_a_description_that_stands_for_no_name_is_the_first_actor(text, expression, first) -> None:
    event = next(e for e in _events(text) if e.timex == expression)
    assert event.actors and event.actors[0] == first


def test_a_name_the_clause_gives_its_subject_stays_first() -> None:
    text = "Marta Olsen founded the Kestrel Ferry Company in 1921. The company moved to Bergen in 1930."
    events = {e.timex: e for e in _events(text)}
    assert events["1921"].actors[0] == "Marta Olsen"
    assert events["1930"].actors[0] == "Kestrel Ferry Company"


def test_a_pronoun_is_never_a_description() -> None:
    assert subject_description("It opens on a Monday", "It opened on a Monday.") is None
    assert subject_description("We sign a lease", "We signed a lease in May.") is None


def test_a_capitalised_subject_inside_its_sentence_is_a_name_not_a_description() -> None:
    sentence = "In 2004 Harlow Water issued a notice."
    assert subject_description("Harlow Water issues a notice", sentence) is None
    # (a nation's adjective before a plural common noun is a description told by its noun, session fifteen)
    assert subject_description("Danish police arrest two men", "Danish police arrested two men.") == "police"
    assert subject_description("Danish Guard units cross the river", "Danish Guard units crossed the river.") is None


def test_a_renamed_event_keeps_its_description() -> None:
    sentence = "The first alerts were issued on May 3, 2019, by the weather office."
    auto = subject_description("The first alerts are issued", sentence, 0)
    renamed = subject_description("Alerts, issued by the office", sentence, 0)
    assert auto == renamed == "the first alerts"


def test_a_name_inside_the_subject_comes_before_its_description() -> None:
    text = "Shares in Corvane Holdings rose 8 percent on Monday."
    event = next(e for e in _events(text) if e.timex == "Monday")
    assert event.actors[:2] == ("Corvane Holdings", "shares")
    assert title_subject("Shares in Corvane Holdings rise", "Shares in Corvane Holdings rose 8 percent.") == \
        "Shares in Corvane Holdings"


def test_descriptions_count_for_no_centrality_group_or_lane() -> None:
    assert is_description("the council") and not is_description("Harlow Council")
    assert names_only(("the council", "Harlow Council")) == ("Harlow Council",)
    [event] = [e for e in _events("The council voted on Monday to close the Harlow depot.") if e.timex == "Monday"]
    event = replace(event, actors=("the council", "Ida Berg"))
    assert main_actor(replace(event, title="The council votes")) == "Ida Berg"
    assert Features.of(event).actors == frozenset({"Ida Berg"})
    assert name_lane_order([names_only(event.actors)], "actor") == ("Ida Berg",) or "the council" not in \
        name_lane_order([names_only(event.actors)], "actor")


def test_a_present_irregular_verb_ends_the_subject() -> None:
    sentence = "Passes go on sale to members at noon on Tuesday 12 March."
    assert subject_description("Passes go on sale to members", sentence) == "passes"


def test_a_title_without_a_verb_gives_its_noun_phrase() -> None:
    sentence = "The torchlight parade along the quay starts at 9 p.m. on 14 June."
    assert subject_description("The torchlight parade along the quay", sentence) == "the torchlight parade"


def test_a_description_opening_with_a_place_name_is_still_the_agent() -> None:
    text = ("Lind Cycles opened a second factory in Arboga in 1956. Sales fell by half in 1968, and the Arboga "
            "plant closed in 1969.")
    event = next(e for e in _events(text) if e.timex == "1969")
    assert event.actors and event.actors[0] == "the Arboga plant"


@pytest.mark.parametrize(
    "text, expression, first",
    [
        # an adverb between the subject and its verb is no part of who acted
        ("The rival clans only began to gather near the border in March 2019.", "March 2019", "the rival clans"),
        ("The two delegations reportedly met in a hotel in June 2018.", "June 2018", "the two delegations"),
        # a share of a group: the group is who underwent it, "two" alone names no one
        ("When two of the kidnapped engineers were freed in May 2020, the company thanked the mediators.",
         "May 2020", "the kidnapped engineers"),
        ("Most of the striking dockers returned to work in August 1951.", "August 1951", "striking dockers"),
    ],
)
def test_adverbs_and_quantifiers_are_not_the_actor(text, expression, first) -> None:
    event = next(e for e in _events(text) if e.timex == expression)
    assert event.actors and event.actors[0] == first


@pytest.mark.parametrize(
    "text, expression, first",
    [
        ("Unemployment reached 12 percent in 2009.", "2009", "unemployment"),
        ("Traffic returned to the canal in 1890.", "1890", "traffic"),
        ("Construction began in June 2021 after a long delay.", "June 2021", "construction"),
    ],
)
def test_a_common_noun_opening_its_sentence_is_the_actor_when_no_name_is_in_the_clause(text, expression, first) -> None:
    event = next(e for e in _events(text) if e.timex == expression)
    assert event.actors and event.actors[0] == first


def test_an_unknown_capitalised_word_is_not_made_a_description() -> None:
    """ "Kestria blamed …": a name the index did not know is not lowercased into a description."""
    event = next(e for e in _events("Kestria blamed saboteurs in April 2023.") if e.timex == "April 2023")
    assert not any(is_description(a) for a in event.actors)


def test_a_pronoun_after_an_opening_phrase_is_no_description() -> None:
    """ "Next year it will start …" is titled "The race will start …": the actor is the race the title
    names, never "next year it"."""
    text = ("The race has been held every June since 1994. Next year it will start in Switzerland for the "
            "first time, in Neuchâtel on 7 June 2026.")
    event = next(e for e in _events(text) if e.timex == "7 June 2026")
    assert event.actors[:1] == ("the race",)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In 2005 the new army traded its old rifles for the U.S. M-16 and M-4 rifles.", "U.S. M"),
        ("A B-52 bomber of the Strategic Air Command flew over the delta in June 1966.", "B"),
        ("The T-34 tanks of the Soviet army crossed the river in July 1943.", "T"),
    ],
)
def test_the_letters_of_a_model_designation_are_no_name(text, absent) -> None:
    """ "the U.S. M-16": a name cut inside a designation made the actor "U.S. M", into which every
    surname with that initial was then merged."""
    from explorer.entities.mentions import find_mentions

    names = [m.text for m in find_mentions(text).mentions]
    assert absent not in names
    assert not any(n.endswith((" M", " B", " T")) for n in names)


def test_a_collective_noun_opening_a_news_sentence_is_the_actor() -> None:
    event = next(e for e in _events("Police arrested a 34-year-old man on Friday after a crash.") if e.timex == "Friday")
    assert event.actors[:1] == ("police",)


def test_an_adverb_after_the_subject_noun_is_no_part_of_it() -> None:
    text = "After a long closure, the bridge reopened in May 2024. The repairs, first proposed in 2019, cost £2 million."
    event = next(e for e in _events(text) if e.timex == "2019")
    assert event.actors[:1] == ("the repairs",)
