"""A title does not end on a "before" or "after" whose date it lost, and keeps one that is an adverb's."""

import pytest

from explorer.events.titles.words import DANGLING


@pytest.mark.parametrize("title, finished", [
    ("Both sides agree a deal at the conciliation service after", "Both sides agree a deal at the conciliation service"),
    ("The patrol crosses the river with the battalion before", "The patrol crosses the river with the battalion"),
    ("The vault is robbed once before", "The vault is robbed"),
    ("Prices rise as never before", "Prices rise as never before"),
    ("The ferry sails the day after", "The ferry sails the day after"),
    ("The crew leaves soon after", "The crew leaves soon after"),
])
def test_a_lost_date_s_preposition_goes(title: str, finished: str) -> None:
    assert DANGLING.sub("", title) == finished
