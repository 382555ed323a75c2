"""Kinds of non-event found on new text of the never-opened genres (a statistics report, a policy
explainer, a council budget, a profile; session nineteen, issue 12, event precision). Each kind is
checked on sentences of our own, written for these tests, beside sentences of the same shape that
stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2025, 6, 12)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


def _role(sentence: str, date_text: str) -> str | None:
    at = sentence.index(date_text)
    return date_role(sentence, at, at + len(date_text))


# --------------------------------------------------------------------- a measure's new figure or total over a period


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Deaths on the county's roads fell to 87 last year.", "last year"),
    ("Diesel prices came down nearly three cents a litre over the past month.", "the past month"),
    ("Tourist numbers rose from 61,000 to 74,500 in 2022.", "2022"),
    ("Grain exports climbed to $1.8 billion in the first quarter.", "the first quarter"),
    ("Fines collected by the port totalled about £410,000 in 2019.", "2019"),
    ("Hospital waiting times averaged 19 weeks during the winter.", "the winter"),
])
def test_a_measures_new_figure_or_total_over_a_period_is_a_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "trend"
    assert date_text not in _dated("The depot reopened on Monday. " + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Shares in the ferry line fell to 212 pence on Thursday.", "Thursday"),  # a day's move
    ("The river rose to 6.1 metres in March 1953 and flooded the quay.", "March 1953"),  # a flood's height
    ("The general rose to power in 1961.", "1961"),  # no figure
    ("The club climbed to third in April.", "April"),  # a rank
    ("The brewer said its sales rose to £12 million in 2024.", "2024"),  # results told by the company
])
def test_a_days_move_a_height_or_a_rank_is_no_statistic(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Voter turnout rose to 58 percent in 2021.", "2021"),  # a rate's level: the election's measure
    ("The operator said passenger numbers rose to 3.2 million in the year.", "the year"),  # a report's figures
])
def test_a_rates_level_or_a_reports_figure_is_left_to_other_rules(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "trend"
