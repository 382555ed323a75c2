"""A past participle before "by" and its agent is a passive ("A petition signed by 9,000 people" -> "A
petition is signed by …"), not the subject's own act ("A petition signs by …"); before a measure or a
means it is the active past it looks like ("Sales fell by half", "The ferry arrived by night")."""

import pytest

from explorer.events.tense import headline_tense


@pytest.mark.parametrize("title, headline", [
    ("A letter signed by 4,000 residents", "A letter is signed by 4,000 residents"),
    ("A column of volunteers led by Hana Voss", "A column of volunteers is led by Hana Voss"),
    ("The new wing opened by the Duchess", "The new wing is opened by the Duchess"),
    ("The departure delayed by thick fog", "The departure is delayed by thick fog"),
    ("The ceremony followed by talks", "The ceremony is followed by talks"),
    ("Sales fell by half", "Sales fall by half"),
    ("The motion passed by 23 votes to 18", "The motion passes by 23 votes to 18"),
    ("The bank cut rates by 25 basis points", "The bank cuts rates by 25 basis points"),
    ("The ferry arrived by night", "The ferry arrives by night"),
    ("About 300 people walked by candlelight", "About 300 people walk by candlelight"),
    ("The council responded by closing the road", "The council responds by closing the road"),
])
def test_by_and_its_agent(title: str, headline: str) -> None:
    assert headline_tense(title) == headline
