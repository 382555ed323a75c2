"""Happenings a reader lists that the builder missed beside another event of the same sentence (session
twenty-eight, issue 12). Sentences written for this test; names, places, dates and verbs vary so that no
rule can lean on one."""

from __future__ import annotations

from datetime import date

import pytest

# (titles and begins of a text's events, and a sentence told between two dated happenings: the
# session-27 recall tests' helpers)
from tests.events.test_recall_kinds_s27 import _between_dated, _events


def _in_news(sentence: str) -> str:
    """``sentence`` in a short news story dated 10 February 2025."""
    return ("Town news\n\n"
            "The council met at the town hall on Monday to set next year's budget.\n\n"
            f"{sentence}\n")


# --------------------------------------------------------------------------- a second predicate with its own date


@pytest.mark.parametrize(("sentence", "verb", "day"), [
    ("The office will close on 22 March for a staff training day and will reopen on 23 March.",
     "reopen", date(2025, 3, 23)),
    ("The library will shut on 4 May for rewiring and will reopen to readers on 18 May.",
     "reopen", date(2025, 5, 18)),
    ("The school will close on 19 December for the holidays and will reopen on 6 January.",
     "reopen", date(2026, 1, 6)),
    ("The minister met the growers on 21 January to discuss prices and will meet them again in March.",
     "meet them again", date(2025, 3, 1)),
])
def test_a_scheduled_second_act_joined_by_and_keeps_its_own_date(sentence: str, verb: str, day: date) -> None:
    """"… will close on 22 March … and will reopen on 23 March": the second predicate, told in the future
    with a date of its own, is a scheduled happening of its own (the gold conventions keep a happening
    scheduled with its own date), not a second date of the first one."""
    events = _events(_in_news(sentence), date(2025, 2, 10))
    told = [(title, begin) for title, begin in events if verb in title]
    assert len(told) == 1 and told[0][1] == day, events
    assert " and " not in told[0][0], events  # titled from its own predicate, not run on from the first


@pytest.mark.parametrize(("sentence", "verb", "day", "first_day"), [
    ("The signal had been installed by a contractor in 2017 and was last inspected in August 2024.",
     "last inspected", date(2024, 8, 1), date(2017, 1, 1)),
    ("The bridge was built by the county in 1932 and was last painted in 2019.",
     "last painted", date(2019, 1, 1), date(1932, 1, 1)),
    ("The lift was installed by a contractor in 2008 and was last serviced in June 2024.",
     "last serviced", date(2024, 6, 1), date(2008, 1, 1)),
])
def test_a_joined_passive_told_with_an_adverb_of_which_time_keeps_its_own_date(
        sentence: str, verb: str, day: date, first_day: date) -> None:
    """"installed in 2017 and was last inspected in August 2025": the inspection is a happening of its
    own, dated by its own expression, not a second date of the installation (which kept the later,
    finer date and lost its own)."""
    events = _events(_in_news(sentence), date(2025, 2, 10))
    assert [title for title, begin in events if verb in title and begin == day and "install" not in title
            and "buil" not in title], events
    assert first_day in [begin for _, begin in events], events  # the first act keeps its own date


@pytest.mark.parametrize("sentence", [
    "The pool will open on 3 May and will stay open until 30 September.",
    "The exhibition will open on 12 April and will remain at the gallery until June.",
])
def test_a_state_told_after_a_scheduled_act_is_no_second_happening(sentence: str) -> None:
    events = _events(_in_news(sentence), date(2025, 2, 10))
    assert not [title for title, _ in events if "stay" in title or "remain" in title], events


# --------------------------------------------------------------------------- a clause of its own told by a bare plural


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("The council offered 2.5 percent, and union negotiators walked out of the meeting.", "negotiators walk out"),
    ("The owners cut the night shift, and dock workers walked out of the yard.", "workers walk out"),
    ("The board cut the milk price, and hill farmers marched on the town hall.", "farmers march"),
    ("The mayor put the levy to a vote, but parish councillors abstained.", "councillors abstain"),
])
def test_a_bare_plural_after_and_with_an_act_of_its_own_is_a_happening(sentence: str, title_part: str) -> None:
    """"…, and union negotiators walked out of the meeting": a clause of its own after ", and" whose
    subject is a bare plural (people who act together) and whose verb is one of the closed acts without
    an object is a happening, as it is with "the" before the noun."""
    events = _events(_between_dated(sentence), date(2025, 2, 10))
    assert any(title_part in title.lower() for title, _ in events), events


@pytest.mark.parametrize("sentence", [
    "The bank cut its rates, and prices sank.",
    "The council raised the harbour dues, and rents sank.",
])
def test_a_measure_told_by_a_bare_plural_is_no_happening(sentence: str) -> None:
    events = _events(_between_dated(sentence), date(2025, 2, 10))
    assert not [title for title, _ in events if "sink" in title.lower() or "sank" in title.lower()], events


# --------------------------------------------------------------------------- a refusal told at its clause's end


@pytest.mark.parametrize(("sentence", "title_part"), [
    ("The company asked for the ban to be paused, and a judge refused.", "judge refuses"),
    ("The tenants asked for a rent freeze, but the landlord refused.", "landlord refuses"),
    ("The mayor asked the guild to lower its fees, and guild members refused.", "members refuse"),
])
def test_a_refusal_told_at_the_end_of_its_clause_is_a_happening(sentence: str, title_part: str) -> None:
    """"…, and a judge refused.": a refusal of what was just asked is an act done in public (the gold
    conventions keep a public refusal), told with no object because the clause before names it."""
    events = _events(_between_dated(sentence), date(2025, 2, 10))
    assert any(title_part in title.lower() for title, _ in events), events


@pytest.mark.parametrize("sentence", [
    "The club's chairman refused to comment.",
    "Stewards refused entry to about forty fans.",
])
def test_what_someone_would_not_do_or_a_thing_withheld_is_no_refusal_event(sentence: str) -> None:
    events = _events(_between_dated(sentence), date(2025, 2, 10))
    assert not [title for title, _ in events if "refus" in title.lower()], events
