"""Told news of a completed act takes the act's own date, not the day it was told (session fifteen,
event dates).

"X said on Friday that Y had done Z on Wednesday" is one happening, Z on Wednesday: the telling is a
statement, and the gold set's convention lists the act once, dated by the act. Every sentence here is
written for this file; each kind is checked in several phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_PAGE = "Town news\n\nBy A Writer | 12 June 2026\n\n"


def _events(sentence: str):
    return extract_document(Document("a.txt", _PAGE + sentence, "A")).events


@pytest.mark.parametrize("sentence, act_date, report", [
    ("The port authority said on Friday that its board had dismissed the harbour master at a meeting on Wednesday.",
     date(2026, 6, 10), "Friday"),
    ("The club announced on 3 June that its coach had resigned on 1 June.", date(2026, 6, 1), "3 June"),
    ("The farmers' union said on Tuesday that its members voted on Sunday to end the strike.", date(2026, 6, 7), "Tuesday"),
    ("The regulator told reporters on Thursday that it had fined the airline in January.", date(2026, 1, 1), "Thursday"),
])
def test_told_news_of_a_completed_act_is_one_event_dated_by_the_act(sentence: str, act_date: date, report: str) -> None:
    events = _events(sentence)
    assert [e.begin for e in events] == [act_date], [(e.timex, e.title) for e in events]
    assert f"told on {report}" in events[0].derivation


@pytest.mark.parametrize("sentence, month", [
    ("The tax office confirmed on Wednesday that it had passed three of the invoices to the police in April.", 4),
    ("The bakery's owners confirmed on Monday that they had sold the shop to a rival in March.", 3),
])
def test_a_report_and_its_told_act_titled_alike_keep_the_acts_date(sentence: str, month: int) -> None:
    events = _events(sentence)
    assert len(events) == 1 and events[0].begin == date(2026, month, 1), [(e.timex, e.title) for e in events]


@pytest.mark.parametrize("sentence", [
    "The council said on Tuesday that it had cut 40 jobs.",
    "The museum announced on Monday that its director had resigned.",
])
def test_a_report_whose_told_act_has_no_date_of_its_own_keeps_the_report_date(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) <= 1
    assert all(e.begin is None or e.begin >= date(2026, 6, 6) for e in events), [(e.timex, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The bank said on Tuesday that it would shut the branch in September.",  # what is to come
    "The dairy said on Monday that it sold more cheese than a year earlier, as exports grew in the spring.",
    "The airline reported on Friday that it had carried more passengers than in any March before.",
])
def test_a_date_that_is_no_told_acts_own_is_not_the_acts(sentence: str) -> None:
    from explorer.events.one_happening import in_told_clause
    events = _events(sentence)
    assert not any(in_told_clause(e) for e in events), [(e.timex, e.title) for e in events]


# --------------------------------------------------------------------------- a clause coordinated with a dated one


def _undated_act(sentence: str, title_start: str):
    found = [e for e in _events(sentence) if not e.timex and e.title.startswith(title_start)]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(sentence)]
    return found[0]


@pytest.mark.parametrize("sentence, title_start, begin, end", [
    # (session 53: "about 200 drivers took the long road round" counts many acting, a tally left out; the rule
    # this row holds is the coordinated clause's date, told here by one subject)
    ("The mayor closed the bridge on Tuesday, and the bus company sent its drivers the long road round.", "The bus company",
     date(2026, 6, 9), date(2026, 6, 9)),
    ("The band played in Oslo in June 2019, and the drummer left the group.", "The drummer",
     date(2019, 6, 1), date(2019, 6, 30)),
    ("The governor declared an emergency on Sunday, and the army sent two helicopters.", "The army",
     date(2026, 6, 7), date(2026, 6, 7)),
])
def test_an_act_coordinated_with_a_dated_clause_takes_its_date(sentence: str, title_start: str, begin: date,
                                                                 end: date) -> None:
    event = _undated_act(sentence, title_start)
    assert (event.begin, event.end, event.certainty) == (begin, end, "inferred")


@pytest.mark.parametrize("sentence, title_start", [
    ("The council bought the mill in 2011, but the roof collapsed within a year.", "The roof"),
    ("Fire crews reached the warehouse in the early hours of 3 April, but the roof had already collapsed.", "The roof"),
    ("The governor declared an emergency on Sunday, and the army then sent two helicopters.", "The army"),
])
def test_a_coordinated_act_told_at_another_time_does_not_take_the_date(sentence: str, title_start: str) -> None:
    event = _undated_act(sentence, title_start)
    assert "coordinated" not in event.derivation


# --------------------------------------------------------------------------- a date holding the document's day


@pytest.mark.parametrize("sentence, timex, begin, end", [
    ("The museum confirmed this month that the painting was a forgery.", "this month", date(2026, 6, 1), date(2026, 6, 12)),
    ("The bakery closed two of its shops earlier this year.", "earlier this year", date(2026, 1, 1), date(2026, 6, 12)),
    ("Inspectors found cracks in the bridge in June.", "June", date(2026, 6, 1), date(2026, 6, 12)),
    ("The board will name a new chair later this month.", "later this month", date(2026, 6, 12), date(2026, 6, 30)),
    ("The ferry is to return to service later this year.", "later this year", date(2026, 6, 12), date(2026, 12, 31)),
])
def test_a_date_holding_the_documents_day_is_cut_at_it_by_the_clauses_tense(sentence: str, timex: str, begin: date,
                                                                             end: date) -> None:
    found = [e for e in _events(sentence) if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(sentence)]
    assert (found[0].begin, found[0].end) == (begin, end)


@pytest.mark.parametrize("sentence, timex", [
    ("This summer, the harbour hosts a festival of tall ships.", "This summer"),  # no tense of its own
    ("The second phase of the works opened in 2026, the council said.", "2026"),  # not read against the day
])
def test_a_window_is_kept_whole_when_nothing_rules_a_side_out(sentence: str, timex: str) -> None:
    found = [e for e in _events(sentence) if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(sentence)]
    assert found[0].begin.month in (1, 6) and found[0].end.month in (8, 12) and found[0].end.day == 31


def test_a_coordinated_clause_with_a_date_of_its_own_is_not_given_the_other():
    """Its own date may date no event ("a survey in 2016", a dated thing), but it is still its own."""
    from explorer.events.event_dates import dated_by_a_coordinated_clause
    from explorer.events.record import Event

    sentence = "A frost in January 2012 killed many bees, and a survey in 2016 counted 900 hives."
    dated = Event("a#1", "a.txt", "A frost kills many bees", sentence, 0, len(sentence), "January 2012", 11, 23,
                  "2012-01", "DATE", date(2012, 1, 1), date(2012, 1, 31), "exact")
    at = sentence.index("counted")
    undated = Event("a#u1", "a.txt", "A survey counts 900 hives", sentence, 0, len(sentence), "", at, at, "", "DATE",
                    None, None, "undated")
    assert dated_by_a_coordinated_clause([dated, undated])[1].begin is None
    without_its_date = sentence.replace(" in 2016", "")
    at = without_its_date.index("counted")
    undated = Event("a#u1", "a.txt", "A survey counts 900 hives", without_its_date, 0, len(without_its_date), "", at,
                    at, "", "DATE", None, None, "undated")
    dated = Event("a#1", "a.txt", "A frost kills many bees", without_its_date, 0, len(without_its_date),
                  "January 2012", 11, 23, "2012-01", "DATE", date(2012, 1, 1), date(2012, 1, 31), "exact")
    assert dated_by_a_coordinated_clause([dated, undated])[1].begin == date(2012, 1, 1)


# --------------------------------------------------------------------------- after an opening clause's act


@pytest.mark.parametrize("sentence, timex", [
    ("After the company repaid its bank loan in March 2025, the founder bought the family's remaining shares.",
     "March 2025"),
    ("After the club sacked its manager on Monday, the chairman resigned.", "Monday"),
    ("After a storm destroyed the old pier in 2019, the town council closed the beach.", "2019"),
])
def test_the_main_act_after_an_opening_clauses_dated_act_is_no_longer_exact(sentence: str, timex: str) -> None:
    events = _events(sentence)
    main = [e for e in events if e.timex == timex]
    assert len(main) == 1 and main[0].certainty == "inferred", [(e.timex, e.title, e.certainty) for e in events]


def test_an_opening_clause_with_no_act_of_its_own_leaves_the_main_act_exact() -> None:
    events = _events("After a week of talks in May, the union signed the deal.")
    assert [e.certainty for e in events if e.timex == "May"] == ["exact"]


@pytest.mark.parametrize("text, title_start", [
    ("The club lost the final on 30 May. The coach resigned. The new season starts in August.", "The coach"),
    ("The team lost the cup tie on 2 June. The manager resigned. The league resumes in August.", "The manager"),
])
def test_a_past_act_between_dated_neighbours_ends_by_the_documents_date(text: str, title_start: str) -> None:
    found = [e for e in _events(text) if not e.timex and e.title.startswith(title_start)]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(text)]
    assert found[0].end == date(2026, 6, 12), (found[0].begin, found[0].end, found[0].derivation)


# --------------------------------------------------------------------------- a plan made known is done (session 25)

_LEAD = "The harbour reopened to fishing boats on Monday after a week of repairs. "


@pytest.mark.parametrize("sentence, timex", [
    ("Earlier this year the ferry company announced plans to build a second terminal.", "Earlier this year"),
    ("Earlier this month the school board published plans to close its pool.", "Earlier this month"),
    ("This year the county council approved plans to widen the ring road.", "This year"),
    ("The water board unveiled a proposal this month to meter every house in the valley.", "this month"),
])
def test_a_plan_made_known_is_done_by_the_documents_date(sentence: str, timex: str) -> None:
    """"announced plans to", "earlier this year": the announcing is done, whatever the plan's words."""
    found = [e for e in _events(_LEAD + sentence) if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(_LEAD + sentence)]
    assert found[0].end == date(2026, 6, 12) and found[0].begin < date(2026, 6, 12)


@pytest.mark.parametrize("sentence, timex", [
    ("The ferry company plans to build a second terminal later this year.", "later this year"),
    ("The county announced plans to widen the ring road later this month.", "later this month"),
])
def test_a_plan_s_own_date_is_still_to_come(sentence: str, timex: str) -> None:
    found = [e for e in _events(_LEAD + sentence) if e.timex == timex]
    assert len(found) == 1, [(e.timex, e.title) for e in _events(_LEAD + sentence)]
    assert found[0].begin == date(2026, 6, 12) and found[0].end > date(2026, 6, 12)
