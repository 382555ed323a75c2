"""A mishap told in the passive with no date of its own ("Two of the crew were drowned", "The camera
van was broken into", "Its people were moved to Selby") is a happening as an active one is, and so is
one befalling someone told by the body they belong to ("A member of staff was pushed to the ground")
(issue 12: recall of acts with no date of their own). Sentences written for this test in several
genres (a lifeboat history, a film diary, a police report, a parish history, a flood report, a volcano
history); a figure of speech or a division stays out."""

import pytest

from explorer.events.occurrences import iter_occurrences


def _words(sentence: str) -> list[str]:
    return [o.word for o in iter_occurrences(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, word", [
    ("Two of the crew, including the coxswain's son, were drowned.", "drowned"),
    ("Three fishermen were drowned off the point that winter.", "drowned"),
    ("The camera van was broken into outside our guesthouse.", "into"),
    ("The chemist's shop on the corner was broken into overnight.", "into"),
    ("Its people were moved to Selby and never returned.", "moved"),
    ("The patients were moved to Stanhope by bus.", "moved"),
    ("A member of staff was pushed to the ground and kicked.", "pushed"),
    ("A pupil at the school was taken to hospital with burns.", "taken"),
])
def test_a_mishap_in_the_passive_is_an_occurrence(sentence: str, word: str) -> None:
    assert word in _words(sentence), _words(sentence)


@pytest.mark.parametrize("sentence", [
    "Her protests were drowned out by the noise of the crowd.",
    "The clerks were drowned in paperwork.",
    "The old estate was broken into three parts.",
])
def test_a_figure_of_speech_or_a_division_stays_out(sentence: str) -> None:
    assert _words(sentence) == []
