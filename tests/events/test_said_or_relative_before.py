"""The one pattern of a saying or a relative word before a joint, read by the run-on titles and by the
second predicates (explorer.events.run_on_titles.SAID_OR_RELATIVE_BEFORE), which had a copy each.
Sentences written for this test, not taken from the gold articles or the corpora."""

from __future__ import annotations

import pytest

from explorer.events import run_on_titles, second_predicate_dates


def test_one_pattern_for_both_readers() -> None:
    assert second_predicate_dates.SAID_OR_RELATIVE_BEFORE is run_on_titles.SAID_OR_RELATIVE_BEFORE


@pytest.mark.parametrize("before", ["The surveyor, who", "The board announced", "The warden stated", "The pilot, whom",
                                    "The clerk added", "The mayor says"])
def test_saying_or_relative_before_the_joint(before: str) -> None:
    assert run_on_titles.SAID_OR_RELATIVE_BEFORE.search(before)


def test_an_act_before_the_joint_is_neither() -> None:
    assert not run_on_titles.SAID_OR_RELATIVE_BEFORE.search("The crew repaired the pier")
