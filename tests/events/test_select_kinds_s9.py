"""Kinds of non-event found on the session-nine fresh gold articles (international affairs and
politics) and the readable part (issue 12, events-precision), each checked on sentences of our own
that fail without the rule."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


# --------------------------------------------------------------------- background since a date


@pytest.mark.parametrize(("sentence", "date_text"), [
    # denied: what has not happened since
    ("Elections are close in Marvia, where no party has won a majority since 1982.", "1982"),
    ("The two leaders have not met since March.", "March"),
    # spread over many: a count or a quantifier in the perfect's subject
    ("Most of the valley's 4,000 farmers have left since the autumn.", "the autumn"),
    ("At least six editors have been dismissed since 2019.", "2019"),
    ("Since 2015, dozens of activists have been jailed.", "2015"),
    ("Since 2018, at least twelve judges have resigned.", "2018"),
    # an era
    ("The island has served as a refuelling stop since the 1960s.", "the 1960s"),
])
def test_a_perfect_since_a_date_that_is_denied_spread_or_an_era_is_background(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "background since"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Anna Berg has led the party since 2017.", "2017"),  # a state begun then: readers keep its start
    ("Test flights have run since late April.", "late April"),
    ("Since last Monday some users have seen pages load slowly.", "last Monday"),
    ("The border has been closed since last July, when the treaty lapsed.", "last July"),  # the when-clause's happening
    ("Thousands of people fled the city in 2014.", "2014"),  # no perfect: a happening
])
def test_a_state_begun_on_a_date_or_a_happening_is_not_background(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "background since"


def test_background_since_gives_no_event_but_the_happening_beside_it_does() -> None:
    text = ("The coalition has ruled the province since 2021. On Tuesday the Farmers' Party quit the government. "
            "Coalition crises are frequent in the province, where no party has won a majority since 1979. "
            "Since 2016, at least five ministers have been sacked by the governor.")
    dated = _dated(text)
    assert "Tuesday" in dated and "2021" in dated
    assert "1979" not in dated and "2016" not in dated
