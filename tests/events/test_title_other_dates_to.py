"""Another date of the sentence goes from a title with the "to" that introduced it ("backdated to April",
"reduced to 2029"): the title of the sentence's other happening must not keep a dangling "to" ("The deal
is backdated to and will be paid")."""

from __future__ import annotations

import pytest

from tests.events.titled import title_at


@pytest.mark.parametrize("sentence, expression, other, kept", [
    ("The deal is backdated to April and will be paid in the November pay packets.", "November", "April", "backdated"),
    ("Her sentence was reduced to 2029 on appeal in March.", "March", "2029", "reduced"),
])
def test_another_dates_to_goes_with_it(sentence: str, expression: str, other: str, kept: str) -> None:
    made = title_at(sentence, expression, other)
    assert kept in made
    assert " to " not in f"{made} " and other not in made


@pytest.mark.parametrize("sentence, expression, others, kept", [
    # the date's own "to" words stay where they are not another date's: a range told for its start
    ("Prices rose from March to September and fell back in October.", "October", ("March", "September"), "fall"),
    # an infinitive before the event's own words is no preposition of another date
    ("The council voted in May to close the library.", "May", (), "close the library"),
])
def test_words_not_introducing_another_date_stay(sentence: str, expression: str, others: tuple[str, ...], kept: str) -> None:
    assert kept in title_at(sentence, expression, *others)
