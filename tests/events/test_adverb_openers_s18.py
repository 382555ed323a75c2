"""Issue 12, session eighteen (titles): a connecting or time adverb opening a title's clause ("Instead",
"Finally", "Since then", "Two years later") is left out when a clause with its own subject and verb
follows, so the title starts at its subject and an "it" there can be named. Our own sentences, none
from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.adverb_openers import past_the_adverb


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("Finally the guild accepted the terms and paid a fine in 1712.", "1712", "The guild pays a fine"),
        ("Since then the club has won two titles, in 2019 and 2022.", "2019", "The club has won two titles"),
        ("Before then the choir will travel to Lisbon in early July.", "early July", "The choir will travel to Lisbon"),
        ("Then in May 2017 our bakery won a regional award.", "May 2017", "Our bakery wins a regional award"),
        ("Three weeks later the ferry resumed its crossings on 9 April.", "9 April", "The ferry resumes its crossings"),
        # session 27: adverbs of earlier time, and a lower-case subject after the adverb's comma
        ("Previously the rebels had resisted attempts to enter the town on Monday.", "Monday", "The rebels resist"),
        ("Earlier Northwind Airlines also announced a drop in profits on Monday.", "Monday", "Northwind Airlines also announces"),
        ("Originally the chapel stood on the hill until 1820.", "1820", "The chapel"),
        ("Shortly afterwards the company closed its Leeds plant in May 1990.", "May 1990", "The company closes"),
        ("Earlier, police and striking miners clashed in the square on Monday.", "Monday", "Police and striking miners clash"),
        ("Recently, engineers found cracks in the dam on 3 May.", "3 May", "Engineers find cracks"),
    ],
)
def test_the_title_starts_at_the_subject_after_the_adverb(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date)).startswith(title)


@pytest.mark.parametrize(
    "clause",
    ["Then came the flood", "Meanwhile, in the north", "Later years brought more trade", "Shortly after the fire",
     "Earlier, in the north, rebels burned a depot", "Previously unknown letters were found"],
)
def test_no_clause_after_the_adverb_keeps_it(clause: str) -> None:
    assert past_the_adverb(clause) == clause


def test_it_after_the_adverb_is_named() -> None:
    sentence = "Instead, on 11 June it added the charge to his bill."
    start = sentence.index("11 June")
    assert make_title(sentence, start, start + 7, context="The company sent a bill in May.").startswith("The company adds")
