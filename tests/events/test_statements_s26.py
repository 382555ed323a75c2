"""A plain statement's date is no happening's when what was said is only foreseen or a state, wherever the
saying stands: after what was said ("…, the ministry said on Tuesday"), with a word on how it was said
("said privately on Thursday"), or with an aside inside what was said ("the bridge, which carries …,
is unsafe"). What was said as done keeps the saying's date (the gold README's statement convention).
A page's line that introduces the statements it reproduces ("Following are statements made Friday by
…") dates no happening either."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 14)).events if e.timex]


_OPENING = "The harbour reopened on 2 March. "


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The new envoy, a veteran of two earlier missions, is also expected to travel to Lisbon, "
     "the ministry's spokeswoman said at a weekly briefing on Tuesday.", "Tuesday"),
    ("The ferry service will remain suspended until the channel is dredged, port officials said Monday.", "Monday"),
    ("A clerical error could cost the club about 80,000 euros, the league said on Wednesday.", "Wednesday"),
    ("The two lenders are likely to merge, analysts told reporters on Thursday.", "Thursday"),
])
def test_a_foreseen_content_before_a_trailing_saying_gives_the_saying_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in _dated(_OPENING + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Two fishermen were rescued off the point, the coastguard said on Sunday.", "Sunday"),
    ("The council has closed the old pool, a spokesman said on Monday.", "Monday"),
    ("The mill, which opened in 1921, will close its doors in June, its owners said on Tuesday.", "June"),
])
def test_a_done_act_or_a_dated_plan_before_a_trailing_saying_keeps_its_date(sentence: str, date_text: str) -> None:
    assert date_text in _dated(_OPENING + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Diplomats said privately on Thursday that the union has been pressing hard for a deal.", "Thursday"),
    ("The treasurer said flatly on Monday that the accounts are in order.", "Monday"),
    ("Officials said on Friday that the bridge, which carries 30,000 cars a day, is unsafe.", "Friday"),
    ("A navy spokesman said Thursday that the 40 ships now in the strait will remain until the talks end.", "Thursday"),
    ("The coach said on Sunday that his two strikers, both out since January, will stay on the bench.", "Sunday"),
])
def test_a_state_or_foreseen_content_after_a_leading_saying_gives_no_event(sentence: str, date_text: str) -> None:
    assert date_text not in _dated(_OPENING + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The mayor said publicly on Monday that she had resigned from the board.", "Monday"),
    ("Officials said on Friday that the bridge, which carries 30,000 cars a day, was closed to traffic.", "Friday"),
    ("A spokesman said Thursday that the king assured him the port would close.", "Thursday"),
])
def test_a_done_content_after_a_leading_saying_keeps_the_sayings_date(sentence: str, date_text: str) -> None:
    assert date_text in _dated(_OPENING + sentence)


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Following are statements made Friday and Thursday by the mayor, the harbour master and the minister.", "Friday"),
    ("Following are remarks given on Tuesday by the two party leaders after the vote.", "Tuesday"),
    ("Here is the text of the statement the ministry issued on Wednesday.", "Wednesday"),
    ("The following are excerpts from the speech the governor gave at the dock on Monday.", "Monday"),
    ("Below is a transcript of the interview the coach gave on Sunday.", "Sunday"),
])
def test_a_line_introducing_reproduced_statements_dates_no_happening(sentence: str, date_text: str) -> None:
    assert _dated(_OPENING + sentence) == ["2 March"]


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Following the storm on Tuesday, the ferry crossing was cancelled.", "Tuesday"),
    ("The statement issued on Wednesday angered the dockers' union.", "Wednesday"),
])
def test_a_happening_after_following_or_a_statement_keeps_its_date(sentence: str, date_text: str) -> None:
    assert date_text in _dated(_OPENING + sentence)


def test_a_wire_storys_dateline_before_the_introducing_line_changes_nothing() -> None:
    text = ("NEWARK, N.J. _ Following are statements made Friday and Thursday by the county prosecutor and the "
            "mayor in response to the report.\n\nThe county's task force was created on 3 March.")
    assert _dated(text) == ["3 March"]
