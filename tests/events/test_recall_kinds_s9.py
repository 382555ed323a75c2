"""Kinds of missed event found on the readable gold part in session nine (issue 12, events-recall),
each checked on sentences of our own: a second dated happening in a sentence that already gave one,
which the clause rules left in the first one's clause, so that :func:`one_per_clause` took both dates
for one happening told twice."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.clauses import clause_bounds
from explorer.ingest import extract_document

_LEAD = "The town's week in review. "


def _dated(sentence: str) -> list[str]:
    events = extract_document(Document("a.txt", _LEAD + sentence, "t"), dct=date(2024, 5, 10)).events
    return [e.timex for e in events if e.timex]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    # ", and our new boat …": a possessive of the first or second person opens a new subject
    ("The volunteers cleared the towpath on 3 and 4 May, and our new boat entered service on 19 May.",
     "3 and 4 May", "19 May"),
    # ", and between January and March …": a coordination opening with its own time
    ("Last winter the pond froze early, and between January and March about forty skaters were treated for falls.",
     "Last winter", "January and March"),
    # "and then, having heard nothing, telephoned …": "then" and an aside open a second predicate
    ("She first wrote to the council on 2 March and then, having heard nothing, telephoned the mayor's office on 20 March.",
     "2 March", "20 March"),
    # ", and how it closed …": a second question clause
    ("The lecture showed how the quarry grew after 1850, and how it closed within a few years once the railway "
     "arrived in the 1890s.", "1850", "the 1890s"),
    # "and will sail again in …": a future verb with a date of its own, after a date
    ("The steamer last sailed on the lake in August 2019 and will sail again in the spring of 2027.",
     "August 2019", "the spring of 2027"),
    # ", it reopened …": after an aside with a verb of its own, a pronoun takes up the main clause
    ("After a long campaign, largely paid for by a grant awarded in 2004, it reopened as a cinema in June 2009.",
     "2004", "June 2009"),
])
def test_a_second_dated_happening_in_a_sentence_is_an_event(sentence: str, first: str, second: str) -> None:
    dated = _dated(sentence)
    assert first in dated and second in dated


def test_a_date_opening_the_clause_of_a_pronoun_stays_in_it() -> None:
    sentence = "In June 2009, it reopened as a cinema."
    at = sentence.index("June 2009")
    left, right = clause_bounds(sentence, at, at + len("June 2009"))
    assert sentence[left:right].rstrip(".").endswith("reopened as a cinema")


def test_two_subjects_with_possessives_are_one_clause() -> None:
    sentence = "My brother and my sister moved to Leeds in 2011."
    at = sentence.index("2011")
    left, _ = clause_bounds(sentence, at, at + 4)
    assert left == 0
    assert _dated(sentence) == ["2011"]


def test_the_grant_and_the_reopening_have_their_own_titles() -> None:
    events = extract_document(Document("a.txt", _LEAD + "After a long campaign, largely paid for by a grant awarded "
                                       "in 2004, it reopened as a cinema in June 2009.", "t"), dct=date(2024, 5, 10)).events
    by_date = {e.timex: e.title for e in events if e.timex}
    assert "reopen" in by_date["June 2009"].lower()
    assert "reopen" not in by_date["2004"].lower()


# --------------------------------------------------------------------- a subordinate clause opened by a count


@pytest.mark.parametrize(("sentence", "title"), [
    ("In May 2021 the council closed the pool after three lifeguards reported rashes, and the repairs took a year.",
     "Three lifeguards report rashes"),
    ("The farm was sold in 2019 before 40 neighbours signed a petition against the sale.",
     "40 neighbours sign a petition against the sale"),
])
def test_a_happening_in_a_clause_whose_subject_is_a_count_is_an_event(sentence: str, title: str) -> None:
    events = extract_document(Document("a.txt", _LEAD + sentence, "t"), dct=date(2024, 5, 10)).events
    assert title in [e.title for e in events]
    main = next(e for e in events if e.timex)
    assert "after" not in main.title and "before" not in main.title  # the main clause's title stops at its clause


# --------------------------------------------------------------------- "before" a present-tense happening with its own date


def test_a_subordinate_happening_in_the_present_with_its_own_date_is_an_event() -> None:
    sentence = "The panel meets again on Monday 3 June, before the full board votes on the plan on 17 June."
    assert {"Monday 3 June", "17 June"} <= set(_dated(sentence))


def test_a_subordinate_present_with_no_date_of_its_own_stays_in_the_clause() -> None:
    sentence = "The gallery closes on 3 June until the new roof opens to visitors."
    at = sentence.index("3 June")
    _, right = clause_bounds(sentence, at, at + len("3 June"))
    assert right == len(sentence)


# --------------------------------------------------------------------- a coordinated clause whose subject is a count


def test_a_counted_subject_with_its_own_date_is_a_second_event() -> None:
    sentence = "A pair of cranes nested on the marsh this spring, and two chicks hatched in June."
    assert {"this spring", "June"} <= set(_dated(sentence))


@pytest.mark.parametrize(("sentence", "second"), [
    # a subject of one, or a share (session 54)
    ("The volunteers finished their drills in June, and one crew member passed out as coxswain on 22 June.", "22 June"),
    ("The club opened its new pavilion in May, and one life member donated a clock on 9 May.", "9 May"),
    ("The yard was sold in the spring, and half the riveters lost their jobs in October.", "October"),
])
def test_a_subject_of_one_or_a_share_with_its_own_date_is_a_second_event(sentence: str, second: str) -> None:
    at = sentence.index(second)
    left, _ = clause_bounds(sentence, at, at + len(second))
    assert left > 0 and sentence[left:].split()[0] in ("one", "half"), sentence[left:]


def test_a_counted_subject_without_a_date_is_a_happening_of_the_sentence() -> None:
    events = extract_document(Document("a.txt", _LEAD + "Storm Bryn brought gales to the coast on Sunday night, and "
                                       "about 9,000 homes lost power.", "t"), dct=date(2024, 5, 10)).events
    assert "About 9,000 homes lose power" in [e.title for e in events]


def test_a_count_of_visitors_measures_the_happening_before_it() -> None:
    events = extract_document(Document("a.txt", _LEAD + "The show opened at the town museum in March, and more than "
                                       "4,000 visitors saw it before it closed.", "t"), dct=date(2024, 5, 10)).events
    assert not any("visitors" in e.title for e in events)


# --------------------------------------------------------------------- a nominal happening after "after", with its own date


def test_a_named_happening_after_after_with_its_own_date_is_an_event() -> None:
    sentence = "The concert was due in the autumn but was called off after a fire in the old chapel in mid-2023."
    assert {"the autumn", "mid-2023"} <= set(_dated(sentence))


@pytest.mark.parametrize("sentence", [
    "The square was named after her in 2004.",  # a pronoun, no happening named
    "The bridge was named after the engineer in 2004.",  # a naming, not a happening after something
])
def test_no_nominal_break_without_a_named_happening(sentence: str) -> None:
    at = sentence.index("2004")
    left, _ = clause_bounds(sentence, at, at + 4)
    assert left == 0


# --------------------------------------------------------------------- undated happenings with common verbs


@pytest.mark.parametrize(("text", "word"), [
    ("Harwell Dairies said its sales fell in the spring. Analysts were unimpressed, and Harwell shares fell "
     "4 percent by the close.", "shares"),
    ("The county chess final was tense. Priya Nair won her game in 40 moves and took the trophy home.", "won"),
    ("The appeal was heard by three judges. Dunmore Farms won its case against the water company.", "won"),
])
def test_a_market_move_or_a_contest_won_is_an_undated_event(text: str, word: str) -> None:
    events = extract_document(Document("a.txt", text, "t"), dct=None).events
    second = text.index(". ") + 2
    assert any(e.sentence_start == second and not e.timex and word.lower() in e.sentence.lower() for e in events)


@pytest.mark.parametrize("text", [
    "The shop sells coffee and cake. Prices rose across the region, the survey found.",  # nobody named: a statistic
    "The club has a long history. It won a reputation for its friendly welcome.",  # a reputation is no contest
])
def test_no_undated_event_for_a_statistic_or_a_reputation(text: str) -> None:
    events = extract_document(Document("a.txt", text, "t"), dct=None).events
    assert not [e for e in events if not e.timex]
