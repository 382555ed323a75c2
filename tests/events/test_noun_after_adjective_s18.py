"""Issue 12, session eighteen (titles): a word spelled as a past after a determiner and a plain
adjective is a noun ("the new shed", "a live broadcast", "the open set"), never the verb the title
retells ("The new sheds arrives", "A live broadcasts … is planned"); and a clause in the present after
a colon is the title ("Good news: the new kiln arrives on 2 May"). Ordinals stay pronouns: "The first
arrived". Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from explorer.events.titles import make_title


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("A live broadcast of the final is planned for 9 May.", "9 May", "A live broadcast of the final is planned"),
        ("The open set was dismantled in June 2019.", "June 2019", "The open set is dismantled"),
        ("Good news for members: the new shed, built by volunteers, arrives on 2 May.", "2 May", "The new shed arrives"),
        ("The first arrived in May 1990.", "May 1990", "The first arrives"),
        ("The old guard left the palace in 1917.", "1917", "The old guard leaves the palace"),
    ],
)
def test_a_past_spelled_noun_after_an_adjective_is_no_verb(sentence: str, date: str, title: str) -> None:
    start = sentence.index(date)
    assert make_title(sentence, start, start + len(date)) == title


def test_headline_tense_leaves_the_noun_and_retells_the_verb() -> None:
    assert headline_tense("The new shed arrived") == "The new shed arrives"
    assert headline_tense("Its main cast left the stage") == "Its main cast leaves the stage"


def test_a_phrase_after_a_colon_is_not_taken_for_a_clause() -> None:
    sentence = "Work on the new quay was delayed twice: by storms from March to May 2020, and by a strike."
    start = sentence.index("March to May 2020")
    assert not make_title(sentence, start, start + len("March to May 2020")).startswith("By storms")
