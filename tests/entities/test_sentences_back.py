"""The walk back over the sentences before an event's, one for every pronoun-title rule
(explorer.entities.sentences_back). Texts written for this test."""

from __future__ import annotations

from hypothesis import given, strategies as st

from explorer.entities.sentences_back import SENTENCE_END, SENTENCE_OR_LINE_END, sentence_starts_back

_TEXT = "Ines Draga joined the club in 1988. She won the sculls. In 1996 she rowed again. After that she retired."


def _start(sentence: str) -> int:
    return _TEXT.index(sentence)


def test_nearest_first_with_the_document_start() -> None:
    assert sentence_starts_back(_TEXT, _start("After"), 3, 800) == [_start("In 1996"), _start("She won"), 0]


def test_a_chain_stops_at_its_length() -> None:
    assert sentence_starts_back(_TEXT, _start("After"), 1, 800) == [_start("In 1996"), _start("She won")]
    assert sentence_starts_back(_TEXT, _start("After"), 0, 800) == [_start("In 1996")]


def test_only_what_is_in_reach_is_read() -> None:
    near = _start("After") - _start("She won") - 1  # reaches into the second sentence, past its start
    assert sentence_starts_back(_TEXT, _start("After"), 3, near) == [_start("In 1996")]


def test_a_line_end_closes_a_headline_only_where_asked() -> None:
    text = "Rowing club honours its captain\nInes Draga joined the club in 1988. She won the sculls."
    at = text.index("She won")
    assert sentence_starts_back(text, at, 3, 800) == [text.index("Ines"), 0]
    assert sentence_starts_back(text, at, 3, 800, SENTENCE_END) == []  # one unclosed sentence before
    assert sentence_starts_back(text, at, 3, 800, SENTENCE_END, first_alone=True) == [0]


def test_the_first_sentence_alone_counts_only_where_asked() -> None:
    text = "Ines Draga joined the club in 1988 and she won the sculls"
    at = text.index("she won")
    assert sentence_starts_back(text, at, 3, 800, SENTENCE_END) == []
    assert sentence_starts_back(text, at, 3, 800, SENTENCE_END, first_alone=True) == [0]


@given(st.lists(st.sampled_from(["She won.", "It rained.", "The crew rowed home.", "Headline\n"]), min_size=1, max_size=12),
       st.integers(0, 5), st.integers(1, 200))
def test_starts_are_sentence_starts_before_the_event_nearest_first(parts: list[str], chain: int, read_back: int) -> None:
    text = " ".join(parts)
    at = len(text) - len(parts[-1])
    starts = sentence_starts_back(text, at, chain, read_back, SENTENCE_OR_LINE_END)
    assert len(starts) <= chain + 1
    assert starts == sorted(starts, reverse=True) and len(set(starts)) == len(starts)
    assert all(max(0, at - read_back) <= s < at or s == 0 for s in starts)
