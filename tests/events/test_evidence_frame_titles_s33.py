"""A happening told through a thing that shows it is titled as the happening (session 33).

Seen on real no-date news: "The figures show the unemployment rate" (figures showed the rate
declined …), "We learn that the space agency has finally taken" (a newsroom's "we learned that …").
Own sentences for each kind, and near misses where the frame is an act of its own.
"""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.evidence_frames import evidence_told_start


def _title(sentence: str, date: str, context: str = "") -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date), context=context)


@pytest.mark.parametrize("sentence, date, wanted", [
    ("The figures showed the jobless rate for young women fell to 6 percent in March.", "March",
     "The jobless rate for young women falls to 6 percent"),
    ("Records from the county archive show that the mill burned down in 1874.", "1874",
     "The mill burns down"),
    ("Official data revealed that exports had dropped sharply in the spring.", "the spring",
     "Exports drop sharply"),
    ("Earlier today, we learned that the lighthouse board has sold the keeper's cottage.", "today",
     "The lighthouse board has sold the keeper's cottage"),
])
def test_what_the_thing_shows_is_the_title(sentence, date, wanted):
    assert _title(sentence, date) == wanted


def test_a_shown_pronoun_is_named_by_the_text_before():
    context = "Tomas Brenner was the miller's youngest son. "
    sentence = "The parish registers show that he was apprenticed to a blacksmith in 1861."
    assert _title(sentence, "1861", context) == "Tomas Brenner is apprenticed to a blacksmith"


@pytest.mark.parametrize("sentence", [
    # a person or a body that shows or confirms acts: the frame stays theirs
    "The minister confirmed on Monday that the bridge would close.",
    "The curator showed visitors the new gallery in May.",
    # a told state: the showing is the finding ("Tests show the binding is original")
    "Tests in 2019 showed the painting is a copy.",
    "The records show that the bridge was unsafe in 1901.",
    # a noun object, not a told clause
    "The figures show a steep rise in prices since 2019.",
    # "we" that is not a newsroom's learning
    "We opened the new wing in 2019.",
    # a subject that is a pronoun or a relative clause
    "They showed that the bridge was unsafe in 2019.",
    "Figures that were published later showed the rate fell in 2019.",
    # an opening phrase that is no time
    "Despite the storm, figures showed the harbour stayed open in 2019.",
])
def test_no_evidence_frame(sentence):
    assert evidence_told_start(sentence) is None
