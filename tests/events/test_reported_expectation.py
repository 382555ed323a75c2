"""A plain statement dated by its saying verb whose content is an expectation is no happening, even
when the title is cut before the modal; an announcement, and a statement that reports an act, stay.
Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events if e.timex]


@pytest.mark.parametrize("sentence", [
    "The harbour master told a press conference on Tuesday that the eastern channel now closed to shipping might be "
    "reopened to small craft if the dredging goes well.",
    "The regulator said on Thursday that it would open a review of the takeover.",
    "The chairman added on Monday that a second bid could follow before the summer recess.",
])
def test_a_statement_of_what_may_come_dated_by_its_saying_is_no_happening(sentence: str) -> None:
    assert _dated("Ferry services resumed on Friday. " + sentence) == ["Friday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The regulator announced on Thursday that it would open a review of the takeover.", "Thursday"),  # an announcement
    ("The mayor said on Tuesday that the contractor had promised him the bridge would reopen.", "Tuesday"),  # a promise told
])
def test_an_announcement_or_a_reported_act_stays(sentence: str, when: str) -> None:
    assert when in _dated(sentence)


@pytest.mark.parametrize(("sentence", "when"), [
    ("The 140 plot holders were told in June that the annual charge would rise from next April.", "June"),
    ("Tenants were warned by the landlord in March that the rent would double from January.", "March"),
    ("Parents were informed on Monday that the school is to close at Easter.", "Monday"),  # guard: kept before too
])
def test_someone_told_of_a_decision_is_an_act_on_the_day_of_the_telling(sentence: str, when: str) -> None:
    """Telling someone a decision is an act done by speaking (the gold README's convention): the telling's
    day dated it, not only the decision's (a report beside a happening, or an expectation, was dropped)."""
    assert when in _dated(sentence)
