"""One table of the verbs of telling, promising and knowing (explorer.temporal.telling_verbs), read by the
tagger's reported future and by two title readers that each had a list of their own: each reader still
knows the words it relied on, and takes the groups that suit it. Sentences written for this test, not
taken from the gold articles or the corpora."""

from __future__ import annotations

import pytest

from explorer.events.titles.framed_clauses import inside_that_clause
from explorer.events.titles.subject_relatives import contact_relative_title
from explorer.temporal.clause_direction import reported_future
from explorer.temporal.telling_verbs import SAYING_VERBS, telling_forms


def _that_clause(sentence: str, date: str) -> str | None:
    at = sentence.index(date)
    found = inside_that_clause(sentence, at, at + len(date))
    return found[0] if found else None


def _contact_relative(sentence: str, date: str) -> str | None:
    at = sentence.index(date)
    return contact_relative_title(sentence, at, at + len(date))


def test_forms_longest_first_without() -> None:
    forms = telling_forms(SAYING_VERBS, present=True, without=("told",)).split("|")
    assert "told" not in forms and "tells" in forms and "said" in forms
    assert [len(w) for w in forms] == sorted((len(w) for w in forms), reverse=True)


@pytest.mark.parametrize("sentence", [
    "The minister promised the road would reopen.", "The firm undertook the repairs would be done.",
    "Analysts forecast the yard would close.", "The surveyor wrote the dam would hold.",
    "The harbour board agreed the ferry would run.",
    # (verbs of finding and knowing too, a reported future as well: new with the one table)
    "Engineers found the dam would fail.", "The mayor hears the bridge would open.",
])
def test_reported_future_after_a_telling(sentence: str) -> None:
    assert reported_future(sentence, 0, len(sentence)) is not None


def test_no_reported_future_without_a_telling() -> None:
    sentence = "The crew painted the hull and would sail."
    assert reported_future(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(("sentence", "date"), [
    ("The court heard that the director Anna Pell moved the money in March 2019.", "March 2019"),
    ("The tribunal ruled that the landlord Osric Vane evicted the tenants in May 2020.", "May 2020"),
    ("Readers may recall that the old council sold the pier in 1998.", "1998"),
    ("The inquiry learnt that the foreman Ide Lusk locked the gate in July 2016.", "July 2016"),
    # (new with the one table: a present of telling, a written report, an agreement)
    ("The local bulletin reports that the ferry operator Tamsin Keel sold the boats in April 2018.", "April 2018"),
    ("Inspectors wrote that the harbour master Elin Roe closed the slipway in June 2017.", "June 2017"),
    ("Officials agreed that the contractor would finish the bridge in 2027.", "2027"),
])
def test_date_inside_what_was_told(sentence: str, date: str) -> None:
    told = _that_clause(sentence, date)
    assert told is not None and told.endswith(f"{date}.")


@pytest.mark.parametrize("verb", ["said", "thought", "heard", "explained", "believes", "adds"])
def test_told_clause_is_no_contact_relative(verb: str) -> None:
    assert _contact_relative(f"The warden {verb} the girl Ana Roth met Friday is safe.", "Friday") is None


def test_finding_before_a_noun_acts_on_it() -> None:
    # (KNOWING and SAYING only: "found" before a noun acts on it, and its relative is titled)
    assert _contact_relative("The warden found the girl Ana Roth met Friday.", "Friday") == "Ana Roth meets the girl"
