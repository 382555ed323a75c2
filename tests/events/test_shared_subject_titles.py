"""A title opening on the second verb of its sentence takes the subject the two verbs share (issue 12,
session 21: "Resulted in the murder of …", "Was ambushed by …" were titles in the events table)."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at


@pytest.mark.parametrize("sentence, expression, title", [
    ("Duke Oren's increasingly harsh rule drew protests and resulted in the exile of his brother, Tomas, at the end "
     "of 1816.", "the end of 1816", "Duke Oren's harsh rule results in the exile"),
    ("One week after the flood, the second company of the Brellow militia crossed the ford and was attacked by a "
     "band of smugglers at the Battle of Cray Hill from May 3 to May 9.", "May 3 to May 9",
     "The second company is attacked by a band of smugglers"),
    ("The weavers' guild of the lower town held out for a month and was dissolved in the spring of 1842.",
     "the spring of 1842", "The weavers' guild is dissolved"),
])
def test_the_second_verbs_title_names_the_subject_it_shares(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title


def test_a_verb_after_a_relative_clauses_and_is_left_alone() -> None:
    # the words before "and" hold a relative clause: no plain subject to borrow
    title = title_at("Most of the mills that had flooded in the spring and were rebuilt by 1952 still stand.", "1952")
    assert not title.startswith("Most of the mills that")


@pytest.mark.parametrize("sentence, expression", [
    # a participle before its noun opens the title's own subject
    ("Shelling of the port went on all week, and prolonged ceasefire talks began on 4 May at Oster.", "4 May"),
    # the verb after "and" is a relative clause's, not the first subject's
    ("Soon the navy blockaded the coast with patrols that stopped the ferries, which sheltered in coves and sailed "
     "only at night.", "night"),
])
def test_no_subject_is_borrowed_for_a_title_with_its_own_or_another_clauses_verb(sentence: str, expression: str) -> None:
    assert not title_at(sentence, expression).startswith(("Shelling", "Soon", "The navy"))
