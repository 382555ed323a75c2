"""Session twenty-two's precision kinds (issue #12), found on ten fresh readable articles (s22r-*;
the kinds of the session's other precision work are in ``test_precision_kinds_s22``):
a transcript's question under a speaker label, titled by the label, a measure's window
("in force from … until …"), a thing not to be had until a date ("out of stock until March") and a
company's guidance for a period. Our own sentences, through the route a dropped file takes; each kind
has a sentence beside it that must stay an event."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.speaker_lines import asks_under_a_label
from explorer.ingest import extract_document
from tests.events.test_precision_kinds_s19 import _role


def _dated(text: str) -> set[str]:
    """The expressions that date an event of ``text`` (an article dated 10 June 2026)."""
    out = extract_document(Document("a.txt", text, "t"), dct=date(2026, 6, 10))
    return {e.timex for e in out.events if e.timex}


# --------------------------------------------------------------------------- labelled lines


@pytest.mark.parametrize(("title", "sentence"), [
    ("Question from Ida Berg", "Question from Ida Berg, Norland Capital: Will you sell the Ostend depot this year?"),
    ("Question from Sam Holt", "Question from Sam Holt, Fenwick Bank: Did the strike in May cost you orders?"),
    ("Interviewer", "Interviewer: When did you first sail to the islands, in 1998 or 1999?"),
])
def test_a_question_under_a_label_titled_by_the_label_is_no_happening(title: str, sentence: str) -> None:
    assert asks_under_a_label(title, sentence)


@pytest.mark.parametrize(("title", "sentence"), [
    # the words after the label tell a happening
    ("Kim Aldous", "Kim Aldous, finance director: We sold the Leith warehouse in March."),
    # a greeting is left to the clause rules (see the module)
    ("Operator: Good morning", "Operator: Good morning, and welcome to the Tarrow Mills half-year results call."),
    # a title from a later clause was read on its own words already
    ("Tarrow Mills sells the depot", "Question from Ida Berg: Will you sell the depot this year?"),
    # no label at all
    ("Will the council sell the hall", "Will the council sell the hall this year"),
])
def test_a_labelled_line_telling_a_happening_or_titled_elsewhere_is_left_alone(title: str, sentence: str) -> None:
    assert not asks_under_a_label(title, sentence)


def test_a_results_calls_question_makes_no_event_but_its_answer_does() -> None:
    text = ("Tarrow Mills half-year results call\n\n"
            "Operator: Good morning, and welcome to the Tarrow Mills half-year 2026 results call.\n\n"
            "Question from Ida Berg, Norland Capital: Will you sell the Ostend depot this year?\n\n"
            "Petra Lund, chief executive: We sold the Leith warehouse on 3 March for £4 million.\n")
    dated = _dated(text)
    assert "this year" not in dated
    assert "3 March" in dated


# --------------------------------------------------------------------------- a state's window


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("A yellow warning for snow is in force from 18:00 on Sunday until noon on Monday.", "Sunday"),
    ("A yellow warning for snow is in force from 18:00 on Sunday until noon on Monday.", "Monday"),
    ("The hosepipe ban will be in place from 1 July to 31 August.", "1 July"),
    ("The hosepipe ban will be in place from 1 July to 31 August.", "31 August"),
    ("The blue paint is out of stock until October, the supplier said.", "October"),
    ("Tickets for the gallery are sold out until mid-May.", "mid-May"),
    ("The Harbour Street pool is currently closed until Easter.", "Easter"),
])
def test_a_state_held_over_a_window_or_until_a_date_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "state's end"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a measure taking effect, with no end told
    ("The hosepipe ban will be in force from 1 July.", "1 July"),
    # told in the past, the date may be the closing's or the reopening's
    ("The Harbour Street pool was closed until 1998, when the council rebuilt it.", "1998"),
    # a closing done on a day
    ("Fire crews closed the road until the evening of 4 May.", "4 May"),
])
def test_a_measure_taking_effect_or_a_past_closing_keeps_its_date(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "state's end"


# --------------------------------------------------------------------------- guidance for a period


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("We are keeping our guidance for the year.", "the year"),
    ("The brewer left its outlook for 2027 unchanged.", "2027"),
])
def test_a_companys_guidance_for_a_period_names_the_period(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "dated thing"


def test_guidance_cut_on_a_day_keeps_the_day() -> None:
    assert "Tuesday" in _dated("Halvard Foods cut its guidance for the year on Tuesday after a poor harvest.")
