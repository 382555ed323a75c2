"""A short first paragraph of two sentences with a verb is the story's lede, not page header (issue 11,
session 60): "Mary Hale, who founded the nursery, has died at her home. She was 84." over a longer
paragraph was read as header, so the death it tells was never an event. A headline or standfirst of
one line without a full stop, or a single-sentence standfirst, stays header."""

from __future__ import annotations

import pytest

from explorer.events.page_header import header_end, is_a_told_lede

_BODY = ("Born on a farm outside the town, he trained as a joiner and set up the workshop in 1968, "
         "then ran it with his two sons until he retired in 2001.\n")


@pytest.mark.parametrize("lede", [
    "Tom Ashby, who ran the joinery on Mill Street for forty years, has died in hospital. He was 88.",
    "The joiner who built the town's bandstand has died at home. Tom Ashby was 88.",
    "Tom Ashby has retired from the bench at last. His sons will keep the workshop open.",
])
def test_a_short_lede_of_two_sentences_opens_the_body(lede: str) -> None:
    text = "Joiner dies at 88\n\n" + lede + "\n\n" + _BODY
    assert is_a_told_lede(lede)
    assert header_end(text) == text.index(lede)


@pytest.mark.parametrize("line", [
    "Tributes paid to the joiner who built the bandstand",  # a standfirst with no full stop: guard
    "Friends have paid tribute to the joiner who built the town's bandstand.",  # a one-sentence standfirst: guard
    "Joiner dies at 88. Tributes paid",  # a headline of two parts, no closing full stop: guard
    "By Ann Pell, local news reporter. Photographs by Ian Moss.",  # a byline: no finite verb: guard
    "Live coverage from the town hall, Friday 6 March 2026. Newest posts first.",  # furniture with a date: guard
    "Host: Good evening and welcome to the parish podcast. This episode is being recorded.",  # a label: guard
])
def test_a_headline_or_byline_stays_header(line: str) -> None:
    text = "Joiner dies at 88\n\n" + line + "\n\n" + _BODY
    assert not is_a_told_lede(line)
    assert header_end(text) == text.index("Born on")


def test_a_told_standfirst_above_the_byline_stays_header() -> None:
    # guard: the told line stands above the byline, so it is the standfirst, not the body's lede
    standfirst = "Friends say the joiner who built the bandstand has died. Here is his story."
    text = "Joiner dies at 88\n\n" + standfirst + "\n\nBy Ann Pell\n\n" + _BODY
    assert header_end(text) == text.index("Born on")
