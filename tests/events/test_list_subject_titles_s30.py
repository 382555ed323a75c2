"""A subject listing three or more people or things ("Anna Berg, Tomas Lund and Per Eklund") too long
for the tense rules to read word by word takes a plural verb: its head is the whole list, not its
first item up to the comma (session 30: "… and Attorney General Daryl Williams all votes" on
TimeBank). Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return make_title(sentence, start, start + len(date))


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("Anna Berg, Tomas Lund and Per Eklund signed the lease on Friday.", "Friday",
     "Anna Berg, Tomas Lund and Per Eklund sign the lease"),
    ("The mayor, the bishop and the harbour master opened the new pier in 1920.", "1920",
     "The mayor, the bishop and the harbour master open"),
    ("Judge Olsen, Professor Dahl and Doctor Roth resigned from the panel in May 2011.", "May 2011",
     "Judge Olsen, Professor Dahl and Doctor Roth resign"),
])
def test_a_long_list_subject_takes_a_plural_verb(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


def test_one_subject_with_an_aside_keeps_its_singular_verb() -> None:
    title = _title("The harbour master, a retired captain from Holm, opened the new pier in 1920.", "1920")
    assert " opens" in title, title
