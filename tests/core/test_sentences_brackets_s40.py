"""A stop inside a bracket that closes soon after is no sentence's end: "(r. 1402–1421)", "(c. 1350)"."""

import pytest

from explorer.sentences import split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Her son Orso (r. 1402–1421) rebuilt the walls. He died in 1421.",
     ["Her son Orso (r. 1402–1421) rebuilt the walls.", "He died in 1421."]),
    ("The poet Vell (fl. 1620s) wrote of the siege.", ["The poet Vell (fl. 1620s) wrote of the siege."]),
    # a bracketed sentence of its own still ends where its bracket closes
    ("The mill burned. (It was never insured.) The town rebuilt it.",
     ["The mill burned.", "(It was never insured.)", "The town rebuilt it."]),
    # a bracket that does not close soon after holds no abbreviation of a date: the stop ends the sentence
    ("The list (of the dead. Many more were never named) is long.",
     ["The list (of the dead.", "Many more were never named) is long."]),
])
def test_bracketed_stops(text: str, sentences: list[str]) -> None:
    assert [text[s.start:s.end] for s in split_sentences(text)] == sentences
