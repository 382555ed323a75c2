"""Kinds of non-event found by reading the events of twenty new real web pages (an obituary, court and
jury blogs, a city charter, school match reports, a press-release template, shooting and arrest wire
reports, a board's appointments, an election explainer; kept outside the repository) as a reader would
(issue 12, real-precision, session 12). Each rule is stated by grammar or typography and checked on
sentences of our own in several phrasings that fail without it, beside sentences of the same shape
that must stay events."""

from __future__ import annotations

import re

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2024, 5, 10)) -> list:
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _titles(sentence: str) -> list[str]:
    return [e.title for e in _events(f"Notes\n\n{sentence}\n")]


# --------------------------------------------------------------------- questions, rules, guesses, glosses


@pytest.mark.parametrize("sentence", [
    # a question asks; it tells nothing
    "How did the council approve the budget on June 3?",
    "Did the mayor resign in March after the audit?",
    "Why was the bridge closed on Tuesday?",
    # a rule laid down by a statute or a charter
    "The council shall adopt the budget on or before June 30.",
    "The clerk shall publish the notice by the first Monday of March.",
    # a guess, hedged or put by a verb of guessing
    "I speculated that perhaps the fire had started in the kitchen on Monday.",
    "I don't know how it works, but I speculated that perhaps the boy had been sentenced to probation.",
    "Perhaps the thieves entered through the roof on Sunday night.",
    "Maybe the letter was lost in the post last week.",
    # a definition or a consequence in the present
    "Manslaughter means the victim was killed without intent.",
    "That means if prices rise in the autumn and the bank acts, families will pay more.",
    # how things stand now
    "There's a warrant out for his arrest.",
])
def test_what_is_asked_ruled_guessed_or_glossed_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The council approved the budget on June 3.",
    "The roof gave way on Monday, perhaps because of the snow.",
    "The fire started in the kitchen on Monday.",
    "The court convicted him of manslaughter on Monday.",
    # a past consequence tells its happening ("meant", not "means")
    "The drought in July meant we were buying hay by September.",
    "The mayor asked on Tuesday why the bridge was closed.",
    # a past "there was" (a title puts it in the present) and a guess that governs no clause of its own
    "There was no resistance when the mayor on 9 November declared the town a free port.",
    "The general correctly guessed what the rebels were up to and cancelled the attack on 14 November.",
])
def test_the_same_shapes_told_as_happenings_stay(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- templates and titles with their year


@pytest.mark.parametrize("text", [
    "Press kit\n\n{CITY}, {COUNTRY}, {MONTH} {DAY}, {YEAR} - {COMPANY_NAME} today announced it has acquired "
    "{TARGET_NAME}, a maker of garden tools, in a deal that closed on {CLOSING_DATE}.\n",
    "Press kit\n\n[Place, date]. [Business Name], a bakery, has acquired [acquired business name] today; the deal "
    "was signed last week.\n",
    "Guides\n\nA starter guide to council budgets (2025)\n\nUpdated\n\nShort notes for readers.\n",
    "Guides\n\nWalking tour of the old docks [March 2019]\n\nMap below.\n",
])
def test_template_blanks_and_a_title_with_its_year_are_furniture(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    # an editor's two insertions in a quotation, and a bracketed year inside a sentence, stay the story's
    "Notes\n\n'[The council] approved the plan [on Monday],' she said on Tuesday.\n",
    "Notes\n\nThe abbey was founded by monks (1132)\n\nThe town grew around it.\n",
    "Notes\n\nThe council approved the budget in May (2019).\n",
])
def test_a_story_line_with_brackets_stays(text: str) -> None:
    assert len(_events(text)) >= 1


# --------------------------------------------------------------------- indirect questions


@pytest.mark.parametrize("sentence", [
    "After the hearing, the defendant asked what time he was supposed to be back the next day.",
    "She wondered whether the bus had left on Monday.",
    "The residents want to know when the works will start in May.",
])
def test_what_an_indirect_question_asks_about_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The mayor asked on Tuesday why the bridge was closed.",
    "The council asked residents in March to save water.",
])
def test_a_dated_asking_stays(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- a time restated in brackets


@pytest.mark.parametrize("sentence", [
    "The crash occurred at around 04:10 p. m. local time (21:10 GMT) on Friday.",
    "The talks ended at 11 p.m. on Monday (5 a.m. Tuesday in Tokyo).",
    "The plane landed at 07:40 (05:40 GMT) on Sunday after a long delay.",
])
def test_a_time_restated_in_brackets_is_one_event(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- a saying's venue and a time preposition


@pytest.mark.parametrize("sentence", [
    "The fire started shortly after 4 a.m., the fire chief said in a news conference Tuesday night.",
    "Part of the roof collapsed just before 9 p.m. on Sunday, officials said Monday.",
    "The ferry ran aground on Saturday, the operator said in a statement Sunday.",
])
def test_a_report_beside_its_happening_is_no_second_event(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


def test_a_report_alone_and_a_meeting_with_the_press_stay() -> None:
    assert len(_titles("The company said in a statement on Friday that it had hired a new auditor.")) == 1
    assert len(_titles("The mayor spoke at a news conference on Tuesday after the storm hit on Sunday.")) == 2


# --------------------------------------------------------------------- wishes and how things stand today


@pytest.mark.parametrize("sentence", [
    "He also noted that he would like to discuss the salary in March.",
    "We'd love to reopen the pool by the summer.",
    "The mill was later restored and this is the building on the site today.",
    "It became the stronghold of the clan and still today, round its base you can see the old wall.",
    "The old hall now houses a museum of farm tools.",
])
def test_a_wish_and_a_state_of_today_are_no_events(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The council votes today on the budget.",
    "The minister resigned today after the vote.",
    "The minister is expected to resign today.",
])
def test_a_happening_of_today_stays(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- a named work's year


@pytest.mark.parametrize("sentence", [
    "The head reported on the 2017-18 Annual Report and on the new roof.",
    "The 1958 Town Hall needs a new roof, the council said.",
])
def test_a_year_naming_a_made_thing_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The 2016 election was won by the mayor.",
    "The club won the 2019-20 league title.",
])
def test_a_year_naming_a_happening_stays(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- a happening's end told after its start


def test_a_happening_that_went_on_until_a_later_day_is_one_event_over_its_days() -> None:
    events = _events("Notes\n\nThe protest started on 3 May and went on until 9 May.\n")
    assert [(e.begin, e.end) for e in events] == [(date(2024, 5, 3), date(2024, 5, 9))]


@pytest.mark.parametrize("sentence", [
    # told in a main clause: in a relative clause ("The storm, which struck … and continued until …,
    # flooded the town") the clause is a happening of its own, told of its noun (events/relative_dates.py)
    "The first storm struck near midnight on Saturday, May 25 and continued until about 4 p.m.",
    "The siege began in 264 BC and lasted until 262 BC.",
])
def test_a_happening_and_its_end_are_one_event(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "The first storm struck near midnight on Saturday and continued until about 4 p.m.",
    "The ferry docked nearly at noon on Friday.",
    "The fire broke out roughly at midnight on Monday.",
])
def test_a_word_of_nearness_goes_with_the_time_it_leads(sentence: str) -> None:
    """"struck near midnight": 'near' belongs to the time, which a title leaves out ('strikes near')."""
    for title in _titles(sentence):
        assert not re.search(r"\b(?:near|nearly|roughly)\b", title), title


def test_an_end_of_its_own_stays_apart() -> None:
    # (session 59 decision: a state told up to a year with 'until' is no event (about 20 such states in the gold, by several writers, none listed): "stayed open until 1975" is a state;
    # the closing, when told, is its own event)
    assert len(_titles("The hall opened in 1901 and stayed open until 1975.")) == 1
    assert len(_titles("The hall opened in 1901 and closed in 1975.")) == 2
    assert len(_titles("The league was founded on 2 March and lasted until 9 November, 1921.")) == 2


# --------------------------------------------------------------------- a caption over its credit line, a baseline


def test_a_caption_over_an_agency_and_paper_credit_is_furniture() -> None:
    text = ("Bakery profits rise\n\n"
            "Bakers pose for pictures at the new oven in the harbour hall on Thursday.\n"
            " (Wire Service / The Harbour Post)\n\n"
            "The bakery chain said on Friday that its profit rose 12 percent in the second quarter, helped "
            "by new shops in the north and a strong summer of sales across all of its cafes.\n")
    titles = [e.title for e in _events(text)]
    assert not any("pose" in t for t in titles), titles
    assert any("profit" in t.lower() or "says" in t for t in titles), titles


@pytest.mark.parametrize("sentence", [
    "In the same period last year, the bakery earned $1.2 million.",
    "That compares with a profit of $185 million in the same quarter a year ago.",
])
def test_a_comparison_baseline_is_no_event(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The bakery earned $3 million in the third quarter.",
    "The same month last year the bridge collapsed.",
])
def test_a_figure_of_its_own_period_and_a_happening_stay(sentence: str) -> None:
    assert len(_titles(sentence)) == 1


# --------------------------------------------------------------------- a quarter's results told twice


def test_a_quarters_results_told_again_in_the_next_sentence_are_one_event() -> None:
    events = _events("Results\n\nThe dairy said third-quarter earnings rose 9 percent. The cooperative said "
                     "third-quarter net income rose to $12 million. In the third quarter of last year, it took a "
                     "charge of $2 million.\n")
    assert len(events) == 2, [e.title for e in events]
    assert len(events[0].mentions) == 1


def test_another_business_or_another_period_stays_apart() -> None:
    assert len(_titles("The bakery earned $3 million in the third quarter. Its rival lost $1 million in the third "
                       "quarter.")) == 2
    assert len(_titles("The bakery earned $3 million in the third quarter. It lost $1 million in the second "
                       "quarter.")) == 2


# --------------------------------------------------------------------- an archive's record header


def test_a_line_of_labelled_record_fields_is_furniture() -> None:
    text = ("THE HARBOUR POST Copyright (c) 1998, Post Co. DATE: Friday, May 8, 1998 TAG: 9805080012 "
            "SECTION: LOCAL PAGE: B2 EDITION: FINAL\n"
            "The ferry company said its spring sailings rose 8 percent.\n")
    assert not any(e.timex == "Friday, May 8, 1998" for e in _events(text, None))


def test_labels_inside_a_story_line_stay() -> None:
    text = "Notes\n\nNOTE: The council met on Monday. UPDATE: It voted to close the pool.\n"
    assert any(e.timex == "Monday" for e in _events(text))


# --------------------------------------------------------------------- a reporting period named by its last day


def test_a_period_named_by_its_last_day_is_no_second_event() -> None:
    titles = _titles("The dairy said on Thursday that it earned $2.5 million in the quarter that ended on March 31.")
    assert len(titles) == 1, titles


def test_an_ending_that_happened_stays() -> None:
    assert len(_titles("The strike ended on March 31 and the miners returned on April 2.")) == 2
    assert len(_titles("For the three months that ended March 31, the dairy earned $2.5 million.")) == 1
