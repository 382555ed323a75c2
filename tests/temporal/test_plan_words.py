"""The words of a plan fixed ahead ("is planned for", "are due to", "is slated for") and the verbs that
report a future as said are one list each, which the tagger's plain future
(explorer.temporal.clause_direction) and the story time's plan of the writer's now
(explorer.temporal.story_time) both read. Sentences written for this test, not taken from the gold
articles or the corpora."""

from __future__ import annotations

import pytest

from explorer.temporal import clause_direction, story_time


@pytest.mark.parametrize("words", ["is planned for", "are due to", "is set to", "is slated for", "is scheduled for"])
def test_plain_future_reads_a_schedule(words: str) -> None:
    assert clause_direction._PLAIN_FUTURE.search(f"The new span {words} the spring")


@pytest.mark.parametrize("before", [
    "The new ferry terminal is slated to open in ", "The pool is due to reopen in ",
    "The trust hopes to move the archive in ", "The club is likely to sell the ground in ",
    "The council said the depot would close in ", "The minister forecast the yard would reopen in ",
    # (new with the one list: any verb that reports a future as said)
    "The operator confirmed the line would reopen in ", "Engineers found the dam would be rebuilt in ",
])
def test_plan_of_the_writers_now(before: str) -> None:
    assert story_time._PLAN_OF_THE_NOW.search(before)


def test_a_story_step_is_no_plan_of_the_now() -> None:
    assert not story_time._PLAN_OF_THE_NOW.search("The depot would not reopen until ")
    assert not story_time._PLAN_OF_THE_NOW.search("The crew repaired the depot in ")
