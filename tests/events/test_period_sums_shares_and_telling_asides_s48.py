"""False events of session 48 (issue 12, events precision), found on pages of our own (``own_texts_s48``)
and on the opened and readable parts: a sum of money lost, earned or spent over a period ("the union lost
£340,000 in 2024", "Parking fines raised $14.6 million in fiscal 2023"), a share of a counted group over a
stretch ("Eleven of the fourteen fixtures reported this week were for Chinese mills"), a figure compared
"up from" an earlier one ("issued five penalties last year, up from two"), results counted as a share of
the games ("won eleven of their twelve games over December and January") and an aside about an earlier
telling ("As I told the Board in November, …"). None is a happening a reader lists: a loss of a year is
listed when it is news of its own, and then the text tells its report ("reported a loss on Thursday"),
which stays. Happenings beside them stay: a sum on one day, money spent on something, money raised by
an appeal, a share's act on one day, and a clause's own date after a telling aside. Our own sentences."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.events.extracted_events import events_of

_DAY = date(2026, 3, 2)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in events_of(text, _DAY)]


def _verbs(text: str, *words: str) -> list[tuple[str, str]]:
    """The events whose title holds a word starting with any of ``words``."""
    return [(t, x) for t, x in _events(text) if any(re.search(rf"\b{w}", t, re.IGNORECASE) for w in words)]


@pytest.mark.parametrize("sentence", [
    "The ferry operator lost £12 million in 2025.",
    "Brenmoor Dairies earned €3.4 million in the first half of the year.",
    "Agency nurses cost the trust £18 million in the first nine months of the year.",
    "The festival made a loss of £46,000 last year.",
    "Legacies brought in £310,000 in 2024.",
    "The club spent £2.1 million in the 2024/25 season.",
    "Ticket sales raised $8.2 million in fiscal 2025.",
    "The group lost 60 million kroner in the July-September period.",
])
def test_a_periods_sum_of_money_is_no_happening(sentence: str) -> None:
    page = "Results\n\nThe board met on 4 February to approve the accounts. " + sentence
    assert _verbs(page, "lose", "earn", "cost", "loss", "bring", "spend", "raise") == [], _events(page)


@pytest.mark.parametrize("sentence", [
    "The chain closed nine stores and lost $80 million in the year to January 2024.",
    "When the yard lost 14 million crowns in the financial year, its owners sold it.",
])
def test_an_undated_periods_sum_is_no_happening_either(sentence: str) -> None:
    page = "A history of the chain\n\nThe first store opened in Harwick in 1961. " + sentence
    assert _verbs(page, "lose") == [], _events(page)


@pytest.mark.parametrize(("sentence", "word"), [
    # a sum on one day is a market move; money spent on something or raised by an appeal is an act
    ("Harrow Foods lost £40 million of its market value on Friday.", "lose"),
    ("Last year the county spent £6 million on new bridges.", "spend"),
    ("A public appeal raised £52,000 in six weeks in 2024.", "raise"),
    ("The council agreed on 3 March to spend £1.1 million on classrooms.", "agree"),
])
def test_a_sum_of_one_day_or_one_act_stays(sentence: str, word: str) -> None:
    page = "News\n\nThe mill closed in 1998. " + sentence
    assert _verbs(page, word), _events(page)


@pytest.mark.parametrize("sentence", [
    "Eleven of the fourteen fixtures reported this week were for Chinese mills.",
    "Nine of our twenty-two monitoring sites failed the bathing standard in the summer.",
    "Seven of the twelve clubs spent less in January than a year earlier.",
    "Four of the seven ferries ran late in March.",
    "Last year the agency issued five penalties, up from two in 2024.",
    "In 2025 the coastguard recorded 37 groundings along the coast, up from 29 the year before.",
    "Otters were found on 51 of the 64 stretches, up from 38 in 2018.",
])
def test_a_share_or_a_compared_figure_over_a_stretch_is_no_happening(sentence: str) -> None:
    page = "Report\n\nThe survey began on 2 January. " + sentence
    titles = [t for t, _ in _events(page)]
    assert titles and all("survey" in t.lower() for t in titles), _events(page)


@pytest.mark.parametrize("sentence", [
    "Two of the four suspects were arrested on Friday.",
    "The two sides agreed on Wednesday to resume talks, and the company offered a rise of 7 percent, up from 4 percent.",
])
def test_a_shares_act_on_one_day_stays(sentence: str) -> None:
    page = "News\n\n" + sentence
    assert any(x for _, x in _events(page)), _events(page)


@pytest.mark.parametrize("sentence", [
    "The Rovers won eleven of their twelve games over December and January.",
    "The Kestrels lost two of their next three matches.",
    "Harlow took four of the last six races before Christmas.",
])
def test_results_counted_as_a_share_of_the_games_are_no_happening(sentence: str) -> None:
    page = "Season review\n\nThe season opened on 19 September with a win at Holm Park. " + sentence
    assert [t for t, _ in _events(page) if "open" not in t.lower()] == [], _events(page)


@pytest.mark.parametrize("sentence", [
    "As I told the Board in November, the recruitment of his successor is led by the regional office.",
    "As we said in our guidance of 14 May 2025, firms that disclose breaches early can expect lower penalties.",
    "As the Union reminded clubs in its September circular, players who strike the head will face a hearing.",
    "As the leader of the council, Cllr Ruth Mensah, told the full council on 4 December, \"Every option is hard.\"",
    "As reported in our issue of 2 June, the hall is owned by the parish.",
    "The levy is paid by every household, as the mayor explained in her letter of 9 January.",
])
def test_an_aside_about_an_earlier_telling_is_no_happening(sentence: str) -> None:
    page = "Chief Executive's report\n\nThe new ward opened on 2 January. " + sentence
    assert [t for t, _ in _events(page) if "ward" not in t.lower()] == [], _events(page)


def test_a_clause_after_a_telling_aside_keeps_its_own_date() -> None:
    page = ("Notice\n\nAs the council explained in its notice of 3 June, the budget was fixed by the Cabinet "
            "on 16 May 2024.")
    assert [e.begin for e in events_of(page, _DAY)] == [date(2024, 5, 16)], _events(page)


def test_a_results_storys_own_sum_stays() -> None:
    # (a results story: its first sentence tells the period's result, the news of its own)
    page = ("Brenmoor profit falls\n\nBrenmoor Dairies earned €3.4 million in the first half of the year, down "
            "from €4.1 million. Its rival Castle Creamery lost €1.2 million in the first half.")
    assert len(_verbs(page, "earn", "lose")) == 2, _events(page)


@pytest.mark.parametrize("line", [
    "For help, call 0300 555 0190 (8am to 8pm).",
    "Media enquiries: press@harbour.example, 020 7946 0112 (9am to 5pm, Monday to Friday).",
    "The helpline, 0800 123 4567, is open from 7am to 11pm every day.",
])
def test_a_contact_lines_hours_are_no_happening(line: str) -> None:
    page = "Heat alert\n\nThe alert was issued on 3 March. " + line
    assert [x for _, x in _events(page)] == ["3 March"], _events(page)
