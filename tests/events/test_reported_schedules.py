"""A plain saying whose content schedules an act with a date of its own ("said it would close the
depot in January") tells a dated plan, which the gold README keeps whoever tells it; a possibility, a
state, a wish or a deadline after the modal stays no happening. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.reports import reports_a_dated_plan
from explorer.ingest import extract_document


def _dated(text: str) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events if e.timex]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The brewery said on Monday that it would shut its bottling hall in October.", "October"),
    ("Race officials said the marathon will start from the harbour on 14 September.", "14 September"),
    ("The co-operative told members it would lift its milk price from 1 August.", "1 August"),
    ("After the ruling the council said it would inspect nine flats owned by the same firm in October.", "October"),
    ("A spokeswoman said the inquiry would hear from the pilots between 3 and 5 November.", "3 and 5 November"),
])
def test_a_saying_that_schedules_a_dated_act_is_an_event(sentence: str, when: str) -> None:
    assert _dated("Ferry services resumed on Friday. " + sentence) == ["Friday", when]


@pytest.mark.parametrize("sentence", [
    "The mayor said prices could rise in September.",  # a possibility
    "The mayor said the square would be quieter in September.",  # a state
    "The builder said the roof would be finished by September.",  # a deadline
    "The chairman said a strike would make it hard to reopen in time for September.",  # another act's time
    "The club said it would like to play in September.",  # a wish
    "The club expects that it will play in September.",  # an expectation, no saying
])
def test_a_possibility_a_state_or_a_deadline_stays_no_happening(sentence: str) -> None:
    assert _dated("Ferry services resumed on Friday. " + sentence) == ["Friday"]


@pytest.mark.parametrize(("before", "plan"), [
    ("The brewery said on Monday that it would shut its bottling hall in ", True),
    ("Officials told reporters the bridge will reopen on ", True),
    ("She said the council would, if money allows, rebuild the pier in ", False),  # a condition between
    ("He said it would be ready in ", False),
    ("He said the vote would be held after the recess in ", False),
])
def test_reports_a_dated_plan(before: str, plan: bool) -> None:
    assert reports_a_dated_plan(before) is plan


def test_is_state_itself_reads_a_dated_plan_as_no_state() -> None:
    # (the plan is read inside is_state, where the modal after the saying is found, not by its caller:
    # every caller, the title rules' too, gets the same answer)
    from explorer.events.states import is_state

    before = "The brewery said on Monday that it would shut its bottling hall in "
    assert not is_state("The brewery says it would shut its bottling hall", before)
    assert is_state("The mayor says the square would be quieter", "The mayor said the square would be quieter in ")


@pytest.mark.parametrize("before", [
    # (the saying verbs are the reports' one list, _SAYING: any plain saying may schedule an act)
    "The operator explained that it would close the branch line on ",
    "The rector wrote that the college would admit its first students in ",
    "Officials told journalists the bridge will reopen on ",
])
def test_any_plain_saying_may_schedule_a_dated_act(before: str) -> None:
    assert reports_a_dated_plan(before)
