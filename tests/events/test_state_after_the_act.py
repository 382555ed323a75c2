"""A state that goes on after a dated act ("closed on 19 October and will remain shut until further
notice") is no second act on the act's date, and the act's title ends before it. A travel advisory of
our own had "The northern will remain shut until further notice" on 19 October. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "title"), [
    ("The northern crossing at Vell closed on 19 October and will remain shut until further notice.",
     "The northern crossing at Vell closes"),
    ("The museum closed on 3 May and will stay closed until the spring.", "The museum closes"),
    ("The road reopened on Monday and will remain open.", "The road reopens"),
    ("The factory shut down in March 2020 and stayed idle for two years.", "The factory shuts down"),
    ("Prices rose on 4 June and remained high all summer.", "Prices rise"),
    ("The strike began on 1 February and continued for six weeks.", "The strike begins"),
    ("The border was sealed on 2 August and remains closed.", "The border is sealed"),
])
def test_one_act_titled_without_the_state(text: str, title: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 10, 22)).events
    assert [e.title for e in events] == [title]


def test_a_second_act_still_splits() -> None:
    events = extract_document(Document("a.txt", "The enemy raided the northern post on 4 May 1942 and took one prisoner.",
                                       "A"), None).events
    assert [e.title for e in events] == ["The enemy raids the northern post", "The enemy takes one prisoner"]
