"""Issue 12, session eighteen (titles, second pass): a past with a hyphenated prefix is a verb.

"The crew de-iced the aircraft and taxied to the runway at 07:12" was titled "Taxied to the runway":
the subject the second verb shares was not found, since "de-iced" read as no verb. A verb's prefix
("re-", "de-", "co-") keeps it a verb; a compound adjective ("well-funded") stays an adjective.
Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.clauses import subject_before
from explorer.events.titles.make import make_title


def _title(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return make_title(sentence, at, at + len(expression), "")


@pytest.mark.parametrize(
    "sentence, expression, title",
    [
        ("The crew de-iced the aircraft at the stand and taxied to runway 09 at 06:40.", "at 06:40",
         "The crew taxies to runway 09"),
        ("The club co-founded a league with two rivals and re-opened its ground in 2009.", "in 2009",
         "The club re-opens its ground"),
        ("The ferry operator re-routed two ships and cancelled the night crossing on Friday.", "on Friday",
         "The ferry operator cancels the night crossing"),
    ],
)
def test_the_second_verb_shares_the_subject_of_a_hyphenated_first(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


def test_the_subject_before_a_hyphenated_past() -> None:
    sentence = "The engineers re-tested the pumps and signed them off."
    assert subject_before(sentence, sentence.index("signed")) == "The engineers"


def test_a_compound_adjective_is_no_verb() -> None:
    assert _title("The well-funded group hired two lawyers and sued the council in 2019.", "in 2019") \
        == "The well-funded group sues the council"
