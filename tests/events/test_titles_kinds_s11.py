"""Kinds of unacceptable titles found in session eleven (issue 12) on long reporting sentences, the
TimeBank and WikiWars folders and three fresh articles. Our own sentences, none from the sample, the
gold set or a corpus."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


@pytest.mark.parametrize(
    "context, sentence, expression, opening",
    [
        # where the thing stands, then a verb in the present
        ("A bronze bell in the tower dates from 1480.", "It was cracked by a hard frost in 1911.", "1911",
         "The bronze bell is cracked"),
        ("A footbridge over the river links the two villages.", "It was washed away in March 1947.", "March 1947",
         "The footbridge is washed away"),
    ],
)
def test_it_stands_for_the_thing_the_sentence_before_is_about(context, sentence, expression, opening) -> None:
    """ "It is cracked" names nothing on a timeline: "it" is the thing the sentence before opened with,
    also when that sentence tells where it stands and speaks in the present."""
    start = sentence.index(expression)
    assert make_title(sentence, start, start + len(expression), context=context).startswith(opening)
