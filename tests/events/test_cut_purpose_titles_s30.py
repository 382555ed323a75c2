"""A title cut at its length that ends on an infinitive of purpose whose object the cut dropped ("The
Allies launch an operation to retake", "… sends a flag of truce to ask") ends on the act instead:
the verb's own object stands before the "to" (session 30: about twenty such titles on the WikiWars
histories and TimeBank). An infinitive that is the act itself ("fail to break", "were able to make")
stays. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return make_title(sentence, start, start + len(date))


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("In April 1944 the rebels then launched an operation to retake Northern Kessel Province.",
     "April 1944", "The rebels then launch an operation"),
    ("On 3 November the garrison commander sent a flag of truce to ask for an armistice.",
     "3 November", "The garrison commander sends a flag of truce"),
    ("On 9 July the 2nd Rifle Brigade sailed from Tarrow to reinforce the battered outposts along the coast.",
     "9 July", "The 2nd Rifle Brigade sails from Tarrow"),
    ("The city council has set aside funds on Monday to help restore the old lido beside the river Wend.",
     "Monday", "The city council has set aside funds"),
])
def test_a_purpose_cut_from_its_object_goes(sentence: str, date: str, title: str) -> None:
    assert _title(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "kept"), [
    ("In 1917 the Austro-Hungarian divisions failed to break through the lines on the high plateau.",
     "1917", "fail to break"),
    ("In May 1921 the stranded crew were able to make contact with a passing whaler near the island.",
     "May 1921", "contact with a passing whaler"),
])
def test_an_infinitive_that_is_the_act_stays(sentence: str, date: str, kept: str) -> None:
    assert kept in _title(sentence, date)
