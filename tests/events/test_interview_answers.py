"""An unlabelled question-and-answer interview's "I" is the one person its headline names (our own
pages, in several registers: a craft profile, a sports Q&A, a chef's interview)."""

from __future__ import annotations

import pytest

from explorer.events.titles.interview_answers import interviewee_for_i


def _extracted(tmp_path, text: str) -> list[str]:
    from explorer.ingest import extract_paths

    (tmp_path / "page.txt").write_text(text)
    return [e.title for e in extract_paths([str(tmp_path)], jobs=1).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Starting over at forty: the glassblower Tove Lind on furnaces and failure\n\nInterview by Sam Reyes | 3 May 2026\n\n"
     "How did you begin?\nIn a barn, mostly. I opened a studio in a former dairy in 2012.\n", "Tove Lind opens a studio in a former dairy"),
    ("Five minutes with Kofi Mensah, the Harriers' new captain\n\nWords by Ella Shaw\n\n"
     "When did you first play?\nAt school. I joined the club's under-12 side in 2009.\n", "Kofi Mensah joins the club's under-12 side"),
    ("“Salt is everything”: chef Nadia Brook on her first restaurant\n\nBy Leo Park\n\n"
     "Where did you train?\nIn Lyon, mostly. I opened my own kitchen in March 2019.\n", "Nadia Brook opens her own kitchen"),
])
def test_an_answers_i_is_the_headlines_person(tmp_path, text: str, title: str) -> None:
    assert title in _extracted(tmp_path, text)


@pytest.mark.parametrize("before", [
    # no question before the answer: a first-person essay, whose "I" the page does not name so
    "Starting over: the glassblower Tove Lind on furnaces\n\nBy Sam Reyes\n\nIt was a long winter. ",
    # the headline names two people: whose "I" is not known
    "Tove Lind and Kofi Mensah on starting over\n\nBy Sam Reyes\n\nHow did you begin?\n",
    # the headline names only the interviewer's credit
    "Starting over at forty, by Sam Reyes\n\nAn interview\n\nHow did you begin?\n",
])
def test_no_name_when_the_page_does_not_tell_whose_i(before: str) -> None:
    assert interviewee_for_i("I bought a furnace in 2012", before) == "I bought a furnace in 2012"


def test_the_question_must_come_just_before_the_answer() -> None:
    before = ("Meet Tove Lind, glassblower\n\nBy Sam Reyes\n\nHow did you begin?\nBy accident.\n"
              "Later that year the studio moved.\nNobody expected it.\n")
    assert interviewee_for_i("I bought a furnace in 2012", before) == "I bought a furnace in 2012"
    assert interviewee_for_i("I bought a furnace in 2012", before.split("Later")[0]) == "Tove Lind bought a furnace in 2012"
