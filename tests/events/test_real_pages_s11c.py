"""Kinds of non-event found by reading the events of ten new real web pages (earnings reports, wildfire
and rocket-launch wire reports, a museum notice; kept outside the repository) as an analyst would
(issue 12, real-events-three). Each rule follows the grammar of its kind and is checked on sentences of
our own written in that grammar (never the pages' text) that fail without it, beside sentences of the
same shape that stay events."""

from __future__ import annotations

import re
from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.events.furniture import Furniture
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = date(2024, 5, 10)) -> list:
    return list(extract_document(Document("a.txt", text, "t"), dct=dct).events)


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


# --------------------------------------------------------------------- a plan given up


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a plan's first date, which the sentence says was given up
    ("The vote, originally scheduled for March 4, was held a week later.", "March 4", "superseded plan"),
    ("The concert was initially set for Saturday but moved to the following weekend.", "Saturday", "superseded plan"),
    ("First planned for 2019, the bridge opened in 2021.", "2019", "superseded plan"),
    ("The ferry, which had previously been timetabled for 6 p.m., sailed at dawn.", "6 p.m.", "superseded plan"),
    # a moved happening's old date, before its new one
    ("Heavy rain pushed the final from Sunday to Monday.", "Sunday", "superseded plan"),
    ("The hearing was postponed from June 2 to June 9.", "June 2", "superseded plan"),
    # the new date, the plan still in force, and a move of place keep their dates
    ("The hearing was postponed from June 2 to June 9.", "June 9", None),
    ("First planned for 2019, the bridge opened in 2021.", "2021", None),
    ("The vote was scheduled for March 4.", "March 4", None),
    ("The first match was played on Saturday.", "Saturday", None),
    ("The club moved from the old ground in 1998.", "1998", None),
])
def test_a_plan_given_up_dates_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


def test_a_moved_match_is_dated_by_its_new_day_only() -> None:
    text = ("Cup final moved\n\nMay 8, 2024\n\n"
            "The cup final, originally scheduled for Saturday, May 4, was played on Tuesday after floods "
            "closed the stadium.\n")
    days = {e.begin for e in _events(text, None) if e.begin is not None}
    assert date(2024, 5, 4) not in days, days
    assert date(2024, 5, 7) in days, days


# --------------------------------------------------------------------- a rank in a period's tally


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a copula and an ordinal rank a happening in a period's tally
    ("This will be the museum's third exhibition of the year.", "the year", "tally"),
    ("Sunday's race was the second of five held this season.", "this season", "tally"),
    ("The walkout is the union's fourth this year.", "this year", "tally"),
    ("It was Northfield Rail's first strike of 2023.", "2023", "tally"),
    # the ordinal before the verb, a verb of happening, and a clause of its own after the rank stay
    ("The first launch of the year was on May 3.", "May 3", None),
    ("The team won its fourth title in 2019.", "2019", None),
    ("It was the first iron bridge in the world when it opened in 1779.", "1779", None),
    ("He was the first player signed by the new club in 1987.", "1987", None),
    ("The museum was the first in the county to open on a Sunday, in 1921.", "1921", None),
])
def test_a_rank_in_a_periods_tally_dates_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected


def test_a_ranked_launch_gives_one_event_on_its_day() -> None:
    text = ("Rocket lifts off\n\nMarch 9, 2024\n\n"
            "A supply rocket lifted off from the coast on Friday with food for the station crew. "
            "It was the agency's third launch of the year.\n")
    events = _events(text, None)
    assert [e.begin for e in events if e.begin is not None] == [date(2024, 3, 8)], [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The plan was first proposed in 2017.",
    "The organ was last restored in 1988.",
    "She was first chosen as captain in 2010.",
])
def test_an_ordinal_adverb_of_the_verb_keeps_its_date(sentence: str) -> None:
    year = re.search(r"\d{4}", sentence).group(0)
    assert _role(sentence, year) is None


# --------------------------------------------------------------------- a caption by its credit line

_CREDITED = ("Ferry service resumes after storm\n\n"
             "Deckhands load cargo onto the early ferry at the harbour in Brantmouth\n"
             "Lena Marsh/Coastal Press\n\n"
             "Deckhands load cargo onto the early ferry at the harbour in Brantmouth on March 3, 2022.\n\n"
             "The ferry service resumed on Tuesday after a week of gales had kept boats in port, the operator said.\n")


def test_a_line_against_a_bare_credit_and_its_repeat_are_captions() -> None:
    furniture = Furniture(_CREDITED)
    first = _CREDITED.index("Deckhands")
    again = _CREDITED.index("March 3, 2022")
    story = _CREDITED.index("Tuesday")
    assert furniture.why(first) == "caption"
    assert furniture.why(again, again + len("March 3, 2022")) == "caption"
    assert furniture.why(story) is None


def test_a_captioned_picture_gives_no_event_but_the_story_does() -> None:
    events = _events(_CREDITED, date(2022, 3, 10))
    assert not any("cargo" in e.title.lower() for e in events), [e.title for e in events]
    days = {e.begin for e in events if e.begin is not None}
    assert date(2022, 3, 3) not in days, days
    assert date(2022, 3, 8) in days, days


def test_a_story_paragraph_apart_from_a_credit_stays() -> None:
    text = ("Harbour wall repaired\n\n"
            "Workers finished rebuilding the harbour wall at Brantmouth on March 3, 2022, two months early.\n\n"
            "Lena Marsh/Coastal Press\n\n"
            "Workers finished rebuilding the harbour wall at Brantmouth on March 3, 2022, the council said again "
            "in its spring newsletter.\n")
    days = {e.begin for e in _events(text, date(2022, 3, 10)) if e.begin is not None}
    assert date(2022, 3, 3) in days, days


# --------------------------------------------------------------------- a forecast of a period's figure


@pytest.mark.parametrize(("sentence", "date_text", "expected"), [
    # a verb of forecasting, then a figure for a period named before it
    ("The chain forecast third-quarter sales of about $2 billion.", "third-quarter", "expectation"),
    ("Analysts expect 2025 earnings to rise 8 percent.", "2025", "expectation"),
    ("The firm is projecting fiscal 2026 revenue between $4 billion and $5 billion.", "fiscal 2026", "expectation"),
    # a report of the figure, a dated forecast and a forecast of a happening on a day keep their dates
    ("The chain reported third-quarter sales on Tuesday.", "Tuesday", None),
    ("The agency forecast on Monday that rain would ease.", "Monday", None),
    ("The brewer expects its new plant to open in May.", "May", None),
])
def test_a_forecast_of_a_periods_figure_dates_no_happening(sentence: str, date_text: str, expected: str | None) -> None:
    assert _role(sentence, date_text) == expected
