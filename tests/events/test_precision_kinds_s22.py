"""Kinds of non-event found on new text of genres the never-opened sets hold (a how-to with a
schedule, an FAQ, an "About us" page, a wiki-style article, a letters page; session twenty-two,
issue 12, event precision). Each kind is checked on sentences of our own, written for these tests,
beside sentences of the same shape that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles_figures import measure_of_a_period
from explorer.events.date_roles_generic import holds_every_year
from explorer.events.no_single_happening import tells_no_single_happening
from explorer.ingest import extract_document
# (the same readers as session nineteen's: the dates of the events built from a text, and a date's role)
from tests.events.test_precision_kinds_s19 import _dated, _role


# --------------------------------------------------------------------- what holds every year


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Farmers plant in spring.", "spring"),
    ("Most gardeners sow carrots in early summer.", "early summer"),
    ("In spring, hill farmers move their flocks to the high pastures.", "spring"),
    ("Angling is permitted from March to October.", "March to October"),
    ("Swimming is allowed between June and September.", "June and September"),
    ("Dogs are banned from the beach from May to September.", "May to September"),
    ("Migrating geese arrive on the estuary in autumn.", "autumn"),
    ("Sow peas outdoors early, though any mild week in March will do.", "March"),
])
def test_what_a_class_does_every_year_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) == "habit"


@pytest.mark.parametrize(("sentence", "date_text"), [
    # a named or definite subject: one happening, told in the present for the future
    ("The museum reopens in spring.", "spring"),
    ("The council will meet between June and September.", "June and September"),
    # a past, and a bare plural that did something once
    ("Farmers planted barley in spring.", "spring"),
    ("Residents protested from March to May.", "March to May"),
    ("Workers at the plant went on strike from June to August.", "June to August"),
    # a single month: news' present for the future
    ("Energy bills rise in April.", "April"),
    # a date that opens a run: the change of schedule is a happening
    ("From spring, buses run every hour.", "spring"),
    # "the spring" is as often the coming one
    ("Talks between the unions resume in the spring.", "the spring"),
])
def test_a_happening_in_a_season_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) is None


def test_holds_every_year_reads_the_date_and_the_clause() -> None:
    assert holds_every_year("Walkers flock to the ridge in ", "summer", ".")
    assert not holds_every_year("Walkers flock to the ridge in ", "summer 2019", ".")  # a year: one summer
    assert not holds_every_year("The walkers flocked to the ridge in ", "summer", ".")
    assert holds_every_year("In ", "winter", ", otters hunt along the lower river.")
    assert not holds_every_year("In ", "winter", ", the otters were seen again.")


# --------------------------------------------------------------------- a measure of a period told as a figure


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The average water bill last year was £389, against £441 in the county.", "last year"),
    ("The typical rent in 2022 was about $1,650 a month.", "2022"),
    ("Last year the median wage was £29,400.", "Last year"),
    ("The number of burglaries in 2021 was 1,312.", "2021"),
])
def test_a_measure_of_a_period_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) == "tally"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The cost of the bridge was raised in 2019.", "2019"),  # a raising, no figure
    ("The fare was cut to £2 in March.", "March"),  # a cut told with its figure: a decision
])
def test_a_measure_changed_on_a_date_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


def test_measure_of_a_period_reads_the_measure_and_the_figure() -> None:
    assert measure_of_a_period("The average fare in ", " was £3.20.")
    assert not measure_of_a_period("The average fare in ", " was popular.")
    assert not measure_of_a_period("The operator in ", " was £3.20 richer.")  # no measure named
    assert measure_of_a_period("In ", ", the average fare was £3.20.")


# --------------------------------------------------------------------- how many a service took in over a period


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The food bank helped 2,900 families through the winter appeal in 2023.", "2023"),
    ("The refuge housed 140 women last year.", "last year"),
    ("The gallery received 85,000 visitors in 2022.", "2022"),
    ("The clinic treated more than 4,000 patients in the first quarter.", "the first quarter"),
])
def test_how_many_a_service_took_in_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) == "tally"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The food bank helped a stranded family in 2023.", "2023"),  # no count: one act
    ("The gallery received a gift of 40 prints in 2022.", "2022"),  # what was received is no count of people
])
def test_a_service_doing_one_thing_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


# --------------------------------------------------------------------- a statement of a wish or a feeling


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("In a talk last month, the potter said she had always wanted to work with porcelain.", "last month"),
    ("The coach said on Saturday that his players felt let down.", "Saturday"),
    ("The owner told the paper in 2019 that he loved the old mill.", "2019"),
    ("The keeper admitted on Friday that she regretted the decision.", "Friday"),
])
def test_a_statement_of_a_wish_or_a_feeling_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    # the reported clause has a verb of its own before the date: that happening's date
    ("Police said they believed the barn was set alight on Tuesday night.", "Tuesday night"),
    ("The owner told the paper that he loved the mill, and he sold it in 2021.", "2021"),
])
def test_a_happening_told_beside_a_feeling_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)



# --------------------------------------------------------------------- a count "had" over a stretch running now


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The valley has had two flash floods in the past five years.", "the past five years"),
    ("The ward has had 14 burglaries this year.", "this year"),
    ("The school has had several head teachers over the last decade.", "the last decade"),
])
def test_a_count_had_over_a_running_stretch_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) == "tally"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The council has had talks with the owners this week.", "this week"),  # no count: one happening
    ("The club has signed two strikers this summer.", "this summer"),  # two acts a reader may list
    ("The town had two mayors in 1921.", "1921"),  # no stretch running now
])
def test_a_happening_told_with_have_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)


# --------------------------------------------------------------------- a live page speaking to its reader


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 2, 8)).events]


def test_a_live_pages_greeting_and_timetable_are_no_happenings() -> None:
    page = ("Flooding in the valley: live updates\n\n"
            "18:10 — That's all for today. Thanks for following. The blog will return at 8am tomorrow.\n\n"
            "16:40 — The river authority has opened two rest centres in the town.\n\n"
            "08:00 — Good morning. Welcome to our live coverage of the floods.\n")
    titles = " / ".join(_titles(page))
    assert "rest centres" in titles
    assert "blog" not in titles.lower() and "good morning" not in titles.lower() and "welcome" not in titles.lower()


def test_the_page_speaking_is_read_from_the_title() -> None:
    assert tells_no_single_happening("Good morning")
    assert tells_no_single_happening("Our live coverage resumes")
    assert tells_no_single_happening("Thank you for following")
    assert not tells_no_single_happening("The show returns to the stage")  # a programme's own happening
    assert not tells_no_single_happening("Good Morning Britain's presenter resigns")


# --------------------------------------------------------------------- a possibility warned of


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Engineers are repairing the cable but warn that some homes may be cut off overnight.", "overnight"),
    ("Crews are clearing the line but say services could be disrupted on Sunday.", "Sunday"),
    # (not "might have drifted": a "might have" was read as a possibility before this rule)
    ("The coastguard is searching the bay and fears the boat may be lost by Friday.", "Friday"),
])
def test_a_possibility_warned_of_is_no_happening(sentence: str, date_text: str) -> None:
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)
    assert _role(sentence, date_text) == "possibility"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Engineers warned that homes may be cut off, but power returned on Sunday.", "Sunday"),  # a clause of its own
    ("She said the factory, which closed in 2019, could reopen.", "2019"),  # the date's own clause
])
def test_a_happening_beside_a_warning_stays(sentence: str, date_text: str) -> None:
    assert date_text in _dated("The depot reopened on Monday. " + sentence)
