"""Session 53 (events precision), found on pages of our own (``own_texts_s53p``: a police force's weekly roundup,
a university's admissions release, a tourism board's visitor figures, an airline's quarterly results, a council's
budget consultation report, a museum's programme, a livestock market report) and on the opened and readable
parts: a page saying what it covers, dated by what it reports ("This roundup covers incidents reported to officers
last week", "This bulletin reports visitor numbers for the summer season", "Skyvane Airways today reports its
results for the summer quarter"); many acting, counted ("about 340 residents came to them", "More than 200
parents packed the district office", "about 5,000 people had fled towards the coast since Tuesday"); a share of
the people asked and what they supported or opposed ("Of those who answered, 62 per cent supported a rise",
"and 27 per cent opposed any rise"); a named person's act foreseen, a role and an honorific before the name
("Curator Dr Imogen Hart is expected to give a talk on the opening weekend"); and a habit's hour on days of a kind
("the office opens at 8am on sale days"). None is a happening a reader lists (the gold README: a tally, a
statistic, a forecast, a habit and the page's furniture are left out). Beside them what a reader lists stays: a
report another body publishes, what befell the many, their leaving, a petition they signed, a vote, one day's
hours. Our own sentences."""

from __future__ import annotations

import pytest

# (the same reader as session 50's: the titles of a short page's events holding a word)
from tests.events.test_measures_tallies_and_forecasts_s50 import _titles


# --------------------------------------------------------------------- a page saying what it covers


@pytest.mark.parametrize("sentence, word", [
    ("This bulletin reports passenger numbers for the winter season, December to February.", "bulletin"),
    ("This summary covers complaints received by the ombudsman last month.", "summary|complaint"),
    ("This release reports enrolments for courses starting in January 2027.", "release|enrol"),
    ("Corvel Foods today publishes its results for the first half of 2026.", "publish"),
    ("The trust today reports its performance for the winter.", "report"),
])
def test_a_page_saying_what_it_covers_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, *word.split("|")) == []


@pytest.mark.parametrize("sentence, word", [
    ("This report summarises what the divers found and compares it with the last survey, carried out in 2019.", "report|survey"),
    ("The inquiry will publish its report on 30 September.", "publish"),
    ("The council today reports that the bridge reopened on Friday.", "^the bridge reopen"),
])
def test_another_s_report_and_a_dated_aside_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, *word.split("|"))) == 1


# --------------------------------------------------------------------- many acting, counted


@pytest.mark.parametrize("sentence, word", [
    ("The club held three open evenings in February, and about 450 families came to them.", "famil"),
    ("The gates opened at noon, and more than 3,000 fans queued outside the stadium.", "queue"),
    ("Aid agencies said about 6,000 people had fled towards the hills since Sunday.", "fle"),
    ("The gallery reopened in 2024. More than 40,000 visitors came to the gallery in the year to March.", "visitor"),
])
def test_many_acting_counted_are_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("The river burst its banks on Friday, and around 300 residents were evacuated to the school.", "evacuat"),
    ("Officials ordered the evacuation on Monday. About 1,400 people left by bus and fishing boat.", "left|leave"),
    ("The council announced the closures in May. More than 2,000 residents signed a petition against them.", "sign"),
    ("The club was founded in 1911. In 1912, 40 members walked out in protest.", "walk"),
])
def test_what_befell_the_many_their_leaving_and_a_small_count_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, *word.split("|"))) == 1


# --------------------------------------------------------------------- a share of the asked


@pytest.mark.parametrize("sentence, word", [
    ("The consultation closed in January. Of those who replied, 58 per cent supported a fare rise in 2027.", "support|of those"),
    ("Among tenants asked last autumn, 64 percent opposed the sale of the estate in 2025.", "oppos|among"),
    ("Of the parents asked in March, 71% favoured a later start, and 22% opposed it.", "favour|oppos|of the"),
])
def test_a_share_of_the_asked_is_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, *word.split("|")) == []


@pytest.mark.parametrize("sentence, word", [
    ("Members backed the strike by 81 per cent to 19 in a ballot on 2 May.", "back"),
    ("Councillors voted 23 to 18 on Tuesday to support the plan.", "vot"),
])
def test_a_vote_stays(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1


# --------------------------------------------------------------------- a named person foreseen, a habit's days


@pytest.mark.parametrize("sentence, word", [
    ("Curator Dr Imogen Hart is expected to give a talk on the opening weekend.", "talk"),
    ("The chapter elected a new dean in May. Canon Dr Paul Okafor is expected to preach on Easter Sunday.", "preach"),
    ("The kiosk opens at 8am on market days.", "open"),
    ("The car park gates close at 6pm on match days.", "close"),
])
def test_a_named_person_foreseen_and_a_habit_s_days_are_no_happening(sentence: str, word: str) -> None:
    assert _titles(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("The Rowan Trust is expected to name its new director on 14 May.", "name"),        # a body
    ("The stand was closed at 6pm on both days of the festival in June.", "clos"),     # two days told
    ("The new library opens at 9am on 3 April.", "open"),                             # one day
])
def test_a_body_foreseen_and_one_day_s_hours_stay(sentence: str, word: str) -> None:
    assert len(_titles(sentence, word)) == 1
