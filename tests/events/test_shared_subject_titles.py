"""A verb after "and" shares the previous clause's subject, also when "to" after it opens a place
("… and moved to Oslo"), when its date stands before it ("…, and in 2021 sold …"), and when the
subject is a long description ("A survey of 300 farms across four counties began … and ended …").
Made-up sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


@pytest.mark.parametrize("sentence, date, title", [
    ("Okonkwo studied law in Enugu and moved to Oslo with his wife in 2009.", "2009", "Okonkwo moves to Oslo with his wife"),
    ("The brothers opened a bakery in a former garage, and in 2021 sold it to a chain.", "2021",
     "The brothers sell it to a chain"),
    ("A survey of 300 farms across four counties began in March 2018 and ended early, in June 2019, when funds ran out.",
     "June 2019", "A survey ends early"),
])
def test_a_coordinated_verb_takes_the_subject_before_it(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date)).startswith(title)


def test_a_verb_and_its_infinitive_after_and_share_the_subject() -> None:
    sentence = "The board met in May and agreed to sell the depot in 2019."
    start = sentence.index("2019")
    assert make_title(sentence, start, start + 4) == "The board agrees to sell the depot"


def test_a_relative_pronoun_is_no_shared_subject() -> None:
    sentence = ("In the end, the villagers, who were not protected by the river, but whose cattle were the key to "
                "the valley, felt hard done by, and refused to join the league in 1412.")
    start = sentence.index("1412")
    assert not make_title(sentence, start, start + 4).startswith("Whose")
