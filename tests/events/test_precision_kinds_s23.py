"""Kinds of non-event found on new text of genres the never-opened sets hold (a wire story on a
settled strike, a council budget, a court ruling, an accord; session twenty-three, issue 12, event
precision). Each kind is checked on sentences of our own, written for these tests, beside sentences
of the same shape that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.instrument_terms import dates_an_instruments_term
from explorer.ingest import extract_document
# (session nineteen's reader of a date's role)
from tests.events.test_precision_kinds_s19 import _role


def _events(text: str, dct: date | None = date(2025, 6, 12)) -> list[tuple[str, str]]:
    return [(e.timex, e.title) for e in extract_document(Document("a.txt", text, "t"), dct=dct).events]


def _term(text: str, date_text: str) -> bool:
    at = text.rindex(date_text)
    start = text.rfind(". ", 0, at)
    return dates_an_instruments_term(text, 0 if start < 0 else start + 2, at)


# --------------------------------------------------------------------- what a written instrument provides


@pytest.mark.parametrize(("text", "date_text"), [
    ("The settlement lifts wages by 5 percent from October.", "October"),
    ("The new contract gives nurses an extra day of leave from next year.", "next year"),
    ("The ruling bars the mayor from standing in the 2027 election.", "2027"),
    ("The bill would ban disposable vapes from January.", "January"),
    ("The treaty commits both navies to joint patrols from the spring.", "the spring"),
    ("The budget freezes council tax until April 2027.", "April 2027"),
    ("The accord will also let lorries cross at night from 1 August.", "1 August"),
    ("Our warranty covers repairs until the end of 2028.", "the end of 2028"),
    # "it" for the instrument the sentence before named
    ("Union members approved the deal on Friday. It cuts the working week to 35 hours from March.", "March"),
])
def test_a_date_in_an_instruments_terms_is_no_happening(text: str, date_text: str) -> None:
    assert _term(text, date_text)
    assert date_text not in [timex for timex, _ in _events("The strike ended on Monday. " + text)]


@pytest.mark.parametrize(("text", "date_text"), [
    # the instrument's own life: a change of state, told with its date
    ("The settlement takes effect on 1 October.", "1 October"),
    ("The treaty expires in 2031.", "2031"),
    ("The new contract comes into force in January.", "January"),
    # a history tells what a law did, in the past
    ("The act required every parish to keep a register from 1813.", "1813"),
    # a verb of the date's own after the term's: a thing dated by its own happening
    ("The budget sets aside money to repair bridges damaged in the March storms.", "March"),
    ("The warranty covers only machines bought after June 2024.", "June 2024"),
    # a subject that names no instrument; "it" after a sentence that names none
    ("The union raises its demands every spring.", "spring"),
    ("Nurses walked out on Friday. It cuts the working week to 35 hours from March.", "March"),
    # the date before the term's verb is the instrument's own
    ("The deal, signed in Geneva on 4 May, gives the monitors access to the border.", "4 May"),
])
def test_an_instruments_own_happenings_stay(text: str, date_text: str) -> None:
    assert not _term(text, date_text)


def test_a_noun_happening_inside_the_terms_is_no_undated_event() -> None:
    # "the election" named inside what a ruling provides is no happening of the story's
    titles = [title for _, title in _events(
        "A court convicted the mayor of fraud on Tuesday. The ruling bars him from standing in next year's election.")]
    assert not [t for t in titles if "election" in t.lower()]
    assert [t for t in titles if "convict" in t.lower()]


# --------------------------------------------------------------------- a quality held every year


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The island is lovely in May.", "May"),
    ("Our reading room is always warm in winter.", "winter"),
    ("The lake is very still during autumn.", "autumn"),
    ("Honestly, the old town is too hot in August.", "August"),
])
def test_a_quality_told_of_a_yearless_season_or_month_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "habit"
    assert date_text not in [timex for timex, _ in _events("The ferry sank on Monday. " + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The gallery reopens in May.", "May"),            # a verb: news' present for the future
    ("The square is closed in August.", "August"),     # a participle: a closure, not a quality
    ("The vote is due in June.", "June"),              # a plan
    ("The shop is badly damaged in March.", "March"),  # an adverb before a participle
    ("The road was impassable in winter.", "winter"),  # a past: that winter's
    ("The harbour will be busy in August.", "August"), # a future
])
def test_a_happening_or_a_plan_in_a_season_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "habit"


# --------------------------------------------------------------------- a bulletin's own lines


@pytest.mark.parametrize("lines", [
    "Issued: 07:30 Tuesday 3 March 2026\nValid until: 18:00 Sunday 8 March 2026",
    "Valid from: 06:00 Monday 2 March\nNext update: 14:00 on Wednesday",
])
def test_a_bulletins_issue_and_validity_lines_are_furniture(lines: str) -> None:
    text = f"Flood warning for the lower valley\n\n{lines}\n\nThe river burst its banks at Hollow Ford on Monday."
    assert [timex for timex, _ in _events(text)] == ["Monday"]


@pytest.mark.parametrize("line", ["Next report: 11 March 2026.", "Next bulletin due: 11 March 2026"])
def test_a_bulletins_next_issue_at_its_foot_is_furniture(line: str) -> None:
    text = f"The river burst its banks at Hollow Ford on Monday. Crews pumped water out of the school.\n\n{line}"
    assert [timex for timex, _ in _events(text)] == ["Monday"]


def test_the_next_report_told_in_a_sentence_is_read_as_a_sentence() -> None:
    from explorer.events.furniture import Furniture

    text = "The river burst its banks on Monday.\n\nThe next update will be published on Wednesday at 14:00."
    assert Furniture(text).why(text.index("Wednesday")) is None


# --------------------------------------------------------------------- a duty or a forecast, reported or labelled


@pytest.mark.parametrize("sentence", [
    "The trust says it must cut 300 posts next year.",
    "The inspector warned that the owners must repair the wall by June.",
    "Both unions said members must vote before Friday.",
])
def test_a_reported_duty_is_no_happening(sentence: str) -> None:
    dated = [timex for timex, _ in _events("The hospital closed a ward on Monday. " + sentence)]
    assert dated == ["Monday"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a guess at what happened is no duty
    ("Police said the driver must have fallen asleep at 3am.", "3am"),
    # the date before the duty is the saying's: a quoted statement, dated
    ("The minister said on 9 March: \"We must all learn to share the river.\"", "9 March"),
    # a new clause after the duty has a happening of its own
    ("The trust says it must repay the loan, which it took out in 2021.", "2021"),
])
def test_a_happening_beside_a_reported_duty_stays(sentence: str, date_text: str) -> None:
    assert date_text in [timex for timex, _ in _events("The hospital closed a ward on Monday. " + sentence)]


@pytest.mark.parametrize("line", [
    "Lena Ostby, chief financial officer: We expect capital spending of about 40 million this year.",
    "MARK HOLT: We now forecast a loss in the second half of 2026.",
    "Operator: We anticipate a dividend in the autumn.",
])
def test_a_forecast_under_a_speaker_label_is_no_happening(line: str) -> None:
    text = f"Corvane reported first-half results on Tuesday.\n\n{line}"
    assert [timex for timex, _ in _events(text)] == ["Tuesday"]


def test_an_act_told_under_a_speaker_label_stays() -> None:
    text = "Corvane reported first-half results on Tuesday.\n\nLena Ostby, chief financial officer: We repaid the bond in April."
    assert "April" in [timex for timex, _ in _events(text)]


# --------------------------------------------------------------------- what a kind of person does at a time of day


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Most adults nap in the afternoon.", "the afternoon"),
    ("Patients who take the pill at night sleep better.", "night"),
    ("Office workers who skip lunch at midday eat more sweets.", "midday"),
    ("People who walk in the early morning report less back pain.", "the early morning"),
])
def test_a_part_of_the_day_told_of_a_class_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "habit"
    assert date_text not in [timex for timex, _ in _events("The clinic opened on Monday. " + sentence)]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Workers who walked out in the afternoon were sacked.", "the afternoon"),  # a past
    ("The minister visits the site in the afternoon.", "the afternoon"),          # a definite subject
    ("Heavy rain fell in the afternoon.", "the afternoon"),
])
def test_a_happening_at_a_time_of_day_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "habit"


def test_a_study_told_after_a_habit_keeps_its_own_date() -> None:
    # the habit's time of day no longer takes the sentence's event from the study's publication
    text = ("Adults who sleep for an hour in the afternoon score higher on memory tests, "
            "a study published on Tuesday suggests.")
    assert [timex for timex, _ in _events(text)] == ["Tuesday"]
