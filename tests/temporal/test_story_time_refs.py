"""References to "the time" a text is at: "at the time" in a story, "Now" at a sentence's start.

TimeML marks "the time" of "at the time" as a reference to a time the text already gave: news (which
has no story time) writes it PAST_REF, a history (WikiWars, as converted from TIMEX2) writes the
story's year, the value a reader takes from the last date told. "At the time the mine was sold, ..."
is a conjunction ("when"), no expression. A sentence-initial "Now," set off by a comma is a discourse
marker, which neither the guidelines nor the readable TimeBank files mark; "Now the court has ruled"
(no comma) is the present and is marked.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 1, 10)


@pytest.mark.parametrize("text, year", [
    ("In March 1963 the army moved north. The province at the time was quiet, and the garrison was small.", "1963"),
    ("The bridge was finished in 1923; at 78 metres it was the longest arch in the country at the time.", "1923"),
    ("By the summer of 1950 the garrison had grown. At the time, its commander was a colonel.", "1950"),
    ("The siege began in 1812. The treaty was signed in 1815. At the time, the port held 4,000 people.", "1815"),
    ("On 3 May 1871 the guild met for the last time. Its hall at the time stood on the quay.", "1871"),
])
def test_at_the_time_in_a_history_is_the_story_year(text: str, year: str) -> None:
    got = [(t.text, t.value) for t in tag(text, None, narrative=True) if t.text == "the time"]
    assert got == [("the time", year)]


def test_at_the_time_in_a_history_points_at_the_story_year_on_the_timeline() -> None:
    text = "In March 1963 the army moved north. The province at the time was quiet."
    t = next(t for t in tag(text, None, narrative=True) if t.text == "the time")
    assert (t.begin, t.end_day) == (date(1963, 1, 1), date(1963, 12, 31))
    assert t.certainty == "inferred"


def test_at_the_time_in_a_history_that_has_given_no_date_yet_is_no_expression() -> None:
    text = "The province at the time was quiet, and the garrison was small."
    assert "the time" not in {t.text for t in tag(text, None, narrative=True)}


def test_at_the_time_in_a_dropped_history_without_any_date_given() -> None:
    """The app's route for a dropped folder: no document date, each passage decides."""
    text = ("In 1588 the fleet sailed from Lisbon. It met storms off the coast in July. "
            "The fleet at the time was the largest ever assembled.")
    got = {t.text: t.value for t in tag(text, None)}
    assert got.get("the time") == "1588"


@pytest.mark.parametrize("text", [
    "At the time the mine was sold, it employed 300 people.",
    "At the time Howard joined the board, the firm had no debt.",
    "\"At the time we bought it, the roof leaked,\" she said.",
])
def test_at_the_time_opening_a_clause_is_a_conjunction(text: str) -> None:
    assert "the time" not in {t.text for t in tag(text, DCT, narrative=False)}


@pytest.mark.parametrize("text", [
    "At the time, the mine employed 300 people.",
    "At the time the mine employed 300 people.",
    "The minister said at the time he was willing to resign, and nobody believed him.",
])
def test_at_the_time_as_an_adverb_stays_a_past_reference_in_news(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT, narrative=False)] == [("the time", "PAST_REF")]


@pytest.mark.parametrize("text", [
    "Now, he says, the plan is dead.",
    "Now, following the sale, the company is flush with cash.",
    "The board met on Monday. Now, the question is who pays.",
    "\"Now, let us look at the figures,\" the chairman said.",
])
def test_a_sentence_initial_now_set_off_by_a_comma_is_a_discourse_marker(text: str) -> None:
    assert "PRESENT_REF" not in {t.value for t in tag(text, DCT, narrative=False) if t.text.lower() == "now"}


@pytest.mark.parametrize("text", [
    "Now the court has ruled against the council.",
    "The plant closed in 1990. Now it houses a museum.",
    "Prices are now falling.",
    "For now, the road stays closed.",
    "Until now, nobody had asked.",
])
def test_now_pointing_at_the_present_is_a_present_reference(text: str) -> None:
    assert [t.value for t in tag(text, DCT, narrative=False) if t.text.lower() == "now"] == ["PRESENT_REF"]
