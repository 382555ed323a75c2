"""Title kinds of session 25 (issue 12), our own sentences in several registers.

A date inside a relative clause hung on a noun of the main clause dates the clause's act, so the
title tells that act with the noun as its doer ("Critics praised the old bakery, which closed in 1998"
-> "The old bakery closes"); "NAME, a DESCRIPTION who ACTED …" tells the named person's act; a
"where" clause with a subject of its own tells that subject's act. A date outside the clause leaves
the main clause's title, and a noun inside a prepositional phrase or a clause nested in the clause
is no doer of the act."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at as _title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # news
    ("Residents praised the old bakery, which closed in 1998 after a fire.", "1998",
     "The old bakery closes after a fire"),
    ("Local farmers, who blocked the ring road on Tuesday, went home after talks.", "Tuesday",
     "Local farmers block the ring road"),
    # opinion
    ("Some still blame Harlan's cabinet, which cut school budgets by a fifth after 2009.", "2009",
     "Harlan's cabinet cuts school budgets by a fifth"),
    # council minutes
    ("Tenant groups, which staged a sit-in at the civic centre on Monday, welcomed the vote.", "Monday",
     "Tenant groups stage a sit-in at the civic centre"),
    # sport: the act of the two the date stands in
    ("The visitors were without their keeper, Ola Brandt, who hurt his knee on Saturday and had an operation "
     "two days later.", "two days later", "Ola Brandt has an operation"),
])
def test_a_dated_relative_clause_is_the_happening(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Mira Solberg, a former nurse who joined the board in 2019, resigned on Friday.", "2019",
     "Mira Solberg joins the board"),
    ("Jon Arke, the club's longest-serving coach (a former sprinter who moved to the town in 1987), retired "
     "last week.", "1987", "Jon Arke moves to the town"),
])
def test_a_described_persons_relative_clause_is_the_persons_act(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Inspectors visited the Marrow estate, where a landlord was fined in 2021 for unsafe wiring.", "2021",
     "A landlord is fined for unsafe wiring"),
    ("Volunteers carried the hiker to the valley road, where an ambulance met them at noon.", "noon",
     "An ambulance meets them"),
])
def test_a_where_clause_tells_its_own_subjects_act(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # the date in the main clause: the relative clause is an aside
    ("Residents, who had campaigned for years, welcomed the decision on Monday.", "Monday",
     "Residents welcome the decision"),
    # a clause nested inside: the inner act is not the noun's
    ("By then the hall, which held forty pupils who had caught the 7am train, was full.", "7am", None),
])
def test_a_date_outside_the_relative_act_keeps_other_readings(sentence: str, expression: str, title: str | None) -> None:
    got = _title(sentence, expression)
    if title is None:
        assert not got.startswith("The hall holds")
    else:
        assert got == title


def test_which_after_an_appositive_name_is_not_the_names() -> None:
    """ "the diaries of the surgeon, Ada Voss, which were found …": the diaries were found, not Ada Voss."""
    got = _title("Much of it comes from the diaries of the surgeon, Ada Voss, which were found in a loft in 1961.",
                 "1961")
    assert not got.startswith("Ada Voss")


# "They" named: the plural subject of the main clause a subordinate clause hangs on, the plural subject
# of the last clause before, or the bare plural a singular subject's joined verb took.


def _doc_titles(text: str) -> list[str]:
    """The titles of ``text`` read as a dropped file is (no document date given)."""
    from tests.events.extracted_events import events_of

    return [e.title for e in events_of(text)]


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Her nephews kept the letters for sixty years, until they gave them to the county archive in 2019.", "2019",
     "Her nephews give them to the county archive"),
    ("Striking porters stayed out for a month, until they returned to work on 3 June.", "3 June",
     "Striking porters return to work"),
    ("The old tenants kept the keys after the sale, because they moved out only in March.", "March",
     "The old tenants move out only"),
])
def test_they_in_a_subordinate_clause_is_the_main_clauses_plural_subject(sentence: str, expression: str,
                                                                        title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize(("text", "title"), [
    # a season review: the team named in the last clause of the sentence before
    ("The coach was sacked in October, but by Christmas the Harriers had won six games in a row. "
     "They clinched the title on 2 May.", "The Harriers clinch the title"),
    # a local history: the bare plural a singular subject hired
    ("In 1645 the earl raised a troop of horse and hired Flemish gunners. "
     "They shelled the castle in June.", "Flemish gunners shell the castle"),
])
def test_they_opening_a_sentence_takes_the_plural_just_before(text: str, title: str) -> None:
    assert title in _doc_titles(text)


def test_they_keeps_its_pronoun_when_the_clause_before_is_singular() -> None:
    got = _title("Rain fell all week, and the club lost its coach. They signed a new one in March.", "March")
    assert not got.startswith("The club lost")
    assert "Rain" not in got
